#include "LocalFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pdi {

namespace {

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// What an entry that is not a regular file is, for a person.
QString typeName(mode_t mode) {
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("pdi::LocalFile", "a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("pdi::LocalFile", "a device node");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("pdi::LocalFile", "a socket");
    if (S_ISDIR(mode))
        return QCoreApplication::translate("pdi::LocalFile", "a folder");
    return QCoreApplication::translate("pdi::LocalFile", "not a regular file");
}

} // namespace

LocalFile::~LocalFile() {
    if (fd_ >= 0)
        ::close(fd_);
}

bool LocalFile::adopt(int fd, bool allowDevice) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error_ = systemError(errno);
        ::close(fd);
        return false;
    }
    if (!S_ISREG(st.st_mode) && !(allowDevice && S_ISBLK(st.st_mode))) {
        error_ = QCoreApplication::translate("pdi::LocalFile", "it is %1, not a file")
                     .arg(typeName(st.st_mode));
        ::close(fd);
        return false;
    }
    // O_NONBLOCK only kept a FIFO swapped in after the listing from blocking the open.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    fd_ = fd;
    size_ = qint64(st.st_size);
    if (S_ISBLK(st.st_mode)) {
        // Block devices report no size through stat; the end of the device tells.
        const off_t end = ::lseek(fd, 0, SEEK_END);
        size_ = end > 0 ? qint64(end) : 0;
        ::lseek(fd, 0, SEEK_SET);
    }
    return true;
}

bool LocalFile::open() {
    const int fd = ::open(QFile::encodeName(path_).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        error_ = systemError(errno);
        return false;
    }
    return adopt(fd, true);
}

std::unique_ptr<LocalFile> LocalFile::openAt(int dirFd, const QByteArray& name, QString* error) {
    const int fd =
        ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        *error = e == ELOOP ? QCoreApplication::translate("pdi::LocalFile", "it is now a link")
                            : systemError(e);
        return nullptr;
    }
    std::unique_ptr<LocalFile> file(new LocalFile);
    if (!file->adopt(fd, false)) {
        *error = file->error_;
        return nullptr;
    }
    return file;
}

std::unique_ptr<LocalFile> LocalFile::duplicate() const {
    if (fd_ < 0)
        return nullptr;
    const int fd = ::fcntl(fd_, F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return nullptr;
    std::unique_ptr<LocalFile> copy(new LocalFile);
    copy->path_ = path_;
    copy->fd_ = fd;
    copy->size_ = size_;
    return copy;
}

std::optional<LocalFile::Identity> LocalFile::identity() const {
    struct stat st {};
    if (fd_ < 0 || ::fstat(fd_, &st) != 0)
        return std::nullopt;
    const auto ns = [](const timespec& t) {
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    };
    return Identity{quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size), ns(st.st_mtim),
                    ns(st.st_ctim)};
}

qint64 LocalFile::readAt(qint64 pos, char* buffer, qint64 len) {
    // pread keeps no shared position, so a reader never depends on an earlier seek.
    qint64 done = 0;
    while (done < len) {
        const ssize_t n = ::pread(fd_, buffer + done, size_t(len - done), off_t(pos + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error_ = systemError(errno);
            return done > 0 ? done : -1;
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

} // namespace pdi

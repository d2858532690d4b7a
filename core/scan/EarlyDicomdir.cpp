#include "EarlyDicomdir.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace pdi {

EarlyDicomdir::EarlyDicomdir(const QString& root) {
    // Opened here, a few system calls: the thread is started only for a DICOMDIR to read.
    open(root);
    if (!file_)
        return;
    // The reader is handed a handle of its own; file_ stays to be compared after reading.
    std::shared_ptr<MediumFile> reading(file_->duplicate().release());
    if (!reading)
        return;
    // A thread that cannot start costs only the early reading: read() reads the listed file.
    static_cast<void>(thread_.start([this, reading] {
        result_ = DicomdirReader::read(reading, QString::fromLatin1(name_));
        afterReading_ = file_->identity();
    }));
}

EarlyDicomdir::~EarlyDicomdir() {
    thread_.join();
}

void EarlyDicomdir::open(const QString& root) {
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    // The root as FolderMedium opens it: the folder the person named.
    const int rootFd =
        ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return;
    // The names nearly every medium's DICOMDIR has (the standard's, and a mounted ISO 9660
    // disc's). Only a regular file is opened: a device node in its place is never touched, as the
    // listing never opens one either.
    for (const char* name : {"DICOMDIR", "dicomdir"}) {
        struct stat st {};
        if (::fstatat(rootFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        QString error;
        file_ = LocalFile::openAt(rootFd, name, &error);
        if (file_)
            name_ = name;
        break;
    }
    ::close(rootFd);
    if (file_)
        opened_ = file_->identity();
    // Read early only what was opened whole and has been left alone for a while.
    if (!opened_ || opened_->size != file_->size() ||
        opened_->modifiedNs >= nowNs - kSettledSeconds * 1000000000) {
        file_.reset();
        opened_.reset();
    }
}

bool EarlyDicomdir::sameFile(const MediumFile& listed) const {
    const auto* local = dynamic_cast<const LocalFile*>(&listed);
    if (!local || !result_ || !opened_ || afterReading_ != opened_)
        return false;
    const std::optional<LocalFile::Identity> now = local->identity();
    // The listed file's size is the one it will be read by; the early reading read opened_->size.
    return now && *now == *opened_ && local->size() == now->size;
}

DicomdirReader::Result EarlyDicomdir::read(const std::shared_ptr<MediumFile>& file,
                                           const QString& path) {
    thread_.join();
    used_ = false;
    file_.reset();
    if (!name_.isEmpty() && path == QLatin1String(name_) && sameFile(*file)) {
        used_ = true;
        DicomdirReader::Result early = std::move(*result_);
        result_.reset();
        return early;
    }
    // Dropped before the listed file is read, so two DICOMDIRs are never held at once.
    result_.reset();
    return DicomdirReader::read(file, path);
}

} // namespace pdi

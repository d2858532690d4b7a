#include "EarlyDicomdir.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace pdi {

EarlyDicomdir::EarlyDicomdir(const QString& root) {
    // The root as FolderMedium opens it: the folder the person named.
    rootFd_ = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd_ < 0)
        return;
    // A thread that cannot start costs only the early reading: read() reads the listed file.
    static_cast<void>(thread_.start([this] { run(); }));
}

EarlyDicomdir::~EarlyDicomdir() {
    thread_.join();
    if (rootFd_ >= 0)
        ::close(rootFd_);
}

void EarlyDicomdir::run() {
    // The names nearly every medium's DICOMDIR has (the standard's, and a mounted ISO 9660
    // disc's). Only a regular file is opened: a device node in its place is never touched, as the
    // listing never opens one either.
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    openedAtNs_ = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    for (const char* name : {"DICOMDIR", "dicomdir"}) {
        struct stat st {};
        if (::fstatat(rootFd_, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        QString error;
        file_ = LocalFile::openAt(rootFd_, name, &error);
        if (!file_)
            return;
        name_ = name;
        break;
    }
    if (!file_)
        return;
    opened_ = file_->identity();
    // The reader is handed a handle of its own; file_ stays to be compared after reading.
    std::shared_ptr<MediumFile> reading(file_->duplicate().release());
    if (!opened_ || !reading || opened_->size != file_->size() ||
        opened_->modifiedNs >= openedAtNs_ - kSettledSeconds * 1000000000)
        return;
    result_ = DicomdirReader::read(reading, QString::fromLatin1(name_));
    afterReading_ = file_->identity();
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

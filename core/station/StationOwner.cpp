#include "StationOwner.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pdi {

Result<StationOwner> StationOwner::of(const DataDirectory& directory) {
    struct stat st {};
    if (::stat(QFile::encodeName(directory.path()).constData(), &st) != 0)
        return Error::storage(
            tr("Cannot read the data directory %1: %2")
                .arg(directory.path(), QString::fromLocal8Bit(std::strerror(errno))));
    const uid_t self = ::geteuid();
    if (st.st_uid != self)
        return Error::permission(
            tr("Only the operating-system user who owns the data directory %1 may do this.")
                .arg(directory.path()));
    QString name = QStringLiteral("uid %1").arg(self);
    struct passwd entry {};
    struct passwd* found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(self, &entry, buffer, sizeof buffer, &found) == 0 && found)
        name = QString::fromLocal8Bit(found->pw_name);
    return StationOwner(uint(self), name);
}

} // namespace pdi

#include "DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pdi {

QString DataDirectory::resolve(const QString& explicitPath) {
    if (!explicitPath.isEmpty())
        return QDir(explicitPath).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return defaultPath();
}

QString DataDirectory::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/pdistation");
}

Result<DataDirectory> DataDirectory::open(const QString& path) {
    if (path.isEmpty())
        return Error::invalid(tr("No data directory is given."));
    const QString absolute = QDir(path).absolutePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return Error::storage(
            tr("The data directory %1 is a file, not a folder; choose another path.")
                .arg(absolute));
    if (!info.exists()) {
        if (!QDir().mkpath(absolute))
            return Error::storage(
                tr("Cannot create the data directory %1; check that its parent folder is "
                   "writable.")
                    .arg(absolute));
        QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!QFileInfo(absolute).isWritable())
        return Error::storage(
            tr("The data directory %1 is not writable for this user; fix its permissions or "
               "use another directory.")
                .arg(absolute));
    return DataDirectory(absolute);
}

QString DataDirectory::filePath(const QString& name) const {
    return path_ + QLatin1Char('/') + name;
}

} // namespace pdi

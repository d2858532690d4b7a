#pragma once

#include "result/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

// The folder where this workstation keeps its state: the database pdistation.db (accounts,
// settings, audit trail, queues) and, later, the embedded local archive. One folder serves the
// GUI and the CLI, so both see the same accounts and the same audit trail.
class DataDirectory {
    Q_DECLARE_TR_FUNCTIONS(pdi::DataDirectory)

public:
    // The environment variable that names the folder when no --data-dir is given.
    static constexpr const char* EnvironmentVariable = "PDI_DATA_DIR";

    // explicitPath (from --data-dir) wins, then PDI_DATA_DIR, then defaultPath().
    static QString resolve(const QString& explicitPath = QString());
    // ~/.local/share/pdistation on Linux: not per application name, because the GUI (pdistation)
    // and the CLI (pdi) must share it.
    static QString defaultPath();

    // Creates the folder when missing. It holds password hashes and patient data, so it must
    // belong to this process's user and be private to them: a folder that others can read is
    // made private (0700, its top-level files 0600); one that others can write, or that belongs
    // to another user, is refused.
    static Result<DataDirectory> open(const QString& path);

    QString path() const { return path_; }
    QString filePath(const QString& name) const;
    QString databasePath() const { return filePath(QStringLiteral("pdistation.db")); }

private:
    static Result<void> keepPrivate(const QString& absolute);
    explicit DataDirectory(QString path)
        : path_(std::move(path)) {}
    QString path_;
};

} // namespace pdi

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
    // Whether a station was set up in the folder (its embedded database or, on a shared
    // database, its station-id): work that only reads the site's settings (a check) opens the
    // station then and creates none otherwise.
    static bool holdsStation(const QString& path);

    QString path() const { return path_; }
    QString filePath(const QString& name) const;
    QString databasePath() const { return filePath(QStringLiteral("pdistation.db")); }
    // This station's identity among the stations that share a database: a UUID made when the
    // folder is first opened, kept in the file station-id. The files here (archive, staging) are
    // this station's; the database says which station a job or an archived object belongs to.
    QString stationId() const { return stationId_; }

private:
    static Result<void> keepPrivate(const QString& absolute);
    static Result<QString> readStationId(const QString& absolute);
    DataDirectory(QString path, QString stationId)
        : path_(std::move(path))
        , stationId_(std::move(stationId)) {}
    QString path_;
    QString stationId_;
};

} // namespace pdi

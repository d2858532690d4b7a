#include "Schema.h"

namespace pdi {

const QVector<Migration>& Schema::migrations() {
    static const QVector<Migration> all{
        {1,
         "settings, accounts, audit trail, syslog queue",
         {
             QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY NOT NULL,"
                            " value TEXT NOT NULL,"
                            " changed_at TEXT NOT NULL,"
                            " changed_by TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE accounts ("
                            " name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,"
                            " display_name TEXT NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN "
                            "('reception','frontdesk','technologist','admin')),"
                            " password_hash TEXT NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " locked INTEGER NOT NULL DEFAULT 0,"
                            " failed_logins INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " password_changed_at TEXT NOT NULL,"
                            " last_login_at TEXT NOT NULL DEFAULT '')"),
             // Every column is text (or the sequence number) so that the canonical form an
             // auditor recomputes is exactly what is stored; see AuditChain.
             QStringLiteral("CREATE TABLE audit_log ("
                            " seq INTEGER PRIMARY KEY,"
                            " time TEXT NOT NULL,"
                            " utc_offset TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " user_display_name TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " station TEXT NOT NULL,"
                            " event TEXT NOT NULL,"
                            " alert TEXT NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " target TEXT NOT NULL,"
                            " patients TEXT NOT NULL,"
                            " patients_before TEXT NOT NULL,"
                            " studies TEXT NOT NULL,"
                            " medium_id TEXT NOT NULL,"
                            " media_type TEXT NOT NULL,"
                            " details TEXT NOT NULL,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_time ON audit_log(time)"),
             QStringLiteral("CREATE INDEX audit_log_user ON audit_log(user_name COLLATE NOCASE)"),
             // Append-only for the application and for casual edits with sqlite3; someone who
             // drops the triggers is caught by the hash chain instead.
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TABLE syslog_queue ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " audit_seq INTEGER NOT NULL,"
                            " queued_at TEXT NOT NULL,"
                            " message BLOB NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " last_error TEXT NOT NULL DEFAULT '')"),
         }},
        {2,
         "write jobs",
         {
             // One row per `pdi write` (or Write workspace) run: who wrote what for whom, where,
             // and the SHA-256 of every file put on the medium, for disputes long after the disc
             // has left the building.
             QStringLiteral("CREATE TABLE write_jobs ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT NOT NULL DEFAULT '',"
                            " user_name TEXT NOT NULL,"
                            " station TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " message TEXT NOT NULL DEFAULT '',"
                            " patient_id TEXT NOT NULL DEFAULT '',"
                            " patient_issuer TEXT NOT NULL DEFAULT '',"
                            " patient_name TEXT NOT NULL DEFAULT '',"
                            " file_set_id TEXT NOT NULL DEFAULT '',"
                            " media_type TEXT NOT NULL DEFAULT '',"
                            " target TEXT NOT NULL DEFAULT '',"
                            " plan TEXT NOT NULL DEFAULT '{}',"
                            " manifest TEXT NOT NULL DEFAULT '[]')"),
             QStringLiteral("CREATE INDEX write_jobs_patient ON write_jobs(patient_id)"),
         }},
    };
    return all;
}

int Schema::latestVersion() {
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace pdi

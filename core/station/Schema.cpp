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
        {3,
         "DICOM nodes",
         {
             // PACS, worklist and other DICOM peers (pdi node). Roles is a comma-separated subset
             // of store, find, worklist, commit.
             QStringLiteral("CREATE TABLE nodes ("
                            " name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,"
                            " ae_title TEXT NOT NULL,"
                            " host TEXT NOT NULL,"
                            " port INTEGER NOT NULL,"
                            " calling_ae_title TEXT NOT NULL DEFAULT '',"
                            " tls INTEGER NOT NULL DEFAULT 0,"
                            " ca_file TEXT NOT NULL DEFAULT '',"
                            " cert_file TEXT NOT NULL DEFAULT '',"
                            " key_file TEXT NOT NULL DEFAULT '',"
                            " roles TEXT NOT NULL,"
                            " character_set TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL)"),
         }},
        {4,
         "local archive index",
         {
             // The embedded archive (destination `local`): files under <data dir>/archive, one
             // row per patient, study, series and instance.
             QStringLiteral("CREATE TABLE archive_patients ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " patient_id TEXT NOT NULL,"
                            " issuer TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " name_key TEXT NOT NULL,"
                            " birth_date TEXT NOT NULL,"
                            " sex TEXT NOT NULL,"
                            " UNIQUE (patient_id, issuer))"),
             QStringLiteral("CREATE INDEX archive_patients_name ON archive_patients(name_key)"),
             QStringLiteral("CREATE INDEX archive_patients_birth ON archive_patients(birth_date)"),
             QStringLiteral("CREATE TABLE archive_studies ("
                            " study_uid TEXT PRIMARY KEY NOT NULL,"
                            " patient INTEGER NOT NULL REFERENCES archive_patients(id),"
                            " study_date TEXT NOT NULL,"
                            " study_time TEXT NOT NULL,"
                            " study_id TEXT NOT NULL,"
                            " accession_number TEXT NOT NULL,"
                            " description TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX archive_studies_patient ON archive_studies(patient)"),
             QStringLiteral("CREATE TABLE archive_series ("
                            " series_uid TEXT PRIMARY KEY NOT NULL,"
                            " study_uid TEXT NOT NULL REFERENCES archive_studies(study_uid),"
                            " modality TEXT NOT NULL,"
                            " series_number TEXT NOT NULL,"
                            " description TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX archive_series_study ON archive_series(study_uid)"),
             QStringLiteral("CREATE TABLE archive_instances ("
                            " sop_instance_uid TEXT PRIMARY KEY NOT NULL,"
                            " series_uid TEXT NOT NULL REFERENCES archive_series(series_uid),"
                            " sop_class_uid TEXT NOT NULL,"
                            " transfer_syntax_uid TEXT NOT NULL,"
                            " instance_number TEXT NOT NULL,"
                            " file TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " stored_at TEXT NOT NULL,"
                            " stored_by TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX archive_instances_series ON archive_instances(series_uid)"),
         }},
        {5,
         "import jobs",
         {
             // One row per import (outside patient on one medium, to one destination, filed under
             // one local ID); running the same import again resumes it.
             QStringLiteral("CREATE TABLE import_jobs ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " job_key TEXT NOT NULL UNIQUE,"
                            " medium_id TEXT NOT NULL,"
                            " medium_hash TEXT NOT NULL,"
                            " medium_location TEXT NOT NULL,"
                            " destination TEXT NOT NULL,"
                            " outside_patient_id TEXT NOT NULL,"
                            " outside_issuer TEXT NOT NULL,"
                            " outside_name TEXT NOT NULL,"
                            " local_patient_id TEXT NOT NULL,"
                            " local_issuer TEXT NOT NULL,"
                            " local_name TEXT NOT NULL,"
                            " local_birth_date TEXT NOT NULL,"
                            " local_sex TEXT NOT NULL,"
                            " accession_number TEXT NOT NULL DEFAULT '',"
                            " demographics_source TEXT NOT NULL DEFAULT '',"
                            " source_institution TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL,"
                            " message TEXT NOT NULL DEFAULT '',"
                            " runs INTEGER NOT NULL DEFAULT 0,"
                            " left_out TEXT NOT NULL DEFAULT '[]',"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " updated_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX import_jobs_local ON import_jobs(local_patient_id)"),
             QStringLiteral("CREATE TABLE import_instances ("
                            " job INTEGER NOT NULL REFERENCES import_jobs(id),"
                            " sop_instance_uid TEXT NOT NULL,"
                            " sop_class_uid TEXT NOT NULL,"
                            " study_uid TEXT NOT NULL,"
                            " series_uid TEXT NOT NULL,"
                            " path TEXT NOT NULL,"
                            " state TEXT NOT NULL CHECK (state IN "
                            "('pending','sent','committed','failed')),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " commit_transaction TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (job, sop_instance_uid))"),
         }},
        {6,
         "identity overrides of import jobs",
         {
             // The person's decision to import under a local patient who contradicts the outside
             // one (IdentityOverride as JSON); empty when nothing contradicted.
             QStringLiteral("ALTER TABLE import_jobs ADD COLUMN identity_override TEXT NOT NULL "
                            "DEFAULT ''"),
         }},
        {7,
         "host-name check of DICOM TLS nodes",
         {
             // Whether a TLS node's certificate must name its host. Nodes that exist keep working
             // as they did (0); NodeStore adds new nodes with the check on.
             QStringLiteral("ALTER TABLE nodes ADD COLUMN tls_verify_host INTEGER NOT NULL "
                            "DEFAULT 0"),
         }},
        {8,
         "where an account signs in",
         {
             // local: with its password hash here; directory: through the hospital directory,
             // with no password here (password_hash ''). Existing accounts are local.
             QStringLiteral("ALTER TABLE accounts ADD COLUMN source TEXT NOT NULL DEFAULT 'local'"),
         }},
    };
    return all;
}

int Schema::latestVersion() {
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace pdi

// The audit trail: records, filters and the hash chain, tampered with directly in the SQLite file
// the way someone with the sqlite3 tool would.
#include "StationFixture.h"
#include "TestSupport.h"
#include "audit/AuditChain.h"
#include "station/Timestamp.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace pdi;

namespace {

// A separate connection to the database, as an outside tool would have (sqlite3 on the file,
// psql with the database's password).
class OutsideEditor {
public:
    explicit OutsideEditor(const Database& station)
        : sqlite_(station.engine() == DatabaseEngine::Sqlite) {
        const DatabaseLocation& l = station.location();
        if (sqlite_) {
            db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            db_.setDatabaseName(l.sqlitePath());
            db_.open();
            return;
        }
        db_ = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("outside"));
        db_.setHostName(l.host());
        db_.setPort(l.port());
        db_.setDatabaseName(l.databaseName());
        db_.setUserName(l.userName());
        db_.setPassword(*l.readPassword());
        db_.open();
        exec(QStringLiteral("SET search_path TO %1, public").arg(l.schema()));
    }
    ~OutsideEditor() {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    }
    bool exec(const QString& sql, QString* error = nullptr) {
        QSqlQuery q(db_);
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    // What a tamperer does first: the append-only triggers are in the way.
    bool dropTriggers() {
        if (!sqlite_)
            return exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
        return exec(QStringLiteral("DROP TRIGGER audit_log_no_update")) &&
               exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }

private:
    bool sqlite_;
    QSqlDatabase db_;
};

AuditEvent exportEvent(const Session& s, const QString& patientId, int n) {
    AuditEvent e = AuditEvent::by(s, AuditEventType::Export);
    e.patients = {{patientId, QStringLiteral("HOSP"), QStringLiteral("YAMADA^TARO")}};
    e.studies = {pdi::test::uid(QStringLiteral("9.%1").arg(n))};
    e.mediumId = QStringLiteral("PDI%1").arg(n, 4, 10, QLatin1Char('0'));
    e.mediaType = MediaType::Cd;
    e.details = QJsonObject{{QStringLiteral("files"), 10 + n},
                            {QStringLiteral("note"), QStringLiteral("日本語")}};
    return e;
}

} // namespace

class AuditTrailTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<pdi::test::StationFixture> f_;

    void fill() {
        for (int i = 1; i <= 6; ++i)
            QVERIFY(f_->station()
                        .audit()
                        .record(exportEvent(f_->admin(), QStringLiteral("P%1").arg(i % 2), i))
                        .ok());
    }

    AuditVerification verify() {
        Result<AuditVerification> v = f_->station().verifier().verify(f_->admin());
        if (!v.ok())
            qWarning("%s", qPrintable(v.error().message));
        if (v)
            return *v;
        AuditVerification unreadable;
        unreadable.intact = false;
        unreadable.firstBadSeq = -1;
        unreadable.problem = QStringLiteral("unreadable");
        return unreadable;
    }

    // An empty anchor file in the test's folder, set as audit.anchorFile.
    QString anchorFile() {
        const QString file = f_->path() + QStringLiteral("/anchors.log");
        pdi::test::writeText(file, "");
        const Result<void> set = f_->station().settings().set(
            f_->admin(), QString::fromLatin1(Settings::AuditAnchorFile), file);
        if (!set)
            qWarning("%s", qPrintable(set.error().message));
        return file;
    }

private Q_SLOTS:
    void init() {
        f_ = std::make_unique<pdi::test::StationFixture>();
        QVERIFY2(f_->ok(), qPrintable(f_->error()));
        fill();
    }
    void cleanup() { f_.reset(); }

    void recordsCarryEverything() {
        AuditEvent e = AuditEvent::by(f_->admin(), AuditEventType::Import);
        e.patients = {
            {QStringLiteral("L123"), QStringLiteral("LOCAL"), QStringLiteral("佐藤^花子")}};
        e.patientsBefore = {
            {QStringLiteral("X9"), QStringLiteral("OTHERHOSP"), QStringLiteral("SATO^HANAKO")}};
        e.mediumId = QStringLiteral("OUTSIDE01");
        e.mediaType = MediaType::Dvd;
        Result<AuditRecord> r = f_->station().audit().record(e);
        QVERIFY(r.ok());
        QCOMPARE(r->seq, qint64(9)); // user-change, login, six exports, this
        QVERIFY(r->time.isValid());
        QCOMPARE(r->time.timeSpec(), Qt::UTC);
        QCOMPARE(r->utcOffsetSeconds, r->time.toLocalTime().offsetFromUtc());
        QVERIFY(r->localTime().endsWith(Timestamp::offsetText(r->utcOffsetSeconds)));
        QCOMPARE(r->hash.size(), 64);

        AuditQuery q;
        q.event = AuditEventType::Import;
        const QVector<AuditRecord> back = *f_->station().audit().list(f_->admin(), q);
        QCOMPARE(back.size(), 1);
        const AuditEvent& b = back.constFirst().event;
        QCOMPARE(b.actor.userName, f_->admin().userName());
        QCOMPARE(b.actor.displayName, QStringLiteral("Ada Admin"));
        QCOMPARE(b.actor.role, QStringLiteral("admin"));
        QCOMPARE(b.actor.station, f_->admin().station());
        QCOMPARE(b.patients, e.patients);
        QCOMPARE(b.patientsBefore, e.patientsBefore);
        QCOMPARE(b.mediaType, MediaType::Dvd);
        QCOMPARE(b.mediumId, QStringLiteral("OUTSIDE01"));
        QCOMPARE(back.constFirst().hash, r->hash);
    }

    void filters() {
        AuditTrail audit = f_->station().audit();
        AuditQuery byPatient;
        byPatient.patientId = QStringLiteral("P1");
        QCOMPARE(audit.list(f_->admin(), byPatient)->size(), 3);
        AuditQuery byUser;
        byUser.user = QStringLiteral("ADMIN");
        QCOMPARE(audit.list(f_->admin(), byUser)->size(), 8);
        byUser.user = QStringLiteral("someone-else");
        QCOMPARE(audit.list(f_->admin(), byUser)->size(), 0);
        AuditQuery future;
        future.since = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(audit.list(f_->admin(), future)->size(), 0);
        AuditQuery past;
        past.since = QDateTime::currentDateTimeUtc().addDays(-1);
        QCOMPARE(audit.list(f_->admin(), past)->size(), 8);
        AuditQuery newest;
        newest.limit = 2;
        const QVector<AuditRecord> last2 = *audit.list(f_->admin(), newest);
        QCOMPARE(last2.size(), 2);
        QCOMPARE(last2.at(0).seq, qint64(7));
        QCOMPARE(last2.at(1).seq, qint64(8));
    }

    void intactChainVerifies() {
        const AuditVerification v = verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, qint64(8));
        QCOMPARE(v.headHash, f_->station().audit().list(f_->admin())->constLast().hash);
        // verify reads only: verifying twice finds the same chain.
        QCOMPARE(verify().records, qint64(8));
    }

    void appendOnlyForCasualEdits() {
        OutsideEditor sqlite(f_->station().database());
        QString error;
        QVERIFY(!sqlite.exec(
            QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE seq = 3"), &error));
        QVERIFY(error.contains(QLatin1String("append-only")));
        QVERIFY(!sqlite.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"), &error));
        QVERIFY(verify().intact);
    }

    void changedRecordIsFound() {
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(
                QStringLiteral("UPDATE audit_log SET patients = replace(patients, 'P1', 'P7')"
                               " WHERE seq = 5")));
        }
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(5));
        QVERIFY(v.problem.contains(QLatin1String("changed")));
    }

    void changedRecordWithRecomputedHashIsFoundAtTheNext() {
        // A careful tamperer recomputes the changed record's own hash; the next one still
        // points at the old hash.
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(
                QStringLiteral("UPDATE audit_log SET medium_id = 'FAKE' WHERE seq = 4")));
        }
        QSqlQuery q(f_->station().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = 4")
                           .arg(AuditRow::selectList())) &&
                q.next());
        AuditRow row = AuditRow::fromQuery(q);
        q.finish();
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 4")
                                    .arg(row.computeHash())));
        }
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(5));
    }

    void deletedRecordIsFound() {
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")));
        }
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(5));
        QVERIFY2(v.problem.contains(QLatin1String("Record 4 is missing")), qPrintable(v.problem));
    }

    void deletedAndRenumberedIsFound() {
        // Closing the gap by renumbering does not help: seq is hashed, and so is the link.
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")));
            for (int seq = 5; seq <= 8; ++seq)
                QVERIFY(sqlite.exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2")
                                        .arg(seq - 1)
                                        .arg(seq)));
        }
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(4));
    }

    void reorderedRecordsAreFound() {
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 3")));
            QVERIFY(sqlite.exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 6")));
            QVERIFY(sqlite.exec(QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = 100")));
        }
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(3));
    }

    // Records cut from the end leave a chain that is consistent in itself; the anchor taken
    // before names a record that is no longer there.
    void anchorRevealsRecordsCutFromTheEnd() {
        const QString file = anchorFile();
        Result<AuditAnchoring::Taken> taken = f_->station().anchoring().anchor(f_->admin());
        QVERIFY(taken.ok());
        QVERIFY2(taken->fileError.isEmpty(), qPrintable(taken->fileError));
        QCOMPARE(taken->anchor.seq, qint64(9)); // user-change, login, six exports, the setting
        fill();
        QVERIFY(verify().intact);
        QCOMPARE(verify().anchorsChecked, 1);
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 8")));
        }
        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(8));
        QVERIFY2(v.problem.contains(QLatin1String("removed from the end")), qPrintable(v.problem));
        QCOMPARE(v.lastAnchor->seq, qint64(9));
    }

    // A tamperer who edits a record and computes every hash from there on anew passes the
    // chain check and the independent script; the anchor file does not follow.
    void anchorRevealsAChainComputedAnew() {
        const QString file = anchorFile();
        QVERIFY(f_->station().anchoring().anchor(f_->admin()).ok());
        fill();
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(sqlite.exec(
                QStringLiteral("UPDATE audit_log SET medium_id = 'FAKE' WHERE seq = 4")));
        }
        QVector<AuditRow> rows;
        {
            QSqlQuery q(f_->station().database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq")
                               .arg(AuditRow::selectList())));
            while (q.next())
                rows << AuditRow::fromQuery(q);
        }
        {
            OutsideEditor sqlite(f_->station().database());
            QString prev = AuditChain::genesisHash();
            for (AuditRow& row : rows) {
                row.prevHash = prev;
                row.hash = row.computeHash();
                prev = row.hash;
                QVERIFY(sqlite.exec(
                    QStringLiteral(
                        "UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE seq = %3")
                        .arg(row.prevHash, row.hash)
                        .arg(row.seq)));
            }
        }
        if (f_->station().database().engine() == DatabaseEngine::Sqlite) {
            QSqlQuery q(f_->station().database().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const pdi::test::ProcessResult script =
            pdi::test::run(QStringLiteral("python3"),
                           {QStringLiteral(PDI_SOURCE_DIR "/scripts/audit-chain-verify.py"),
                            f_->station().database().location().address()});
        QCOMPARE(script.exitCode, 0); // the chain alone cannot tell

        const AuditVerification v = verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(9));
        QVERIFY2(v.problem.contains(QLatin1String("rewritten")), qPrintable(v.problem));
        // An anchor noted elsewhere (the repository, a report) works without the file too.
        Result<AuditVerification> given =
            f_->station().verifier().verify(f_->admin(), AuditAnchorFile(file).read());
        QVERIFY(given.ok() && !given->intact);
    }

    // The head of each day once, in the station's name, also when nobody anchors by hand; the
    // record names the head for the repository.
    void headOfTheDayOnce() {
        const QString file = anchorFile();
        Result<std::optional<AuditAnchoring::Taken>> first =
            f_->station().anchoring().anchorIfDue();
        QVERIFY(first.ok() && first->has_value());
        Result<std::optional<AuditAnchoring::Taken>> again =
            f_->station().anchoring().anchorIfDue();
        QVERIFY(again.ok() && !again->has_value());
        const QVector<AuditAnchor> inFile = AuditAnchorFile(file).read();
        QCOMPARE(inFile.size(), 1);
        QCOMPARE(inFile.at(0).hash, (*first)->anchor.hash);
        const AuditRecord record = f_->records(AuditEventType::AuditAnchor).constLast();
        QVERIFY(record.event.actor.userName.isEmpty());
        QCOMPARE(record.event.details.value(QLatin1String("anchoredHash")).toString(),
                 inFile.at(0).hash);
        QCOMPARE(qint64(record.event.details.value(QLatin1String("anchoredSeq")).toDouble()),
                 inFile.at(0).seq);
        QCOMPARE(AuditAnchor::fromLine(inFile.at(0).toLine())->hash, inFile.at(0).hash);
    }

    // PDI Station only appends; that nobody rewrites the file is the file system's part.
    void anchorFileThatCanBeRewrittenIsNamed() {
        const QString file = anchorFile();
        QVERIFY(f_->station().anchoring().anchor(f_->admin()).ok());
        QVERIFY(verify().anchorWarning.contains(QLatin1String("not append-only")));
        if (pdi::test::run(QStringLiteral("chattr"), {QStringLiteral("+a"), file}).exitCode != 0)
            QSKIP("this file system or user cannot make a file append-only");
        QVERIFY(AuditAnchorFile(file).isAppendOnly());
        QVERIFY(f_->station().anchoring().anchor(f_->admin()).ok()); // appending still works
        QFile rewrite(file);
        QVERIFY(!rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const AuditVerification v = verify();
        QVERIFY2(v.anchorWarning.isEmpty(), qPrintable(v.anchorWarning));
        QCOMPARE(v.anchorsChecked, 2);
        QCOMPARE(pdi::test::run(QStringLiteral("chattr"), {QStringLiteral("-a"), file}).exitCode,
                 0);
    }

    // The chain is documented well enough to check it without PDI Station: the script in
    // scripts/ uses Python's sqlite3 and hashlib only.
    void independentVerifierAgrees() {
        const QString script = QStringLiteral(PDI_SOURCE_DIR "/scripts/audit-chain-verify.py");
        // The file, or the address psql reaches the shared database at.
        const QString db = f_->station().database().location().address();
        if (f_->station().database().engine() == DatabaseEngine::Sqlite) {
            QSqlQuery q(f_->station().database().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        pdi::test::ProcessResult r = pdi::test::run(QStringLiteral("python3"), {script, db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(verify().headHash));
        {
            OutsideEditor sqlite(f_->station().database());
            QVERIFY(sqlite.dropTriggers());
            QVERIFY(
                sqlite.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 6")));
        }
        r = pdi::test::run(QStringLiteral("python3"), {script, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(QLatin1String("record 6")), qPrintable(r.outText()));
    }
};

QTEST_GUILESS_MAIN(AuditTrailTest)
#include "tst_audit_trail.moc"

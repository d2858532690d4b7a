// Two stations (two data directories) on one real PostgreSQL started here: accounts, nodes and
// settings shared with per-station values; start-up recovery that touches only its own
// station's jobs; an import started at one desk and finished at the other; four processes
// appending to the one audit chain while an import runs; the jobs of one desk listed at the
// other (pdi jobs); tampering through psql; and moving a
// single station's records into the shared database with `pdi db copy`.
#include "DicomServers.h"
#include "PostgresServer.h"
#include "TestSupport.h"
#include "job/ImportJob.h"
#include "station/Station.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;
using namespace pdi::test;

namespace {

const QString AdminPassword = QStringLiteral("Harbour-Lights-27");
const QString TechPassword = QStringLiteral("Quiet-Meadow-Lamp-41");

QStringList words(const QString& line) {
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class SharedStationsTest : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    PostgresServer server_;
    int databases_ = 0;
    QString url_; // the shared database of the current test
    QString a_;   // data directories of the two stations
    QString b_;

    QProcessEnvironment env(const QString& dataDir, const QString& user = QString(),
                            const QString& password = QString()) const {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PDI_DATA_DIR"), dataDir);
        e.insert(QStringLiteral("PDI_DATABASE"), url_);
        if (!user.isEmpty()) {
            e.insert(QStringLiteral("PDI_USER"), user);
            e.insert(QStringLiteral("PDI_PASSWORD"), password);
        }
        return e;
    }
    ProcessResult admin(const QString& dataDir, const QStringList& a) const {
        return runPdi(a, QByteArray(), env(dataDir, QStringLiteral("admin"), AdminPassword));
    }
    ProcessResult tech(const QString& dataDir, const QStringList& a) const {
        return runPdi(a, QByteArray(), env(dataDir, QStringLiteral("tech"), TechPassword));
    }
    QString psql(const QString& sql) const {
        const ProcessResult r = server_.psql(sql, QStringLiteral("shared%1").arg(databases_));
        return r.exitCode == 0 ? r.outText().trimmed() : QStringLiteral("ERROR: ") + r.errText();
    }

    // A fresh shared database, two stations named desk-a and desk-b, the first administrator
    // and a technologist.
    bool twoStations() {
        ++databases_;
        if (!server_.createDatabase(QStringLiteral("shared%1").arg(databases_)))
            return false;
        url_ = server_.url(QStringLiteral("shared%1").arg(databases_));
        a_ = tmp_.filePath(QStringLiteral("a%1").arg(databases_));
        b_ = tmp_.filePath(QStringLiteral("b%1").arg(databases_));
        if (runPdi({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                    QStringLiteral("--role"), QStringLiteral("admin"),
                    QStringLiteral("--password-stdin")},
                   AdminPassword.toUtf8() + '\n', env(a_))
                .exitCode != 0)
            return false;
        if (runPdi({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tech"),
                    QStringLiteral("--role"), QStringLiteral("technologist"),
                    QStringLiteral("--password-stdin")},
                   TechPassword.toUtf8() + '\n', env(a_, QStringLiteral("admin"), AdminPassword))
                .exitCode != 0)
            return false;
        for (const auto& [dir, name] :
             {std::pair{a_, QStringLiteral("desk-a")}, std::pair{b_, QStringLiteral("desk-b")}}) {
            if (admin(dir, {QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("station.name"), name})
                    .exitCode != 0)
                return false;
        }
        return true;
    }

    QString stationId(const QString& dataDir) const {
        QFile f(dataDir + QStringLiteral("/station-id"));
        f.open(QIODevice::ReadOnly);
        return QString::fromLatin1(f.readAll()).trimmed();
    }

    static bool writeMedium(const QString& root, int count, const QString& prefix) {
        QList<InstanceSpec> specs;
        for (int i = 1; i <= count; ++i) {
            InstanceSpec s;
            s.patientId = QStringLiteral("OUT-%1").arg(prefix);
            s.patientName = QStringLiteral("HAYASHI^HARUKA");
            s.birthDate = QStringLiteral("19880808");
            s.sex = QStringLiteral("F");
            s.studyUid = uid(prefix);
            s.seriesUid = uid(prefix + QStringLiteral(".1"));
            s.sopInstanceUid = uid(prefix + QStringLiteral(".1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            specs << s;
        }
        return writeConformantMedium(root, specs);
    }

private Q_SLOTS:
    void initTestCase() {
        // The stations here choose their database themselves.
        qunsetenv("PDI_DATABASE");
        if (const QString why = PostgresServer::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(server_.start(), qPrintable(server_.error()));
    }

    void accountsNodesAndSettingsAreShared() {
        QVERIFY(twoStations());
        // The administrator created at desk A signs in at desk B.
        const ProcessResult users = admin(b_, {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(users.exitCode == 0, users.err.constData());
        QVERIFY(users.outText().contains(QLatin1String("tech")));
        // A site setting changed at A is B's too; a per-station one is each station's own.
        QCOMPARE(admin(a_, {QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("institution.name"), QStringLiteral("Shared Hospital")})
                     .exitCode,
                 0);
        QCOMPARE(admin(b_, {QStringLiteral("config"), QStringLiteral("get"),
                            QStringLiteral("institution.name")})
                     .outText()
                     .trimmed(),
                 QStringLiteral("Shared Hospital"));
        QCOMPARE(admin(a_, {QStringLiteral("config"), QStringLiteral("get"),
                            QStringLiteral("station.name")})
                     .outText()
                     .trimmed(),
                 QStringLiteral("desk-a"));
        QCOMPARE(admin(a_, {QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("station.aeTitle"), QStringLiteral("DESK_A")})
                     .exitCode,
                 0);
        // The site's AE title is the default of a station without its own.
        QCOMPARE(admin(b_, {QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("station.aeTitle"), QStringLiteral("SITE_AE"),
                            QStringLiteral("--site")})
                     .exitCode,
                 0);
        auto ae = [this](const QString& dir) {
            return admin(dir, {QStringLiteral("config"), QStringLiteral("get"),
                               QStringLiteral("station.aeTitle")})
                .outText()
                .trimmed();
        };
        QCOMPARE(ae(a_), QStringLiteral("DESK_A"));
        QCOMPARE(ae(b_), QStringLiteral("SITE_AE"));
        const ProcessResult list = admin(a_, {QStringLiteral("config"), QStringLiteral("list")});
        QVERIFY(list.outText().contains(QLatin1String("station.aeTitle = DESK_A  (this station)")));

        // A node added at B is used at A.
        QCOMPARE(admin(b_, {QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("pacs"),
                            QStringLiteral("--aet"), QStringLiteral("PACS"),
                            QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--port"), QStringLiteral("104")})
                     .exitCode,
                 0);
        QVERIFY(admin(a_, {QStringLiteral("node"), QStringLiteral("list")})
                    .outText()
                    .contains(QLatin1String("pacs")));

        // Both stations are known by name.
        const ProcessResult status =
            admin(b_, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
        QStringList names;
        for (const QJsonValue& s : o.value(QStringLiteral("stations")).toArray())
            names << s.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("desk-a"), QStringLiteral("desk-b")}));
    }

    // The lesson of an earlier attempt: desk B's start-up must not end (and clean up after)
    // desk A's running jobs, whose files are on A's disk.
    void recoveryTouchesOnlyThisStationsJobs() {
        QVERIFY(twoStations());
        const QString idA = stationId(a_);
        QVERIFY(!idA.isEmpty());
        const QString job = psql(
            QStringLiteral(
                "INSERT INTO write_jobs (started_at, user_name, station, station_id, status, "
                "file_set_id, target, manifest) VALUES ('2026-01-05T09:00:00Z', 'tech', 'desk-a', "
                "'%1', 'running', 'SHARED01', '%2/usb', '[]') RETURNING id")
                .arg(idA, a_));
        QVERIFY2(!job.startsWith(QLatin1String("ERROR")), qPrintable(job));
        const QString jobId = words(job).value(0);
        const QString staged = a_ + QStringLiteral("/staging/job-%1/DICOM/I1").arg(jobId);
        QVERIFY(QDir().mkpath(QFileInfo(staged).path()));
        QVERIFY(writeText(staged, "staged object"));

        // Desk B starts (any command): A's job stays running, its staging copy stays.
        const ProcessResult atB = admin(b_, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(atB.exitCode, 0);
        QVERIFY2(!atB.errText().contains(QLatin1String("interrupted")), qPrintable(atB.errText()));
        QVERIFY(QFile::exists(staged));
        QCOMPARE(psql(QStringLiteral("SELECT status FROM write_jobs WHERE id = %1").arg(jobId)),
                 QStringLiteral("running"));

        // Desk A starts: its own job is ended and cleaned up, and whoever starts is told.
        const ProcessResult atA = admin(a_, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(atA.exitCode, 0);
        QVERIFY2(atA.errText().contains(QLatin1String("interrupted")),
                 qPrintable(atA.errText() +
                            psql(QStringLiteral("SELECT station_id, status FROM "
                                                "write_jobs")) +
                            QStringLiteral(" / ") + idA));
        QVERIFY(!QFile::exists(staged));
        QCOMPARE(psql(QStringLiteral("SELECT status FROM write_jobs WHERE id = %1").arg(jobId)),
                 QStringLiteral("interrupted"));
    }

    // An import cut short at desk A (the PACS was down) is listed at desk B with A's name and
    // finished there with the same medium.
    void importStartedAtOneDeskFinishesAtTheOther() {
        QVERIFY(twoStations());
        OrthancServer orthanc;
        QVERIFY2(orthanc.start({}), qPrintable(orthanc.error()));
        QCOMPARE(admin(a_, {QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("pacs"),
                            QStringLiteral("--aet"), QStringLiteral("ORTHANC"),
                            QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--roles"), QStringLiteral("store"),
                            QStringLiteral("--port"), QString::number(orthanc.dicomPort())})
                     .exitCode,
                 0);
        const QString medium = tmp_.filePath(QStringLiteral("medium-resume"));
        QVERIFY(writeMedium(medium, 6, QStringLiteral("700")));
        orthanc.stop();
        const QStringList import{QStringLiteral("import"), medium, QStringLiteral("--to"),
                                 QStringLiteral("pacs"), QStringLiteral("--keep-ids")};
        const ProcessResult first = tech(a_, import);
        QCOMPARE(first.exitCode, 3);

        // At B the unfinished job is there, saying where it ran.
        qputenv("PDI_DATABASE", url_.toUtf8());
        {
            Result<Station> b = Station::open(b_);
            QVERIFY2(b.ok(), qPrintable(b ? QString() : b.error().message));
            Result<Session> session =
                b->authenticator().login(QStringLiteral("tech"), TechPassword);
            QVERIFY(session.ok());
            Result<ImportMedium> opened = ImportMedium::open(medium, b->settings().checkSettings());
            QVERIFY(opened.ok());
            Result<QVector<UnfinishedImport>> unfinished =
                ImportJob(*b, *session).unfinished(*opened);
            QVERIFY(unfinished.ok());
            QCOMPARE(unfinished->size(), 1);
            QCOMPARE(unfinished->constFirst().station, QStringLiteral("desk-a"));
            QVERIFY(unfinished->constFirst().elsewhere);
        }
        qunsetenv("PDI_DATABASE");

        QVERIFY2(orthanc.restart(), qPrintable(orthanc.error()));
        const ProcessResult second = tech(b_, import);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(orthanc.instanceCount(), 6);
        QCOMPARE(psql(QStringLiteral("SELECT j.runs || ' ' || s.name FROM import_jobs j JOIN "
                                     "stations s ON s.id = j.station_id")),
                 QStringLiteral("2 desk-b"));
    }

    // A write and an import cut short at desk A are listed at desk B under A's name, the
    // import with how to continue it at B; the filters pick them; renaming A shows at once.
    void jobsOfOneDeskAreListedAtTheOther() {
        QVERIFY(twoStations());
        const QString source = tmp_.filePath(QStringLiteral("write-source"));
        QVERIFY(writeMedium(source, 2, QStringLiteral("600")));
        const QString usb = tmp_.filePath(QStringLiteral("write-usb"));
        QVERIFY(QDir().mkpath(usb));
        const ProcessResult written =
            tech(a_, {QStringLiteral("write"), source, QStringLiteral("--out"), usb});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QCOMPARE(admin(a_, {QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("pacs"),
                            QStringLiteral("--aet"), QStringLiteral("PACS"),
                            QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--roles"), QStringLiteral("store"),
                            QStringLiteral("--port"), QString::number(freePort())})
                     .exitCode,
                 0);
        const QString medium = tmp_.filePath(QStringLiteral("medium-listed"));
        QVERIFY(writeMedium(medium, 4, QStringLiteral("610")));
        const ProcessResult cut =
            tech(a_, {QStringLiteral("import"), medium, QStringLiteral("--to"),
                      QStringLiteral("pacs"), QStringLiteral("--keep-ids")});
        QCOMPARE(cut.exitCode, 3);

        auto jobsAtB = [this](const QStringList& extra) {
            const ProcessResult r =
                tech(b_, QStringList{QStringLiteral("jobs"), QStringLiteral("--json"),
                                     QStringLiteral("-")} +
                             extra);
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("jobs")).toArray();
        };
        const QJsonArray all = jobsAtB({});
        QCOMPARE(all.size(), 2);
        QStringList kinds;
        for (const QJsonValue& v : all) {
            const QJsonObject j = v.toObject();
            kinds << j.value(QStringLiteral("kind")).toString();
            QCOMPARE(j.value(QStringLiteral("station")).toString(), QStringLiteral("desk-a"));
            QVERIFY(!j.value(QStringLiteral("thisStation")).toBool());
            QCOMPARE(j.value(QStringLiteral("patient")).toObject().value(QStringLiteral("name")),
                     QJsonValue(QStringLiteral("HAYASHI^HARUKA")));
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("import"), QStringLiteral("write")}));
        const QJsonObject import = all.at(0).toObject();
        QCOMPARE(import.value(QStringLiteral("status")).toString(), QStringLiteral("unfinished"));
        QVERIFY(import.value(QStringLiteral("resumable")).toBool());
        QCOMPARE(import.value(QStringLiteral("patient")).toObject().value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("OUT-610")));
        QCOMPARE(
            import.value(QStringLiteral("instances")).toObject().value(QStringLiteral("planned")),
            QJsonValue(4));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("finished"));

        // In words at B: where it ran and what continues it here.
        const ProcessResult text =
            tech(b_, {QStringLiteral("jobs"), QStringLiteral("--unfinished")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QLatin1String(
                     "It ran at desk-a; it continues at any station that has the medium. To "
                     "continue it here: insert the medium PDITEST at this station")),
                 qPrintable(text.outText()));

        QCOMPARE(jobsAtB({QStringLiteral("--unfinished")}).size(), 1);
        QCOMPARE(jobsAtB({QStringLiteral("--kind"), QStringLiteral("write")}).size(), 1);
        QCOMPARE(jobsAtB({QStringLiteral("--station"), QStringLiteral("desk-a")}).size(), 2);
        QCOMPARE(jobsAtB({QStringLiteral("--station"), QStringLiteral("desk-b")}).size(), 0);

        // Desk A is renamed: B lists its jobs under the new name at once.
        QCOMPARE(admin(a_, {QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("station.name"), QStringLiteral("desk-north")})
                     .exitCode,
                 0);
        for (const QJsonValue& v : jobsAtB({}))
            QCOMPARE(v.toObject().value(QStringLiteral("station")).toString(),
                     QStringLiteral("desk-north"));
        QCOMPARE(jobsAtB({QStringLiteral("--station"), QStringLiteral("desk-north")}).size(), 2);
    }

    // Four processes, two per station, append 200 records each while desk A imports 60
    // objects into its archive: one chain, every record there, nobody waited in vain.
    void fourProcessesAppendToOneChain() {
        QVERIFY(twoStations());
        const QString medium = tmp_.filePath(QStringLiteral("medium-busy"));
        QVERIFY(writeMedium(medium, 60, QStringLiteral("800")));
        const int before = psql(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();

        QProcess import;
        QProcessEnvironment importEnv = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment techA = env(a_, QStringLiteral("tech"), TechPassword);
        for (const QString& k : techA.keys())
            importEnv.insert(k, techA.value(k));
        import.setProcessEnvironment(importEnv);
        import.start(binary(QStringLiteral("pdi")),
                     {QStringLiteral("import"), medium, QStringLiteral("--to"),
                      QStringLiteral("local"), QStringLiteral("--keep-ids")});
        QVERIFY(import.waitForStarted());

        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < 4; ++w) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("PDI_DATABASE"), url_);
            p->setProcessEnvironment(e);
            p->start(binary(QStringLiteral("pdi_test_audit_writer")),
                     {w % 2 == 0 ? a_ : b_, QStringLiteral("admin"), AdminPassword,
                      QStringLiteral("200"), QStringLiteral("writer-%1").arg(w)});
            QVERIFY(p->waitForStarted());
            writers.push_back(std::move(p));
        }
        QStringList errors;
        for (auto& p : writers) {
            QVERIFY(p->waitForFinished(600000));
            if (p->exitCode() != 0)
                errors << QString::fromUtf8(p->readAllStandardError());
        }
        QVERIFY(import.waitForFinished(600000));
        const QString importErr = QString::fromUtf8(import.readAllStandardError());
        QVERIFY2(import.exitCode() == 0, qPrintable(importErr));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(!importErr.contains(QLatin1String("locked")));

        for (int w = 0; w < 4; ++w)
            QCOMPARE(psql(QStringLiteral("SELECT COUNT(DISTINCT target) FROM audit_log WHERE "
                                         "target LIKE 'writer-%1 %%'")
                              .arg(w)),
                     QStringLiteral("200"));
        const ProcessResult verify = admin(
            b_, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const QJsonObject v = QJsonDocument::fromJson(verify.out).object();
        QVERIFY(v.value(QStringLiteral("intact")).toBool());
        // Everything appended before the verification was read: only the verifying command's own
        // sign-out comes after it.
        const int total = psql(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        QVERIFY(v.value(QStringLiteral("records")).toInt() <= total);
        QVERIFY(v.value(QStringLiteral("records")).toInt() >= total - 2);
        QVERIFY(total >= before + 800);
        // seq has no gap: nothing was lost between two appends.
        QCOMPARE(psql(QStringLiteral("SELECT MAX(seq) - COUNT(*) FROM audit_log")),
                 QStringLiteral("0"));
        const QJsonObject stations = v.value(QStringLiteral("stations")).toObject();
        QVERIFY(stations.value(QStringLiteral("desk-a")).toInt() >= 400);
        QVERIFY(stations.value(QStringLiteral("desk-b")).toInt() >= 400);
        int sum = 0;
        for (const QJsonValue& n : stations)
            sum += n.toInt();
        QCOMPARE(sum, v.value(QStringLiteral("records")).toInt());
    }

    // Someone with the database's password edits or deletes a record with psql: the triggers
    // refuse a plain change; with them switched off the chain and the independent script catch it.
    void tamperingThroughPsqlIsFound() {
        QVERIFY(twoStations());
        QVERIFY(psql(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE seq = 2"))
                    .contains(QLatin1String("append-only")));
        const QString script = QStringLiteral(PDI_SOURCE_DIR "/scripts/audit-chain-verify.py");
        const ProcessResult clean = run(QStringLiteral("python3"), {script, url_});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.errText() + clean.outText()));
        QVERIFY2(clean.outText().contains(QLatin1String("station ")), qPrintable(clean.outText()));

        const QString original =
            psql(QStringLiteral("SELECT user_name FROM audit_log WHERE seq = 2"));
        QVERIFY(!psql(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER; UPDATE "
                                     "audit_log SET user_name = 'mallory' WHERE seq = 2"))
                     .startsWith(QLatin1String("ERROR")));
        const ProcessResult edited = admin(a_, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(edited.exitCode, 1);
        QVERIFY2(edited.outText().contains(QLatin1String("Record 2 was changed")),
                 qPrintable(edited.outText()));
        const ProcessResult byScript = run(QStringLiteral("python3"), {script, url_});
        QCOMPARE(byScript.exitCode, 1);
        QVERIFY(byScript.outText().contains(QLatin1String("broken at record 2")));
        // The same through an export, as an auditor without access to the server gets it.
        const QString csv = tmp_.filePath(QStringLiteral("audit.csv"));
        const ProcessResult exported = server_.psql(
            QStringLiteral("\\copy (SELECT seq, time, utc_offset, user_name, user_display_name, "
                           "role, station, event, alert, outcome, target, patients, "
                           "patients_before, studies, medium_id, media_type, details, prev_hash, "
                           "hash FROM audit_log ORDER BY seq) TO '%1' WITH CSV HEADER")
                .arg(csv),
            QStringLiteral("shared%1").arg(databases_));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.errText()));
        QCOMPARE(run(QStringLiteral("python3"), {script, QStringLiteral("--csv"), csv}).exitCode,
                 1);

        // Deleting a record: found by both.
        psql(QStringLiteral("UPDATE audit_log SET user_name = '%1' WHERE seq = 2").arg(original));
        QCOMPARE(admin(a_, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        psql(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        const ProcessResult deleted =
            admin(a_, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(deleted.exitCode, 1);
        QVERIFY2(deleted.outText().contains(QLatin1String("Record 3 is missing")),
                 qPrintable(deleted.outText()));
        QCOMPARE(run(QStringLiteral("python3"), {script, url_}).exitCode, 1);
    }

    // A station that worked alone moves to the shared database; a second one joins it.
    void copyMovesAStationIntoTheSharedDatabase() {
        ++databases_;
        QVERIFY(server_.createDatabase(QStringLiteral("shared%1").arg(databases_)));
        url_ = server_.url(QStringLiteral("shared%1").arg(databases_));
        const QString c = tmp_.filePath(QStringLiteral("alone-c"));
        const QString d = tmp_.filePath(QStringLiteral("alone-d"));
        auto alone = [](const QString& dir, const QString& user = QString(),
                        const QString& password = QString()) {
            QProcessEnvironment e;
            e.insert(QStringLiteral("PDI_DATA_DIR"), dir);
            e.insert(QStringLiteral("PDI_DATABASE"), QStringLiteral("sqlite"));
            if (!user.isEmpty()) {
                e.insert(QStringLiteral("PDI_USER"), user);
                e.insert(QStringLiteral("PDI_PASSWORD"), password);
            }
            return e;
        };
        const QString otherPassword = QStringLiteral("Second-Desk-Pass-58");
        for (const auto& [dir, name, password] :
             {std::tuple{c, QStringLiteral("desk-c"), AdminPassword},
              std::tuple{d, QStringLiteral("desk-d"), otherPassword}}) {
            QCOMPARE(runPdi({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                             QStringLiteral("--role"), QStringLiteral("admin"),
                             QStringLiteral("--password-stdin")},
                            password.toUtf8() + '\n', alone(dir))
                         .exitCode,
                     0);
            const auto as = alone(dir, QStringLiteral("admin"), password);
            QCOMPARE(runPdi({QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("station.name"), name},
                            {}, as)
                         .exitCode,
                     0);
            QCOMPARE(runPdi({QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("station.aeTitle"), name.toUpper().replace(u'-', u'_')},
                            {}, as)
                         .exitCode,
                     0);
        }
        const auto adminC = alone(c, QStringLiteral("admin"), AdminPassword);
        QCOMPARE(runPdi({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tech"),
                         QStringLiteral("--role"), QStringLiteral("technologist"),
                         QStringLiteral("--password-stdin")},
                        TechPassword.toUtf8() + '\n', adminC)
                     .exitCode,
                 0);
        QCOMPARE(runPdi({QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("institution.name"), QStringLiteral("Alone Clinic")},
                        {}, adminC)
                     .exitCode,
                 0);
        const QString medium = tmp_.filePath(QStringLiteral("medium-copy"));
        QVERIFY(writeMedium(medium, 3, QStringLiteral("900")));
        const ProcessResult imported =
            runPdi({QStringLiteral("import"), medium, QStringLiteral("--to"),
                    QStringLiteral("local"), QStringLiteral("--keep-ids")},
                   {}, alone(c, QStringLiteral("tech"), TechPassword));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const ProcessResult headC =
            run(QStringLiteral("sqlite3"), {c + QStringLiteral("/pdistation.db"),
                                            QStringLiteral("SELECT seq || ' ' || hash FROM "
                                                           "audit_log ORDER BY seq DESC LIMIT 1")});
        const QStringList before = words(headC.outText().trimmed());
        QCOMPARE(before.size(), 2);

        // The first station: everything copied, the chain record for record.
        const ProcessResult copied =
            runPdi({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), url_}, {},
                   adminC);
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.errText() + copied.outText()));
        const QString report = copied.outText();
        QVERIFY2(report.contains(QLatin1String("accounts")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("record for record")));
        QVERIFY(report.contains(QLatin1String("verifies")));
        QVERIFY(report.contains(QStringLiteral("database = %1").arg(url_)));
        QCOMPARE(psql(QStringLiteral("SELECT COUNT(*) FROM accounts")), QStringLiteral("2"));
        QCOMPARE(psql(QStringLiteral("SELECT COUNT(*) FROM archive_instances")),
                 QStringLiteral("3"));
        QCOMPARE(
            psql(QStringLiteral("SELECT hash FROM audit_log WHERE seq = %1").arg(before.at(0))),
            before.at(1));

        // Switched over: the same accounts, settings, archive and a chain that verifies.
        const auto sharedC = [&](const QString& user, const QString& password) {
            QProcessEnvironment e = alone(c, user, password);
            e.insert(QStringLiteral("PDI_DATABASE"), url_);
            return e;
        };
        const auto adminOnShared = sharedC(QStringLiteral("admin"), AdminPassword);
        QCOMPARE(runPdi({QStringLiteral("config"), QStringLiteral("get"),
                         QStringLiteral("station.aeTitle")},
                        {}, adminOnShared)
                     .outText()
                     .trimmed(),
                 QStringLiteral("DESK_C"));
        QCOMPARE(runPdi({QStringLiteral("config"), QStringLiteral("get"),
                         QStringLiteral("institution.name")},
                        {}, adminOnShared)
                     .outText()
                     .trimmed(),
                 QStringLiteral("Alone Clinic"));
        const QString out = tmp_.filePath(QStringLiteral("written-c"));
        QDir().mkpath(out);
        const ProcessResult written = runPdi(
            {QStringLiteral("write"), QStringLiteral("local"), QStringLiteral("--patient-id"),
             QStringLiteral("OUT-900"), QStringLiteral("--out"), out},
            {}, sharedC(QStringLiteral("tech"), TechPassword));
        QVERIFY2(written.exitCode == 0, written.err.constData());

        // The second station: its administrator's name is taken (kept as the shared one), its
        // records are appended to the shared chain.
        const ProcessResult second =
            runPdi({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), url_}, {},
                   alone(d, QStringLiteral("admin"), otherPassword));
        QVERIFY2(second.exitCode == 0, qPrintable(second.errText() + second.outText()));
        QVERIFY2(second.outText().contains(QLatin1String("appended to the shared chain")),
                 qPrintable(second.outText()));
        QVERIFY(second.outText().contains(QLatin1String("1 there already")));
        const ProcessResult verify =
            runPdi({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")},
                   {}, adminOnShared);
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const QJsonObject stations = QJsonDocument::fromJson(verify.out)
                                         .object()
                                         .value(QStringLiteral("stations"))
                                         .toObject();
        QVERIFY(stations.value(QStringLiteral("desk-c")).toInt() > 0);
        QVERIFY(stations.value(QStringLiteral("desk-d")).toInt() > 0);
        // Each station keeps its own per-station values.
        QProcessEnvironment sharedD = alone(d, QStringLiteral("admin"), AdminPassword);
        sharedD.insert(QStringLiteral("PDI_DATABASE"), url_);
        QCOMPARE(runPdi({QStringLiteral("config"), QStringLiteral("get"),
                         QStringLiteral("station.aeTitle")},
                        {}, sharedD)
                     .outText()
                     .trimmed(),
                 QStringLiteral("DESK_D"));
    }
};

QTEST_GUILESS_MAIN(SharedStationsTest)
#include "tst_shared_stations.moc"

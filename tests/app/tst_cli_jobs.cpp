// pdi jobs end to end: a real write to a folder and a real import cut short (its PACS does not
// answer) on one station, then the list as text and JSON, its filters, and what a reception
// account sees (no patients). Runs on the embedded file and, as tst_cli_jobs_pg, on PostgreSQL.
#include "DicomServers.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using pdi::test::ProcessResult;

namespace {

const QString AdminPassword = QStringLiteral("Harbour-Lights-27");
const QString DeskPassword = QStringLiteral("Dsk-Pa55word");
const QString TechPassword = QStringLiteral("Tch-Pa55word");
const QString ReceptionPassword = QStringLiteral("Rcp-Pa55word");

} // namespace

class CliJobsTest : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString data_;

    ProcessResult as(const QString& user, const QString& password, const QStringList& args,
                     const QByteArray& input = QByteArray()) const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), data_);
        env.insert(QStringLiteral("PDI_USER"), user);
        env.insert(QStringLiteral("PDI_PASSWORD"), password);
        return pdi::test::runPdi(args, input, env);
    }
    ProcessResult admin(const QStringList& args, const QByteArray& input = QByteArray()) const {
        return as(QStringLiteral("admin"), AdminPassword, args, input);
    }
    ProcessResult tech(const QStringList& args) const {
        return as(QStringLiteral("tech"), TechPassword, args);
    }
    QJsonArray jobsJson(const QStringList& extra = QStringList(),
                        const QString& user = QStringLiteral("tech"),
                        const QString& password = TechPassword) const {
        const ProcessResult r =
            as(user, password,
               QStringList{QStringLiteral("jobs"), QStringLiteral("--json"), QStringLiteral("-")} +
                   extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("jobs")).toArray();
    }
    static QJsonObject ofKind(const QJsonArray& jobs, const QString& kind) {
        for (const QJsonValue& j : jobs) {
            if (j.toObject().value(QStringLiteral("kind")).toString() == kind)
                return j.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        data_ = tmp_.filePath(QStringLiteral("data"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), data_);
        QCOMPARE(pdi::test::runPdi({QStringLiteral("user"), QStringLiteral("add"),
                                    QStringLiteral("admin"), QStringLiteral("--role"),
                                    QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                   AdminPassword.toUtf8() + '\n', env)
                     .exitCode,
                 0);
        for (const auto& [name, role, password] :
             {std::tuple{QStringLiteral("desk"), QStringLiteral("frontdesk"), DeskPassword},
              std::tuple{QStringLiteral("tech"), QStringLiteral("technologist"), TechPassword},
              std::tuple{QStringLiteral("recept"), QStringLiteral("reception"),
                         ReceptionPassword}}) {
            QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), name,
                            QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                           password.toUtf8() + '\n')
                         .exitCode,
                     0);
        }
        QCOMPARE(admin({QStringLiteral("config"), QStringLiteral("set"),
                        QStringLiteral("station.name"), QStringLiteral("desk-1")})
                     .exitCode,
                 0);

        // A write by the front desk: one patient's objects to a folder (a USB stick).
        const QString source = tmp_.filePath(QStringLiteral("source"));
        pdi::test::InstanceSpec w;
        w.patientId = QStringLiteral("LOC-42");
        w.patientName = QStringLiteral("SATO^KENJI");
        w.studyUid = pdi::test::uid(QStringLiteral("41"));
        w.seriesUid = pdi::test::uid(QStringLiteral("41.1"));
        w.sopInstanceUid = pdi::test::uid(QStringLiteral("41.1.1"));
        QVERIFY(pdi::test::writeConformantMedium(source, {w}));
        const QString usb = tmp_.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        const ProcessResult written =
            as(QStringLiteral("desk"), DeskPassword,
               {QStringLiteral("write"), source, QStringLiteral("--out"), usb});
        QVERIFY2(written.exitCode == 0, written.err.constData());

        // An import cut short: the PACS does not answer, nothing is sent.
        QCOMPARE(admin({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("pacs"),
                        QStringLiteral("--aet"), QStringLiteral("PACS"), QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QString::number(pdi::test::freePort()), QStringLiteral("--roles"),
                        QStringLiteral("store")})
                     .exitCode,
                 0);
        const QString medium = tmp_.filePath(QStringLiteral("outside"));
        QList<pdi::test::InstanceSpec> specs;
        for (int i = 1; i <= 3; ++i) {
            pdi::test::InstanceSpec s;
            s.patientId = QStringLiteral("OUT-7");
            s.patientName = QStringLiteral("HAYASHI^HARUKA");
            s.studyUid = pdi::test::uid(QStringLiteral("70"));
            s.seriesUid = pdi::test::uid(QStringLiteral("70.1"));
            s.sopInstanceUid = pdi::test::uid(QStringLiteral("70.1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            specs << s;
        }
        QVERIFY(pdi::test::writeConformantMedium(medium, specs, QStringLiteral("OUTSIDE7")));
        const ProcessResult cut = tech({QStringLiteral("import"), medium, QStringLiteral("--to"),
                                        QStringLiteral("pacs"), QStringLiteral("--keep-ids")});
        QVERIFY2(cut.exitCode == 3, cut.err.constData());
    }

    void listsBothJobsAsText() {
        const ProcessResult r = tech({QStringLiteral("jobs")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = r.outText();
        QVERIFY2(text.startsWith(QLatin1String("2 jobs of every station, newest first")),
                 qPrintable(text));
        // Newest first: the import came after the write.
        const qsizetype import = text.indexOf(QLatin1String("  Import  desk-1 (this station)  "
                                                            "unfinished, can be resumed"));
        const qsizetype write =
            text.indexOf(QLatin1String("  Write  desk-1 (this station)  finished  started "));
        QVERIFY2(import > 0 && write > import, qPrintable(text));
        QVERIFY(text.contains(QLatin1String("patient LOC-42  SATO KENJI")));
        QVERIFY2(text.contains(QLatin1String("outside patient OUT-7  HAYASHI HARUKA, filed under "
                                             "the outside IDs")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("from medium OUTSIDE7 to pacs")));
        QVERIFY2(text.contains(QLatin1String("0 of 3 objects sent")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("To continue it here: insert the medium OUTSIDE7 at "
                                             "this station and run the import again (pdi import "
                                             "MEDIUM --to pacs --keep-ids --outside-id OUT-7)")),
                 qPrintable(text));
        // Times as people read them, not as stored.
        QVERIFY(!text.contains(QLatin1Char('T') + QString::number(QDate::currentDate().year())));
        QVERIFY(!text.contains(QLatin1String("incomplete")));
    }

    void listsBothJobsAsJson() {
        const QJsonArray jobs = jobsJson();
        QCOMPARE(jobs.size(), 2);
        const QJsonObject write = ofKind(jobs, QStringLiteral("write"));
        QCOMPARE(write.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(write.value(QStringLiteral("station")).toString(), QStringLiteral("desk-1"));
        QVERIFY(write.value(QStringLiteral("thisStation")).toBool());
        QCOMPARE(write.value(QStringLiteral("startedBy")).toString(), QStringLiteral("desk"));
        QCOMPARE(write.value(QStringLiteral("patient")).toObject().value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("LOC-42")));
        QCOMPARE(write.value(QStringLiteral("patient")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("SATO^KENJI")));
        QVERIFY(!write.value(QStringLiteral("fileSetId")).toString().isEmpty());
        QCOMPARE(write.value(QStringLiteral("mediaType")).toString(), QStringLiteral("usb"));
        QVERIFY(write.value(QStringLiteral("endedAt")).isString());
        QVERIFY(!write.value(QStringLiteral("resumable")).toBool());

        const QJsonObject import = ofKind(jobs, QStringLiteral("import"));
        QCOMPARE(import.value(QStringLiteral("status")).toString(), QStringLiteral("unfinished"));
        QVERIFY(import.value(QStringLiteral("resumable")).toBool());
        QCOMPARE(import.value(QStringLiteral("startedBy")).toString(), QStringLiteral("tech"));
        QCOMPARE(import.value(QStringLiteral("destination")).toString(), QStringLiteral("pacs"));
        QCOMPARE(import.value(QStringLiteral("mediumId")).toString(), QStringLiteral("OUTSIDE7"));
        QCOMPARE(import.value(QStringLiteral("patient")).toObject().value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("OUT-7")));
        QCOMPARE(import.value(QStringLiteral("local")).toObject().value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("OUT-7")));
        QVERIFY(import.value(QStringLiteral("keptOutsideIds")).toBool());
        const QJsonObject instances = import.value(QStringLiteral("instances")).toObject();
        QCOMPARE(instances.value(QStringLiteral("planned")).toInt(), 3);
        QCOMPARE(instances.value(QStringLiteral("sent")).toInt() +
                     instances.value(QStringLiteral("committed")).toInt(),
                 0);
        QCOMPARE(instances.value(QStringLiteral("pending")).toInt() +
                     instances.value(QStringLiteral("failed")).toInt(),
                 3);
    }

    void filtersNarrowTheList() {
        const QJsonArray unfinished = jobsJson({QStringLiteral("--unfinished")});
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("import"));
        const QJsonArray writes = jobsJson({QStringLiteral("--kind"), QStringLiteral("write")});
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("write"));
        QCOMPARE(jobsJson({QStringLiteral("--station"), QStringLiteral("DESK-1")}).size(), 2);
        const QJsonArray newest = jobsJson({QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("import"));
        QCOMPARE(jobsJson({QStringLiteral("--since"), QStringLiteral("2999-01-01")}).size(), 0);
        QCOMPARE(jobsJson({QStringLiteral("--since"),
                           QDate::currentDate().addDays(-1).toString(Qt::ISODate)})
                     .size(),
                 2);

        const ProcessResult unknown =
            tech({QStringLiteral("jobs"), QStringLiteral("--station"), QStringLiteral("nowhere")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.errText().contains(QLatin1String("No station that shares this database "
                                                          "is called nowhere. The stations are: "
                                                          "desk-1.")),
                 qPrintable(unknown.errText()));
        const ProcessResult badKind =
            tech({QStringLiteral("jobs"), QStringLiteral("--kind"), QStringLiteral("burn")});
        QCOMPARE(badKind.exitCode, 2);
        QVERIFY(badKind.errText().contains(QLatin1String("--kind takes write or import.")));
    }

    // Reception checks the medium in hand; the station's records do not show it patients.
    void receptionSeesNoPatients() {
        const QJsonArray jobs = jobsJson({}, QStringLiteral("recept"), ReceptionPassword);
        QCOMPARE(jobs.size(), 2);
        for (const QJsonValue& v : jobs) {
            const QJsonObject j = v.toObject();
            QVERIFY(!j.value(QStringLiteral("patientShown")).toBool());
            QVERIFY(!j.contains(QStringLiteral("patient")));
            QVERIFY(!j.contains(QStringLiteral("local")));
            QVERIFY(!j.contains(QStringLiteral("target")));
            QVERIFY(!j.contains(QStringLiteral("mediumId")));
            QVERIFY(!j.contains(QStringLiteral("message")));
        }
        const ProcessResult r =
            as(QStringLiteral("recept"), ReceptionPassword, {QStringLiteral("jobs")});
        QCOMPARE(r.exitCode, 0);
        const QString text = r.outText();
        QVERIFY(text.contains(QLatin1String("patient not shown")));
        for (const char* identity : {"LOC-42", "SATO", "OUT-7", "HAYASHI", "OUTSIDE7"})
            QVERIFY2(!text.contains(QLatin1String(identity)), identity);
        // What runs where is still there.
        QVERIFY(text.contains(QLatin1String("0 of 3 objects sent")));
    }

    void helpDescribesTheOptions() {
        const ProcessResult r = tech({QStringLiteral("jobs"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* option :
             {"--unfinished", "--station", "--kind", "--since", "--limit", "--json"})
            QVERIFY2(r.outText().contains(QLatin1String(option)), option);
        QVERIFY(pdi::test::runPdi({}).outText().contains(QLatin1String("jobs")));
    }
};

QTEST_GUILESS_MAIN(CliJobsTest)
#include "tst_cli_jobs.moc"

// `pdi write pacs:NODE`: a referral medium written from a real PACS (Orthanc on loopback) with
// C-GET, the retrieval recorded, and nothing left of it in the data directory afterwards.
#include "DicomServers.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "node/NodeStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class TestCliWritePacs : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture station_;
    test::OrthancServer orthanc_;

    QProcessEnvironment env() {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PDI_DATA_DIR"), station_.station().directory().path());
        e.insert(QStringLiteral("PDI_USER"), test::StationFixture::AdminName);
        e.insert(QStringLiteral("PDI_PASSWORD"), test::StationFixture::AdminPassword);
        return e;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(station_.ok(), qPrintable(station_.error()));
        test::OrthancServer::Options o;
        o.modalities.insert(
            QStringLiteral("pdi"),
            {QStringLiteral("PDISTATION"), QStringLiteral("127.0.0.1"), QStringLiteral("104")});
        QVERIFY2(orthanc_.start(o), qPrintable(orthanc_.error()));

        // The PACS holds two studies of PACS01 and one of someone else.
        const QString src = tmp_.filePath(QStringLiteral("pacs-src"));
        QStringList files;
        for (int study = 1; study <= 2; ++study) {
            for (int i = 1; i <= 3; ++i) {
                test::InstanceSpec s;
                s.patientId = QStringLiteral("PACS01");
                s.patientName = QStringLiteral("SUZUKI^HANAKO=鈴木^花子=すずき^はなこ");
                s.studyUid = test::uid(QStringLiteral("98.%1").arg(study));
                s.seriesUid = test::uid(QStringLiteral("98.%1.1").arg(study));
                s.sopInstanceUid = test::uid(QStringLiteral("98.%1.1.%2").arg(study).arg(i));
                s.instanceNumber = QString::number(i);
                files << QStringLiteral("%1/s%2i%3.dcm").arg(src).arg(study).arg(i);
                QVERIFY(test::writeInstance(files.constLast(), s));
            }
        }
        test::InstanceSpec other;
        other.patientId = QStringLiteral("PACS02");
        other.studyUid = test::uid(QStringLiteral("98.9"));
        other.seriesUid = test::uid(QStringLiteral("98.9.1"));
        other.sopInstanceUid = test::uid(QStringLiteral("98.9.1.1"));
        files << src + QStringLiteral("/other.dcm");
        QVERIFY(test::writeInstance(files.constLast(), other));
        QStringList args{QStringLiteral("-aet"),      QStringLiteral("PDISTATION"),
                         QStringLiteral("-aec"),      QStringLiteral("ORTHANC"),
                         QStringLiteral("127.0.0.1"), QString::number(orthanc_.dicomPort())};
        QCOMPARE(test::run(QStringLiteral("storescu"), args + files).exitCode, 0);
        QCOMPARE(orthanc_.instanceCount(), 7);

        DicomNode pacs;
        pacs.name = QStringLiteral("pacs");
        pacs.aeTitle = QStringLiteral("ORTHANC");
        pacs.host = QStringLiteral("127.0.0.1");
        pacs.port = orthanc_.dicomPort();
        pacs.roles = DicomNode::Store | DicomNode::Find;
        QVERIFY(NodeStore(station_.station().database()).add(station_.admin(), pacs).ok());
        DicomNode storeOnly = pacs;
        storeOnly.name = QStringLiteral("storeonly");
        storeOnly.roles = DicomNode::Store;
        QVERIFY(NodeStore(station_.station().database()).add(station_.admin(), storeOnly).ok());
    }

    void writesAllStudiesOfThePatient() {
        // What a crashed station left: the folder of a process that is gone is removed, the
        // folder of one that still runs (this test) is not.
        const QDir retrieve(station_.station().directory().filePath(QStringLiteral("retrieve")));
        const QString dead = retrieve.filePath(QStringLiteral("2147483646-left"));
        const QString alive =
            retrieve.filePath(QStringLiteral("%1-busy").arg(QCoreApplication::applicationPid()));
        QVERIFY(test::writeText(dead + QStringLiteral("/x.dcm"), "left over"));
        QVERIFY(test::writeText(alive + QStringLiteral("/x.dcm"), "in use"));
        const QString iso = tmp_.filePath(QStringLiteral("pacs.iso"));
        const test::ProcessResult r = test::runPdi(
            {QStringLiteral("write"), QStringLiteral("pacs:pacs"), QStringLiteral("--patient-id"),
             QStringLiteral("PACS01"), QStringLiteral("--out"), iso},
            QByteArray(), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.errText().contains(QLatin1String("Retrieved 6 objects")));
        const test::ProcessResult check = test::runPdi(
            {QStringLiteral("check"), iso, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(o.value(QLatin1String("counts")).toObject().value(QLatin1String("dicom")).toInt(),
                 6);
        QVERIFY(check.outText().contains(QStringLiteral("鈴木^花子")));
        // The retrieval is on record and its folder is gone.
        const test::ProcessResult audit = test::runPdi(
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")},
            QByteArray(), env());
        QVERIFY(audit.outText().contains(QLatin1String("\"retrieve\"")));
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(QFileInfo::exists(alive + QStringLiteral("/x.dcm")));
        QVERIFY(QDir(alive).removeRecursively());
        QVERIFY(retrieve.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void oneStudy() {
        const QString iso = tmp_.filePath(QStringLiteral("one.iso"));
        const test::ProcessResult r = test::runPdi(
            {QStringLiteral("write"), QStringLiteral("pacs:pacs"), QStringLiteral("--patient-id"),
             QStringLiteral("PACS01"), QStringLiteral("--study"), test::uid(QStringLiteral("98.2")),
             QStringLiteral("--out"), iso},
            QByteArray(), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.errText().contains(QLatin1String("Retrieved 3 objects")));
    }

    void refusals() {
        const QString iso = tmp_.filePath(QStringLiteral("no.iso"));
        test::ProcessResult r = test::runPdi(
            {QStringLiteral("write"), QStringLiteral("pacs:pacs"), QStringLiteral("--out"), iso},
            QByteArray(), env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("--patient-id")));
        r = test::runPdi({QStringLiteral("write"), QStringLiteral("pacs:storeonly"),
                          QStringLiteral("--patient-id"), QStringLiteral("PACS01"),
                          QStringLiteral("--out"), iso},
                         QByteArray(), env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("find role")));
        r = test::runPdi({QStringLiteral("write"), QStringLiteral("pacs:nosuch"),
                          QStringLiteral("--patient-id"), QStringLiteral("PACS01"),
                          QStringLiteral("--out"), iso},
                         QByteArray(), env());
        QCOMPARE(r.exitCode, 2);
        r = test::runPdi({QStringLiteral("write"), QStringLiteral("pacs:pacs"),
                          QStringLiteral("--patient-id"), QStringLiteral("NOBODY"),
                          QStringLiteral("--out"), iso},
                         QByteArray(), env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(iso));
    }
};

QTEST_GUILESS_MAIN(TestCliWritePacs)
#include "tst_cli_write_pacs.moc"

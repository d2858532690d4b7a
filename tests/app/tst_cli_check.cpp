// `pdi check` as a reception desk or a script uses it: exit codes, the readable report and the
// stable JSON keys.
#include "StationFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class TestCliCheck : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString conformant_;

    static QJsonObject parse(const QByteArray& json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("JSON: %s", qPrintable(error.errorString()));
        return doc.object();
    }

    // The site names an AI product the built-in list does not (Kensa Lung), and a medium holds
    // one image of it; the medium's path, empty when either could not be made.
    QString siteNamesKensaLung(test::StationFixture& station, const QString& name) {
        if (!station.station().settings().set(station.admin(), QStringLiteral("ai.products"),
                                              QStringLiteral("Kensa Lung")))
            return QString();
        const QString medium = tmp_.filePath(name);
        test::InstanceSpec a;
        a.manufacturer = QStringLiteral("KENSA LUNG");
        a.model = QStringLiteral("NODULE MAP");
        a.seriesDescription = QStringLiteral("NODULE MAP");
        a.imageType = QStringLiteral("DERIVED\\SECONDARY\\AXIAL");
        return test::writeConformantMedium(medium, {a}) ? medium : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        conformant_ = tmp_.filePath(QStringLiteral("ok"));
        test::InstanceSpec a;
        a.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        test::InstanceSpec b = a;
        b.sopInstanceUid = test::uid(QStringLiteral("1.1.2"));
        b.instanceNumber = QStringLiteral("2");
        QVERIFY(test::writeConformantMedium(conformant_, {a, b}));
    }

    void conformantExitsZero() {
        const test::ProcessResult r = test::runPdi({QStringLiteral("check"), conformant_});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QLatin1String("conformant PDI medium")), r.out.constData());
        QVERIFY(r.outText().contains(QStringLiteral("YAMADA TARO (山田 太郎, やまだ たろう)")));
        QVERIFY(r.outText().contains(QLatin1String("TEST HOSPITAL")));
    }

    void jsonKeysAreStable() {
        const QString jsonPath = tmp_.filePath(QStringLiteral("report.json"));
        const test::ProcessResult r = test::runPdi(
            {QStringLiteral("check"), conformant_, QStringLiteral("--json"), jsonPath});
        QCOMPARE(r.exitCode, 0);
        QFile f(jsonPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = parse(f.readAll());

        const QJsonObject medium = o.value(QLatin1String("medium")).toObject();
        for (const char* key : {"path", "kind", "volumeId", "fileSetId"})
            QVERIFY2(medium.contains(QLatin1String(key)), key);
        QCOMPARE(medium.value(QLatin1String("kind")).toString(), QStringLiteral("folder"));
        QCOMPARE(medium.value(QLatin1String("fileSetId")).toString(), QStringLiteral("PDITEST"));

        const QJsonArray patients = o.value(QLatin1String("patients")).toArray();
        QCOMPARE(patients.size(), 1);
        const QJsonObject p = patients.first().toObject();
        for (const char* key : {"id", "issuer", "name", "birthDate", "sex", "studies"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QCOMPARE(p.value(QLatin1String("name")).toString(),
                 QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう"));
        QCOMPARE(p.value(QLatin1String("id")).toString(), QStringLiteral("PAT001"));
        QCOMPARE(p.value(QLatin1String("birthDate")).toString(), QStringLiteral("19700101"));
        const QJsonObject study = p.value(QLatin1String("studies")).toArray().first().toObject();
        for (const char* key : {"uid", "date", "description", "modalities", "series"})
            QVERIFY2(study.contains(QLatin1String(key)), key);
        QCOMPARE(study.value(QLatin1String("modalities")).toArray().first().toString(),
                 QStringLiteral("CT"));
        const QJsonObject series =
            study.value(QLatin1String("series")).toArray().first().toObject();
        for (const char* key :
             {"uid", "modality", "number", "description", "instances", "aiDerived"})
            QVERIFY2(series.contains(QLatin1String(key)), key);
        QCOMPARE(series.value(QLatin1String("instances")).toInt(), 2);
        QCOMPARE(series.value(QLatin1String("aiDerived")).toBool(), false);

        const QJsonObject counts = o.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("dicom")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("files")).toInt(), 4);
        QVERIFY(counts.contains(QLatin1String("nonDicom")));

        const QJsonObject flags = o.value(QLatin1String("flags")).toObject();
        for (const char* key :
             {"multiplePatients", "nonDicomContent", "aiDerivedContent", "autorun", "executables",
              "compressed", "video", "missingDicomdir", "notPart10"}) {
            QVERIFY2(flags.contains(QLatin1String(key)), key);
            QCOMPARE(flags.value(QLatin1String(key)).toBool(), false);
        }
        QVERIFY(o.value(QLatin1String("findings")).isArray());
        QCOMPARE(o.value(QLatin1String("conformant")).toBool(), true);
    }

    void errorsExitOneAndJsonToStdout() {
        const QString root = tmp_.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(test::run(QStringLiteral("cp"),
                          {QStringLiteral("-r"), conformant_ + QStringLiteral("/."), root})
                    .exitCode == 0);
        QVERIFY(
            test::writeText(root + QStringLiteral("/AUTORUN.INF"), "[autorun]\r\nopen=X.EXE\r\n"));
        const test::ProcessResult r = test::runPdi(
            {QStringLiteral("check"), root, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = parse(r.out); // only JSON on stdout
        QCOMPARE(o.value(QLatin1String("conformant")).toBool(), false);
        QCOMPARE(
            o.value(QLatin1String("flags")).toObject().value(QLatin1String("autorun")).toBool(),
            true);
        bool found = false;
        for (const QJsonValue& v : o.value(QLatin1String("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("code")).toString() == QLatin1String("PDI-S001")) {
                found = true;
                QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
                QCOMPARE(f.value(QLatin1String("path")).toString(), QStringLiteral("AUTORUN.INF"));
                QVERIFY(!f.value(QLatin1String("message")).toString().isEmpty());
            }
        }
        QVERIFY(found);
    }

    void quickOnIsoAndZip() {
        const QString iso = tmp_.filePath(QStringLiteral("disc.img"));
        QVERIFY(test::makeIso(conformant_, iso, QStringLiteral("PDITEST")));
        test::ProcessResult r =
            test::runPdi({QStringLiteral("check"), iso, QStringLiteral("--quick"),
                          QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = parse(r.out);
        QCOMPARE(
            o.value(QLatin1String("medium")).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("iso"));
        QCOMPARE(
            o.value(QLatin1String("medium")).toObject().value(QLatin1String("volumeId")).toString(),
            QStringLiteral("PDITEST"));
        QCOMPARE(o.value(QLatin1String("medium")).toObject().value(QLatin1String("quick")).toBool(),
                 true);
        QCOMPARE(o.value(QLatin1String("patients"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("PAT001"));
        // dcmmkdir's patient records carry no birth date; the quick check reads one object per
        // patient and shows the birth date and sex the objects give.
        r = test::runPdi({QStringLiteral("check"), iso, QStringLiteral("--quick")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("ID PAT001   born 1970-01-01   sex male")),
                 qPrintable(r.outText()));

        const QString zip = tmp_.filePath(QStringLiteral("download"));
        QVERIFY(test::makeZip(conformant_, zip));
        r = test::runPdi(
            {QStringLiteral("check"), zip, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        o = parse(r.out);
        QCOMPARE(
            o.value(QLatin1String("medium")).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("zip"));
    }

    void japaneseCharacterSetOnMedium() {
        // pydicom's ISO 2022 IR 87 file on a medium without DICOMDIR.
        const QString root = tmp_.filePath(QStringLiteral("jp"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/DICOM")));
        QVERIFY(QFile::copy(test::pydicomCharsetFile(QStringLiteral("chrH32.dcm")),
                            root + QStringLiteral("/DICOM/I1")));
        const test::ProcessResult r = test::runPdi(
            {QStringLiteral("check"), root, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1); // no DICOMDIR
        const QJsonObject o = parse(r.out);
        QCOMPARE(o.value(QLatin1String("patients"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
        QCOMPARE(o.value(QLatin1String("flags"))
                     .toObject()
                     .value(QLatin1String("missingDicomdir"))
                     .toBool(),
                 true);
    }

    void unreadableOrBadUsageExitsTwo() {
        test::ProcessResult r =
            test::runPdi({QStringLiteral("check"), QStringLiteral("/nonexistent/medium")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("does not exist")));
        r = test::runPdi({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 2);
        r = test::runPdi({QStringLiteral("check"), conformant_, QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        r = test::runPdi(
            {QStringLiteral("check"), test::pydicomFile(QStringLiteral("CT_small.dcm"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("single DICOM file")));
        r = test::runPdi({QStringLiteral("nosuchcommand")});
        QCOMPARE(r.exitCode, 2);
    }

    // The site's own AI product list decides what is flagged, on the embedded database and on a
    // shared one (where the data directory holds no database file, only the station's id).
    void siteAiProductListApplies() {
        test::StationFixture station;
        QVERIFY2(station.ok(), qPrintable(station.error()));
        const QString medium = siteNamesKensaLung(station, QStringLiteral("kensa"));
        QVERIFY(!medium.isEmpty());
        const auto aiFlag = [&](const QString& dataDir) {
            const test::ProcessResult r =
                test::runPdi({QStringLiteral("check"), medium, QStringLiteral("--data-dir"),
                              dataDir, QStringLiteral("--json"), QStringLiteral("-")});
            if (!r.err.isEmpty())
                qWarning("%s", r.err.constData());
            return parse(r.out)
                .value(QLatin1String("flags"))
                .toObject()
                .value(QLatin1String("aiDerivedContent"))
                .toBool();
        };
        QVERIFY(aiFlag(station.path() + QStringLiteral("/data")));
        // A folder with no station: the built-in list, which does not name this product, and
        // nothing created there.
        const QString none = tmp_.filePath(QStringLiteral("no-station"));
        QVERIFY(!aiFlag(none));
        QVERIFY(!QFileInfo::exists(none));
    }

    // A reception desk's check reads the site's settings while another process of the station
    // writes (an import recording what it sent, a sign-in): it neither waits for that writer
    // nor falls back to the built-in list, and it writes nothing to the database itself.
    void siteSettingsAreReadWhileAnotherProcessWrites() {
        test::StationFixture station;
        QVERIFY2(station.ok(), qPrintable(station.error()));
        const QString medium = siteNamesKensaLung(station, QStringLiteral("kensa-busy"));
        QVERIFY(!medium.isEmpty());
        const QString dataDir = station.path() + QStringLiteral("/data");
        // The embedded file's bytes (a shared database has none here), read by another
        // process: closing a descriptor of the file here would drop this process's SQLite
        // locks on it (POSIX locks belong to the process), and the check would then take
        // itself for the file's last user.
        const auto bytes = [&](const QString& suffix) {
            const QString file = dataDir + QStringLiteral("/pdistation.db") + suffix;
            return QFileInfo::exists(file) ? test::run(QStringLiteral("sha256sum"), {file}).out
                                           : QByteArray();
        };
        // The other writer: the station's write lock (SQLite's, or the shared database's) held
        // for the whole check.
        Result<Transaction> writing = station.station().database().begin();
        QVERIFY2(writing, qPrintable(writing ? QString() : writing.error().message));
        const QByteArray database = bytes(QString());
        const QByteArray wal = bytes(QStringLiteral("-wal"));
        const test::ProcessResult r =
            test::runPdi({QStringLiteral("check"), medium, QStringLiteral("--data-dir"), dataDir,
                          QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(parse(r.out)
                    .value(QLatin1String("flags"))
                    .toObject()
                    .value(QLatin1String("aiDerivedContent"))
                    .toBool());
        QCOMPARE(bytes(QString()), database);
        QCOMPARE(bytes(QStringLiteral("-wal")), wal);
    }

    // A reception desk runs a check on every medium: the program loads what a check needs and
    // none of the libraries for the network, the screen, burning, image codecs or TLS (each
    // costs the start of every check its relocations and start-up).
    void checkLoadsOnlyWhatACheckNeeds() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
        const test::ProcessResult r = test::run(test::binary(QStringLiteral("pdi")),
                                                {QStringLiteral("check"), conformant_}, {}, env);
        QCOMPARE(r.exitCode, 0);
        const QString loaded = r.outText();
        QVERIFY2(loaded.contains(QLatin1String("libQt6Core.so")), qPrintable(loaded));
        QVERIFY2(loaded.contains(QLatin1String("libdcmdata.so")), qPrintable(loaded));
        for (const char* library :
             {"libQt6Network", "libQt6Gui", "libQt6Widgets", "libcrypto", "libssl", "libdcmnet",
              "libdcmimgle", "libdcmjpeg", "libopenjp2", "libburn", "libldap"})
            QVERIFY2(!loaded.contains(QLatin1String(library)),
                     qPrintable(
                         QStringLiteral("%1 is loaded:\n%2").arg(QLatin1String(library), loaded)));
    }

    void japaneseUserInterface() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("ja_JP.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ja"));
        const test::ProcessResult r =
            test::runPdi({QStringLiteral("check"), conformant_}, QByteArray(), env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("患者")), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"

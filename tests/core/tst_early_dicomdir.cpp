// The root DICOMDIR read while a folder is listed (EarlyDicomdir): its reading stands for the
// listed DICOMDIR only when it is the same file with the same content, and a check with it says
// exactly what a check without it says, damaged and oversized DICOMDIRs included.
#include "TestSupport.h"

#include "dicom/Dcmtk.h"
#include "medium/Medium.h"
#include "report/CheckReport.h"
#include "rules/RuleEngine.h"
#include "scan/EarlyDicomdir.h"
#include "scan/MediumScanner.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pdi;

namespace {

// A medium of two patients written by dcmmkdir.
bool writeMedium(const QString& root, const QString& fileSetId = QStringLiteral("PDITEST")) {
    test::InstanceSpec a;
    test::InstanceSpec b;
    b.patientId = QStringLiteral("PAT002");
    b.patientName = QStringLiteral("OTHER^PERSON");
    b.studyUid = test::uid(QStringLiteral("2"));
    b.seriesUid = test::uid(QStringLiteral("2.1"));
    b.sopInstanceUid = test::uid(QStringLiteral("2.1.1"));
    return test::writeConformantMedium(root, {a, b}, fileSetId);
}

// Sets a file's modification time an hour back: a DICOMDIR as a disc or stick brings it, long
// settled (EarlyDicomdir::kSettledSeconds).
bool settle(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    const timespec times[2] = {{st.st_atime - 3600, 0}, {st.st_mtime - 3600, 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

// A settled medium in dir, and in other the same files with another File-set ID (the same length)
// in a settled DICOMDIR to put in its place.
bool writeMediumAndReplacement(const QTemporaryDir& dir, const QTemporaryDir& other,
                               const QString& fileSetId) {
    return writeMedium(dir.path()) && writeMedium(other.path(), fileSetId) &&
           settle(dir.path() + QStringLiteral("/DICOMDIR")) &&
           settle(other.path() + QStringLiteral("/DICOMDIR"));
}

struct Scanned {
    MediumInventory inventory;
    bool early = false; // the early reading was used
};

Scanned scan(const QString& root, bool quick, EarlyDicomdir* early) {
    MediumOpener::Result opened = MediumOpener::open(root);
    if (!opened.medium)
        return {};
    MediumScanner::Options options;
    options.quick = quick;
    options.early = early;
    Scanned s;
    s.inventory = MediumScanner::scan(*opened.medium, options);
    s.early = early && early->usedEarlyReading();
    return s;
}

// The whole report as `pdi check --json` writes it.
QByteArray reportOf(MediumInventory inventory) {
    return QJsonDocument(CheckReport::build(std::move(inventory), CheckSettings()).toJson())
        .toJson();
}

// Scans root with an early reading started first and without one; both reports must be equal.
// Returns whether the early reading was used.
bool sameReportWithEarlyReading(const QString& root, bool quick) {
    EarlyDicomdir early(root);
    Scanned with = scan(root, quick, &early);
    Scanned without = scan(root, quick, nullptr);
    const QByteArray a = reportOf(std::move(with.inventory));
    const QByteArray b = reportOf(std::move(without.inventory));
    if (a != b) {
        qWarning().noquote() << "with the early reading:\n" << a << "\nwithout:\n" << b;
        QTest::qFail("the reports differ", __FILE__, __LINE__);
    }
    return with.early;
}

} // namespace

class EarlyDicomdirTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initDcmtk(); }

    void listedDicomdirIsTakenEarly_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("takenEarly");
        QTest::newRow("DICOMDIR") << QStringLiteral("DICOMDIR") << true;
        // A mounted ISO 9660 disc shows it in lower case.
        QTest::newRow("dicomdir") << QStringLiteral("dicomdir") << true;
        // Any other spelling is read after the listing, as before.
        QTest::newRow("DicomDir") << QStringLiteral("DicomDir") << false;
    }
    void listedDicomdirIsTakenEarly() {
        QFETCH(QString, name);
        QFETCH(bool, takenEarly);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeMedium(root));
        if (name != QLatin1String("DICOMDIR"))
            QVERIFY(QFile::rename(root + QStringLiteral("/DICOMDIR"), root + '/' + name));
        QVERIFY(settle(root + '/' + name));
        for (const bool quick : {true, false}) {
            QCOMPARE(sameReportWithEarlyReading(root, quick), takenEarly);
            if (QTest::currentTestFailed())
                return;
        }
        EarlyDicomdir early(root);
        const Scanned s = scan(root, true, &early);
        QVERIFY(s.inventory.dicomdir);
        QCOMPARE(s.inventory.dicomdirPath, name);
        QCOMPARE(s.inventory.dicomdir->fileSetId.trimmed(), QStringLiteral("PDITEST"));
        QVERIFY(s.inventory.quick);
    }

    // A DICOMDIR modified in the last seconds could be rewritten in place within the grain of
    // its file times: it is read after the listing.
    void freshDicomdirIsReadAfterTheListing() {
        QTemporaryDir dir;
        QVERIFY(writeMedium(dir.path()));
        QVERIFY(!sameReportWithEarlyReading(dir.path(), true));
    }

    // Another file under the name after the early reading: the listed one is read.
    void replacedDicomdirIsReadAgain() {
        QTemporaryDir dir;
        QTemporaryDir other;
        QVERIFY(writeMediumAndReplacement(dir, other, QStringLiteral("REPLACE")));
        const QString dicomdir = dir.path() + QStringLiteral("/DICOMDIR");
        const QString replacement = other.path() + QStringLiteral("/DICOMDIR");
        EarlyDicomdir early(dir.path());
        early.wait();
        QCOMPARE(::rename(QFile::encodeName(replacement).constData(),
                          QFile::encodeName(dicomdir).constData()),
                 0);
        const Scanned s = scan(dir.path(), true, &early);
        QVERIFY(!s.early);
        QVERIFY(s.inventory.dicomdir);
        QCOMPARE(s.inventory.dicomdir->fileSetId.trimmed(), QStringLiteral("REPLACE"));
    }

    // The same file rewritten in place after the early reading, to the same size and with its
    // modification time set back: its change time tells.
    void dicomdirRewrittenInPlaceIsReadAgain() {
        QTemporaryDir dir;
        QTemporaryDir other;
        QVERIFY(writeMediumAndReplacement(dir, other, QStringLiteral("REWRITE")));
        const QString dicomdir = dir.path() + QStringLiteral("/DICOMDIR");
        QFile replacement(other.path() + QStringLiteral("/DICOMDIR"));
        QVERIFY(replacement.open(QIODevice::ReadOnly));
        const QByteArray bytes = replacement.readAll();
        QCOMPARE(bytes.size(), QFileInfo(dicomdir).size());
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(dicomdir).constData(), &before), 0);
        EarlyDicomdir early(dir.path());
        early.wait();
        // Past the file system's clock tick, so the change time differs.
        QTest::qSleep(50);
        {
            QFile inPlace(dicomdir);
            QVERIFY(inPlace.open(QIODevice::ReadWrite)); // not truncated: the same inode
            QCOMPARE(inPlace.write(bytes), bytes.size());
        }
        const timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(dicomdir).constData(), times, 0), 0);
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(dicomdir).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);

        const Scanned s = scan(dir.path(), true, &early);
        QVERIFY(!s.early);
        QVERIFY(s.inventory.dicomdir);
        QCOMPARE(s.inventory.dicomdir->fileSetId.trimmed(), QStringLiteral("REWRITE"));
    }

    // Damaged, oversized and foreign DICOMDIRs read early say what they say when read after the
    // listing: the same limits and messages.
    void unreadableDicomdirsSayTheSame_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("cut in half") << QStringLiteral("cut");
        QTest::newRow("not DICOM") << QStringLiteral("text");
        QTest::newRow("larger than the limit") << QStringLiteral("large");
        QTest::newRow("empty") << QStringLiteral("empty");
    }
    void unreadableDicomdirsSayTheSame() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeMedium(root));
        const QString dicomdir = root + QStringLiteral("/DICOMDIR");
        QFile file(dicomdir);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("cut"))
            QVERIFY(file.resize(file.size() / 2));
        else if (kind == QLatin1String("text"))
            QVERIFY(file.resize(0) && file.write("not a DICOMDIR\n") > 0);
        else if (kind == QLatin1String("large")) // sparse: no disc space taken
            QVERIFY(file.resize(DicomdirReader::kMaxDicomdirBytes + 1));
        else
            QVERIFY(file.resize(0));
        file.close();
        QVERIFY(settle(dicomdir));
        for (const bool quick : {true, false}) {
            QVERIFY(sameReportWithEarlyReading(root, quick));
            if (QTest::currentTestFailed())
                return;
        }
        EarlyDicomdir early(root);
        const Scanned s = scan(root, true, &early);
        QVERIFY(s.early);
        QVERIFY(!s.inventory.dicomdir || !s.inventory.dicomdir->damage.isEmpty());
    }

    // A link named DICOMDIR to a DICOMDIR outside the medium, and a named pipe: neither is opened
    // early (the pipe would block a reader), and the check says what it said.
    void linksAndPipesAreNotReadEarly() {
        QTemporaryDir dir;
        QTemporaryDir outside;
        QVERIFY(writeMedium(dir.path()));
        QVERIFY(writeMedium(outside.path(), QStringLiteral("OUTSIDE")));
        const QString dicomdir = dir.path() + QStringLiteral("/DICOMDIR");
        QVERIFY(settle(outside.path() + QStringLiteral("/DICOMDIR")));
        QVERIFY(QFile::remove(dicomdir));
        QVERIFY(QFile::link(outside.path() + QStringLiteral("/DICOMDIR"), dicomdir));
        QVERIFY(!sameReportWithEarlyReading(dir.path(), true));
        QVERIFY(QFile::remove(dicomdir));
        QCOMPARE(::mkfifo(QFile::encodeName(dicomdir).constData(), 0600), 0);
        QVERIFY(!sameReportWithEarlyReading(dir.path(), true));
    }

    // A folder that is not there, and a file: nothing is read early, nothing is left running.
    void noFolderNoEarlyReading() {
        QTemporaryDir dir;
        EarlyDicomdir missing(dir.path() + QStringLiteral("/none"));
        QVERIFY(test::writeText(dir.path() + QStringLiteral("/file"), "x"));
        EarlyDicomdir file(dir.path() + QStringLiteral("/file"));
        const auto none = std::make_shared<MemoryMediumFile>(QByteArray("x"));
        QVERIFY(!missing.read(none, QStringLiteral("DICOMDIR")).ok);
        QVERIFY(!missing.usedEarlyReading());
        QVERIFY(!file.read(none, QStringLiteral("DICOMDIR")).ok);
        QVERIFY(!file.usedEarlyReading());
    }

    // The report's findings, the inventory's rules run beside the contents, in RuleEngine::run's
    // order, on a medium with findings from both kinds of rules.
    void findingsInTheOrderOfTheRules() {
        QTemporaryDir dir;
        QVERIFY(writeMedium(dir.path()));
        QVERIFY(test::writeText(dir.path() + QStringLiteral("/AUTORUN.INF"), "[autorun]\n"));
        QVERIFY(test::writeText(dir.path() + QStringLiteral("/notes.txt"), "lower case name\n"));
        for (const bool quick : {true, false}) {
            MediumInventory inventory = scan(dir.path(), quick, nullptr).inventory;
            const MediumContents contents = MediumContents::build(inventory, CheckSettings());
            const Findings expected = RuleEngine::run(inventory, contents, CheckSettings());
            const CheckReport report = CheckReport::build(std::move(inventory), CheckSettings());
            QVERIFY(expected.size() > 3);
            QCOMPARE(report.findings.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i)
                QCOMPARE(report.findings.at(i).toJson(), expected.at(i).toJson());
        }
    }
};

QTEST_GUILESS_MAIN(EarlyDicomdirTest)
#include "tst_early_dicomdir.moc"

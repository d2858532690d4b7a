// Opening media: folders, ISO 9660 images and ZIP archives, recognised by content; reading
// members; and never leaving the medium.
#include "TestSupport.h"

#include "medium/FolderMedium.h"
#include "medium/IsoMedium.h"
#include "medium/Medium.h"
#include "medium/ZipMedium.h"
#include "scan/MediumScanner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

namespace {

QByteArray readWhole(MediumFile& f) {
    QByteArray data(int(f.size()), Qt::Uninitialized);
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = f.readAt(done, data.data() + done, qMin<qint64>(7777, data.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    data.resize(int(done));
    return data;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList paths(const Medium& m, MediumEntry::Type type) {
    QStringList out;
    for (const MediumEntry& e : m.entries()) {
        if (e.type == type)
            out << e.path;
    }
    out.sort();
    return out;
}

} // namespace

class TestMedium : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString source_;

private Q_SLOTS:
    void initTestCase() {
        source_ = tmp_.filePath(QStringLiteral("src"));
        test::InstanceSpec a;
        test::InstanceSpec b = a;
        b.sopInstanceUid = test::uid(QStringLiteral("1.1.2"));
        b.instanceNumber = QStringLiteral("2");
        QVERIFY(test::writeConformantMedium(source_, {a, b}));
        // A large member so that ZIP and ISO reads cross block and buffer boundaries.
        QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (int i = 0; i < big.size(); ++i)
            big[i] = char((i * 131) ^ (i >> 9));
        QVERIFY(test::writeText(source_ + QStringLiteral("/OTHER/BIG.BIN"), big));
    }

    void folder() {
        MediumOpener::Result r = MediumOpener::open(source_);
        QVERIFY2(r.medium, qPrintable(r.error));
        QCOMPARE(r.medium->kind(), MediumKind::Folder);
        QCOMPARE(paths(*r.medium, MediumEntry::Type::File),
                 QStringList({"DICOM/S1/R1/I1", "DICOM/S1/R1/I2", "DICOMDIR", "OTHER/BIG.BIN",
                              "README.TXT"}));
        auto f = r.medium->open(QStringLiteral("OTHER/BIG.BIN"));
        QVERIFY(f);
        QCOMPARE(readWhole(*f), fileBytes(source_ + QStringLiteral("/OTHER/BIG.BIN")));
        // Letter case may differ, as on a mounted disc.
        QVERIFY(r.medium->open(QStringLiteral("dicom/s1/r1/i1")));
        QVERIFY(!r.medium->open(QStringLiteral("DICOM")));
        QVERIFY(!r.medium->open(QStringLiteral("../src/README.TXT")));
    }

    void folderLinksAreListedNotFollowed() {
        QTemporaryDir dir;
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("A.TXT")), "a"));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("PASSWD"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("A.TXT")),
                            dir.filePath(QStringLiteral("B.TXT"))));
        FolderMedium m(dir.path(), MediumLimits());
        const MediumEntry* out = m.find(QStringLiteral("PASSWD"));
        QVERIFY(out);
        QCOMPARE(out->type, MediumEntry::Type::Link);
        QVERIFY(out->linkLeavesMedium);
        const MediumEntry* in = m.find(QStringLiteral("B.TXT"));
        QVERIFY(in);
        QVERIFY(!in->linkLeavesMedium);
        QVERIFY(!m.open(QStringLiteral("PASSWD")));
        QVERIFY(!m.open(QStringLiteral("B.TXT")));
    }

    void folderDepthAndEntryLimits() {
        QTemporaryDir dir;
        QString deep = dir.path();
        for (int i = 0; i < 6; ++i)
            deep += QStringLiteral("/D%1").arg(i);
        QVERIFY(QDir().mkpath(deep));
        for (int i = 0; i < 20; ++i)
            QVERIFY(test::writeText(dir.filePath(QStringLiteral("F%1").arg(i)), "x"));
        MediumLimits limits;
        limits.maxDepth = 3;
        limits.maxEntries = 10;
        FolderMedium m(dir.path(), limits);
        QVERIFY(m.entries().size() <= 10);
        QVERIFY(!m.listingProblems().isEmpty());
    }

    void isoImageRecognisedByContent() {
        const QString iso = tmp_.filePath(QStringLiteral("disc.dat")); // any name
        QVERIFY(test::makeIso(source_, iso, QStringLiteral("REFERRAL_01")));
        MediumOpener::Result r = MediumOpener::open(iso);
        QVERIFY2(r.medium, qPrintable(r.error));
        QCOMPARE(r.medium->kind(), MediumKind::Iso);
        QCOMPARE(r.medium->volumeId(), QStringLiteral("REFERRAL_01"));
        // ISO 9660 names as recorded: upper case, no ";1".
        QCOMPARE(paths(*r.medium, MediumEntry::Type::File),
                 QStringList({"DICOM/S1/R1/I1", "DICOM/S1/R1/I2", "DICOMDIR", "OTHER/BIG.BIN",
                              "README.TXT"}));
        for (const QString& p : paths(*r.medium, MediumEntry::Type::File)) {
            auto f = r.medium->open(p);
            QVERIFY(f);
            QCOMPARE(readWhole(*f), fileBytes(source_ + QLatin1Char('/') + p));
        }
    }

    void truncatedIsoMarksFilesUnreadable() {
        const QString iso = tmp_.filePath(QStringLiteral("full.iso"));
        QVERIFY(test::makeIso(source_, iso));
        QByteArray image = fileBytes(iso);
        image.truncate(image.size() - 2 * 1024 * 1024);
        const QString cut = tmp_.filePath(QStringLiteral("cut.iso"));
        QVERIFY(test::writeText(cut, image));
        MediumOpener::Result r = MediumOpener::open(cut);
        QVERIFY2(r.medium, qPrintable(r.error));
        bool anyUnreadable = false;
        for (const MediumEntry& e : r.medium->entries())
            anyUnreadable = anyUnreadable || e.unreadable;
        QVERIFY(anyUnreadable);
        // Reading a member that runs past the end of the image ends at the end of the image
        // (found by fuzzing: the reader used to wait for bytes that never came).
        for (const MediumEntry& e : r.medium->entries()) {
            if (e.type != MediumEntry::Type::File || !e.unreadable)
                continue;
            auto f = r.medium->open(e.path);
            QVERIFY(f);
            QVERIFY(readWhole(*f).size() < f->size());
        }
    }

    void zipDeflatedAndStored_data() {
        QTest::addColumn<bool>("store");
        QTest::newRow("deflated") << false;
        QTest::newRow("stored") << true;
    }
    void zipDeflatedAndStored() {
        QFETCH(bool, store);
        const QString zip =
            tmp_.filePath(store ? QStringLiteral("s.iso") : QStringLiteral("d.bin"));
        QVERIFY(test::makeZip(source_, zip, QString(), store));
        MediumOpener::Result r = MediumOpener::open(zip);
        QVERIFY2(r.medium, qPrintable(r.error));
        QCOMPARE(r.medium->kind(), MediumKind::Zip);
        QCOMPARE(paths(*r.medium, MediumEntry::Type::File),
                 QStringList({"DICOM/S1/R1/I1", "DICOM/S1/R1/I2", "DICOMDIR", "OTHER/BIG.BIN",
                              "README.TXT"}));
        QVERIFY(
            paths(*r.medium, MediumEntry::Type::Directory).contains(QStringLiteral("DICOM/S1/R1")));
        auto f = r.medium->open(QStringLiteral("OTHER/BIG.BIN"));
        QVERIFY(f);
        const QByteArray expected = fileBytes(source_ + QStringLiteral("/OTHER/BIG.BIN"));
        QCOMPARE(readWhole(*f), expected);
        // Reading backwards works too (inflating restarts from the start).
        char tail[64];
        QCOMPARE(f->readAt(expected.size() - 64, tail, 64), qint64(64));
        QCOMPARE(QByteArray(tail, 64), expected.right(64));
        char head[64];
        QCOMPARE(f->readAt(100, head, 64), qint64(64));
        QCOMPARE(QByteArray(head, 64), expected.mid(100, 64));
    }

    void zipWithOneTopFolderUsesItAsRoot() {
        const QString zip = tmp_.filePath(QStringLiteral("wrapped.zip"));
        QVERIFY(test::makeZip(source_, zip, QStringLiteral("PATIENT_CD")));
        MediumOpener::Result r = MediumOpener::open(zip);
        QVERIFY2(r.medium, qPrintable(r.error));
        QVERIFY(r.medium->find(QStringLiteral("DICOMDIR")));
        QCOMPARE(static_cast<ZipMedium*>(r.medium.get())->strippedTopFolder(),
                 QStringLiteral("PATIENT_CD"));
    }

    void zipMembersThatLeaveTheRootAreNotRead() {
        const QString zip = tmp_.filePath(QStringLiteral("evil.zip"));
        const QString script = QStringLiteral("import sys, zipfile\n"
                                              "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                              "    z.writestr('../../escape.txt', 'x')\n"
                                              "    z.writestr('/etc/cron.d/evil', 'x')\n"
                                              "    z.writestr('OK/FINE.TXT', 'fine')\n"
                                              "    info = zipfile.ZipInfo('LINK')\n"
                                              "    info.create_system = 3\n"
                                              "    info.external_attr = (0o120777 << 16)\n"
                                              "    z.writestr(info, '/etc/passwd')\n");
        QCOMPARE(test::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, zip})
                     .exitCode,
                 0);
        MediumOpener::Result r = MediumOpener::open(zip);
        QVERIFY2(r.medium, qPrintable(r.error));
        QCOMPARE(paths(*r.medium, MediumEntry::Type::File),
                 QStringList{QStringLiteral("OK/FINE.TXT")});
        QCOMPARE(r.medium->listingProblems().size(), 2);
        const MediumEntry* link = r.medium->find(QStringLiteral("LINK"));
        QVERIFY(link);
        QCOMPARE(link->type, MediumEntry::Type::Link);
        QVERIFY(!r.medium->open(QStringLiteral("LINK")));
        QVERIFY(!r.medium->open(QStringLiteral("../../escape.txt")));
    }

    void notAMedium_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/disc")
                                 << QStringLiteral("does not exist");
        QTest::newRow("one DICOM file") << test::pydicomFile(QStringLiteral("CT_small.dcm"))
                                        << QStringLiteral("single DICOM file");
        QTest::newRow("text") << test::pydicomFile(QStringLiteral("README.txt"))
                              << QStringLiteral("not a folder");
    }
    void notAMedium() {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        MediumOpener::Result r = MediumOpener::open(path);
        QVERIFY(!r.medium);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void brokenArchivesSayWhy() {
        QByteArray zip = fileBytes(tmp_.filePath(QStringLiteral("d.bin")));
        QVERIFY(!zip.isEmpty());
        zip.chop(30); // the end of central directory record is gone
        MediumOpener::Result r = MediumOpener::openBytes(zip, QStringLiteral("cut.zip"));
        QVERIFY(!r.medium);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMedium)
#include "tst_medium.moc"

// Hostile media (issue 14): what a patient's USB stick or disc image can do to the reading
// station, each case generated here. Nothing crashes, hangs, reads outside the medium or passes
// without a finding.
#include "CheckSupport.h"
#include "TestSupport.h"

#include "dicom/DicomStructureWalk.h"
#include "dicomdir/DicomDirectory.h"
#include "job/WorkerThreads.h"
#include "medium/FolderMedium.h"
#include "medium/IsoMedium.h"
#include "medium/LocalFile.h"
#include "report/CheckReport.h"
#include "report/CheckReportText.h"
#include "report/DisplayText.h"
#include "report/MediumChecker.h"
#include "rules/Finding.h"
#include "rules/FindingCodes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace pdi;

namespace {

using test::check;
using test::describe;

QStringList findings(const CheckReport& r, const QString& code) {
    QStringList out;
    for (const Finding& f : r.findings) {
        if (f.code == code)
            out << f.path;
    }
    return out;
}

QSet<QString> patientIds(const CheckReport& r) {
    QSet<QString> out;
    for (const PatientContents& p : r.contents.patients)
        out << p.id;
    return out;
}

test::InstanceSpec patient(const QString& id, const QString& suffix) {
    test::InstanceSpec spec;
    spec.patientId = id;
    spec.patientName = id + QStringLiteral("^TEST");
    spec.sopInstanceUid = test::uid(suffix);
    return spec;
}

// ISO 9660 pieces: a directory record of dir named name, searched in the directory's extent.
quint32 le32At(const QByteArray& b, qint64 at) {
    return qFromLittleEndian<quint32>(b.constData() + at);
}
qint64 recordOf(const QByteArray& iso, quint32 block, quint32 length, const QByteArray& name) {
    qint64 pos = qint64(block) * 2048;
    const qint64 end = pos + length;
    while (pos < end) {
        const int len = uchar(iso.at(pos));
        if (len == 0) {
            pos = (pos / 2048 + 1) * 2048;
            continue;
        }
        const int nameLength = uchar(iso.at(pos + 32));
        if (iso.mid(pos + 33, nameLength) == name)
            return pos;
        pos += len;
    }
    return -1;
}
void pointRecordAt(QByteArray& iso, qint64 record, quint32 block, quint32 length) {
    qToLittleEndian(block, iso.data() + record + 2);
    qToBigEndian(block, iso.data() + record + 6);
    qToLittleEndian(length, iso.data() + record + 10);
    qToBigEndian(length, iso.data() + record + 14);
}

// Explicit VR Little Endian element with a short length.
QByteArray element(quint16 group, quint16 elementNumber, const char* vr, QByteArray value) {
    if (value.size() % 2)
        value += qstrcmp(vr, "UI") == 0 ? '\0' : ' ';
    QByteArray out(8, '\0');
    qToLittleEndian(group, out.data());
    qToLittleEndian(elementNumber, out.data() + 2);
    out[4] = vr[0];
    out[5] = vr[1];
    qToLittleEndian(quint16(value.size()), out.data() + 6);
    return out + value;
}
QByteArray ul(quint32 v) {
    QByteArray out(4, '\0');
    qToLittleEndian(v, out.data());
    return out;
}
QByteArray delimiter(quint16 element, quint32 length) {
    QByteArray out(8, '\0');
    qToLittleEndian(quint16(0xFFFE), out.data());
    qToLittleEndian(element, out.data() + 2);
    qToLittleEndian(length, out.data() + 4);
    return out;
}

// A DICOMDIR with one PATIENT record that carries emptyElements empty private elements of
// distinct tags (what made DCMTK take 3 GB for 100 MB), then records more PATIENT records.
QByteArray amplifiedDicomdir(int emptyElements, int records) {
    QByteArray meta = element(0x0002, 0x0002, "UI", "1.2.840.10008.1.3.10") +
                      element(0x0002, 0x0003, "UI", "1.2.3.4") +
                      element(0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1") +
                      element(0x0002, 0x0012, "UI", "1.2.3");
    meta = element(0x0002, 0x0000, "UL", ul(quint32(meta.size()))) + meta;
    QByteArray out = QByteArray(128, '\0') + "DICM" + meta + element(0x0004, 0x1130, "CS", "AMPL") +
                     element(0x0004, 0x1200, "UL", ul(0)) + element(0x0004, 0x1202, "UL", ul(0)) +
                     element(0x0004, 0x1212, "US", QByteArray(2, '\0'));
    QByteArray sq(12, '\0');
    qToLittleEndian(quint16(0x0004), sq.data());
    qToLittleEndian(quint16(0x1220), sq.data() + 2);
    sq[4] = 'S';
    sq[5] = 'Q';
    qToLittleEndian(quint32(0xFFFFFFFFu), sq.data() + 8);
    out += sq;
    const QByteArray record =
        delimiter(0xE000, 0xFFFFFFFFu) + element(0x0004, 0x1400, "UL", ul(0)) +
        element(0x0004, 0x1410, "US", QByteArray("\xFF\xFF", 2)) +
        element(0x0004, 0x1420, "UL", ul(0)) + element(0x0004, 0x1430, "CS", "PATIENT") +
        element(0x0010, 0x0020, "LO", "AMP") + element(0x0010, 0x0010, "PN", "AMP");
    out += record;
    out.reserve(out.size() + emptyElements * 8 + records * record.size());
    quint16 group = 0x0011;
    quint16 number = 0x1000;
    for (int i = 0; i < emptyElements; ++i) {
        out += element(group, number, "LO", QByteArray());
        if (++number == 0) {
            number = 0x1000;
            group += 2;
        }
    }
    out += delimiter(0xE00D, 0);
    for (int i = 0; i < records; ++i)
        out += record + delimiter(0xE00D, 0);
    out += delimiter(0xE0DD, 0);
    return out;
}

// A DICOMDIR in the deflated transfer syntax with one PATIENT record, whole or with a value
// whose length (1 GB) runs past the record's end or past the end of the inflated data.
enum class Overrun { None, Record, Data };
QByteArray obClaimingAGigabyte() {
    QByteArray ob(12, '\0');
    qToLittleEndian(quint16(0x0029), ob.data());
    qToLittleEndian(quint16(0x1010), ob.data() + 2);
    ob[4] = 'O';
    ob[5] = 'B';
    qToLittleEndian(quint32(0x40000000u), ob.data() + 8);
    return ob + QByteArray(16, 'A');
}
QByteArray deflatedDicomdir(Overrun overrun) {
    QByteArray meta = element(0x0002, 0x0002, "UI", "1.2.840.10008.1.3.10") +
                      element(0x0002, 0x0003, "UI", "1.2.3.4") +
                      element(0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1.99") +
                      element(0x0002, 0x0012, "UI", "1.2.3");
    meta = element(0x0002, 0x0000, "UL", ul(quint32(meta.size()))) + meta;
    QByteArray record =
        element(0x0004, 0x1400, "UL", ul(0)) +
        element(0x0004, 0x1410, "US", QByteArray("\xFF\xFF", 2)) +
        element(0x0004, 0x1420, "UL", ul(0)) + element(0x0004, 0x1430, "CS", "PATIENT") +
        element(0x0010, 0x0020, "LO", "DEFL") + element(0x0010, 0x0010, "PN", "DEFL");
    if (overrun == Overrun::Record)
        record += obClaimingAGigabyte();
    const QByteArray item = delimiter(0xE000, quint32(record.size())) + record;
    QByteArray sq(12, '\0');
    qToLittleEndian(quint16(0x0004), sq.data());
    qToLittleEndian(quint16(0x1220), sq.data() + 2);
    sq[4] = 'S';
    sq[5] = 'Q';
    qToLittleEndian(quint32(item.size()), sq.data() + 8);
    QByteArray dataSet = element(0x0004, 0x1130, "CS", "DEFL") +
                         element(0x0004, 0x1200, "UL", ul(0)) +
                         element(0x0004, 0x1202, "UL", ul(0)) +
                         element(0x0004, 0x1212, "US", QByteArray(2, '\0')) + sq + item;
    if (overrun == Overrun::Data)
        dataSet += obClaimingAGigabyte();
    // qCompress: a 4-byte size, the 2-byte zlib header, raw deflate, a 4-byte checksum.
    const QByteArray zlib = qCompress(dataSet, 9);
    return QByteArray(128, '\0') + "DICM" + meta + zlib.mid(6, zlib.size() - 10);
}

// The peak resident memory of this process so far, in MB.
long peakMegabytes() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestHostileMedia : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    // ---- parsing threads ----

    // The readers run on threads with a known stack; a thread that cannot start is an error
    // (here: a stack no system can give), never a wait.
    void threadThatCannotStartIsAnError() {
        std::atomic<int> ran{0};
        QElapsedTimer timer;
        timer.start();
        const Result<void> r = WorkerThreads::forEach(
            10, 2, [&](int) { ++ran; }, std::size_t(1) << 46);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QVERIFY2(r.error().message.contains(QLatin1String("thread")),
                 qPrintable(r.error().message));
        QCOMPARE(ran.load(), 0);
        QVERIFY(timer.elapsed() < 5000);

        const Result<void> fine = WorkerThreads::forEach(10, 3, [&](int) { ++ran; });
        QVERIFY(fine);
        QCOMPARE(ran.load(), 10);
    }

    // ---- ISO images ----

    // A directory record that points back at the root: the reader hung at 100 % CPU with memory
    // growing. Now each directory is read once and the loop is a finding.
    void isoDirectoryLoop() {
        const QString root = tmp_.filePath(QStringLiteral("loopsrc"));
        QVERIFY(test::writeConformantMedium(root, {patient(QStringLiteral("LOOP01"), "loop.1")}));
        QVERIFY(QDir(root).mkpath(QStringLiteral("A/B")));
        QVERIFY(test::writeText(root + QStringLiteral("/A/B/NOTE.TXT"), "note\n"));
        const QString isoPath = tmp_.filePath(QStringLiteral("loop.iso"));
        QVERIFY(test::makeIso(root, isoPath));
        QFile file(isoPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray iso = file.readAll();
        const qint64 pvdRoot = 16 * 2048 + 156;
        const quint32 rootBlock = le32At(iso, pvdRoot + 2);
        const quint32 rootLength = le32At(iso, pvdRoot + 10);
        const qint64 a = recordOf(iso, rootBlock, rootLength, "A");
        QVERIFY(a > 0);
        const qint64 b = recordOf(iso, le32At(iso, a + 2), le32At(iso, a + 10), "B");
        QVERIFY(b > 0);
        pointRecordAt(iso, b, rootBlock, rootLength); // A/B is the root again
        file.seek(0);
        file.write(iso);
        file.close();

        QElapsedTimer timer;
        timer.start();
        const CheckReport r = check(isoPath);
        QVERIFY2(timer.elapsed() < 20000, "the loop was not bounded");
        QCOMPARE(findings(r, QString::fromLatin1(FindingCode::DirectoryLoop)),
                 QStringList{QStringLiteral("A/B")});
        // What lies outside the loop is still read.
        QCOMPARE(patientIds(r), QSet<QString>{QStringLiteral("LOOP01")});
        QVERIFY(!r.conformant());
    }

    // An ISO without the loop reads as before: volume ID, names, no loop finding.
    void isoWithoutLoop() {
        const QString root = tmp_.filePath(QStringLiteral("plainsrc"));
        QVERIFY(test::writeConformantMedium(root, {patient(QStringLiteral("ISO01"), "iso.1")}));
        const QString isoPath = tmp_.filePath(QStringLiteral("plain.iso"));
        QVERIFY(test::makeIso(root, isoPath, QStringLiteral("PDITEST")));
        const CheckReport r = check(isoPath);
        QVERIFY2(r.conformant(), qPrintable(describe(r)));
        QCOMPARE(r.inventory.volumeId, QStringLiteral("PDITEST"));
        QVERIFY(r.inventory.file(QStringLiteral("DICOM/S1/R1/I1")));
    }

    // ---- DICOMDIR amplification ----

    // 100 MB of empty elements took 3 GB, 2.1 M records 4.3 GB: the structure walk counts the
    // elements before DCMTK allocates one, and a DICOMDIR beyond the budget is a finding while
    // the medium is checked file by file.
    void dicomdirOverTheElementBudget() {
        const QString root = tmp_.filePath(QStringLiteral("amplified"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(test::writeText(root + QStringLiteral("/DICOMDIR"),
                                amplifiedDicomdir(int(DicomdirReader::kMaxElements) + 1000, 0)));
        QVERIFY(test::writeText(root + QStringLiteral("/README.TXT"), "x\n"));
        const long before = peakMegabytes();
        const CheckReport r = check(root);
        const QStringList d001 = findings(r, QString::fromLatin1(FindingCode::DicomdirUnreadable));
        QCOMPARE(d001, QStringList{QStringLiteral("DICOMDIR")});
        QVERIFY2(r.inventory.dicomdirError.contains(QLatin1String("elements")),
                 qPrintable(r.inventory.dicomdirError));
        QVERIFY2(peakMegabytes() - before < 100, qPrintable(QString::number(peakMegabytes())));
    }

    // A deflated DICOMDIR cannot be read lazily: DCMTK allocated the 1 GB a value's length
    // declared, in a 5 KB file (found by fuzzing). Only an intact deflated DICOMDIR is read.
    void deflatedDicomdirWithAnOverrunIsNotRead() {
        const QString root = tmp_.filePath(QStringLiteral("deflated"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(test::writeText(root + QStringLiteral("/README.TXT"), "x\n"));
        const QString dicomdir = root + QStringLiteral("/DICOMDIR");
        QVERIFY(test::writeText(dicomdir, deflatedDicomdir(Overrun::None)));
        const CheckReport whole = check(root);
        QVERIFY2(whole.inventory.dicomdir.has_value(), qPrintable(whole.inventory.dicomdirError));
        QCOMPARE(whole.inventory.dicomdir->records.size(), 1);

        for (const Overrun overrun : {Overrun::Record, Overrun::Data}) {
            QVERIFY(test::writeText(dicomdir, deflatedDicomdir(overrun)));
            // Inflated data has no known size to compare a length with: the walk finds the value
            // that runs past its end when it gets there.
            LocalFile file(dicomdir);
            QVERIFY(file.open());
            const DicomStructureWalk::Result walk = DicomStructureWalk::walk(file);
            QVERIFY(!walk.intact());
            QVERIFY2(walk.problem.contains(QLatin1String("1073741824")), qPrintable(walk.problem));
            const CheckReport r = check(root);
            QCOMPARE(findings(r, QString::fromLatin1(FindingCode::DicomdirUnreadable)),
                     QStringList{QStringLiteral("DICOMDIR")});
            QVERIFY2(r.inventory.dicomdirError.contains(QLatin1String("damaged")),
                     qPrintable(r.inventory.dicomdirError));
        }
    }

    // Within the budget: read, and the records beyond the record limit are a finding.
    void dicomdirWithManyRecords() {
        const QString root = tmp_.filePath(QStringLiteral("records"));
        QVERIFY(QDir().mkpath(root));
        // 8 elements a record: just within the element budget.
        const int records = int(DicomdirReader::kMaxElements / 8) - 100;
        QVERIFY(test::writeText(root + QStringLiteral("/DICOMDIR"), amplifiedDicomdir(0, records)));
        QVERIFY(test::writeText(root + QStringLiteral("/README.TXT"), "x\n"));
        const CheckReport r = check(root);
        QVERIFY2(r.inventory.dicomdir.has_value(), qPrintable(r.inventory.dicomdirError));
        QVERIFY2(peakMegabytes() < 512 + 64, qPrintable(QString::number(peakMegabytes())));
    }

    // ---- special files ----

    // A named pipe once made the check hang, and passed as "conformant, 0 warnings".
    void fifoAndDeviceNodesAreFindings() {
        const QString root = tmp_.filePath(QStringLiteral("fifo"));
        QVERIFY(test::writeConformantMedium(root, {patient(QStringLiteral("FIFO01"), "fifo.1")}));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/PIPE")).constData(), 0600), 0);
        const bool device =
            ::mknod(QFile::encodeName(root + QStringLiteral("/NULLDEV")).constData(),
                    S_IFCHR | 0600, makedev(1, 3)) == 0;
        QElapsedTimer timer;
        timer.start();
        const CheckReport r = check(root);
        QVERIFY(timer.elapsed() < 20000);
        QStringList expected{QStringLiteral("PIPE")};
        if (device)
            expected.prepend(QStringLiteral("NULLDEV"));
        QStringList found = findings(r, QString::fromLatin1(FindingCode::SpecialFile));
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        QVERIFY(!r.conformant());
        if (!device)
            qInfo("device nodes cannot be made here (not root); the FIFO was checked");
    }

    // ---- a medium that changes while it is read ----

    // A helper thread swaps a DICOM file of the medium for a link to another patient's file
    // outside it, and for a named pipe, while the medium is checked again and again. The check
    // never reports the outside patient and never hangs.
    void fileSwappedDuringScan() {
        const QString root = tmp_.filePath(QStringLiteral("swap"));
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 6; ++i) {
            test::InstanceSpec s =
                patient(QStringLiteral("INSIDE"), QStringLiteral("swap.%1").arg(i));
            s.instanceNumber = QString::number(i);
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(root, specs));
        const QString outside = tmp_.filePath(QStringLiteral("outside.dcm"));
        QVERIFY(test::writeInstance(outside, patient(QStringLiteral("OUTSIDE"), "swap.out")));
        const QString victim = root + QStringLiteral("/DICOM/S1/R1/I3");
        const QString original = tmp_.filePath(QStringLiteral("swap-original"));
        QVERIFY(QFile::copy(victim, original));
        const QByteArray victimName = QFile::encodeName(victim);
        const QByteArray staged = victimName + ".new";

        std::atomic<bool> stop{false};
        std::thread swapper([&] {
            int round = 0;
            while (!stop) {
                ::unlink(staged.constData());
                switch (round++ % 3) {
                case 0:
                    ::symlink(QFile::encodeName(outside).constData(), staged.constData());
                    break;
                case 1:
                    ::mkfifo(staged.constData(), 0600);
                    break;
                default:
                    QFile::copy(original, QFile::decodeName(staged));
                    break;
                }
                ::rename(staged.constData(), victimName.constData()); // atomic swap
                std::this_thread::sleep_for(std::chrono::microseconds(300));
            }
        });
        QElapsedTimer timer;
        timer.start();
        int runs = 0;
        bool outsideSeen = false;
        for (; runs < 40 && timer.elapsed() < 30000; ++runs) {
            const CheckReport r = check(root);
            if (patientIds(r).contains(QStringLiteral("OUTSIDE")))
                outsideSeen = true;
        }
        stop = true;
        swapper.join();
        QVERIFY2(!outsideSeen, "a file outside the medium was read through a swapped-in link");
        QVERIFY2(runs >= 5, "the checks did not finish: a swapped-in pipe blocked them");
    }

    // LocalFile refuses what is not a regular file at open time, whatever the listing said.
    void openRefusesLinksAndPipes() {
        const QString dir = tmp_.filePath(QStringLiteral("opens"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(test::writeText(dir + QStringLiteral("/REAL"), "data"));
        QVERIFY(QFile::link(dir + QStringLiteral("/REAL"), dir + QStringLiteral("/LINK")));
        QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/PIPE")).constData(), 0600), 0);
        const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0);
        QString error;
        QVERIFY(LocalFile::openAt(fd, "REAL", &error));
        QVERIFY(!LocalFile::openAt(fd, "LINK", &error));
        QVERIFY(!LocalFile::openAt(fd, "PIPE", &error)); // returns at once, no writer needed
        QVERIFY2(error.contains(QLatin1String("FIFO")), qPrintable(error));
        ::close(fd);
    }

    // ---- names ----

    // A file name with a new line and an escape sequence is shown escaped in the text report.
    void controlCharactersInNamesAreEscaped() {
        const QString root = tmp_.filePath(QStringLiteral("names"));
        QVERIFY(test::writeConformantMedium(root, {patient(QStringLiteral("NAME01"), "name.1")}));
        const QString evil = QStringLiteral("EVIL\nPDI-OK\x1b[2J.TXT");
        QVERIFY(test::writeText(root + QLatin1Char('/') + evil, "x"));
        const CheckReport r = check(root);
        const QString text = CheckReportText::render(r, 0);
        QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("EVIL\\x0aPDI-OK\\x1b[2J.TXT")), qPrintable(text));
        QCOMPARE(DisplayText::printable(QStringLiteral("a\u202Eb")), QStringLiteral("a\\u202eb"));
    }

    // A folder whose name is not UTF-8 is read by its bytes: its DICOM files are checked and the
    // name is shown with the odd bytes escaped.
    void folderNameNotUtf8() {
        const QString root = tmp_.filePath(QStringLiteral("latin1"));
        QVERIFY(QDir().mkpath(root));
        const QByteArray folder = QFile::encodeName(root) + "/caf\xe9";
        QCOMPARE(::mkdir(folder.constData(), 0700), 0);
        const QString inside = tmp_.filePath(QStringLiteral("latin1-object"));
        QVERIFY(test::writeInstance(inside, patient(QStringLiteral("BYTES01"), "latin1.1")));
        QVERIFY(QFile::copy(inside, QFile::decodeName(QFile::encodeName(root) + "/x")));
        QCOMPARE(
            ::rename((QFile::encodeName(root) + "/x").constData(), (folder + "/IM1").constData()),
            0);
        const CheckReport r = check(root);
        QVERIFY2(r.inventory.file(QStringLiteral("caf\\xE9/IM1")), qPrintable(describe(r)));
        QCOMPARE(r.inventory.file(QStringLiteral("caf\\xE9/IM1"))->kind, ScannedFile::Kind::Dicom);
        QCOMPARE(patientIds(r), QSet<QString>{QStringLiteral("BYTES01")});
        QVERIFY(findings(r, QString::fromLatin1(FindingCode::FileUnreadable)).isEmpty());
        // QTemporaryDir cannot remove a name it cannot spell.
        ::unlink((folder + "/IM1").constData());
        ::rmdir(folder.constData());
    }

    // Every kind of name is opened by its own bytes: ASCII names in a folder of UTF-8 name,
    // UTF-8 names in an ASCII folder, a file name that is not UTF-8 in an ASCII folder (the
    // listing keeps bytes only for the names that need them).
    void namesOfEveryKindOpen() {
        const QString root = tmp_.filePath(QStringLiteral("names"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/画像")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/DICOM")));
        const QString object = tmp_.filePath(QStringLiteral("names-object"));
        QVERIFY(test::writeInstance(object, patient(QStringLiteral("NAMES01"), "names.1")));
        QVERIFY(QFile::copy(object, root + QStringLiteral("/画像/IM1")));
        QVERIFY(QFile::copy(object, root + QStringLiteral("/DICOM/naïve")));
        const QByteArray latin1 = QFile::encodeName(root) + "/DICOM/IM\xe9";
        QVERIFY(QFile::copy(object, root + QStringLiteral("/DICOM/x")));
        QCOMPARE(::rename((QFile::encodeName(root) + "/DICOM/x").constData(), latin1.constData()),
                 0);
        const CheckReport r = check(root);
        for (const QString& path : {QStringLiteral("画像/IM1"), QStringLiteral("DICOM/naïve"),
                                    QStringLiteral("DICOM/IM\\xE9")}) {
            QVERIFY2(r.inventory.file(path), qPrintable(path + QLatin1Char(' ') + describe(r)));
            QCOMPARE(r.inventory.file(path)->kind, ScannedFile::Kind::Dicom);
        }
        QVERIFY(findings(r, QString::fromLatin1(FindingCode::FileUnreadable)).isEmpty());
        ::unlink(latin1.constData());
    }

    // ---- the file system's own entries ----

    // Every ext4 stick has lost+found, every Windows-formatted one System Volume Information:
    // they are the file system's, not the medium's, and no rule fails on them.
    void fileSystemEntriesTolerated() {
        const QString root = tmp_.filePath(QStringLiteral("stick"));
        QVERIFY(test::writeConformantMedium(root, {patient(QStringLiteral("USB01"), "usb.1")}));
        QVERIFY(QDir(root).mkpath(QStringLiteral("lost+found")));
        QVERIFY(QDir(root).mkpath(QStringLiteral("System Volume Information")));
        QVERIFY(test::writeText(root + QStringLiteral("/System Volume Information/WPSettings.dat"),
                                "x"));
        const CheckReport r = check(root);
        QVERIFY2(r.conformant(), qPrintable(describe(r)));
        QVERIFY(findings(r, QString::fromLatin1(FindingCode::OtherContentNameNot83)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileMedia)
#include "tst_hostile_media.moc"

// Hostile media and bad days through `pdi` (issue 14): a file nested 10,000 sequences deep in
// check, import and write; a write or an import killed at each phase and what the next start
// of `pdi` makes of it; a full disk while writing and while importing.
#include "StationFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/mount.h>

#include <functional>
#include <memory>

using namespace pdi;

namespace {

QByteArray le16(quint16 v) {
    return QByteArray(1, char(v & 0xFF)) + char(v >> 8);
}
QByteArray le32(quint32 v) {
    return le16(quint16(v & 0xFFFF)) + le16(quint16(v >> 16));
}
QByteArray tag(quint16 group, quint16 element) {
    return le16(group) + le16(element);
}

// Sequences nested depth levels deep (undefined lengths) before the pixel data.
void nestDeep(const QString& path, int depth) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    QByteArray b = f.readAll();
    QByteArray deep = tag(0x7FDF, 0x0010) + "LO" + le16(8) + "PDITEST ";
    const QByteArray open = tag(0x7FDF, 0x1010) + "SQ" + le16(0) + le32(0xFFFFFFFFu) +
                            tag(0xFFFE, 0xE000) + le32(0xFFFFFFFFu);
    const QByteArray close = tag(0xFFFE, 0xE00D) + le32(0) + tag(0xFFFE, 0xE0DD) + le32(0);
    for (int i = 0; i < depth; ++i)
        deep += open;
    for (int i = 0; i < depth; ++i)
        deep += close;
    b.insert(int(b.lastIndexOf(tag(0x7FE0, 0x0010) + "OW")), deep);
    f.resize(0);
    f.seek(0);
    f.write(b);
}

int count(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList filesUnder(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile())
            out << path;
    }
    return out;
}

// A medium with one series of count 512 x 512 objects of one patient (UIDs under key).
bool writeSeries(const QString& medium, const QString& patientId, const QString& name,
                 const QString& key, int count) {
    QList<test::InstanceSpec> specs;
    for (int i = 1; i <= count; ++i) {
        test::InstanceSpec s;
        s.patientId = patientId;
        s.patientName = name;
        s.studyUid = test::uid(key);
        s.seriesUid = test::uid(key + QStringLiteral(".1"));
        s.sopInstanceUid = test::uid(QStringLiteral("%1.1.%2").arg(key).arg(i));
        s.instanceNumber = QString::number(i);
        s.rows = 512;
        s.columns = 512;
        specs << s;
    }
    return test::writeConformantMedium(medium, specs);
}

} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture station_;
    QString big_; // one patient, 40 objects of 512 x 512: phases last long enough to be caught

    QProcessEnvironment env() {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PDI_DATA_DIR"), station_.station().directory().path());
        e.insert(QStringLiteral("PDI_USER"), test::StationFixture::AdminName);
        e.insert(QStringLiteral("PDI_PASSWORD"), test::StationFixture::AdminPassword);
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return e;
    }
    test::ProcessResult pdi(const QStringList& args) {
        return test::runPdi(args, QByteArray(), env());
    }
    QString dataPath(const QString& relative) {
        return station_.station().directory().filePath(relative);
    }

    // Starts pdi with args and kills it (SIGKILL) as soon as reached() holds; false when the
    // process ended first.
    bool killWhen(const QStringList& args, const std::function<bool()>& reached) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment extra = env();
        for (const QString& k : extra.keys())
            e.insert(k, extra.value(k));
        p.setProcessEnvironment(e);
        p.start(test::binary(QStringLiteral("pdi")), args);
        if (!p.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        // waitForFinished(1) both waits a little and notices the end of the process.
        while (!p.waitForFinished(1) && timer.elapsed() < 120000) {
            if (reached()) {
                p.kill();
                p.waitForFinished();
                return true;
            }
        }
        p.waitForFinished();
        qWarning("pdi ended (%d) before the phase: %s %s", p.exitCode(),
                 p.readAllStandardError().constData(), p.readAllStandardOutput().constData());
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        QVERIFY2(station_.ok(), qPrintable(station_.error()));
        big_ = tmp_.filePath(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(big_));
        for (int i = 1; i <= 40; ++i) {
            test::InstanceSpec s;
            s.patientId = QStringLiteral("KILL01");
            s.patientName = QStringLiteral("KILL^TEST");
            s.sopInstanceUid = test::uid(QStringLiteral("kill.%1").arg(i));
            s.instanceNumber = QString::number(i);
            s.rows = 512;
            s.columns = 512;
            QVERIFY(test::writeInstance(big_ + QStringLiteral("/IM%1").arg(i), s));
        }
    }

    // 10,000 nested sequences took check, import and write down with SIGSEGV.
    void deepNestingInCheckImportWrite() {
        const QString root = tmp_.filePath(QStringLiteral("deep"));
        test::InstanceSpec a;
        a.patientId = QStringLiteral("DEEP01");
        a.sopInstanceUid = test::uid(QStringLiteral("deep.1"));
        test::InstanceSpec b = a;
        b.sopInstanceUid = test::uid(QStringLiteral("deep.2"));
        b.instanceNumber = QStringLiteral("2");
        QVERIFY(test::writeConformantMedium(root, {a, b}));
        nestDeep(root + QStringLiteral("/DICOM/S1/R1/I1"), 10000);

        const test::ProcessResult checked = pdi({QStringLiteral("check"), root});
        QCOMPARE(checked.exitCode, 1); // findings, no crash
        QVERIFY2(checked.outText().contains(QLatin1String("PDI-F002")), checked.out.constData());

        const test::ProcessResult imported =
            pdi({QStringLiteral("import"), root, QStringLiteral("--to"), QStringLiteral("local"),
                 QStringLiteral("--keep-ids")});
        QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1 || imported.exitCode == 3,
                 imported.err.constData());
        QVERIFY2(imported.outText().contains(QLatin1String("more than 128")) ||
                     imported.errText().contains(QLatin1String("more than 128")),
                 imported.out.constData());

        const test::ProcessResult written =
            pdi({QStringLiteral("write"), root + QStringLiteral("/DICOM"), QStringLiteral("--out"),
                 tmp_.filePath(QStringLiteral("deep-out"))});
        QCOMPARE(written.exitCode, 1); // refused: a damaged source
        QVERIFY2(written.errText().contains(QLatin1String("more than 128")),
                 written.err.constData());
    }

    // File names with a new line and an escape sequence, and a patient name with a character
    // that reverses the text after it, were printed raw by `pdi import` and `pdi write`: a
    // medium could paint the terminal or forge a line. They are escaped as in `pdi check`.
    void controlCharactersEscapedInImportAndWrite() {
        const QString root = tmp_.filePath(QStringLiteral("names"));
        test::InstanceSpec a;
        a.patientId = QStringLiteral("NAMES01");
        a.patientName = QStringLiteral("EVIL^NAME") + QChar(0x202E) + QStringLiteral("GNP.EXE");
        a.studyUid = test::uid(QStringLiteral("names"));
        a.seriesUid = test::uid(QStringLiteral("names.1"));
        a.sopInstanceUid = test::uid(QStringLiteral("names.1.1"));
        QVERIFY(test::writeConformantMedium(root, {a}));
        const QString oddName = QStringLiteral("NOTE\nObjects: 99 planned\x1b[2JX.TXT");
        QVERIFY(test::writeText(root + QLatin1Char('/') + oddName, "not DICOM\n"));

        auto raw = [](const test::ProcessResult& r) {
            const QString all = r.outText() + r.errText();
            return all.contains(QChar(0x1B)) || all.contains(QChar(0x202E)) ||
                   all.contains(QLatin1String("\nObjects: 99"));
        };
        const test::ProcessResult imported =
            pdi({QStringLiteral("import"), root, QStringLiteral("--to"), QStringLiteral("local"),
                 QStringLiteral("--keep-ids")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(!raw(imported), imported.out.constData());
        QVERIFY2(
            imported.outText().contains(QLatin1String("NOTE\\x0aObjects: 99 planned\\x1b[2JX")),
            imported.out.constData());
        QVERIFY2(imported.outText().contains(QLatin1String("NAME\\u202eGNP.EXE")),
                 imported.out.constData());

        const test::ProcessResult written =
            pdi({QStringLiteral("write"), root, QStringLiteral("--out"),
                 tmp_.filePath(QStringLiteral("names-usb"))});
        QVERIFY2(!raw(written), written.out.constData());
        QVERIFY2(written.outText().contains(QLatin1String("NAME\\u202eGNP.EXE")),
                 written.out.constData());

        // A damaged source file under such a name: the refusal names it, escaped.
        const QString sources = tmp_.filePath(QStringLiteral("names-src"));
        QVERIFY(QDir().mkpath(sources));
        QFile intact(root + QStringLiteral("/DICOM/S1/R1/I1"));
        QVERIFY(intact.open(QIODevice::ReadOnly));
        QVERIFY(test::writeText(sources + QLatin1Char('/') + oddName, intact.read(700)));
        const test::ProcessResult refused =
            pdi({QStringLiteral("write"), sources, QStringLiteral("--out"),
                 tmp_.filePath(QStringLiteral("names-usb2"))});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(!raw(refused), refused.err.constData());
        QVERIFY2(refused.errText().contains(QLatin1String("NOTE\\x0aObjects: 99 planned\\x1b[2JX")),
                 refused.err.constData());
    }

    // A folder write killed while staging, while copying and while verifying: the next `pdi`
    // marks the job interrupted, removes the staging copy and what was put on the stick, records
    // it and says so; at no point does the stick pass `pdi check`.
    void writeKilledAtEachPhase_data() {
        QTest::addColumn<QString>("phase");
        QTest::newRow("staging") << QStringLiteral("staging");
        QTest::newRow("copying") << QStringLiteral("copying");
        QTest::newRow("verifying") << QStringLiteral("verifying");
    }
    void writeKilledAtEachPhase() {
        QFETCH(QString, phase);
        const QString usb = tmp_.filePath(QStringLiteral("usb-") + phase);
        const QString staged = usb + QStringLiteral("/DICOMDIR.UNVERIFIED");
        const QString staging = dataPath(QStringLiteral("staging"));
        std::function<bool()> reached = [&] {
            return QFileInfo::exists(staged);
        };
        if (phase == QLatin1String("copying"))
            reached = [&] {
                return QFileInfo::exists(usb + QStringLiteral("/DICOM"));
            };
        else if (phase == QLatin1String("staging"))
            // The staging copy has begun (README.TXT, the DICOMDIR: objects that go on the stick
            // unchanged are copied from their sources), nothing is on the stick yet.
            reached = [&] {
                return !filesUnder(staging).isEmpty() &&
                       !QFileInfo::exists(usb + QStringLiteral("/DICOM"));
            };
        const bool killed =
            killWhen({QStringLiteral("write"), big_, QStringLiteral("--out"), usb}, reached);
        QVERIFY(killed);
        if (phase == QLatin1String("staging"))
            QVERIFY(!filesUnder(staging).isEmpty()); // what the next start has to remove
        // Killed: nothing that looks finished.
        QVERIFY(!QFileInfo::exists(usb + QStringLiteral("/DICOMDIR")));
        const test::ProcessResult checked = pdi({QStringLiteral("check"), usb});
        QVERIFY2(checked.exitCode != 0, checked.out.constData());

        QSqlDatabase db = station_.station().database().connection();
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM write_jobs WHERE status = 'running'")),
            1);
        // The next start of pdi (any command that opens the station) ends the job.
        const test::ProcessResult next = pdi({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.errText().contains(QLatin1String("was interrupted")) &&
                     next.errText().contains(test::StationFixture::AdminName),
                 next.err.constData());
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM write_jobs WHERE status = 'running'")),
            0);
        QVERIFY(count(db, QStringLiteral(
                              "SELECT COUNT(*) FROM write_jobs WHERE status = 'interrupted'")) >=
                1);
        QVERIFY2(!QFileInfo::exists(staging) ||
                     QDir(staging).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                 "the staging copy of the interrupted write is still there");
        QVERIFY2(filesUnder(usb).isEmpty(), qPrintable(filesUnder(usb).join(QLatin1Char(' '))));
        const QVector<AuditRecord> exports = station_.records(AuditEventType::Export);
        QVERIFY(!exports.isEmpty());
        QCOMPARE(exports.constLast().event.details.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("interrupted"));
        QCOMPARE(exports.constLast().event.actor.userName, test::StationFixture::AdminName);
        // Told once: the next command says nothing more.
        const test::ProcessResult again = pdi({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(!again.errText().contains(QLatin1String("was interrupted")));
    }

    // An ISO write killed while generating the image or verifying it leaves only NAME.iso.part
    // files, which the next start removes.
    void isoWriteKilled() {
        const QString iso = tmp_.filePath(QStringLiteral("killed.iso"));
        QVERIFY(killWhen({QStringLiteral("write"), big_, QStringLiteral("--out"), iso,
                          QStringLiteral("--media"), QStringLiteral("dvd")},
                         [&] {
                             return QFileInfo::exists(iso + QStringLiteral(".part")) ||
                                    QFileInfo::exists(iso + QStringLiteral(".part.part"));
                         }));
        QVERIFY(!QFileInfo::exists(iso));
        const test::ProcessResult next = pdi({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(next.errText().contains(QLatin1String("was interrupted")), next.err.constData());
        QVERIFY(!QFileInfo::exists(iso + QStringLiteral(".part")));
        QVERIFY(!QFileInfo::exists(iso + QStringLiteral(".part.part")));
    }

    // An import into the local archive killed while it sends: its start was recorded, the next
    // start records the interruption with what had been sent, and running it again finishes it.
    void importKilledWhileSending() {
        const QString medium = tmp_.filePath(QStringLiteral("import-medium"));
        QVERIFY(writeSeries(medium, QStringLiteral("IMPK01"), QStringLiteral("IMPORT^KILLED"),
                            QStringLiteral("impk"), 40));
        const QStringList args{QStringLiteral("import"), medium, QStringLiteral("--to"),
                               QStringLiteral("local"), QStringLiteral("--keep-ids")};
        const QString archive = dataPath(QStringLiteral("archive"));
        const bool killed = killWhen(args, [&] { return filesUnder(archive).size() >= 3; });
        QVERIFY(killed);

        const QVector<AuditRecord> imports = station_.records(AuditEventType::Import);
        QVERIFY(!imports.isEmpty());
        QCOMPARE(imports.constLast().event.details.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("started"));

        const test::ProcessResult next = pdi({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(next.errText().contains(QLatin1String("was interrupted")), next.err.constData());
        const QVector<AuditRecord> after = station_.records(AuditEventType::Import);
        const AuditEvent& interrupted = after.constLast().event;
        QCOMPARE(interrupted.details.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("interrupted"));
        QVERIFY(interrupted.details.contains(QStringLiteral("sent")));
        QSqlDatabase db = station_.station().database().connection();
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM import_jobs WHERE status = 'running'")),
            0);
        for (const QString& f : filesUnder(archive))
            QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));

        const test::ProcessResult resumed = pdi(args);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.outText().contains(QLatin1String("Complete")), resumed.out.constData());
    }

    // A full disk while writing a USB folder: the message says the disk is full and where.
    void diskFullWhileWriting() {
        const QString mount = tmp_.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mount));
        if (::mount("tmpfs", QFile::encodeName(mount).constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("a small tmpfs cannot be mounted here (not root); the full-disk case needs one");
        const QString usb = mount + QStringLiteral("/usb");
        // The plan is made for a CD, so it is not refused for the stick's free space beforehand.
        const test::ProcessResult r = pdi({QStringLiteral("write"), big_, QStringLiteral("--out"),
                                           usb, QStringLiteral("--media"), QStringLiteral("cd")});
        ::umount(QFile::encodeName(mount).constData());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("is full")) && r.errText().contains(mount),
                 r.err.constData());
        QVERIFY2(!r.errText().contains(QLatin1String("Unknown error")), r.err.constData());
    }

    // A full disk under the station's staging folder while the objects are prepared for the
    // medium: the message says the disk is full and where (it was asked after the partial file
    // had been removed, which freed the space that told), and nothing is left there.
    void diskFullWhileStaging() {
        const QString staging = dataPath(QStringLiteral("staging"));
        QVERIFY(QDir().mkpath(staging));
        const QByteArray mountPoint = QFile::encodeName(staging);
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("a small tmpfs cannot be mounted here (not root); the full-disk case needs one");
        const std::unique_ptr<const char, std::function<void(const char*)>> unmount(
            mountPoint.constData(), [](const char* path) { ::umount2(path, MNT_DETACH); });
        // RLE-compressed objects: the write decompresses them into the staging folder (an
        // uncompressed object is copied from where it is).
        const QString rle = tmp_.filePath(QStringLiteral("rle"));
        QVERIFY(QDir().mkpath(rle));
        for (int i = 1; i <= 20; ++i) {
            const QString name = QStringLiteral("/IM%1").arg(i);
            QCOMPARE(QProcess::execute(QStringLiteral("dcmcrle"), {big_ + name, rle + name}), 0);
        }
        const QString usb = tmp_.filePath(QStringLiteral("usb-staging"));
        const test::ProcessResult r = pdi({QStringLiteral("write"), rle, QStringLiteral("--out"),
                                           usb, QStringLiteral("--media"), QStringLiteral("cd")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QLatin1String("is full")) && r.errText().contains(staging),
                 r.err.constData());
        QVERIFY2(filesUnder(staging).isEmpty(), qPrintable(filesUnder(staging).join(u' ')));
        QVERIFY(!QFileInfo::exists(usb + QStringLiteral("/DICOMDIR")));
    }

    // A full disk while importing into the local archive said "I/O suspension or premature end
    // of stream". Now it says the disk is full and where; with room again, the same import
    // finishes and every object is filed once.
    void diskFullWhileImporting() {
        test::StationFixture station;
        QVERIFY2(station.ok(), qPrintable(station.error()));
        const QString archive = station.station().directory().filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(archive));
        const QByteArray mountPoint = QFile::encodeName(archive);
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("a small tmpfs cannot be mounted here (not root); the full-disk case needs one");
        const std::unique_ptr<const char, std::function<void(const char*)>> unmount(
            mountPoint.constData(), [](const char* path) { ::umount2(path, MNT_DETACH); });

        const QString medium = tmp_.filePath(QStringLiteral("import-full"));
        QVERIFY(writeSeries(medium, QStringLiteral("FULL01"), QStringLiteral("DISK^FULL"),
                            QStringLiteral("full"), 20));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("PDI_DATA_DIR"), station.station().directory().path());
        const QStringList args{QStringLiteral("import"), medium, QStringLiteral("--to"),
                               QStringLiteral("local"), QStringLiteral("--keep-ids")};

        const test::ProcessResult full = test::runPdi(args, QByteArray(), e);
        QCOMPARE(full.exitCode, 3);
        const QString said = full.outText() + full.errText();
        QVERIFY2(said.contains(QLatin1String("is full")) && said.contains(archive),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("premature end of stream")), qPrintable(said));
        const QStringList partial = filesUnder(archive);
        QVERIFY(partial.size() > 0 && partial.size() < 20);
        for (const QString& f : partial)
            QVERIFY2(!f.endsWith(QLatin1String(".part")), qPrintable(f));

        // Room again: the same import sends what is missing, nothing twice.
        QCOMPARE(::mount("tmpfs", mountPoint.constData(), "tmpfs", MS_REMOUNT, "size=64m"), 0);
        const test::ProcessResult resumed = test::runPdi(args, QByteArray(), e);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.outText().contains(QLatin1String("Complete")), resumed.out.constData());
        QCOMPARE(filesUnder(archive).size(), 20);
        QSqlDatabase db = station.station().database().connection();
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM archive_instances")), 20);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM import_jobs")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT sop_instance_uid) FROM "
                                          "import_instances")),
                 20);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM import_instances")), 20);
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"

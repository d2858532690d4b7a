// Real-world media and their damage (issue 13). The full and the quick check run over every
// medium of ../shared/media-corpus and must do what its INDEX.md says a correct reader does; the
// corpus part skips with a message when the folder is absent. The damage cases also have
// synthetic twins the test writes itself (a sequence cut off after the pixel data, an item closed
// by a sequence delimiter, sequences nested 10,000 deep, a truncated pixel data value), so a
// clone without the corpus still covers them; and every pydicom test file DCMTK reads whole must
// walk whole (no false damage).
#include "CheckSupport.h"
#include "TestSupport.h"

#include "dicom/DcmtkCondition.h"
#include "dicom/DicomStructureWalk.h"
#include "medium/LocalFile.h"
#include "report/CheckReport.h"
#include "report/MediumChecker.h"
#include "rules/Finding.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcerror.h>

using namespace pdi;

namespace {

using test::check;
using test::describe;
using test::messages;

// "id|name" of every patient shown.
QSet<QString> patients(const CheckReport& r) {
    QSet<QString> out;
    for (const PatientContents& p : r.contents.patients)
        out << p.id + QLatin1Char('|') + p.name;
    return out;
}

DicomStructureWalk::Result walkFile(const QString& path) {
    LocalFile file(path);
    if (!file.open())
        return {};
    return DicomStructureWalk::walk(file);
}

// Explicit VR Little Endian pieces, to build damage DCMTK would not write.
QByteArray le16(quint16 v) {
    QByteArray out(2, '\0');
    out[0] = char(v & 0xFF);
    out[1] = char(v >> 8);
    return out;
}
QByteArray le32(quint32 v) {
    return le16(quint16(v & 0xFFFF)) + le16(quint16(v >> 16));
}
QByteArray tag(quint16 group, quint16 element) {
    return le16(group) + le16(element);
}
QByteArray shortElement(quint16 group, quint16 element, const char* vr, QByteArray value) {
    if (value.size() % 2)
        value += ' ';
    return tag(group, element) + QByteArray(vr, 2) + le16(quint16(value.size())) + value;
}
QByteArray sequenceStart(quint16 group, quint16 element) {
    return tag(group, element) + QByteArray("SQ", 2) + le16(0) + le32(0xFFFFFFFFu);
}
const QByteArray kItemStart = tag(0xFFFE, 0xE000) + le32(0xFFFFFFFFu);
const QByteArray kItemEnd = tag(0xFFFE, 0xE00D) + le32(0);
const QByteArray kSequenceEnd = tag(0xFFFE, 0xE0DD) + le32(0);

// Sequences nested depth levels deep in private group 7FDF, closed properly.
QByteArray nested(int depth) {
    QByteArray out = shortElement(0x7FDF, 0x0010, "LO", "PDITEST");
    for (int i = 0; i < depth; ++i)
        out += sequenceStart(0x7FDF, 0x1010) + kItemStart;
    out += shortElement(0x7FDF, 0x1011, "LO", "DEEP");
    for (int i = 0; i < depth; ++i)
        out += kItemEnd + kSequenceEnd;
    return out;
}

// Where the Pixel Data element header starts in a file DCMTK wrote.
int pixelDataAt(const QByteArray& bytes) {
    return int(bytes.lastIndexOf(tag(0x7FE0, 0x0010) + QByteArray("OW", 2)));
}

} // namespace

class TestMediaCorpus : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    // A one-object medium (DICOMDIR, README) whose object's bytes damage() changes afterwards.
    QString damagedMedium(const QString& name,
                          const std::function<void(QByteArray& bytes)>& damage) {
        const QString root = tmp_.filePath(name);
        test::InstanceSpec spec;
        spec.patientId = QStringLiteral("DMG01");
        spec.patientName = QStringLiteral("DAMAGE^TEST");
        spec.sopInstanceUid = test::uid(name);
        if (!test::writeConformantMedium(root, {spec}))
            return QString();
        QFile file(root + QStringLiteral("/DICOM/S1/R1/I1"));
        if (!file.open(QIODevice::ReadWrite))
            return QString();
        QByteArray bytes = file.readAll();
        damage(bytes);
        file.resize(0);
        file.seek(0);
        file.write(bytes);
        return root;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    // ---- synthetic twins: always run ----

    // damaged-late-*: a sequence after the pixel data that the file ends inside.
    void sequenceCutOffAfterPixelData() {
        const QString root = damagedMedium(QStringLiteral("cutoff"), [](QByteArray& b) {
            b += shortElement(0x7FE1, 0x0010, "LO", "PDITEST") + sequenceStart(0x7FE1, 0x1010) +
                 kItemStart + shortElement(0x7FE1, 0x1011, "LO", "CUT");
        });
        QVERIFY(!root.isEmpty());
        const CheckReport full = check(root);
        const QStringList f002 =
            messages(full, QStringLiteral("PDI-F002"), QStringLiteral("DICOM/S1/R1/I1"));
        QVERIFY2(f002.size() == 1, qPrintable(describe(full)));
        QVERIFY2(f002.first().contains(QLatin1String("(7FE1,1010)")) &&
                     f002.first().contains(QLatin1String("delimiter is missing")),
                 qPrintable(f002.first()));
        // The identity before the damage is still read.
        QCOMPARE(patients(full), QSet<QString>{QStringLiteral("DMG01|DAMAGE^TEST")});
    }

    // DIRW0007: an item of undefined length closed by a sequence delimiter.
    void itemClosedBySequenceDelimiter() {
        const QString root = damagedMedium(QStringLiteral("baddelim"), [](QByteArray& b) {
            b += shortElement(0x7FE1, 0x0010, "LO", "PDITEST") + sequenceStart(0x7FE1, 0x1010) +
                 kItemStart + shortElement(0x7FE1, 0x1011, "LO", "X") + kSequenceEnd;
        });
        QVERIFY(!root.isEmpty());
        const CheckReport full = check(root);
        const QStringList f002 = messages(full, QStringLiteral("PDI-F002"));
        QVERIFY2(f002.size() == 1, qPrintable(describe(full)));
        QVERIFY2(f002.first().contains(QLatin1String("sequence delimiter ends an item")),
                 qPrintable(f002.first()));
    }

    // Issue 14: 10,000 nested sequences before the pixel data took DCMTK's recursive parser
    // down. The walk stops at 128 levels and DCMTK reads only what lies before.
    void nestingTooDeep() {
        const QString root = damagedMedium(
            QStringLiteral("deep"), [](QByteArray& b) { b.insert(pixelDataAt(b), nested(10000)); });
        QVERIFY(!root.isEmpty());
        const DicomStructureWalk::Result walk = walkFile(root + QStringLiteral("/DICOM/S1/R1/I1"));
        QCOMPARE(walk.verdict, DicomStructureWalk::Verdict::TooDeep);
        QCOMPARE(walk.tag, 0x7FDF1010u);
        for (bool quick : {false, true}) {
            const CheckReport r = check(root, quick);
            const QStringList f002 = messages(r, QStringLiteral("PDI-F002"));
            QVERIFY2(f002.size() == 1, qPrintable(describe(r)));
            QVERIFY2(f002.first().contains(QLatin1String("more than 128")),
                     qPrintable(f002.first()));
            QCOMPARE(patients(r), QSet<QString>{QStringLiteral("DMG01|DAMAGE^TEST")});
        }
    }

    // Deep but within the bound: not a finding.
    void nestingWithinBound() {
        const QString root = damagedMedium(QStringLiteral("nested100"), [](QByteArray& b) {
            b.insert(pixelDataAt(b), nested(100));
        });
        QVERIFY(!root.isEmpty());
        const CheckReport full = check(root);
        QVERIFY2(messages(full, QStringLiteral("PDI-F002")).isEmpty(), qPrintable(describe(full)));
    }

    // A value that claims more bytes than the file holds: where and how many.
    void valueRunsPastTheEnd() {
        const QString root = damagedMedium(QStringLiteral("overrun"), [](QByteArray& b) {
            b += shortElement(0x7FE1, 0x0010, "LO", "PDITEST") + tag(0x7FE1, 0x1012) +
                 QByteArray("OB", 2) + le16(0) + le32(4096) + QByteArray(100, 'x');
        });
        QVERIFY(!root.isEmpty());
        const CheckReport full = check(root);
        const QStringList f002 = messages(full, QStringLiteral("PDI-F002"));
        QVERIFY2(f002.size() == 1, qPrintable(describe(full)));
        QVERIFY2(f002.first().contains(QLatin1String("(7FE1,1012) claims 4096 bytes, but only "
                                                     "100 remain")),
                 qPrintable(f002.first()));
    }

    // A disc copied from a mount that lower-cased its names: one finding that says so and how to
    // mount it, not an error for every name.
    void lowerCasedNames() {
        const QString root = tmp_.filePath(QStringLiteral("lower"));
        QList<test::InstanceSpec> specs;
        for (int n = 1; n <= 3; ++n) {
            test::InstanceSpec s;
            s.sopInstanceUid = test::uid(QStringLiteral("lower.%1").arg(n));
            s.instanceNumber = QString::number(n);
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(root, specs));
        // Deepest first, so that a folder is renamed after what it holds.
        QStringList paths;
        QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        std::sort(paths.begin(), paths.end(), [](const QString& a, const QString& b) {
            return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
        });
        for (const QString& p : std::as_const(paths)) {
            const QFileInfo info(p);
            QVERIFY(QDir(info.path()).rename(info.fileName(), info.fileName().toLower()));
        }
        const CheckReport full = check(root);
        const QStringList l015 = messages(full, QStringLiteral("PDI-L015"));
        QVERIFY2(l015.size() == 1 && l015.first().contains(QLatin1String("map=off")),
                 qPrintable(describe(full)));
        for (const char* code : {"PDI-L005", "PDI-L007", "PDI-D006", "PDI-L004"})
            QVERIFY2(messages(full, QLatin1String(code)).isEmpty(), qPrintable(describe(full)));
        QVERIFY2(full.conformant(), qPrintable(describe(full)));
        QCOMPARE(full.contents.instances.size(), 3);
    }

    // The walk must not call damaged what DCMTK reads to the end: every pydicom test file that
    // dcmdump reads without an error walks intact (explicit/implicit VR, big endian, deflated,
    // encapsulated pixel data, UN sequences, defined-length items).
    void noFalseDamageOnPydicomFiles() {
        QDirIterator it(test::pydicomFile(QString()), QDir::Files, QDirIterator::Subdirectories);
        int walked = 0;
        QStringList wrong;
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).size() > 8 * 1024 * 1024)
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray head = f.read(132);
            if (head.size() < 132 || head.mid(128, 4) != "DICM")
                continue;
            const test::ProcessResult dump =
                test::run(QStringLiteral("dcmdump"), {QStringLiteral("-q"), path});
            if (dump.exitCode != 0)
                continue;
            // DCMTK reads past this one's last item, whose length runs past the end of the
            // file (pydicom took the offsets out without shortening it): damage, found.
            if (path.endsWith(QLatin1String("DICOMDIR-nooffset")))
                continue;
            ++walked;
            const DicomStructureWalk::Result r = walkFile(path);
            if (!r.intact())
                wrong << QStringLiteral("%1: %2").arg(path, r.problem);
        }
        QVERIFY(walked > 50);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // pydicom's truncated files are found damaged, and say where.
    void pydicomTruncatedFiles() {
        for (const char* name : {"MR_truncated.dcm", "rtplan_truncated.dcm"}) {
            const DicomStructureWalk::Result r =
                walkFile(test::pydicomFile(QString::fromLatin1(name)));
            QVERIFY2(!r.intact(), name);
            QVERIFY2(r.problem.contains(QLatin1String("byte")), qPrintable(r.problem));
        }
    }

    // DCMTK's condition texts never reach people: each one becomes a sentence about the file.
    void dcmtkTextsAreTranslated() {
        const OFCondition conditions[] = {EC_InvalidTag,
                                          EC_StreamNotifyClient,
                                          EC_ItemDelimitationItemMissing,
                                          EC_SequDelimitationItemMissing,
                                          EC_ApplicationProfileViolated,
                                          EC_CannotChangeRepresentation,
                                          EC_CorruptedData,
                                          OFCondition(5, 1, OF_error, "JPEG decoder failure")};
        for (const OFCondition& c : conditions) {
            const QString sentence = DcmtkCondition::describe(c);
            QVERIFY(!sentence.isEmpty());
            QVERIFY2(!sentence.contains(QString::fromLatin1(c.text()), Qt::CaseInsensitive),
                     qPrintable(sentence));
        }
        QVERIFY(DcmtkCondition::describe(EC_ApplicationProfileViolated)
                    .contains(QLatin1String("on a medium")));
        QVERIFY(DcmtkCondition::describe(OFCondition(5, 1, OF_error, "x"))
                    .contains(QLatin1String("compressed pixel data")));
    }

    // ---- the corpus: skipped when absent ----

    void corpus_data() {
        QTest::addColumn<QString>("medium");
        if (test::mediaCorpus().isEmpty())
            return;
        QTest::newRow("jp-mri-wakasa") << QStringLiteral("jp-mri-wakasa");
        const QDir regression(test::mediaCorpus() + QStringLiteral("/regression"));
        for (const QString& name :
             regression.entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name)) << QStringLiteral("regression/") + name;
    }

    // What every medium shares: the check reads it, quick and full show the same patients
    // (a quick check never merges, hides or misnames them), and no name is mojibake.
    void corpus() {
        if (test::mediaCorpus().isEmpty())
            QSKIP("../shared/media-corpus is absent (set PDI_MEDIA_CORPUS); the synthetic twins "
                  "above cover its damage cases");
        QFETCH(QString, medium);
        const QString location = test::mediaCorpusCase(medium);
        const CheckReport full = check(location);
        const CheckReport quick = check(location, true);
        QVERIFY2(!full.inventory.files.isEmpty(), qPrintable(location));
        QCOMPARE(patients(quick), patients(full));
        for (const QString& p : patients(full))
            QVERIFY2(!p.contains(QChar(0xFFFD)), qPrintable(p));
        const QString name = medium.section(QLatin1Char('/'), -1);

        if (name.startsWith(QLatin1String("damaged-late-"))) {
            const QStringList f002 = messages(full, QStringLiteral("PDI-F002"));
            QVERIFY2(f002.size() == 1, qPrintable(describe(full)));
            QVERIFY2(f002.first().contains(QLatin1String("at byte")) ||
                         f002.first().contains(QLatin1String("end at byte")),
                     qPrintable(f002.first()));
            QVERIFY(full.flags[MediumFlags::DamagedFiles]);
            return;
        }
        // Intact media are not called damaged (dd-nooffset's DICOMDIR is, see below).
        if (name != QLatin1String("dd-nooffset"))
            QVERIFY2(messages(full, QStringLiteral("PDI-F002")).isEmpty(),
                     qPrintable(describe(full)));

        if (name == QLatin1String("jp-mri-wakasa")) {
            QVERIFY(!messages(full, QStringLiteral("PDI-S001")).isEmpty());
            QVERIFY(!messages(full, QStringLiteral("PDI-S002")).isEmpty());
            QVERIFY(!messages(full, QStringLiteral("PDI-L012")).isEmpty());
            QCOMPARE(full.contents.patients.size(), 1);
        } else if (name == QLatin1String("un-vr-identity")) {
            QCOMPARE(patients(full), QSet<QString>{QStringLiteral("id11111|Lastname^Firstname")});
            QVERIFY(messages(full, QStringLiteral("PDI-F005")).isEmpty());
            QVERIFY(messages(full, QStringLiteral("PDI-D016")).isEmpty());
        } else if (name == QLatin1String("dicomdir-name-mismatch")) {
            const QStringList d016 = messages(full, QStringLiteral("PDI-D016"));
            QVERIFY2(!d016.isEmpty() &&
                         d016.join(QLatin1Char(' ')).contains(QLatin1String("SMITH^JOHN")),
                     qPrintable(describe(full)));
            for (const QString& p : patients(quick))
                QVERIFY2(!p.contains(QLatin1String("SMITH^JOHN")), qPrintable(p));
        } else if (name.startsWith(QLatin1String("meta-mismatch-"))) {
            const QStringList f005 = messages(full, QStringLiteral("PDI-F005"));
            QVERIFY2(f005.size() == 1 && f005.first().contains(QLatin1String("SOP Instance UID")),
                     qPrintable(describe(full)));
        } else if (name == QLatin1String("dd-nooffset")) {
            const QStringList d013 = messages(full, QStringLiteral("PDI-D013"));
            QVERIFY2(!d013.isEmpty() &&
                         d013.join(QLatin1Char(' ')).contains(QLatin1String("Offset of the Next")),
                     qPrintable(describe(full)));
            // Its last record's length runs past the sequence (pydicom removed the offsets
            // without shortening the item): reported, and the DICOMDIR is still read.
            QVERIFY(messages(full, QStringLiteral("PDI-D001")).isEmpty());
            QVERIFY2(
                !messages(full, QStringLiteral("PDI-F002"), QStringLiteral("DICOMDIR")).isEmpty(),
                qPrintable(describe(full)));
        } else if (name == QLatin1String("gdcmgendir-no-charset")) {
            QVERIFY(!messages(full, QStringLiteral("PDI-D017")).isEmpty());
            const QString d011 = messages(full, QStringLiteral("PDI-D011")).join(QLatin1Char(' '));
            QVERIFY2(d011.contains(QLatin1String("empty Study Date")) &&
                         d011.contains(QLatin1String("empty Study Time")),
                     qPrintable(describe(full)));
        } else if (name.startsWith(QLatin1String("orthanc-1.10"))) {
            QVERIFY(!messages(full, QStringLiteral("PDI-D017")).isEmpty());
            QVERIFY(!messages(full, QStringLiteral("PDI-D016")).isEmpty());
        } else if (name == QLatin1String("jp-evlite-dicomdir-only")) {
            const QString d011 = messages(full, QStringLiteral("PDI-D011")).join(QLatin1Char(' '));
            QVERIFY2(d011.contains(QLatin1String("lacks Study ID")) &&
                         d011.contains(QLatin1String("lacks Study Description")),
                     qPrintable(describe(full)));
        } else if (name == QLatin1String("dd-nopatient")) {
            // One finding per missing level, with how many files it concerns, not one per file.
            const QStringList d014 = messages(full, QStringLiteral("PDI-D014"));
            QVERIFY2(!d014.isEmpty() && d014.size() <= 2, qPrintable(describe(full)));
            for (const QString& m : d014)
                QVERIFY2(m.contains(QLatin1String("no PATIENT")), qPrintable(m));
        }
    }
};

QTEST_GUILESS_MAIN(TestMediaCorpus)
#include "tst_media_corpus.moc"

// The DICOMDIR the writer builds from its plan is record for record, key for key and byte for
// byte in its values the DICOMDIR DCMTK's DicomDirInterface builds by reading every staged file
// again (what dcmmkdir writes), on real inputs: generated media in the encodings the writer
// meets, pydicom's odd files, the Japanese character-set files and the real-world media corpus;
// and the written media still verify.
#include "TestSupport.h"
#include "VerificationText.h"

#include "layout/DicomdirBuilder.h"
#include "layout/FileIdAllocator.h"
#include "layout/MediumBuilder.h"
#include "plan/ExportPlanner.h"
#include "target/IsoImageWriter.h"
#include "verify/MediumVerifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace pdi;

namespace {

// dcmdump of a DICOMDIR without what differs between two writes of the same records: the
// random Media Storage SOP Instance UID of its header, and with it the header's length and so
// every offset's value. Each offset is shown as the record it points to (its place in the
// sequence), so the records' order and hierarchy are compared exactly.
QString normalizedDump(const QString& path) {
    const test::ProcessResult r =
        test::run(QStringLiteral("dcmdump"), {QStringLiteral("+L"), QStringLiteral("-q"), path});
    const QStringList dump = r.outText().split(QLatin1Char('\n'));
    static const QRegularExpression headerTag(QStringLiteral("^\\s*\\((0002,0000|0002,0003)\\)"));
    static const QRegularExpression offsetTag(
        QStringLiteral("^\\s*\\((0004,1200|0004,1202|0004,1400|0004,1420)\\) up (\\d+)"));
    static const QRegularExpression offsetNote(QStringLiteral("offset=\\$(\\d+)"));
    QHash<QString, int> recordAt; // a record's offset: its place in the sequence
    for (const QString& line : dump) {
        const QRegularExpressionMatch note = offsetNote.match(line);
        if (note.hasMatch())
            recordAt.insert(note.captured(1), int(recordAt.size()));
    }
    // A Study Time DCMTK invents for an object without one is the time of the write.
    static const QRegularExpression studyTime(
        QStringLiteral("^\\s*\\(0008,0030\\) TM \\[(\\d{6})\\]"));
    QStringList lines;
    for (QString line : dump) {
        if (headerTag.match(line).hasMatch())
            continue;
        const QRegularExpressionMatch offset = offsetTag.match(line);
        if (offset.hasMatch()) {
            const QString to = offset.captured(2);
            lines << QStringLiteral("(%1) -> %2")
                         .arg(offset.captured(1),
                              to == QLatin1String("0")
                                  ? QStringLiteral("none")
                                  : QStringLiteral("record %1").arg(recordAt.value(to, -1)));
            continue;
        }
        const QRegularExpressionMatch time = studyTime.match(line);
        if (time.hasMatch() && qAbs(QTime::fromString(time.captured(1), QStringLiteral("HHmmss"))
                                        .secsTo(QTime::currentTime())) < 120)
            line = QStringLiteral("(0008,0030) TM [now]");
        lines << line.replace(offsetNote, QStringLiteral("offset=$"));
    }
    return lines.join(QLatin1Char('\n'));
}

// The DICOMDIR read by DCMTK's DcmDicomDir (records placed by their offsets) and written again
// by DcmDicomDir::write, which lists and numbers them afresh: an empty string when that changes
// no byte of it, so the plan's DICOMDIR is byte for byte what DcmDicomDir writes for its records.
QString rewrittenByDcmtkDiffers(const QString& path, const QString& scratch) {
    QDir(scratch).removeRecursively();
    QDir().mkpath(scratch);
    const QString copy = scratch + QStringLiteral("/DICOMDIR");
    if (!QFile::copy(path, copy))
        return QStringLiteral("cannot copy %1").arg(path);
    {
        DcmDicomDir dir(OFFilename(QFile::encodeName(copy).constData()));
        if (dir.error().bad())
            return QStringLiteral("DcmDicomDir cannot read it: %1").arg(dir.error().text());
        const OFCondition written =
            dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL);
        if (written.bad())
            return QStringLiteral("DcmDicomDir cannot write it: %1").arg(written.text());
    }
    QFile a(path);
    QFile b(copy);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read them back");
    const QByteArray ours = a.readAll();
    const QByteArray dcmtk = b.readAll();
    if (ours == dcmtk)
        return QString();
    qsizetype at = 0;
    while (at < ours.size() && at < dcmtk.size() && ours[at] == dcmtk[at])
        ++at;
    return QStringLiteral("%1 bytes, DcmDicomDir writes %2; first difference at byte %3")
        .arg(ours.size())
        .arg(dcmtk.size())
        .arg(at);
}

// Every planned object under its File ID in root, as DicomDirInterface reads them: the write
// stages only what it transcodes (and links the rest only when DicomDirInterface builds the
// DICOMDIR), so the objects that go on the medium as they are come from their sources here. The
// File IDs are the ones MediumBuilder gives (one FileIdAllocator, in the plan's order).
QStringList linkPlannedObjects(const ExportPlan& plan, const QString& root) {
    QStringList ids;
    FileIdAllocator allocator;
    const QString patientKey = plan.patient.id + QChar(0) + plan.patient.issuer;
    for (const PlannedStudy& st : plan.studies) {
        for (const PlannedSeries& se : st.series) {
            for (const PlannedInstance& inst : se.instances) {
                const QString id =
                    allocator
                        .allocate(patientKey, st.uid, se.uid, inst.source.summary.sopInstanceUid)
                        .join(QLatin1Char('/'));
                const QString at = root + QLatin1Char('/') + id;
                if (!QFileInfo::exists(at)) {
                    QDir().mkpath(QFileInfo(at).path());
                    QFile::link(inst.source.localPath, at);
                }
                ids << id;
            }
        }
    }
    return ids;
}

int recordCount(const QString& dump) {
    return int(dump.count(QLatin1String("DirectoryRecordType")));
}

struct Case {
    QString name;
    bool staged = false;
    QString error;
    int records = 0;
    int objectsRead = 0;
};

} // namespace

class TestDicomdirPlan : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    int stages_ = 0;

    // Plans and stages the sources, then builds the same medium's DICOMDIR again with
    // DicomDirInterface from the staged files and compares the two. The plan's DICOMDIR is left
    // in place (a caller verifies the medium with it).
    Case stageAndCompare(const QString& name, const QStringList& sources,
                         const ExportOptions& options = ExportOptions(),
                         StagedMedium* out = nullptr) {
        Case c;
        c.name = name;
        const Result<CollectedSources> collected = ExportSource::collect(sources);
        if (!collected) {
            c.error = collected.error().message;
            return c;
        }
        const ExportPlan plan = ExportPlanner::plan(*collected, options, CheckSettings());
        if (plan.refused) {
            c.error = plan.refusal;
            return c;
        }
        const QString root = tmp_.filePath(QStringLiteral("stage%1").arg(++stages_));
        const Result<StagedMedium> staged = MediumBuilder::stage(
            plan, MediumIssuer(), QStringLiteral("PDITEST"), root, JobProgress(), false);
        if (!staged) {
            c.error = staged.error().message;
            // A DICOMDIR DicomDirInterface can write, the plan's builder must write too.
            if (c.error.contains(QLatin1String("DICOMDIR"))) {
                QStringList ids = linkPlannedObjects(plan, root);
                ids.sort();
                if (DicomdirBuilder::buildFromFiles(root, ids, QStringLiteral("PDITEST")))
                    c.records = -1;
            }
            return c;
        }
        c.staged = true;
        c.objectsRead = staged->dicomdirObjectsRead;
        linkPlannedObjects(plan, root);
        const QString path = root + QStringLiteral("/DICOMDIR");
        QFile planned(path);
        if (!planned.open(QIODevice::ReadOnly))
            return c;
        const QByteArray plannedBytes = planned.readAll();
        planned.close();
        const QString rewritten =
            rewrittenByDcmtkDiffers(path, tmp_.filePath(QStringLiteral("rewrite")));
        if (!rewritten.isEmpty()) {
            c.error = QStringLiteral("the DICOMDIRs differ: DcmDicomDir rewrites the plan's: ") +
                      rewritten;
            c.staged = false;
            return c;
        }
        const QString plannedDump = normalizedDump(path);
        bool video = false;
        for (const PlannedStudy& st : plan.studies) {
            for (const PlannedSeries& se : st.series)
                video = video || se.video;
        }
        const Result<DicomdirBuilder::Written> fromFiles =
            DicomdirBuilder::buildFromFiles(root, staged->dicomFiles, staged->fileSetId, video,
                                            plan.patient.birthDate, plan.patient.sex);
        if (!fromFiles) {
            c.error = QStringLiteral("DicomDirInterface failed where the plan did not: ") +
                      fromFiles.error().message;
            c.staged = false;
            return c;
        }
        const QString filesDump = normalizedDump(path);
        QFile restore(path);
        if (restore.open(QIODevice::WriteOnly))
            restore.write(plannedBytes);
        restore.close();
        if (plannedDump != filesDump) {
            c.error = QStringLiteral("the DICOMDIRs differ:\n--- from the plan\n%1\n--- from the "
                                     "files\n%2")
                          .arg(plannedDump, filesDump);
            c.staged = false;
            return c;
        }
        c.records = recordCount(plannedDump);
        if (out)
            *out = *staged;
        return c;
    }

    // The staged medium as an ISO image, read back and checked as a write does.
    void writeAndVerify(StagedMedium staged) {
        const Result<Manifest> manifest = Manifest::compute(staged.files);
        QVERIFY(manifest.ok());
        staged.manifest = *manifest;
        const QString iso = tmp_.filePath(QStringLiteral("m%1.iso").arg(stages_));
        const Result<void> w = IsoImageWriter::writeFile(
            staged, {staged.fileSetId, QStringLiteral("T"), QString()}, iso, JobProgress());
        QVERIFY2(w.ok(), qPrintable(w ? QString() : w.error().message));
        const Result<MediumVerifier::Verification> v = MediumVerifier::verify(
            iso, staged.manifest, staged.expectedFindings, CheckSettings(), JobProgress());
        QVERIFY2(v && v->passed(), qPrintable(test::verificationText(v)));
    }

    static void putBytes(DcmDataset& ds, const DcmTagKey& tag, const QByteArray& bytes) {
        ds.putAndInsertString(tag, bytes.constData());
    }

private Q_SLOTS:
    // Two studies, series and instances in an order unlike their numbers (DCMTK sorts series
    // and instances by number), instances without a number, sources in Explicit VR (linked),
    // Implicit VR and JPEG lossless (transcoded), names in UTF-8 and in ISO 2022 IR 87.
    void generatedMedium() {
        const QString src = tmp_.filePath(QStringLiteral("gen"));
        const QByteArray jis = QByteArrayLiteral(
            "YAMADA^TARO=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B");
        int n = 0;
        for (int study = 1; study <= 2; ++study) {
            for (const int series : {3, 1, 2}) {
                for (const QString& instance :
                     {QStringLiteral("12"), QStringLiteral("2"), QString(), QStringLiteral("7")}) {
                    test::InstanceSpec s;
                    s.studyUid = test::uid(QStringLiteral("60.%1").arg(study));
                    s.studyId = QString::number(study);
                    s.seriesUid = test::uid(QStringLiteral("60.%1.%2").arg(study).arg(series));
                    s.seriesNumber = QString::number(series);
                    s.sopInstanceUid =
                        test::uid(QStringLiteral("60.%1.%2.%3").arg(study).arg(series).arg(++n));
                    s.instanceNumber = instance;
                    s.customize = [study, jis, instance](DcmDataset& ds) {
                        if (study == 2) {
                            putBytes(ds, DCM_SpecificCharacterSet, "\\ISO 2022 IR 87");
                            putBytes(ds, DCM_PatientName, jis);
                            putBytes(ds, DCM_StudyDescription, "\x1b$B695t\x1b(B CT");
                        } else {
                            putBytes(ds, DCM_PatientName, "YAMADA^TARO=山田^太郎=やまだ^たろう");
                        }
                        if (instance.isEmpty())
                            delete ds.remove(DCM_InstanceNumber);
                    };
                    const QString file = QStringLiteral("%1/%2.dcm").arg(src).arg(n);
                    if (n % 5 == 0) {
                        QVERIFY(test::writeInstance(file, s, QStringLiteral("1.2.840.10008.1.2")));
                    } else if (n % 7 == 0) {
                        const QString raw = tmp_.filePath(QStringLiteral("raw%1.dcm").arg(n));
                        QVERIFY(test::writeInstance(raw, s));
                        QCOMPARE(test::run(QStringLiteral("dcmcjpeg"),
                                           {QStringLiteral("+e1"), raw, file})
                                     .exitCode,
                                 0);
                    } else {
                        QVERIFY(test::writeInstance(file, s));
                    }
                }
            }
        }
        StagedMedium staged;
        const Case c =
            stageAndCompare(QStringLiteral("generated"), {src}, ExportOptions(), &staged);
        QVERIFY2(c.staged, qPrintable(c.error));
        QCOMPARE(c.records, 1 + 2 + 6 + 24);
        QCOMPARE(c.objectsRead, 0); // every record from the plan: no object read again
        writeAndVerify(staged);
    }

    // More objects than the builder prepares in one batch on its threads, instance numbers in
    // an order unlike the files', some missing, one number twice: the records, their order and
    // every offset as DicomDirInterface makes them.
    void objectsInSeveralBatches() {
        const QString src = tmp_.filePath(QStringLiteral("batches"));
        int n = 0;
        for (const int series : {2, 3, 1}) {
            for (int k = 0; k < 230; ++k) {
                test::InstanceSpec s;
                s.seriesUid = test::uid(QStringLiteral("63.%1").arg(series));
                s.seriesNumber = QString::number(series);
                s.sopInstanceUid = test::uid(QStringLiteral("63.%1.%2").arg(series).arg(++n));
                s.instanceNumber =
                    k % 50 == 7 ? QString() : QString::number(k == 100 ? 5 : (k * 37) % 230 + 1);
                s.rows = s.columns = 4;
                if (s.instanceNumber.isEmpty())
                    s.customize = [](DcmDataset& ds) {
                        delete ds.remove(DCM_InstanceNumber);
                    };
                QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(src).arg(n), s));
            }
        }
        StagedMedium staged;
        const Case c = stageAndCompare(QStringLiteral("batches"), {src}, ExportOptions(), &staged);
        QVERIFY2(c.staged, qPrintable(c.error));
        QCOMPARE(c.records, 1 + 1 + 3 + 690);
        QCOMPARE(c.objectsRead, 0);
    }

    // Objects without Study ID and Instance Number: the records get invented keys, as DCMTK's
    // invent mode makes them, and the objects keep lacking them.
    void inventedKeys() {
        const QString src = tmp_.filePath(QStringLiteral("nokeys"));
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.sopInstanceUid = test::uid(QStringLiteral("61.1.%1").arg(i));
            s.customize = [](DcmDataset& ds) {
                delete ds.remove(DCM_StudyID);
                delete ds.remove(DCM_InstanceNumber);
            };
            QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(src).arg(i), s));
        }
        StagedMedium staged;
        const Case c = stageAndCompare(QStringLiteral("invented"), {src}, ExportOptions(), &staged);
        QVERIFY2(c.staged, qPrintable(c.error));
        QCOMPARE(c.records, 6);
        QVERIFY(staged.notes.join(QLatin1Char(' ')).contains(QLatin1String("in the records only")));
        writeAndVerify(staged);
    }

    // A CT series with its dose report (SR), a key object selection and a waveform: the
    // non-image records are DCMTK's own, from the staged file.
    void nonImageRecords() {
        const QString src = tmp_.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(src));
        for (int i = 1; i <= 2; ++i) {
            test::InstanceSpec s;
            s.sopInstanceUid = test::uid(QStringLiteral("62.1.%1").arg(i));
            s.instanceNumber = QString::number(3 - i);
            QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(src).arg(i), s));
        }
        test::InstanceSpec sr;
        sr.sopClassUid = QString::fromLatin1(UID_XRayRadiationDoseSRStorage);
        sr.sopInstanceUid = test::uid(QStringLiteral("62.2.1"));
        sr.seriesUid = test::uid(QStringLiteral("62.2"));
        sr.modality = QStringLiteral("SR");
        sr.customize = [](DcmDataset& ds) {
            delete ds.remove(DCM_PixelData);
            ds.putAndInsertString(DCM_CompletionFlag, "COMPLETE");
            ds.putAndInsertString(DCM_VerificationFlag, "UNVERIFIED");
            ds.putAndInsertString(DCM_ContentDate, "20240105");
            ds.putAndInsertString(DCM_ContentTime, "101600");
            ds.putAndInsertString(DCM_ValueType, "CONTAINER");
            DcmItem* concept = nullptr;
            ds.findOrCreateSequenceItem(DCM_ConceptNameCodeSequence, concept);
            concept->putAndInsertString(DCM_CodeValue, "113701");
            concept->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
            concept->putAndInsertString(DCM_CodeMeaning, "X-Ray Radiation Dose Report");
        };
        QVERIFY(test::writeInstance(src + QStringLiteral("/sr.dcm"), sr));
        StagedMedium staged;
        const Case c = stageAndCompare(QStringLiteral("mixed"), {src}, ExportOptions(), &staged);
        QVERIFY2(c.staged, qPrintable(c.error));
        QCOMPARE(c.records, 1 + 1 + 2 + 3);
        QCOMPARE(c.objectsRead, 1); // the SR only
        writeAndVerify(staged);
    }

    // Every pydicom test and character-set file the planner accepts, one medium each.
    void pydicomFiles() {
        QStringList files;
        for (const QString& dir :
             {test::pydicomFile(QString()), test::pydicomCharsetFile(QString())}) {
            QDirIterator it(dir, {QStringLiteral("*.dcm")}, QDir::Files);
            while (it.hasNext())
                files << it.next();
        }
        if (files.isEmpty())
            QSKIP("pydicom's test files are not installed (python3-pydicom)");
        files.sort();
        int compared = 0;
        int fromPlanAlone = 0;
        QStringList failures;
        for (const QString& file : files) {
            if (QFileInfo(file).size() > 8 * 1024 * 1024)
                continue;
            const Case c = stageAndCompare(QFileInfo(file).fileName(), {file});
            if (c.staged) {
                ++compared;
                fromPlanAlone += c.objectsRead == 0 ? 1 : 0;
            } else if (c.error.startsWith(QLatin1String("DicomDirInterface failed")) ||
                       c.error.startsWith(QLatin1String("the DICOMDIRs differ")) || c.records < 0)
                failures << QStringLiteral("%1: %2").arg(c.name, c.error);
            else
                qInfo("%s: not written (%s)", qPrintable(c.name), qPrintable(c.error.left(120)));
        }
        qInfo("%d pydicom files written and compared, %d of them from the plan alone", compared,
              fromPlanAlone);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(compared >= 30);
        QVERIFY(fromPlanAlone >= 30);
    }

    // The real Japanese referral disc and the corpus's regression cases as sources.
    void mediaCorpus() {
        if (test::mediaCorpus().isEmpty())
            QSKIP("the media corpus (../shared/media-corpus) is absent");
        StagedMedium staged;
        const Case disc = stageAndCompare(QStringLiteral("jp-mri-wakasa"),
                                          {test::mediaCorpusCase(QStringLiteral("jp-mri-wakasa"))},
                                          ExportOptions(), &staged);
        QVERIFY2(disc.staged, qPrintable(disc.error));
        QVERIFY(disc.records > 10);
        QCOMPARE(disc.objectsRead, 0);
        writeAndVerify(staged);

        QStringList failures;
        int compared = 0;
        const QDir regression(test::mediaCorpusCase(QStringLiteral("regression")));
        for (const QString& name : regression.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const Case c = stageAndCompare(name, {regression.filePath(name)});
            if (c.staged)
                ++compared;
            else if (c.error.startsWith(QLatin1String("DicomDirInterface failed")) ||
                     c.error.startsWith(QLatin1String("the DICOMDIRs differ")) || c.records < 0)
                failures << QStringLiteral("%1: %2").arg(c.name, c.error);
        }
        qInfo("%d corpus regression cases written and compared", compared);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(compared >= 3);
    }
};

QTEST_GUILESS_MAIN(TestDicomdirPlan)
#include "tst_dicomdir_plan.moc"

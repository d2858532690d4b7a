#include "MediumBuilder.h"

#include "DicomdirBuilder.h"
#include "FileIdAllocator.h"
#include "ReadmeWriter.h"
#include "WebContentWriter.h"
#include "rules/FindingCodes.h"
#include "transcode/Transcoder.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QThread>

#include <vector>

#include "job/WorkerThreads.h"

#include <unistd.h>

namespace pdi {

QString MediumBuilder::newFileSetId(const QDateTime& when) {
    return QStringLiteral("PDI") + when.toString(QStringLiteral("yyMMddHHmmss"));
}

MediumIssuer MediumIssuer::of(const Institution& institution, Role role) {
    return MediumIssuer{institution.name,  institution.department,
                        institution.phone, institution.address,
                        Roles::name(role), QStringLiteral("PDI Station " PDI_VERSION)};
}

void MediumIssuer::describe(MediumDescription& d, const QDate& created) const {
    d.institutionName = institution;
    d.department = department;
    d.phone = phone;
    d.address = address;
    d.created = created;
    d.operatorRole = operatorRole;
    d.application = application;
}

MediumDescription MediumBuilder::describe(const ExportPlan& plan, const MediumIssuer& issuer,
                                          const QString& fileSetId, const QDate& created) {
    MediumDescription d;
    d.patientName = plan.patient.name;
    d.patientId = plan.patient.id;
    d.issuerOfPatientId = plan.patient.issuer;
    d.birthDate = plan.patient.birthDate;
    d.sex = plan.patient.sex;
    issuer.describe(d, created);
    d.fileSetId = fileSetId;
    d.mediaType = TargetMedia::label(plan.media);
    // The plan decides: the label preview before the write says what the written label says.
    d.webContent = plan.web;
    for (const PlannedStudy& st : plan.studies) {
        MediumDescription::Study study;
        study.uid = st.uid;
        study.date = st.date;
        study.time = st.time;
        study.description = st.description;
        study.accessionNumber = st.accessionNumber;
        study.modalities = st.modalities;
        for (const PlannedSeries& se : st.series) {
            MediumDescription::Series series;
            series.number = se.number;
            series.modality = se.modality;
            series.description = se.description;
            series.images = se.frames;
            series.aiDerived = se.aiDerived;
            series.video = se.video;
            series.bulk = se.bulk;
            if (!se.instances.isEmpty())
                series.firstInstanceLocalPath = se.instances.first().source.localPath;
            study.series << series;
        }
        d.studies << study;
    }
    for (const PlannedOtherFile& o : plan.otherFiles)
        d.otherFiles << MediumDescription::OtherFile{o.mediumPath, o.description};
    return d;
}

namespace {

// One object on its way to the medium.
struct StagingStep {
    const PlannedInstance* instance;
    QString fileId;
    QString stagedPath; // where it is in the staging folder when it is put there
    // Where its bytes are read from: the staged path for a transcoded object and for one linked
    // into the staging folder, the source file for the others.
    QString localPath;
    bool staged() const { return localPath == stagedPath; }
};

// What the file meta information of a staged object names: the source's, read by the plan, for
// a linked object; the one the Transcoder made from the data set for a transcoded one.
struct StagedMeta {
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
};

// Video the operator decided to include stays compressed and is video: the checker's findings
// that say so are the ones the medium is meant to carry.
void expectVideo(const QString& fileId, QVector<ExpectedFinding>& expected) {
    expected.append({QString::fromLatin1(FindingCode::Compressed), fileId});
    expected.append({QString::fromLatin1(FindingCode::Video), fileId});
}

// The DICOMDIR is made from the plan's keys when the plan's builder makes every object's
// record; otherwise DicomDirInterface reads every object from the staging folder, and only then
// are the objects that go on the medium unchanged linked there.
bool stagedTreeNeeded(const ExportPlan& plan) {
    for (const PlannedStudy& st : plan.studies) {
        for (const PlannedSeries& se : st.series) {
            for (const PlannedInstance& inst : se.instances) {
                const DicomSummary& s = inst.source.summary;
                if (!DicomdirBuilder::recordFromPlan(s.metaSopClassUid) ||
                    !DicomdirBuilder::recordFromPlan(s.sopClassUid))
                    return true;
            }
        }
    }
    return false;
}

// File IDs for every planned object: one allocator for the whole medium so numbering is stable
// and unique. Fills the staged medium's DICOM files and expected findings, and each series'
// preview source (its first object as it goes on the medium, uncompressed).
Result<QVector<StagingStep>> allocate(const ExportPlan& plan, StagedMedium& staged, bool linkAll) {
    QVector<StagingStep> steps;
    FileIdAllocator allocator;
    const QString patientKey = plan.patient.id + QChar(0) + plan.patient.issuer;
    for (int s = 0; s < plan.studies.size(); ++s) {
        const PlannedStudy& st = plan.studies.at(s);
        for (int r = 0; r < st.series.size(); ++r) {
            const PlannedSeries& se = st.series.at(r);
            for (const PlannedInstance& inst : se.instances) {
                const QStringList parts = allocator.allocate(patientKey, st.uid, se.uid,
                                                             inst.source.summary.sopInstanceUid);
                if (parts.isEmpty())
                    return Error::invalid(MediumBuilder::tr(
                        "too many studies, series or instances for DICOM File IDs"));
                const QString fileId = parts.join(QLatin1Char('/'));
                const QString stagedPath = staged.root + QLatin1Char('/') + fileId;
                const QString localPath =
                    inst.transcode || linkAll ? stagedPath : inst.source.localPath;
                steps.append({&inst, fileId, stagedPath, localPath});
                staged.dicomFiles << fileId;
                if (se.video)
                    expectVideo(fileId, staged.expectedFindings);
                MediumDescription::Series& described = staged.description.studies[s].series[r];
                if (&inst == &se.instances.first())
                    described.firstInstanceLocalPath = localPath;
            }
        }
    }
    return steps;
}

// Decodes what must be decoded; links what may go on the medium as it is.
Result<void> stageObjects(const QVector<StagingStep>& steps, const JobProgress& progress,
                          StagedMedium& staged, std::vector<StagedMeta>& metas) {
    metas.assign(size_t(steps.size()), StagedMeta());
    QMutex mutex;
    QString firstError;
    std::atomic<int> done{0};
    const int total = steps.size();
    const Result<void> ran = WorkerThreads::forEach(total, QThread::idealThreadCount(), [&](int n) {
        const StagingStep& step = steps.at(n);
        if (progress.cancelled())
            return;
        if (step.staged())
            QDir().mkpath(step.stagedPath.section(QLatin1Char('/'), 0, -2));
        QString error;
        if (step.instance->transcode) {
            TranscodeOptions options;
            options.cancel = progress.cancel;
            const TranscodeResult t = Transcoder::toExplicitLittleEndian(
                step.instance->source.localPath, step.stagedPath, options);
            if (!t.ok) {
                error = MediumBuilder::tr("%1: %2").arg(step.instance->source.localPath, t.message);
            } else {
                metas[size_t(n)] = {t.sopClassUid, t.sopInstanceUid,
                                    QStringLiteral("1.2.840.10008.1.2.1")};
                QMutexLocker lock(&mutex);
                ++staged.transcoded;
                for (const QString& note : t.notes)
                    staged.notes << QStringLiteral("%1: %2").arg(step.fileId, note);
                if (!t.metaCorrection.isEmpty()) {
                    staged.notes << MediumBuilder::tr(
                                        "%1: the file meta information named %2; the file was "
                                        "written with a header made from its data set")
                                        .arg(step.fileId, t.metaCorrection);
                    staged.description.correctedHeaders << step.fileId;
                }
                if (t.lossyMarkAdded)
                    staged.notes << MediumBuilder::tr("%1: marked as lossy compressed (Lossy Image "
                                                      "Compression 01): the source was %2")
                                        .arg(step.fileId, t.sourceTransferSyntax);
            }
        } else if (step.staged() &&
                   ::link(QFile::encodeName(step.instance->source.localPath).constData(),
                          QFile::encodeName(step.stagedPath).constData()) != 0 &&
                   !QFile::link(step.instance->source.localPath, step.stagedPath)) {
            // A hard link costs no inode and no copy; across file systems a symbolic link does.
            error = MediumBuilder::tr("cannot stage %1").arg(step.instance->source.localPath);
        }
        QMutexLocker lock(&mutex);
        if (!error.isEmpty() && firstError.isEmpty())
            firstError = error;
        progress(MediumBuilder::tr("Preparing images"), ++done, total);
    });
    if (!ran)
        return ran.error();
    if (progress.cancelled())
        return Error::cancelled(MediumBuilder::tr("writing was cancelled"));
    if (!firstError.isEmpty())
        return Error::storage(firstError);
    staged.description.correctedHeaders.sort(); // in File ID order, whichever thread came first
    for (const StagingStep& step : steps) {
        const SourceInstance& source = step.instance->source;
        staged.files.insert(step.fileId,
                            step.instance->transcode ? step.stagedPath : source.localPath);
        if (!step.instance->transcode && !source.sha256.isEmpty()) {
            ReadObject read{source.sha256, source.summary};
            read.summary.directoryKeys.clear(); // kept for the DICOMDIR only
            staged.readObjects.insert(step.fileId, std::move(read));
        }
    }
    return {};
}

Result<void> writeWebContent(const JobProgress& progress, StagedMedium& staged) {
    progress(MediumBuilder::tr("Writing web content"), 0, 1);
    const Result<WebContentWriter::Written> web =
        WebContentWriter::write(staged.description, staged.root);
    if (!web)
        return web.error();
    for (const QString& f : web->files)
        staged.files.insert(f, staged.root + QLatin1Char('/') + f);
    staged.notes << web->problems;
    return {};
}

Result<void> writeReadme(StagedMedium& staged) {
    const QString readme = staged.root + QStringLiteral("/README.TXT");
    QFile readmeFile(readme);
    const QByteArray readmeText = ReadmeWriter::render(staged.description);
    if (!readmeFile.open(QIODevice::WriteOnly) ||
        readmeFile.write(readmeText) != readmeText.size()) {
        return Error::storage(
            MediumBuilder::tr("cannot write README.TXT: %1").arg(readmeFile.errorString()));
    }
    readmeFile.close();
    staged.files.insert(QStringLiteral("README.TXT"), readme);
    return {};
}

// The DICOMDIR from what the plan read of each object and what its staged file's header says:
// no object is read again.
Result<void> writeDicomdir(const ExportPlan& plan, const QVector<StagingStep>& steps,
                           const std::vector<StagedMeta>& metas, const JobProgress& progress,
                           StagedMedium& staged) {
    progress(MediumBuilder::tr("Writing the DICOMDIR"), 0, 1);
    bool video = false;
    for (const PlannedStudy& st : plan.studies) {
        for (const PlannedSeries& se : st.series)
            video = video || se.video;
    }
    QVector<DirectoryEntry> entries;
    entries.reserve(steps.size());
    for (int n = 0; n < steps.size(); ++n) {
        const StagingStep& step = steps.at(n);
        const DicomSummary& planned = step.instance->source.summary;
        const StagedMeta meta = step.instance->transcode ? metas.at(size_t(n))
                                                         : StagedMeta{planned.metaSopClassUid,
                                                                      planned.metaSopInstanceUid,
                                                                      planned.transferSyntaxUid};
        entries.append({step.fileId, step.localPath, &step.instance->source.summary,
                        step.instance->transcode, meta.sopClassUid, meta.sopInstanceUid,
                        meta.transferSyntaxUid});
    }
    const Result<DicomdirBuilder::Written> dicomdir = DicomdirBuilder::build(
        staged.root, entries, staged.fileSetId, video, plan.patient.birthDate, plan.patient.sex);
    if (!dicomdir)
        return dicomdir.error();
    staged.files.insert(QStringLiteral("DICOMDIR"), staged.root + QStringLiteral("/DICOMDIR"));
    staged.dicomdirObjectsRead = dicomdir->objectsRead;
    if (dicomdir->inventedKeys)
        staged.notes << MediumBuilder::tr(
            "some objects lack keys the DICOMDIR records require (e.g. Study ID, Instance Number); "
            "DCMTK filled them in the records only, the objects are unchanged");
    return {};
}

} // namespace

Result<StagedMedium> MediumBuilder::stage(const ExportPlan& plan, const MediumIssuer& issuer,
                                          const QString& fileSetId, const QString& stagingRoot,
                                          const JobProgress& progress, bool computeManifest) {
    StagedMedium staged;
    staged.description = describe(plan, issuer, fileSetId, QDate::currentDate());
    staged.root = stagingRoot;
    staged.fileSetId = fileSetId;
    if (!QDir().mkpath(stagingRoot) || !QDir(stagingRoot).isEmpty()) {
        return Error::storage(
            tr("cannot prepare the staging folder %1 (it must be new or empty)").arg(stagingRoot));
    }
    const Result<QVector<StagingStep>> steps = allocate(plan, staged, stagedTreeNeeded(plan));
    if (!steps)
        return steps.error();
    std::vector<StagedMeta> metas;
    if (Result<void> objects = stageObjects(*steps, progress, staged, metas); !objects)
        return objects.error();
    for (const PlannedOtherFile& o : plan.otherFiles)
        staged.files.insert(o.mediumPath, o.localPath);
    if (plan.web) {
        if (Result<void> web = writeWebContent(progress, staged); !web)
            return web.error();
    }
    if (Result<void> readme = writeReadme(staged); !readme)
        return readme.error();
    if (Result<void> dicomdir = writeDicomdir(plan, *steps, metas, progress, staged); !dicomdir)
        return dicomdir.error();
    if (!computeManifest)
        return staged;

    progress(tr("Computing checksums"), 0, 1);
    Result<Manifest> manifest = Manifest::compute(staged.files, progress.cancel);
    if (!manifest) {
        if (manifest.error().kind == Error::Kind::Cancelled)
            return Error::cancelled(tr("writing was cancelled"));
        return manifest.error();
    }
    staged.manifest = std::move(*manifest);
    return staged;
}

} // namespace pdi

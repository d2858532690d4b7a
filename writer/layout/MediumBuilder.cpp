#include "MediumBuilder.h"

#include "DicomdirBuilder.h"
#include "FileIdAllocator.h"
#include "ReadmeWriter.h"
#include "WebContentWriter.h"
#include "transcode/Transcoder.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

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

MediumBuilder::Result MediumBuilder::stage(const ExportPlan& plan, const MediumIssuer& issuer,
                                           const QString& fileSetId, const QString& stagingRoot,
                                           const JobProgress& progress, bool computeManifest) {
    Result result;
    result.description = describe(plan, issuer, fileSetId, QDate::currentDate());
    StagedMedium& staged = result.medium;
    staged.root = stagingRoot;
    staged.fileSetId = fileSetId;
    if (!QDir().mkpath(stagingRoot) || !QDir(stagingRoot).isEmpty()) {
        result.error =
            tr("cannot prepare the staging folder %1 (it must be new or empty)").arg(stagingRoot);
        return result;
    }

    // File IDs: one allocator for the whole medium so numbering is stable and unique.
    struct Job {
        const PlannedInstance* instance;
        QString fileId;
        QString stagedPath;
    };
    QVector<Job> jobs;
    FileIdAllocator allocator;
    const QString patientKey = plan.patient.id + QChar(0) + plan.patient.issuer;
    QVector<QVector<QString>>
        firstStaged; // per study, per series: staged path of the first instance
    bool video = false;
    for (const PlannedStudy& st : plan.studies) {
        QVector<QString> perSeries;
        for (const PlannedSeries& se : st.series) {
            video = video || se.video;
            QString first;
            for (const PlannedInstance& inst : se.instances) {
                const QStringList parts = allocator.allocate(patientKey, st.uid, se.uid,
                                                             inst.source.summary.sopInstanceUid);
                if (parts.isEmpty()) {
                    result.error = tr("too many studies, series or instances for DICOM File IDs");
                    return result;
                }
                const QString fileId = parts.join(QLatin1Char('/'));
                const QString stagedPath = stagingRoot + QLatin1Char('/') + fileId;
                jobs.append({&inst, fileId, stagedPath});
                if (first.isEmpty())
                    first = stagedPath;
            }
            perSeries << first;
        }
        firstStaged << perSeries;
    }

    // Decode what must be decoded; link what may go on the medium as it is.
    QMutex mutex;
    QString firstError;
    std::atomic<int> done{0};
    const int total = jobs.size();
    QtConcurrent::blockingMap(jobs, [&](const Job& job) {
        if (progress.cancelled())
            return;
        QDir().mkpath(job.stagedPath.section(QLatin1Char('/'), 0, -2));
        QString error;
        if (job.instance->transcode) {
            TranscodeOptions options;
            options.cancel = progress.cancel;
            const TranscodeResult t = Transcoder::toExplicitLittleEndian(
                job.instance->source.localPath, job.stagedPath, options);
            if (!t.ok) {
                error = tr("%1: %2").arg(job.instance->source.localPath, t.message);
            } else {
                QMutexLocker lock(&mutex);
                ++result.transcoded;
                for (const QString& note : t.notes)
                    result.notes << QStringLiteral("%1: %2").arg(job.fileId, note);
                if (t.lossyMarkAdded)
                    result.notes << tr("%1: marked as lossy compressed (Lossy Image Compression "
                                       "01): the source was %2")
                                        .arg(job.fileId, t.sourceTransferSyntax);
            }
        } else if (::link(QFile::encodeName(job.instance->source.localPath).constData(),
                          QFile::encodeName(job.stagedPath).constData()) != 0 &&
                   !QFile::link(job.instance->source.localPath, job.stagedPath)) {
            // A hard link costs no inode and no copy; across file systems a symbolic link does.
            error = tr("cannot stage %1").arg(job.instance->source.localPath);
        }
        QMutexLocker lock(&mutex);
        if (!error.isEmpty() && firstError.isEmpty())
            firstError = error;
        progress(tr("Preparing images"), ++done, total);
    });
    if (progress.cancelled()) {
        result.cancelled = true;
        result.error = tr("writing was cancelled");
        return result;
    }
    if (!firstError.isEmpty()) {
        result.error = firstError;
        return result;
    }

    QStringList fileIds;
    for (const Job& job : std::as_const(jobs)) {
        fileIds << job.fileId;
        staged.files.insert(job.fileId, job.instance->transcode ? job.stagedPath
                                                                : job.instance->source.localPath);
    }
    for (const PlannedOtherFile& o : plan.otherFiles)
        staged.files.insert(o.mediumPath, o.localPath);

    // Previews come from the staged (uncompressed) objects.
    for (int s = 0; s < result.description.studies.size(); ++s) {
        for (int r = 0; r < result.description.studies[s].series.size(); ++r)
            result.description.studies[s].series[r].firstInstanceLocalPath =
                firstStaged.value(s).value(r);
    }
    if (plan.web) {
        progress(tr("Writing web content"), 0, 1);
        const WebContentWriter::Result web =
            WebContentWriter::write(result.description, stagingRoot);
        if (!web.ok) {
            result.error = web.error;
            return result;
        }
        for (const QString& f : web.files)
            staged.files.insert(f, stagingRoot + QLatin1Char('/') + f);
        for (const QString& p : web.problems)
            result.notes << p;
    }

    const QString readme = stagingRoot + QStringLiteral("/README.TXT");
    QFile readmeFile(readme);
    const QByteArray readmeText = ReadmeWriter::render(result.description);
    if (!readmeFile.open(QIODevice::WriteOnly) ||
        readmeFile.write(readmeText) != readmeText.size()) {
        result.error = tr("cannot write README.TXT: %1").arg(readmeFile.errorString());
        return result;
    }
    readmeFile.close();
    staged.files.insert(QStringLiteral("README.TXT"), readme);

    progress(tr("Writing the DICOMDIR"), 0, 1);
    const DicomdirBuilder::Result dicomdir = DicomdirBuilder::build(
        stagingRoot, fileIds, fileSetId, video, plan.patient.birthDate, plan.patient.sex);
    if (!dicomdir.ok) {
        result.error = dicomdir.error;
        return result;
    }
    staged.files.insert(QStringLiteral("DICOMDIR"), stagingRoot + QStringLiteral("/DICOMDIR"));
    if (dicomdir.inventedKeys)
        result.notes << tr(
            "some objects lack keys the DICOMDIR records require (e.g. Study ID, Instance Number); "
            "DCMTK filled them in the records only, the objects are unchanged");

    if (!computeManifest) {
        result.ok = true;
        return result;
    }
    progress(tr("Computing checksums"), 0, 1);
    QString error;
    if (!Manifest::compute(staged.files, &staged.manifest, &error, progress.cancel)) {
        result.cancelled = progress.cancelled();
        result.error = result.cancelled ? tr("writing was cancelled") : error;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pdi

#include "ExportSource.h"

#include "HashedSource.h"
#include "dicom/DicomSummaryReader.h"
#include "medium/LocalFile.h"
#include "scan/MediumScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace pdi {

Result<CollectedSources> ExportSource::collect(const QStringList& paths,
                                               const JobProgress& progress) {
    CollectedSources result;
    QSet<QString> seen; // the same file named twice (overlapping folders) counts once
    auto addInstance = [&](const QString& canonical, qint64 size, const DicomSummary& summary,
                           const QByteArray& sha256) {
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        result.instances.append({canonical, size, summary, sha256});
    };

    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error::invalid(tr("%1 does not exist; check the source path").arg(path));
        if (info.isDir()) {
            HashedSourceFolder folder(info.absoluteFilePath());
            // The listing reached every file from the folder through folders that are not links,
            // so its canonical path is the folder's followed by the listed path (no realpath per
            // file); a name the listing shows escaped (not UTF-8) is asked as before.
            QString canonicalRoot = info.canonicalFilePath();
            if (!canonicalRoot.endsWith(QLatin1Char('/')))
                canonicalRoot += QLatin1Char('/');
            MediumScanner::Options options;
            options.progress.cancel = progress.cancel;
            options.directoryKeys = true; // the DICOMDIR is built from them, not read again
            if (progress.report) {
                options.progress.report = [&progress](const QString&, qint64 done, qint64 total) {
                    progress(tr("Reading the sources"), done, total);
                };
            }
            const MediumInventory inv = MediumScanner::scan(folder, options);
            for (const ListingProblem& p : inv.listingProblems) {
                result.problems.append({SourceProblem::Kind::Unreadable,
                                        folder.location() + QLatin1Char('/') + p.path, p.detail});
            }
            for (const ScannedFile& f : inv.files) {
                const QString local = folder.location() + QLatin1Char('/') + f.path;
                switch (f.kind) {
                case ScannedFile::Kind::Dicom:
                    addInstance(f.path.contains(QLatin1String("\\x"))
                                    ? QFileInfo(local).canonicalFilePath()
                                    : canonicalRoot + f.path,
                                f.size, f.summary, folder.sha256(f.path));
                    break;
                case ScannedFile::Kind::Damaged:
                    result.problems.append({SourceProblem::Kind::Damaged, local,
                                            tr("damaged DICOM file (%1)").arg(f.error)});
                    break;
                case ScannedFile::Kind::Unreadable:
                    result.problems.append({SourceProblem::Kind::Unreadable, local, f.error});
                    break;
                case ScannedFile::Kind::NonDicom:
                case ScannedFile::Kind::Dicomdir:
                case ScannedFile::Kind::NotOpened:
                    // A source disc's DICOMDIR, README and viewer are not carried over.
                    result.problems.append(
                        {SourceProblem::Kind::NotDicom, local,
                         tr("not a DICOM object (%1); not written")
                             .arg(f.kind == ScannedFile::Kind::Dicomdir ? QStringLiteral("DICOMDIR")
                                                                        : f.contentType)});
                    break;
                }
            }
            continue;
        }
        auto file = std::make_shared<LocalFile>(info.absoluteFilePath());
        if (!file->open())
            return Error::invalid(tr("cannot read %1: %2").arg(path, file->errorString()));
        HashedSource::Held held = HashedSource::hold(*file);
        const DicomSummaryReader::Result r = DicomSummaryReader::read(
            held.file ? std::shared_ptr<MediumFile>(std::move(held.file)) : file, true);
        switch (r.status) {
        case DicomSummaryReader::Status::Ok:
            addInstance(info.canonicalFilePath(), info.size(), r.summary, held.sha256);
            break;
        case DicomSummaryReader::Status::Damaged:
            result.problems.append({SourceProblem::Kind::Damaged, info.absoluteFilePath(),
                                    tr("damaged DICOM file (%1)").arg(r.error)});
            break;
        case DicomSummaryReader::Status::NotDicom:
            result.problems.append(
                {SourceProblem::Kind::NotDicom, info.absoluteFilePath(),
                 tr("not a DICOM object; documents go on the medium as other content")});
            break;
        }
    }
    return result;
}

CollectedSources ExportSource::combine(const QVector<CollectedSources>& parts) {
    CollectedSources combined;
    QSet<QString> seenInstances;
    QSet<QString> seenProblems;
    for (const CollectedSources& part : parts) {
        for (const SourceInstance& i : part.instances) {
            if (!seenInstances.contains(i.localPath)) {
                seenInstances.insert(i.localPath);
                combined.instances.append(i);
            }
        }
        for (const SourceProblem& p : part.problems) {
            if (!seenProblems.contains(p.localPath)) {
                seenProblems.insert(p.localPath);
                combined.problems.append(p);
            }
        }
    }
    return combined;
}

QVector<SourcePatient> ExportSource::patients(const CollectedSources& sources) {
    QVector<SourcePatient> out;
    QHash<QString, int> index;
    for (const SourceInstance& i : sources.instances) {
        const DicomSummary& s = i.summary;
        const QString key = s.patientId + QChar(0) + s.issuerOfPatientId;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, out.size());
            out.append({s.patientId, s.issuerOfPatientId, s.patientName, s.birthDate, s.sex, 0, 0});
        }
        SourcePatient& p = out[*it];
        ++p.instances;
        p.bytes += i.size;
    }
    return out;
}

} // namespace pdi

#include "MediumVerifier.h"

#include "scan/MediumScanner.h"

#include <QMutex>
#include <QSet>
#include <QThread>

#include "job/WorkerThreads.h"

#include <atomic>

#include "medium/Sha256.h"

namespace pdi {

namespace {

// Every file of the manifest read back whole and hashed, on all cores; problems for those that
// are missing or differ, and the paths of those that read back as written.
Result<void> compareBytes(const Medium& medium, const Manifest& manifest,
                          const JobProgress& progress, QStringList& problems, QSet<QString>& same) {
    QSet<QString> onMedium;
    for (const MediumEntry& e : medium.entries()) {
        if (e.type == MediumEntry::Type::File)
            onMedium.insert(e.path);
    }
    QStringList paths;
    for (auto it = manifest.entries().cbegin(); it != manifest.entries().cend(); ++it) {
        if (!onMedium.remove(it.key()))
            problems << MediumVerifier::tr("%1 is missing on the written medium").arg(it.key());
        else
            paths << it.key();
    }
    const qint64 total = manifest.totalBytes();
    std::atomic<qint64> done{0};
    QMutex mutex;
    const Result<void> ran =
        WorkerThreads::forEach(paths.size(), QThread::idealThreadCount(), [&](int n) {
            const QString& path = paths.at(n);
            if (progress.cancelled())
                return;
            const Manifest::Entry expected = manifest.entries().value(path);
            QString problem;
            std::unique_ptr<MediumFile> file = medium.open(path);
            if (!file || file->size() != expected.size) {
                problem =
                    MediumVerifier::tr("%1 has the wrong size on the written medium").arg(path);
            } else {
                Sha256 hash;
                QByteArray buffer(int(qMin<qint64>(1 << 20, qMax<qint64>(file->size(), 1))),
                                  Qt::Uninitialized);
                qint64 pos = 0;
                while (pos < file->size()) {
                    const qint64 n = file->readAt(pos, buffer.data(), buffer.size());
                    if (n <= 0) {
                        problem =
                            MediumVerifier::tr("%1 cannot be read back from the written medium")
                                .arg(path);
                        break;
                    }
                    hash.add(buffer.constData(), n);
                    pos += n;
                }
                if (problem.isEmpty() && hash.result() != expected.sha256)
                    problem =
                        MediumVerifier::tr("%1 differs from what was written (SHA-256 mismatch)")
                            .arg(path);
            }
            progress(MediumVerifier::tr("Verifying"), done += expected.size, total);
            QMutexLocker lock(&mutex);
            if (problem.isEmpty())
                same.insert(path);
            else
                problems << problem;
        });
    if (!ran)
        return ran.error();
    for (const QString& extra : std::as_const(onMedium))
        problems << MediumVerifier::tr(
                        "%1 is on the written medium but was not written by this job")
                        .arg(extra);
    return {};
}

} // namespace

Result<MediumVerifier::Verification>
MediumVerifier::verify(const QString& location, const Manifest& manifest,
                       const QVector<ExpectedFinding>& expected, const CheckSettings& settings,
                       const JobProgress& progress, const QString& stagedDicomdir,
                       const QHash<QString, ReadObject>& readObjects) {
    MediumOpener::Result opened = MediumOpener::open(location, MediumLimits(), stagedDicomdir);
    if (!opened.medium)
        return Error::storage(tr("the written medium cannot be read back: %1").arg(opened.error));
    const Medium& medium = *opened.medium;

    // Byte for byte first: every file of the manifest, nothing else.
    QStringList byteProblems;
    QSet<QString> same;
    if (Result<void> compared = compareBytes(medium, manifest, progress, byteProblems, same);
        !compared)
        return compared.error();
    if (progress.cancelled())
        return Error::cancelled(tr("verification was cancelled"));

    // Then through the same reader and rules `pdi check` uses. An object whose bytes read back as
    // the very bytes the plan parsed (the manifest's hash is the plan's) would parse into the
    // plan's summary again: it is taken as read.
    MediumScanner::Options scan;
    scan.progress.cancel = progress.cancel;
    scan.known = [&](ScannedFile& f) {
        const auto read = readObjects.constFind(f.path);
        if (read == readObjects.constEnd() || !same.contains(f.path) ||
            manifest.entries().value(f.path).sha256 != read->sha256)
            return false;
        f.kind = ScannedFile::Kind::Dicom;
        f.summary = read->summary;
        return true;
    };
    MediumInventory inventory = MediumScanner::scan(medium, scan);
    if (progress.cancelled())
        return Error::cancelled(tr("verification was cancelled"));
    if (!inventory.readError.isEmpty())
        return Error::storage(
            tr("the written medium cannot be read back: %1").arg(inventory.readError));

    Verification result;
    result.report = CheckReport::build(std::move(inventory), settings);
    for (const Finding& f : std::as_const(result.report.findings)) {
        if (f.severity == Severity::Error && !expected.contains(ExpectedFinding{f.code, f.path}))
            result.problems << QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message);
    }
    result.problems << byteProblems;
    return result;
}

} // namespace pdi

#include "MediumVerifier.h"

#include "report/MediumChecker.h"

#include <QMutex>
#include <QThread>

#include "job/WorkerThreads.h"

#include <atomic>

#include "medium/Sha256.h"

namespace pdi {

Result<MediumVerifier::Verification>
MediumVerifier::verify(const QString& location, const Manifest& manifest,
                       const QVector<ExpectedFinding>& expected, const CheckSettings& settings,
                       const JobProgress& progress, const QString& stagedDicomdir) {
    Verification result;
    MediumChecker::Options options;
    options.settings = settings;
    options.progress.cancel = progress.cancel;
    options.stagedDicomdir = stagedDicomdir;
    Result<CheckedMedium> checked = MediumChecker::check(location, options);
    if (progress.cancelled())
        return Error::cancelled(tr("verification was cancelled"));
    if (!checked)
        return Error::storage(
            tr("the written medium cannot be read back: %1").arg(checked.error().message));
    result.report = std::move(checked->report);
    const Medium& medium = *checked->medium;
    for (const Finding& f : std::as_const(result.report.findings)) {
        if (f.severity == Severity::Error && !expected.contains(ExpectedFinding{f.code, f.path}))
            result.problems << QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message);
    }

    // Byte for byte: every file of the manifest, nothing else.
    QSet<QString> onMedium;
    for (const MediumEntry& e : medium.entries()) {
        if (e.type == MediumEntry::Type::File)
            onMedium.insert(e.path);
    }
    const qint64 total = manifest.totalBytes();
    std::atomic<qint64> done{0};
    QMutex mutex;
    QStringList paths;
    for (auto it = manifest.entries().cbegin(); it != manifest.entries().cend(); ++it) {
        if (!onMedium.remove(it.key()))
            result.problems << tr("%1 is missing on the written medium").arg(it.key());
        else
            paths << it.key();
    }
    // Files are hashed on all cores; each worker reads its own file.
    const Result<void> ran =
        WorkerThreads::forEach(paths.size(), QThread::idealThreadCount(), [&](int n) {
            const QString& path = paths.at(n);
            if (progress.cancelled())
                return;
            const Manifest::Entry expected = manifest.entries().value(path);
            QString problem;
            std::unique_ptr<MediumFile> file = medium.open(path);
            if (!file || file->size() != expected.size) {
                problem = tr("%1 has the wrong size on the written medium").arg(path);
            } else {
                Sha256 hash;
                QByteArray buffer(1 << 20, Qt::Uninitialized);
                qint64 pos = 0;
                while (pos < file->size()) {
                    const qint64 n = file->readAt(pos, buffer.data(), buffer.size());
                    if (n <= 0) {
                        problem = tr("%1 cannot be read back from the written medium").arg(path);
                        break;
                    }
                    hash.add(buffer.constData(), n);
                    pos += n;
                }
                if (problem.isEmpty() && hash.result() != expected.sha256)
                    problem = tr("%1 differs from what was written (SHA-256 mismatch)").arg(path);
            }
            progress(tr("Verifying"), done += expected.size, total);
            if (!problem.isEmpty()) {
                QMutexLocker lock(&mutex);
                result.problems << problem;
            }
        });
    if (!ran)
        return ran.error();
    if (progress.cancelled())
        return Error::cancelled(tr("verification was cancelled"));
    for (const QString& extra : std::as_const(onMedium))
        result.problems
            << tr("%1 is on the written medium but was not written by this job").arg(extra);
    return result;
}

} // namespace pdi

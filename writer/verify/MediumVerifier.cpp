#include "MediumVerifier.h"

#include "medium/Medium.h"
#include "scan/MediumScanner.h"

#include <QCryptographicHash>

namespace pdi {

MediumVerifier::Result MediumVerifier::verify(const QString& location, const Manifest& manifest,
                                              const QSet<QString>& tolerated,
                                              const CheckSettings& settings,
                                              const WriteProgress& progress) {
    Result result;
    MediumOpener::Result opened = MediumOpener::open(location);
    if (!opened.medium) {
        result.problems << tr("the written medium cannot be read back: %1").arg(opened.error);
        return result;
    }
    result.readable = true;
    const Medium& medium = *opened.medium;

    MediumScanner::Options options;
    options.cancel = progress.cancel;
    result.report = CheckReport::build(MediumScanner::scan(medium, options), settings);
    if (progress.cancelled()) {
        result.cancelled = true;
        result.problems << tr("verification was cancelled");
        return result;
    }
    for (const Finding& f : std::as_const(result.report.findings)) {
        if (f.severity == Severity::Error &&
            !tolerated.contains(f.code + QLatin1Char('|') + f.path))
            result.problems << QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message);
    }

    // Byte for byte: every file of the manifest, nothing else.
    QSet<QString> onMedium;
    for (const MediumEntry& e : medium.entries()) {
        if (e.type == MediumEntry::Type::File)
            onMedium.insert(e.path);
    }
    const qint64 total = manifest.totalBytes();
    qint64 done = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (auto it = manifest.entries().cbegin(); it != manifest.entries().cend(); ++it) {
        if (progress.cancelled()) {
            result.cancelled = true;
            result.problems << tr("verification was cancelled");
            return result;
        }
        if (!onMedium.remove(it.key())) {
            result.problems << tr("%1 is missing on the written medium").arg(it.key());
            continue;
        }
        std::unique_ptr<MediumFile> file = medium.open(it.key());
        if (!file || file->size() != it->size) {
            result.problems << tr("%1 has the wrong size on the written medium").arg(it.key());
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 pos = 0;
        bool readOk = true;
        while (pos < file->size()) {
            const qint64 n = file->readAt(pos, buffer.data(), buffer.size());
            if (n <= 0) {
                readOk = false;
                break;
            }
            hash.addData(QByteArrayView(buffer.constData(), n));
            pos += n;
            done += n;
        }
        if (!readOk)
            result.problems << tr("%1 cannot be read back from the written medium").arg(it.key());
        else if (hash.result() != it->sha256)
            result.problems
                << tr("%1 differs from what was written (SHA-256 mismatch)").arg(it.key());
        progress(tr("Verifying"), done, total);
    }
    for (const QString& extra : std::as_const(onMedium))
        result.problems
            << tr("%1 is on the written medium but was not written by this job").arg(extra);
    result.ok = result.problems.isEmpty();
    return result;
}

} // namespace pdi

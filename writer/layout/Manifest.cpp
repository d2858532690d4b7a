#include "Manifest.h"

#include "medium/Sha256.h"

#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

#include "job/WorkerThreads.h"

namespace pdi {

qint64 Manifest::totalBytes() const {
    qint64 total = 0;
    for (const Entry& e : entries_)
        total += e.size;
    return total;
}

Result<Manifest::Entry> Manifest::entryOf(const QString& localPath) {
    QFile f(localPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(tr("cannot read %1: %2").arg(localPath, f.errorString()));
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::storage(tr("cannot read %1: %2").arg(localPath, f.errorString()));
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        total += n;
    }
    return Entry{total, hash.result()};
}

Result<Manifest> Manifest::compute(const QMap<QString, QString>& files,
                                   const std::atomic<bool>* cancel) {
    QMutex mutex;
    Manifest out;
    std::optional<Error> firstError;
    const QStringList paths = files.keys();
    const Result<void> ran =
        WorkerThreads::forEach(paths.size(), QThread::idealThreadCount(), [&](int n) {
            const QString& mediumPath = paths.at(n);
            if (cancel && cancel->load())
                return;
            const Result<Entry> e = entryOf(files.value(mediumPath));
            QMutexLocker lock(&mutex);
            if (!e) {
                if (!firstError)
                    firstError = e.error();
                return;
            }
            out.add(mediumPath, *e);
        });
    if (!ran)
        return ran.error();
    if (firstError)
        return *firstError;
    if (cancel && cancel->load())
        return Error::cancelled(tr("computing the checksums was cancelled"));
    return out;
}

QJsonArray Manifest::toJson() const {
    QJsonArray array;
    for (auto it = entries_.cbegin(); it != entries_.cend(); ++it) {
        array.append(
            QJsonObject{{QStringLiteral("path"), it.key()},
                        {QStringLiteral("size"), double(it->size)},
                        {QStringLiteral("sha256"), QString::fromLatin1(it->sha256.toHex())}});
    }
    return array;
}

Manifest Manifest::fromJson(const QJsonArray& array) {
    Manifest m;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        m.add(o.value(QLatin1String("path")).toString(),
              {qint64(o.value(QLatin1String("size")).toDouble()),
               QByteArray::fromHex(o.value(QLatin1String("sha256")).toString().toLatin1())});
    }
    return m;
}

} // namespace pdi

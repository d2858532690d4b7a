#include "Manifest.h"

#include "medium/Sha256.h"

#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace pdi {

qint64 Manifest::totalBytes() const {
    qint64 total = 0;
    for (const Entry& e : entries_)
        total += e.size;
    return total;
}

QByteArray Manifest::sha256Of(const QString& localPath, qint64* size, QString* error) {
    QFile f(localPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(localPath, f.errorString());
        return QByteArray();
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = tr("cannot read %1: %2").arg(localPath, f.errorString());
            return QByteArray();
        }
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        total += n;
    }
    *size = total;
    return hash.result();
}

bool Manifest::compute(const QMap<QString, QString>& files, Manifest* out, QString* error,
                       const std::atomic<bool>* cancel) {
    QMutex mutex;
    QString firstError;
    const QStringList paths = files.keys();
    QtConcurrent::blockingMap(paths, [&](const QString& mediumPath) {
        if (cancel && cancel->load())
            return;
        Entry e;
        QString err;
        e.sha256 = sha256Of(files.value(mediumPath), &e.size, &err);
        QMutexLocker lock(&mutex);
        if (e.sha256.isEmpty()) {
            if (firstError.isEmpty())
                firstError = err;
            return;
        }
        out->add(mediumPath, e);
    });
    if (!firstError.isEmpty()) {
        *error = firstError;
        return false;
    }
    return !(cancel && cancel->load());
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

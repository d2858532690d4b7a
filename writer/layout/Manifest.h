#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace pdi {

// SHA-256 and size of every file of a medium, by its path on the medium. Kept in the job record
// for verification and later disputes about what was handed over.
class Manifest {
    Q_DECLARE_TR_FUNCTIONS(pdi::Manifest)

public:
    struct Entry {
        qint64 size = 0;
        QByteArray sha256; // raw 32 bytes
    };

    void add(const QString& mediumPath, const Entry& entry) { entries_.insert(mediumPath, entry); }
    const QMap<QString, Entry>& entries() const { return entries_; }
    qint64 totalBytes() const;

    // Hashes local files (mediumPath -> localPath) on all cores.
    static bool compute(const QMap<QString, QString>& files, Manifest* out, QString* error,
                        const std::atomic<bool>* cancel = nullptr);
    static QByteArray sha256Of(const QString& localPath, qint64* size, QString* error);

    QJsonArray toJson() const;
    static Manifest fromJson(const QJsonArray& array);

private:
    QMap<QString, Entry> entries_;
};

} // namespace pdi

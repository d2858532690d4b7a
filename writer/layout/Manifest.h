#pragma once

#include "result/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QString>

#include <atomic>

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

    // Hashes local files (mediumPath -> localPath) on all cores. Errors: Storage (a file cannot
    // be read), Cancelled.
    static Result<Manifest> compute(const QMap<QString, QString>& files,
                                    const std::atomic<bool>* cancel = nullptr);
    static Result<Entry> entryOf(const QString& localPath);

    QJsonArray toJson() const;
    static Manifest fromJson(const QJsonArray& array);

private:
    QMap<QString, Entry> entries_;
};

} // namespace pdi

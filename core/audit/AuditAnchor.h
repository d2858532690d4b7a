#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace pdi {

// The audit chain's head at one moment: the last record's number and hash. Kept outside the
// database (an anchor file, the Audit Record Repository, a printed report), it exposes what the
// chain alone cannot: records cut from the end, or the whole chain recomputed after an edit
// (both leave a chain that is consistent in itself, but no longer holds this record and hash).
//
// As one line of text, for files and for people to copy:
//   pdi-audit-anchor seq=1234 hash=<64 hex> time=2024-01-05T10:15:00.123Z station=ws-3
struct AuditAnchor {
    qint64 seq = 0;
    QString hash;
    QDateTime time; // UTC, when the anchor was taken
    QString station;

    QString toLine() const;
    // nullopt for anything that is not an anchor line.
    static std::optional<AuditAnchor> fromLine(const QString& line);
    // Every anchor line in the text; other lines are ignored.
    static QVector<AuditAnchor> allIn(const QString& text);
};

// The anchor file (audit.anchorFile): one anchor line per day and per `pdi audit anchor`,
// appended, never rewritten. PDI Station only ever appends; that nobody else can rewrite it is
// the administrator's part: an append-only file (chattr +a, which only root can set or clear), a
// write-once share, or a folder of another user that this station may only append to.
class AuditAnchorFile {
    Q_DECLARE_TR_FUNCTIONS(pdi::AuditAnchorFile)

public:
    explicit AuditAnchorFile(QString path)
        : path_(std::move(path)) {}

    QString path() const { return path_; }
    // Appends one line and waits until it is on the disk. An error message, or empty.
    QString append(const AuditAnchor& anchor) const;
    // The anchors in the file, oldest first; empty when there is no file yet.
    QVector<AuditAnchor> read(QString* error = nullptr) const;
    // True when the file system marks the file append-only (chattr +a).
    bool isAppendOnly() const;

private:
    QString path_;
};

} // namespace pdi

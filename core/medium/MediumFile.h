#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>

namespace pdi {

// Random-access read of one regular file on a medium, whatever holds it (a folder, an ISO image,
// a ZIP archive). Nothing on a medium is ever opened for writing or executed.
class MediumFile {
public:
    virtual ~MediumFile() = default;
    virtual qint64 size() const = 0;
    // Reads up to len bytes at pos; returns the number read, 0 at end, -1 on an I/O error.
    virtual qint64 readAt(qint64 pos, char* buffer, qint64 len) = 0;
    virtual QString errorString() const { return QString(); }

    // A read came up short of the size the file had when it was opened: a stick pulled or a
    // device that cuts the file while its values are still being streamed from it. Noted by the
    // readers, asked by whoever sees the write or the send that failed.
    void noteEndedEarly() { endedEarly_ = true; }
    bool endedEarly() const { return endedEarly_; }

    // Reads at most maxBytes from the start (for magic-number sniffing and small files).
    QByteArray head(qint64 maxBytes);
    // Reads the whole file when it is at most maxBytes long; an empty result with ok=false
    // otherwise.
    QByteArray readAll(qint64 maxBytes, bool* ok = nullptr);

private:
    std::atomic<bool> endedEarly_{false};
};

// A MediumFile over bytes already in memory (fuzzing, tests, small archive members).
class MemoryMediumFile : public MediumFile {
public:
    explicit MemoryMediumFile(QByteArray data)
        : data_(std::move(data)) {}
    qint64 size() const override { return data_.size(); }
    qint64 readAt(qint64 pos, char* buffer, qint64 len) override;

private:
    QByteArray data_;
};

} // namespace pdi

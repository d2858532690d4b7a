#pragma once

#include "MediumFile.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace pdi {

// A file of the local file system (or a block device such as /dev/sr0) read through MediumFile.
// One handle per reader: not shared between threads.
//
// A medium may change while it is read (a USB stick that swaps a file for a link or a named pipe
// after the listing). Files are therefore opened without following a final link and without
// blocking (O_NOFOLLOW | O_NONBLOCK), their type is taken from the open descriptor (fstat), and
// a descriptor once open is duplicated, never reopened by its name.
class LocalFile : public MediumFile {
public:
    // The file a person named (a disc image, /dev/sr0): links in its name are followed, as the
    // person chose it; a regular file or a block device only.
    explicit LocalFile(const QString& path)
        : path_(path) {}
    ~LocalFile() override;
    LocalFile(const LocalFile&) = delete;
    LocalFile& operator=(const LocalFile&) = delete;
    bool open();

    // The entry name of the folder open as dirFd: a regular file only, the name not a link.
    // Null with *error set otherwise (what the entry turned out to be).
    static std::unique_ptr<LocalFile> openAt(int dirFd, const QByteArray& name, QString* error);
    // Another handle on the same open file (its own descriptor; the name is not looked up again).
    std::unique_ptr<LocalFile> duplicate() const;

    // What makes two opened files the same file with the same content: the same inode of the same
    // file system, neither written nor its metadata changed since (ctime cannot be set back).
    struct Identity {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        bool operator==(const Identity& o) const {
            return device == o.device && inode == o.inode && size == o.size &&
                   modifiedNs == o.modifiedNs && changedNs == o.changedNs;
        }
        bool operator!=(const Identity& o) const { return !(*this == o); }
    };
    // The open file's identity now; none when it cannot be told (fstat failed).
    std::optional<Identity> identity() const;

    qint64 size() const override { return size_; }
    qint64 readAt(qint64 pos, char* buffer, qint64 len) override;
    QString errorString() const override { return error_; }

private:
    LocalFile() = default;
    bool adopt(int fd, bool allowDevice);

    QString path_;
    int fd_ = -1;
    qint64 size_ = 0;
    QString error_;
};

} // namespace pdi

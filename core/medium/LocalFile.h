#pragma once

#include "MediumFile.h"

#include <QFile>

namespace pdi {

// A file of the local file system (or a block device such as /dev/sr0) read through MediumFile.
// One handle per reader: not shared between threads.
class LocalFile : public MediumFile {
public:
    explicit LocalFile(const QString& path)
        : file_(path) {}
    bool open();
    qint64 size() const override { return size_; }
    qint64 readAt(qint64 pos, char* buffer, qint64 len) override;
    QString errorString() const override { return file_.errorString(); }

private:
    QFile file_;
    qint64 size_ = 0;
};

} // namespace pdi

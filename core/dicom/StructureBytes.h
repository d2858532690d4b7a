#pragma once

#include "DicomStructureWalk.h"
#include "medium/MediumFile.h"

#include <zlib.h>

#include <cstring>

// The byte sources the structure walk reads: kept apart from the walk so that the walk reads as
// the grammar of PS3.5 7 and these as plain buffering and inflating.
namespace pdi::structure {

// Bytes the walk reads in order: a file, or the inflated data set of a deflated one.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual qint64 position() const = 0;
    // Copies n (at most 16) bytes at the position without moving; false when fewer remain.
    virtual bool peek(uchar* out, int n) = 0;
    // Moves n bytes on; false when fewer remain (the position is then the end).
    virtual bool skip(qint64 n) = 0;
    // Bytes left, or -1 when unknown before reading them (inflated data).
    virtual qint64 remaining() const = 0;
    virtual bool atEnd() = 0;

    bool read(uchar* out, int n) { return peek(out, n) && skip(n); }
};

// A file read through one block: element headers sit close together, values are skipped.
class FileBytes : public ByteSource {
public:
    FileBytes(MediumFile& file, qint64 start)
        : file_(file)
        , size_(file.size())
        , pos_(start) {}

    qint64 position() const override { return pos_; }
    qint64 remaining() const override { return size_ - pos_; }
    bool atEnd() override { return pos_ >= size_; }

    bool peek(uchar* out, int n) override {
        if (n > size_ - pos_)
            return false;
        if (blockStart_ < 0 || pos_ < blockStart_ || pos_ + n > blockStart_ + blockLength_) {
            const qint64 got = file_.readAt(pos_, block_, kBlock);
            if (got < n) {
                // The medium holds fewer bytes than it claims (a truncated image or member).
                size_ = pos_ + qMax<qint64>(got, 0);
                shortRead_ = true;
                blockStart_ = -1;
                return false;
            }
            blockStart_ = pos_;
            blockLength_ = got;
        }
        std::memcpy(out, block_ + (pos_ - blockStart_), size_t(n));
        return true;
    }
    bool skip(qint64 n) override {
        if (n > size_ - pos_) {
            pos_ = size_;
            return false;
        }
        pos_ += n;
        return true;
    }
    // Reads a short value (meta information) into out.
    bool readValue(QByteArray& out, qint64 n) {
        out.resize(int(n));
        for (qint64 done = 0; done < n;) {
            const int chunk = int(qMin<qint64>(16, n - done));
            if (!read(reinterpret_cast<uchar*>(out.data()) + done, chunk))
                return false;
            done += chunk;
        }
        return true;
    }

private:
    static constexpr qint64 kBlock = 16384;
    MediumFile& file_;
    qint64 size_;
    qint64 pos_;
    char block_[kBlock];
    qint64 blockStart_ = -1;
    qint64 blockLength_ = 0;
    bool shortRead_ = false;

public:
    bool shortRead() const { return shortRead_; }
};

// The data set of a deflated file (PS3.5 A.5: raw deflate after the meta information),
// inflated as it is walked; positions are in the inflated bytes.
class InflatedBytes : public ByteSource {
public:
    InflatedBytes(MediumFile& file, qint64 start, bool zlibHeader)
        : file_(file)
        , in_(start) {
        std::memset(&stream_, 0, sizeof(stream_));
        ok_ = inflateInit2(&stream_, zlibHeader ? MAX_WBITS : -MAX_WBITS) == Z_OK;
    }
    ~InflatedBytes() override {
        if (ok_)
            inflateEnd(&stream_);
    }

    qint64 position() const override { return pos_; }
    qint64 remaining() const override { return -1; }
    bool atEnd() override { return !fill(1); }
    bool failed() const { return failed_; }
    bool tooLarge() const { return tooLarge_; }

    bool peek(uchar* out, int n) override {
        if (!fill(n))
            return false;
        std::memcpy(out, out_.constData() + index_, size_t(n));
        return true;
    }
    bool skip(qint64 n) override {
        while (n > 0) {
            if (!fill(1))
                return false;
            const qint64 take = qMin<qint64>(n, out_.size() - index_);
            index_ += int(take);
            pos_ += take;
            n -= take;
        }
        return true;
    }

private:
    // Makes at least n inflated bytes available at index_.
    bool fill(int n) {
        while (out_.size() - index_ < n) {
            if (!ok_ || ended_ || failed_ || tooLarge_)
                return false;
            out_.remove(0, index_);
            index_ = 0;
            if (stream_.avail_in == 0) {
                const qint64 got = file_.readAt(in_, input_, sizeof(input_));
                if (got <= 0) {
                    failed_ = true; // the deflated stream ends before its end marker
                    return false;
                }
                in_ += got;
                stream_.next_in = reinterpret_cast<Bytef*>(input_);
                stream_.avail_in = uInt(got);
            }
            const int before = out_.size();
            out_.resize(before + kChunk);
            stream_.next_out = reinterpret_cast<Bytef*>(out_.data() + before);
            stream_.avail_out = kChunk;
            const int rc = inflate(&stream_, Z_NO_FLUSH);
            out_.resize(before + kChunk - int(stream_.avail_out));
            produced_ += kChunk - qint64(stream_.avail_out);
            if (produced_ > DicomStructureWalk::kMaxInflatedBytes)
                tooLarge_ = true;
            if (rc == Z_STREAM_END)
                ended_ = true;
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                failed_ = true;
        }
        return true;
    }

    static constexpr int kChunk = 65536;
    MediumFile& file_;
    qint64 in_;
    z_stream stream_;
    char input_[16384];
    QByteArray out_;
    int index_ = 0;
    qint64 pos_ = 0;
    qint64 produced_ = 0;
    bool ok_ = false;
    bool ended_ = false;
    bool failed_ = false;
    bool tooLarge_ = false;
};

} // namespace pdi::structure

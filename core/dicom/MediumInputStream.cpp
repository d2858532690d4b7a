#include "MediumInputStream.h"

#include <dcmtk/dcmdata/dcerror.h>

#include <cstring>

namespace pdi {

namespace {
constexpr offile_off_t kBlockSize = 16384;
}

MediumProducer::MediumProducer(std::shared_ptr<MediumFile> file, offile_off_t start,
                               offile_off_t limit)
    : file_(std::move(file))
    , status_(EC_Normal)
    , pos_(start)
    , limit_(limit)
    , block_(new char[kBlockSize]) {
    size_ = file_ ? offile_off_t(file_->size()) : 0;
    if (limit_ >= 0 && limit_ < size_)
        size_ = limit_;
    if (!file_)
        status_ = EC_InvalidStream;
}

offile_off_t MediumProducer::read(void* buf, offile_off_t buflen) {
    if (!status_.good() || buflen <= 0)
        return 0;
    auto* out = static_cast<char*>(buf);
    offile_off_t done = 0;
    while (done < buflen && pos_ < size_) {
        if (blockStart_ < 0 || pos_ < blockStart_ || pos_ >= blockStart_ + blockLength_) {
            const offile_off_t want = qMin(buflen - done, size_ - pos_);
            if (want >= kBlockSize) {
                // Large reads (pixel data, long values) bypass the cache.
                const qint64 n = file_->readAt(qint64(pos_), out + done, qint64(want));
                if (n <= 0) {
                    endEarly(n);
                    break;
                }
                done += n;
                pos_ += n;
                continue;
            }
            const qint64 n = file_->readAt(qint64(pos_), block_.get(), kBlockSize);
            if (n <= 0) {
                endEarly(n);
                break;
            }
            blockStart_ = pos_;
            blockLength_ = qMin<offile_off_t>(n, size_ - pos_);
        }
        const offile_off_t offset = pos_ - blockStart_;
        const offile_off_t n = qMin(buflen - done, blockLength_ - offset);
        std::memcpy(out + done, block_.get() + offset, size_t(n));
        done += n;
        pos_ += n;
    }
    return done;
}

void MediumProducer::endEarly(qint64 readResult) {
    // The file is shorter than its container claims (a truncated image or archive member): the
    // data ends here, or DCMTK would keep asking for bytes that never come.
    if (readResult < 0)
        status_ = EC_InvalidStream;
    size_ = pos_;
    file_->noteEndedEarly();
}

offile_off_t MediumProducer::skip(offile_off_t skiplen) {
    const offile_off_t n = qMin(skiplen, avail());
    pos_ += n;
    return n;
}

void MediumProducer::putback(offile_off_t num) {
    if (num > pos_) {
        status_ = EC_PutbackFailed;
        return;
    }
    pos_ -= num;
}

MediumInputStream::MediumInputStream(std::shared_ptr<MediumFile> file, offile_off_t start,
                                     offile_off_t limit)
    : DcmInputStream(&producer_)
    , producer_(std::move(file), start, limit) {}

MediumInputStream::~MediumInputStream() = default;

DcmInputStreamFactory* MediumInputStream::newFactory() const {
    // DCMTK asks for a factory at the current position of the whole filter chain; with a
    // compression filter (deflated data) positions are not file offsets, so no lazy loading.
    if (currentProducer() != &producer_)
        return nullptr;
    return new MediumInputStreamFactory(producer_.file(), producer_.position(), producer_.limit());
}

} // namespace pdi

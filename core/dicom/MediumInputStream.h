#pragma once

#include "medium/MediumFile.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcistrma.h>

#include <memory>

namespace pdi {

// Lets DCMTK parse a file that lives on any Medium (folder, ISO image, ZIP member, memory).
// Reads go through a small block cache so that DCMTK's many tiny header reads stay cheap.
class MediumProducer : public DcmProducer {
public:
    // limit: the stream ends there (the part of a damaged file a parser may read); -1: the end.
    explicit MediumProducer(std::shared_ptr<MediumFile> file, offile_off_t start = 0,
                            offile_off_t limit = -1);

    OFBool good() const override { return status_.good(); }
    OFCondition status() const override { return status_; }
    OFBool eos() override { return pos_ >= size_; }
    offile_off_t avail() override { return size_ > pos_ ? size_ - pos_ : 0; }
    offile_off_t read(void* buf, offile_off_t buflen) override;
    offile_off_t skip(offile_off_t skiplen) override;
    void putback(offile_off_t num) override;

    offile_off_t position() const { return pos_; }
    offile_off_t limit() const { return limit_; }
    const std::shared_ptr<MediumFile>& file() const { return file_; }

private:
    void endEarly(qint64 readResult);

    std::shared_ptr<MediumFile> file_;
    OFCondition status_;
    offile_off_t pos_ = 0;
    offile_off_t size_ = 0;
    offile_off_t limit_ = -1;
    std::unique_ptr<char[]> block_;
    offile_off_t blockStart_ = -1;
    offile_off_t blockLength_ = 0;
};

class MediumInputStream : public DcmInputStream {
public:
    explicit MediumInputStream(std::shared_ptr<MediumFile> file, offile_off_t start = 0,
                               offile_off_t limit = -1);
    ~MediumInputStream() override;
    DcmInputStreamFactory* newFactory() const override;

private:
    MediumProducer producer_;
};

// Recreates a MediumInputStream at a later position, so DCMTK can load long values lazily
// instead of keeping them in memory.
class MediumInputStreamFactory : public DcmInputStreamFactory {
public:
    MediumInputStreamFactory(std::shared_ptr<MediumFile> file, offile_off_t start,
                             offile_off_t limit)
        : file_(std::move(file))
        , start_(start)
        , limit_(limit) {}
    DcmInputStream* create() const override { return new MediumInputStream(file_, start_, limit_); }
    DcmInputStreamFactory* clone() const override { return new MediumInputStreamFactory(*this); }
    DcmInputStreamFactoryType ident() const override { return DFT_DcmInputFileStreamFactory; }

private:
    std::shared_ptr<MediumFile> file_;
    offile_off_t start_;
    offile_off_t limit_;
};

} // namespace pdi

#include "EncapsulatedFrames.h"

#include "transcode/Transcoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <vector>

namespace pdi {

namespace {

constexpr int kHeadLength = 12; // enough for a J2K SOC+SIZ or the JP2 signature box
constexpr qint64 kMaxFrameBytes = qint64(1) << 30;

bool itemBytes(DcmPixelSequence& sequence, unsigned long index, Uint8** data, Uint32* length) {
    DcmPixelItem* item = nullptr;
    if (sequence.getItem(item, index).bad() || !item)
        return false;
    *length = item->getLength();
    *data = nullptr;
    if (*length == 0)
        return true;
    return item->getUint8Array(*data).good() && *data;
}

// The Basic Offset Table, when it gives one offset per frame and each offset is where a
// fragment starts (PS3.5 A.4).
QList<QList<unsigned long>> fromOffsetTable(DcmPixelSequence& sequence, long numberOfFrames) {
    Uint8* table = nullptr;
    Uint32 tableLength = 0;
    if (!itemBytes(sequence, 0, &table, &tableLength) || tableLength == 0 || tableLength % 4 != 0 ||
        long(tableLength / 4) != numberOfFrames)
        return {};
    std::vector<quint64> offsets;
    for (long f = 0; f < numberOfFrames; ++f) {
        const Uint8* p = table + 4 * f;
        offsets.push_back(quint64(p[0]) | (quint64(p[1]) << 8) | (quint64(p[2]) << 16) |
                          (quint64(p[3]) << 24));
        if (offsets.size() > 1 && offsets.back() <= offsets[offsets.size() - 2])
            return {};
    }
    if (offsets.front() != 0)
        return {};
    QList<QList<unsigned long>> frames;
    quint64 position = 0; // of each fragment's item tag, relative to the first fragment's
    size_t frame = 0;
    for (unsigned long i = 1; i < sequence.card(); ++i) {
        DcmPixelItem* item = nullptr;
        if (sequence.getItem(item, i).bad() || !item)
            return {};
        if (frame < offsets.size() && position == offsets[frame]) {
            frames.append(QList<unsigned long>());
            ++frame;
        } else if (frame < offsets.size() && position > offsets[frame]) {
            return {}; // the offset points into a fragment
        }
        frames.last().append(i);
        position += 8 + quint64(item->getLength());
    }
    if (long(frames.size()) != numberOfFrames)
        return {};
    return frames;
}

} // namespace

QList<QList<unsigned long>> EncapsulatedFrames::locate(DcmPixelSequence& sequence,
                                                       long numberOfFrames,
                                                       const FrameStart& startsFrame,
                                                       QString* error) {
    const unsigned long card = sequence.card();
    const unsigned long fragments = card > 0 ? card - 1 : 0;
    if (fragments == 0 || numberOfFrames < 1) {
        *error = Transcoder::tr("the pixel data holds no compressed frame");
        return {};
    }
    QList<QList<unsigned long>> frames = fromOffsetTable(sequence, numberOfFrames);
    if (!frames.isEmpty())
        return frames;
    if (long(fragments) == numberOfFrames) {
        for (unsigned long i = 1; i <= fragments; ++i)
            frames.append(QList<unsigned long>{i});
        return frames;
    }
    if (numberOfFrames == 1) {
        frames.append(QList<unsigned long>());
        for (unsigned long i = 1; i <= fragments; ++i)
            frames.last().append(i);
        return frames;
    }
    if (startsFrame) {
        for (unsigned long i = 1; i <= fragments; ++i) {
            Uint8* data = nullptr;
            Uint32 length = 0;
            if (!itemBytes(sequence, i, &data, &length))
                break;
            const QByteArray head(reinterpret_cast<const char*>(data),
                                  int(qMin<Uint32>(length, kHeadLength)));
            if (startsFrame(head))
                frames.append(QList<unsigned long>());
            else if (frames.isEmpty())
                break; // the first fragment must start a frame
            frames.last().append(i);
        }
        if (frames.size() == numberOfFrames)
            return frames;
    }
    *error = Transcoder::tr("%n frame(s) expected, but the %1 fragments of the pixel data cannot "
                            "be assigned to them",
                            nullptr, int(numberOfFrames))
                 .arg(fragments);
    return {};
}

bool EncapsulatedFrames::read(DcmPixelSequence& sequence, const QList<unsigned long>& fragments,
                              QByteArray* frame, QString* error) {
    frame->clear();
    for (unsigned long index : fragments) {
        Uint8* data = nullptr;
        Uint32 length = 0;
        if (!itemBytes(sequence, index, &data, &length)) {
            *error = Transcoder::tr("fragment %1 of the pixel data cannot be read").arg(index);
            return false;
        }
        if (qint64(frame->size()) + length > kMaxFrameBytes) {
            *error = Transcoder::tr("a compressed frame is larger than 1 GiB");
            return false;
        }
        if (length > 0)
            frame->append(reinterpret_cast<const char*>(data), int(length));
    }
    return true;
}

} // namespace pdi

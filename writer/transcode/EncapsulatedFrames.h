#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class DcmPixelSequence;

namespace pdi {

// Where each compressed frame of encapsulated Pixel Data lies (PS3.5 A.4): which fragments make
// up which frame. DCMTK's codecs find frames themselves; the JPEG 2000 decoder and the RLE check
// need the same answer outside DCMTK.
class EncapsulatedFrames {
public:
    // Tells whether a fragment begins a new compressed frame (a codestream start marker).
    using FrameStart = std::function<bool(const QByteArray& fragmentHead)>;

    // Fragment numbers (1 = the first item after the Basic Offset Table) of each frame, in
    // order. Uses the Basic Offset Table when it is consistent; otherwise one fragment per frame
    // when the counts agree, all fragments for a single frame, or frame start markers. Empty,
    // with *error set, when the frames cannot be told apart.
    static QList<QList<unsigned long>> locate(DcmPixelSequence& sequence, long numberOfFrames,
                                              const FrameStart& startsFrame, QString* error);

    // The bytes of one frame: its fragments joined.
    static bool read(DcmPixelSequence& sequence, const QList<unsigned long>& fragments,
                     QByteArray* frame, QString* error);
};

} // namespace pdi

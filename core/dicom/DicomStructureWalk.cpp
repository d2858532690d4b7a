#include "DicomStructureWalk.h"
#include "ElementHeader.h"
#include "FileMetaWalk.h"
#include "StructureBytes.h"

#include <QVarLengthArray>

#include <memory>

namespace pdi {

namespace {

using namespace structure;

constexpr quint32 kItem = 0xFFFEE000u;
constexpr quint32 kItemEnd = 0xFFFEE00Du;
constexpr quint32 kSequenceEnd = 0xFFFEE0DDu;
constexpr quint32 kPixelData = 0x7FE00010u;

const char* const kImplicitLittleEndian = "1.2.840.10008.1.2";
const char* const kExplicitBigEndian = "1.2.840.10008.1.2.2";
const char* const kDeflatedExplicitLittleEndian = "1.2.840.10008.1.2.1.99";

// One open level of the structure.
struct Frame {
    enum class Kind { DataSet, Item, Sequence, Fragments };
    Kind kind = Kind::DataSet;
    qint64 start = 0;  // offset of its header
    qint64 end = -1;   // end of a defined length; -1: undefined (delimited, or to the end)
    qint64 limit = -1; // the nearest defined end at or above it; -1: the end of the data
    quint32 tag = 0;   // the sequence (for an item: its sequence)
    Encoding encoding;
};

class Walker {
public:
    // fileOffsets: positions are offsets in the file, so a parser may read up to the damage.
    Walker(ByteSource& in, bool fileOffsets)
        : in_(in)
        , fileOffsets_(fileOffsets) {}

    DicomStructureWalk::Result run(Encoding encoding) {
        Frame top;
        top.start = in_.position();
        top.encoding = encoding;
        stack_.append(top);
        while (!stack_.isEmpty() && result_.intact()) {
            if (!step())
                break;
        }
        result_.elements = elements_;
        if (!noted_)
            return result_;
        // The first problem is the one to report; the walk went on past it.
        Result first = first_;
        first.elements = elements_;
        first.walkedToEnd = result_.intact();
        if (result_.verdict == DicomStructureWalk::Verdict::TooDeep) {
            first.verdict = result_.verdict;
            first.problem += QLatin1String("; ") + result_.problem;
        }
        return first;
    }

private:
    using Result = DicomStructureWalk::Result;
    using Verdict = DicomStructureWalk::Verdict;

    bool damage(qint64 at, quint32 tag, const QString& problem,
                Verdict verdict = Verdict::Damaged) {
        result_.verdict = verdict;
        result_.offset = at;
        result_.tag = tag;
        result_.problem = problem;
        result_.readableBytes = fileOffsets_ ? at : 0;
        return false;
    }

    // The innermost open level that waits for a delimiter, for "the file ends inside ...".
    bool endsInside(qint64 at) {
        for (int i = stack_.size() - 1; i > 0; --i) {
            const Frame& f = stack_.at(i);
            if (f.end >= 0)
                continue;
            const QString what =
                f.kind == Frame::Kind::Item
                    ? DicomStructureWalk::tr("an item of %1").arg(tagText(f.tag))
                : f.kind == Frame::Kind::Fragments
                    ? DicomStructureWalk::tr("the encapsulated %1").arg(tagText(f.tag))
                    : DicomStructureWalk::tr("the sequence %1").arg(tagText(f.tag));
            return damage(at, f.tag,
                          DicomStructureWalk::tr(
                              "the data end at byte %1 inside %2, which begins at byte %3: its "
                              "delimiter is missing")
                              .arg(at)
                              .arg(what)
                              .arg(f.start));
        }
        return damage(
            at, 0,
            DicomStructureWalk::tr("the data end at byte %1 inside an element header").arg(at));
    }

    // Checks that a value of length bytes from the position fits its enclosing levels.
    // A value or item longer than the item or sequence around it is damage, but readers (DCMTK,
    // pydicom) take what is there and go on; so does the walk, after noting it, so that the
    // rest of the file is still checked (nesting above all) and a DICOMDIR with one wrong item
    // length can still be read.
    bool fits(qint64 headerAt, quint32 tag, quint32& length) {
        const Frame& top = stack_.last();
        const qint64 pos = in_.position();
        if (top.limit >= 0 && pos + qint64(length) > top.limit) {
            if (!noted_) {
                noted_ = true;
                damage(headerAt, tag,
                       DicomStructureWalk::tr("at byte %1, %2 claims %3 bytes, which run past "
                                              "the end of the item or sequence it belongs to "
                                              "(byte %4)")
                           .arg(headerAt)
                           .arg(tagText(tag))
                           .arg(length)
                           .arg(top.limit));
                first_ = result_;
                result_ = Result();
            }
            length = quint32(top.limit - pos);
        }
        const qint64 left = in_.remaining();
        if (left >= 0 && qint64(length) > left) {
            if (tag == kPixelData && stack_.size() == 1) {
                return damage(headerAt, tag,
                              DicomStructureWalk::tr(
                                  "pixel data truncated: %1 of %2 bytes present (at byte %3)")
                                  .arg(left)
                                  .arg(length)
                                  .arg(headerAt));
            }
            return damage(headerAt, tag,
                          DicomStructureWalk::tr("at byte %1, %2 claims %3 bytes, but only %4 "
                                                 "remain in the file")
                              .arg(headerAt)
                              .arg(tagText(tag))
                              .arg(length)
                              .arg(left));
        }
        return true;
    }

    bool push(Frame::Kind kind, qint64 headerAt, quint32 tag, quint32 length, Encoding encoding) {
        Frame f;
        f.kind = kind;
        f.start = headerAt;
        f.tag = tag;
        f.encoding = encoding;
        f.end = length == kUndefinedLength ? -1 : in_.position() + qint64(length);
        f.limit = f.end >= 0 ? f.end : stack_.last().limit;
        if (kind == Frame::Kind::Sequence || kind == Frame::Kind::Fragments) {
            if (++depth_ > DicomStructureWalk::kMaxDepth) {
                return damage(headerAt, tag,
                              DicomStructureWalk::tr(
                                  "at byte %1, %2 is nested more than %3 sequences deep; the "
                                  "file was not read beyond it")
                                  .arg(headerAt)
                                  .arg(tagText(tag))
                                  .arg(DicomStructureWalk::kMaxDepth),
                              Verdict::TooDeep);
            }
        }
        stack_.append(f);
        return true;
    }

    void pop() {
        const Frame::Kind kind = stack_.last().kind;
        if (kind == Frame::Kind::Sequence || kind == Frame::Kind::Fragments)
            --depth_;
        stack_.removeLast();
    }

    bool step() {
        const Frame& top = stack_.last();
        const qint64 at = in_.position();
        if (top.end >= 0 && at >= top.end) {
            pop();
            return true;
        }
        if (top.kind == Frame::Kind::DataSet && in_.atEnd()) {
            pop();
            return true;
        }
        const bool big = top.encoding.bigEndian;
        uchar b[8];
        if (top.end >= 0 && top.end - at < 8) {
            return damage(at, top.tag,
                          DicomStructureWalk::tr("at byte %1, an element header crosses the end "
                                                 "of the item or sequence %2 (byte %3)")
                              .arg(at)
                              .arg(tagText(top.tag))
                              .arg(top.end));
        }
        if (!in_.read(b, 4))
            return endsInside(at);
        const quint32 tag = tagAt(b, big);
        ++elements_;
        if ((tag >> 16) == 0xFFFE) {
            if (!in_.read(b, 4))
                return endsInside(at);
            return delimiter(at, tag, u32(b, big));
        }
        if (top.kind == Frame::Kind::Sequence || top.kind == Frame::Kind::Fragments) {
            return damage(
                at, tag,
                DicomStructureWalk::tr("at byte %1, %2 stands where an item of %3 must begin")
                    .arg(at)
                    .arg(tagText(tag))
                    .arg(tagText(top.tag)));
        }
        return element(at, tag, top.encoding);
    }

    bool delimiter(qint64 at, quint32 tag, quint32 length) {
        const Frame& top = stack_.last();
        switch (tag) {
        case kItem:
            if (top.kind == Frame::Kind::Sequence) {
                if (length != kUndefinedLength && !fits(at, tag, length))
                    return false;
                const Frame sequence = top;
                if (!push(Frame::Kind::Item, at, sequence.tag, length, sequence.encoding))
                    return false;
                return true;
            }
            if (top.kind == Frame::Kind::Fragments) {
                if (length == kUndefinedLength) {
                    return damage(at, top.tag,
                                  DicomStructureWalk::tr(
                                      "at byte %1, a fragment of the encapsulated %2 has an "
                                      "undefined length")
                                      .arg(at)
                                      .arg(tagText(top.tag)));
                }
                if (!fits(at, top.tag, length))
                    return false;
                return skipValue(at, top.tag, length);
            }
            return damage(
                at, tag,
                DicomStructureWalk::tr("at byte %1, an item begins outside any sequence").arg(at));
        case kItemEnd:
            if (top.kind == Frame::Kind::Item) {
                // Some writers close a defined-length item with a delimiter too; readers accept
                // it.
                if (top.end < 0)
                    pop();
                return true;
            }
            return damage(at, tag,
                          DicomStructureWalk::tr("at byte %1, an item delimiter stands outside "
                                                 "any item")
                              .arg(at));
        case kSequenceEnd:
            if (top.kind == Frame::Kind::Sequence || top.kind == Frame::Kind::Fragments) {
                if (top.end < 0)
                    pop();
                return true;
            }
            if (top.kind == Frame::Kind::Item) {
                return damage(at, top.tag,
                              DicomStructureWalk::tr(
                                  "at byte %1, a sequence delimiter ends an item of %2 that must "
                                  "end with an item delimiter")
                                  .arg(at)
                                  .arg(tagText(top.tag)));
            }
            return damage(at, tag,
                          DicomStructureWalk::tr(
                              "at byte %1, a sequence delimiter stands outside any sequence")
                              .arg(at));
        default:
            return damage(at, tag,
                          DicomStructureWalk::tr("at byte %1, the tag %2 is not valid")
                              .arg(at)
                              .arg(tagText(tag)));
        }
    }

    bool element(qint64 at, quint32 tag, Encoding encoding) {
        const bool big = encoding.bigEndian;
        uchar b[8];
        quint32 length = 0;
        bool sequence = false;  // SQ, or a VR the reader takes as one
        bool fragments = false; // encapsulated pixel data
        bool implicitInside = false;
        if (encoding.explicitVr) {
            uchar vr[2];
            if (!in_.read(vr, 2))
                return endsInside(at);
            if (!isVrLetters(vr)) {
                return damage(
                    at, tag,
                    DicomStructureWalk::tr("at byte %1, %2 has no valid value representation")
                        .arg(at)
                        .arg(tagText(tag)));
            }
            if (hasLongLength(vr)) {
                if (!in_.read(b, 6))
                    return endsInside(at);
                length = u32(b + 2, big);
            } else {
                if (!in_.read(b, 2))
                    return endsInside(at);
                length = u16(b, big);
            }
            const bool un = vrIs(vr, "UN");
            sequence = vrIs(vr, "SQ") || (un && length == kUndefinedLength);
            // PS3.5 6.2.2: a UN of undefined length is a sequence in Implicit VR Little Endian.
            implicitInside = un && length == kUndefinedLength;
            if (length == kUndefinedLength && !sequence) {
                if (tag == kPixelData || vrIs(vr, "OB") || vrIs(vr, "OW")) {
                    fragments = true;
                } else {
                    return damage(
                        at, tag,
                        DicomStructureWalk::tr("at byte %1, %2 has an undefined length, which only "
                                               "sequences and encapsulated pixel data may have")
                            .arg(at)
                            .arg(tagText(tag)));
                }
            }
        } else {
            if (!in_.read(b, 4))
                return endsInside(at);
            length = u32(b, big);
            if (length == kUndefinedLength) {
                fragments = tag == kPixelData;
                sequence = !fragments;
            } else if (length >= 8) {
                // Without the VR, a defined-length value that starts with an item is a sequence
                // (the dictionary would say the same; a value of another VR never does).
                uchar first[4];
                sequence = in_.peek(first, 4) && tagAt(first, big) == kItem;
            }
        }
        if (sequence || fragments) {
            if (length != kUndefinedLength && !fits(at, tag, length))
                return false;
            Encoding inside = encoding;
            if (implicitInside)
                inside = Encoding{false, false};
            return push(fragments ? Frame::Kind::Fragments : Frame::Kind::Sequence, at, tag, length,
                        inside);
        }
        if (!fits(at, tag, length))
            return false;
        return skipValue(at, tag, length);
    }

    // fits() knows what is left only of a file; inflated data ends where it ends, so a value
    // that runs past it is found here (DCMTK would allocate all of its declared length).
    bool skipValue(qint64 at, quint32 tag, quint32 length) {
        const qint64 before = in_.position();
        if (in_.skip(length))
            return true;
        return damage(at, tag,
                      DicomStructureWalk::tr("at byte %1, %2 claims %3 bytes, but only %4 "
                                             "remain in the file")
                          .arg(at)
                          .arg(tagText(tag))
                          .arg(length)
                          .arg(in_.position() - before));
    }

    ByteSource& in_;
    bool fileOffsets_;
    bool noted_ = false; // a length overran its item or sequence; first_ says where
    Result first_;
    QVarLengthArray<Frame, 32> stack_;
    int depth_ = 0;
    Result result_;
    qint64 elements_ = 0;
};

} // namespace

DicomStructureWalk::Result DicomStructureWalk::walk(MediumFile& file) {
    Result result;
    const qint64 size = file.size();
    const QByteArray head = file.head(132);
    const bool part10 = head.size() == 132 && head.mid(128, 4) == "DICM";
    FileBytes in(file, part10 ? 132 : 0);

    // Meta information: after the preamble, or (a file some writers make) at the very start.
    QString transferSyntax;
    if (!walkMeta(in, transferSyntax, result))
        return result;

    Encoding encoding;
    if (transferSyntax == QLatin1String(kImplicitLittleEndian))
        encoding.explicitVr = false;
    else if (transferSyntax == QLatin1String(kExplicitBigEndian))
        encoding.bigEndian = true;

    uchar first[8];
    const bool hasData = in.peek(first, 8);
    if (transferSyntax.isEmpty() && hasData) {
        // No meta information: the encoding as a reader guesses it from the first element.
        const bool littleGroup = u16(first, false) <= 0x0100;
        encoding.bigEndian = !littleGroup && u16(first, true) <= 0x0100;
    }
    if (hasData && transferSyntax != QLatin1String(kDeflatedExplicitLittleEndian)) {
        // A data set whose encoding disagrees with its transfer syntax is read as it is by
        // every reader; the disagreement is not damage to the structure.
        encoding.explicitVr = isStandardVr(first + 4);
    }

    if (transferSyntax == QLatin1String(kDeflatedExplicitLittleEndian)) {
        result.deflated = true;
        const qint64 start = in.position();
        for (const bool zlibHeader : {false, true}) {
            InflatedBytes inflated(file, start, zlibHeader);
            Walker walker(inflated, false);
            Result r = walker.run(Encoding{});
            if (inflated.tooLarge()) {
                r.verdict = Verdict::Damaged;
                r.offset = inflated.position();
                r.problem =
                    tr("the deflated data set expands beyond %1 MB").arg(kMaxInflatedBytes >> 20);
            } else if (inflated.failed()) {
                r.verdict = Verdict::Damaged;
                r.offset = inflated.position();
                r.problem = tr("the deflated data set cannot be inflated beyond byte %1 of it")
                                .arg(inflated.position());
            }
            if (inflated.failed() && inflated.position() == 0 && !zlibHeader)
                continue; // some writers wrap the data in a zlib header: try that once
            r.deflated = true;
            r.inflatedBytes = inflated.position();
            r.readableBytes = r.intact() ? size : 0;
            return r;
        }
        return result;
    }

    Walker walker(in, true);
    result = walker.run(encoding);
    if (result.intact() && in.shortRead()) {
        result.verdict = Verdict::Damaged;
        result.offset = in.position();
        result.problem =
            tr("the medium holds only %1 of the file's %2 bytes").arg(in.position()).arg(size);
        result.readableBytes = in.position();
    }
    if (result.intact())
        result.readableBytes = size;
    return result;
}

} // namespace pdi

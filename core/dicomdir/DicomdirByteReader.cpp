#include "DicomdirByteReader.h"

#include "RecordAssembly.h"
#include "dicom/DicomStructureWalk.h"
#include "dicom/ElementHeader.h"
#include "dicom/ElementText.h"
#include "dicom/SpecificCharacterSet.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace pdi {

namespace {

using structure::kUndefinedLength;
using structure::tagAt;
using structure::u16;
using structure::u32;
using structure::vrAmong;
using structure::vrCode;
using structure::vrIs;

constexpr quint32 kItem = 0xFFFEE000u;
constexpr quint32 kItemEnd = 0xFFFEE00Du;
constexpr quint32 kSequenceEnd = 0xFFFEE0DDu;
constexpr quint32 kRecordSequence = tagKey(0x0004, 0x1220);
constexpr quint32 kFileSetId = tagKey(0x0004, 0x1130);
constexpr quint32 kFileSetCharset = tagKey(0x0004, 0x1142);
constexpr quint32 kCharset = tagKey(0x0008, 0x0005);
constexpr quint32 kFirstRoot = tagKey(0x0004, 0x1200);
constexpr quint32 kLastRoot = tagKey(0x0004, 0x1202);

// The VRs this reader takes as DCMTK does (PS3.5 6.2 as of DCMTK 3.6.7's oldest peers); OV, SV
// and UV are left to DCMTK.
bool knownVr(const uchar* vr) {
    static constexpr quint16 kNewer[] = {vrCode("OV"), vrCode("SV"), vrCode("UV")};
    return structure::isStandardVr(vr) && !vrAmong(vr, kNewer);
}

// The string VRs whose values this reader takes as DCMTK gives them (DcmByteString: trailing
// padding removed, the value otherwise as stored). The texts (LT, ST, UT) and the newer UC and UR
// are left to DCMTK.
bool textVr(const uchar* vr) {
    static constexpr quint16 kVrs[] = {vrCode("AE"), vrCode("AS"), vrCode("CS"), vrCode("DA"),
                                       vrCode("DS"), vrCode("DT"), vrCode("IS"), vrCode("LO"),
                                       vrCode("PN"), vrCode("SH"), vrCode("TM"), vrCode("UI")};
    return vrAmong(vr, kVrs);
}

struct Element {
    quint32 tag = 0;
    const uchar* vr = nullptr;
    quint32 length = 0;
    bool sequence = false;
};

class Parser {
public:
    Parser(const QByteArray& bytes, DicomDirectory& dir)
        : data_(reinterpret_cast<const uchar*>(bytes.constData()))
        , size_(bytes.size())
        , dir_(dir) {}

    bool dataSet(qint64 pos, quint32* firstRoot) {
        bool sawRecords = false;
        qint64 recordsAt = 0;
        int recordCount = 0;
        quint32 recordsLength = 0;
        quint32 previous = 0;
        bool first = true;
        while (pos < size_) {
            Element e;
            if (!element(pos, size_, e))
                return false;
            // DCMTK keeps the elements of an item sorted and drops a repeated one; a data set
            // not in order is left to it.
            if ((!first && e.tag <= previous) || (e.tag >> 16) == 0x0002)
                return false;
            first = false;
            previous = e.tag;
            if (e.sequence) {
                // The records are read after the data set: its Specific Character Set, which
                // their text needs, comes after them.
                if (e.tag == kRecordSequence) {
                    sawRecords = true;
                    recordsAt = pos;
                    recordsLength = e.length;
                }
                if (!skipSequence(pos, e.length, size_, 1,
                                  e.tag == kRecordSequence ? &recordCount : nullptr))
                    return false;
                continue;
            }
            const uchar* value = data_ + pos;
            pos += e.length;
            switch (e.tag) {
            case kFileSetId: {
                // DCMTK gives it normalized (DcmItem::findAndGetOFStringArray): spaces
                // before and after each value removed; one value of a code string is the case
                // this reader knows.
                // A control character in it (which DCMTK keeps where trimming would not) is left
                // to DCMTK.
                const std::optional<QByteArray> text = textBytes(e, value);
                if (!text || !vrIs(e.vr, "CS") || text->contains('\\') ||
                    std::any_of(text->cbegin(), text->cend(),
                                [](char c) { return uchar(c) < 0x20; }))
                    return false;
                dir_.fileSetId = QString::fromLatin1(text->trimmed());
                break;
            }
            case kFileSetCharset:
            case kCharset: {
                const std::optional<QByteArray> text = textBytes(e, value);
                if (!text)
                    return false;
                (e.tag == kCharset ? dir_.recordCharacterSet : dir_.specificCharacterSet) =
                    ElementText::ascii(*text);
                break;
            }
            case kFirstRoot:
            case kLastRoot: {
                bool has = false;
                quint32 offset = 0;
                if (!unsignedValue(e, value, "UL", &has, &offset))
                    return false;
                if (e.tag == kFirstRoot) {
                    dir_.hasFirstRootOffset = has;
                    dir_.firstRootOffset = offset;
                } else {
                    dir_.hasLastRootOffset = has;
                    dir_.lastRootOffset = offset;
                }
                break;
            }
            default:
                break;
            }
        }
        if (!sawRecords)
            return false;
        *firstRoot = dir_.hasFirstRootOffset ? dir_.firstRootOffset : 0;
        const SpecificCharacterSet charset(dir_.recordCharacterSet);
        dir_.invalidCharacterSets = charset.invalidTerms();
        dir_.characterSetReadAs = charset.definedTerms();
        counting_ = false; // the record sequence was counted as it was skipped
        dir_.records.reserve(qMin(recordCount, DicomdirReader::kMaxRecords));
        return records(recordsAt, recordsLength, charset);
    }

private:
    // An element header at pos within end; pos moves to its value. Declines an unknown VR, an
    // undefined length on anything but a sequence, and a value beyond end.
    bool element(qint64& pos, qint64 end, Element& e) {
        if (end - pos < 8 || !count())
            return false;
        const uchar* p = data_ + pos;
        e.tag = tagAt(p, false);
        if ((e.tag >> 16) == 0xFFFE)
            return false;
        e.vr = p + 4;
        if (!knownVr(e.vr))
            return false;
        if (structure::hasLongLength(e.vr)) {
            if (end - pos < 12)
                return false;
            e.length = u32(p + 8, false);
            pos += 12;
        } else {
            e.length = u16(p + 6, false);
            pos += 8;
        }
        e.sequence = vrIs(e.vr, "SQ");
        if (e.length == kUndefinedLength)
            return e.sequence;
        return qint64(e.length) <= end - pos;
    }

    // A text value as DCMTK gives it: trailing padding removed (a UID loses every space, as
    // DCMTK's input correction does); values DCMTK would correct otherwise (an odd length,
    // other white space in a UID) or that it might read otherwise (a NUL inside) are declined
    // (nullopt). Unless spaces had to be taken out of a UID, the bytes are a view into the
    // DICOMDIR's (it outlives the records read from it), not a copy.
    static std::optional<QByteArray> textBytes(const Element& e, const uchar* value) {
        if (!textVr(e.vr) || (e.length & 1))
            return std::nullopt;
        const char* data = reinterpret_cast<const char*>(value);
        qsizetype n = e.length;
        QByteArray copy;
        const bool uid = vrIs(e.vr, "UI");
        if (uid && std::memchr(data, ' ', size_t(n))) {
            copy = QByteArray(data, n);
            copy.replace(' ', QByteArray());
            data = copy.constData();
            n = copy.size();
        }
        if (uid) {
            while (n > 0 && data[n - 1] == '\0')
                --n;
            for (qsizetype i = 0; i < n; ++i) {
                const char c = data[i];
                if (c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r')
                    return std::nullopt;
            }
        } else {
            while (n > 0 && data[n - 1] == ' ')
                --n;
        }
        // Trailing NULs (a padding some writers use for text) stay, as DCMTK keeps them; a NUL
        // inside a value is left to DCMTK.
        if (const void* nul = std::memchr(data, '\0', size_t(n))) {
            for (qsizetype i = static_cast<const char*>(nul) - data; i < n; ++i) {
                if (data[i] != '\0')
                    return std::nullopt;
            }
        }
        if (!copy.isNull()) {
            copy.truncate(n);
            return copy;
        }
        return QByteArray::fromRawData(data, n);
    }

    // An offset (UL) or the in-use flag (US) with at most one value.
    static bool unsignedValue(const Element& e, const uchar* value, const char* vr, bool* has,
                              quint32* out) {
        const quint32 width = vrIs(e.vr, "UL") ? 4 : 2;
        if (!vrIs(e.vr, vr) || (e.length != 0 && e.length != width))
            return false;
        *has = e.length == width;
        *out = !*has ? 0 : width == 4 ? u32(value, false) : u16(value, false);
        return true;
    }

    // The Directory Record Sequence: each item a record, in file order.
    bool records(qint64 pos, quint32 length, const SpecificCharacterSet& charset) {
        const qint64 end = length == kUndefinedLength ? -1 : pos + qint64(length);
        const qint64 limit = end >= 0 ? end : size_;
        if (limit > size_)
            return false;
        int count = 0;
        while (true) {
            if (end >= 0 && pos == end)
                break;
            if (limit - pos < 8)
                return false;
            const quint32 tag = tagAt(data_ + pos, false);
            const quint32 itemLength = u32(data_ + pos + 4, false);
            if (tag == kSequenceEnd) {
                if (end >= 0 || itemLength != 0)
                    return false;
                pos += 8;
                break;
            }
            if (tag != kItem)
                return false;
            const qint64 itemAt = pos;
            pos += 8;
            // DCMTK gives an empty item that ends the file no offset of its own (it says 2^32 - 8).
            if (itemLength == 0 && pos == size_)
                return false;
            if (count < DicomdirReader::kMaxRecords) {
                if (!record(pos, itemAt, itemLength, limit, charset))
                    return false;
            } else if (!skipItem(pos, itemLength, limit, 1)) {
                return false;
            }
            ++count;
        }
        dir_.truncated = count > DicomdirReader::kMaxRecords;
        return true;
    }

    // One record: its item's elements in ascending order, the ones a record keeps handed to
    // RecordAssembly, nested sequences (icons, codes) skipped.
    bool record(qint64& pos, qint64 itemAt, quint32 length, qint64 limit,
                const SpecificCharacterSet& charset) {
        const qint64 end = length == kUndefinedLength ? -1 : pos + qint64(length);
        if (end > limit)
            return false;
        const qint64 within = end >= 0 ? end : limit;
        RecordAssembly assembly{quint32(itemAt), &cache_};
        quint32 previous = 0;
        bool first = true;
        while (true) {
            if (end >= 0 && pos == end)
                break;
            if (within - pos < 8)
                return false;
            if (tagAt(data_ + pos, false) == kItemEnd) {
                if (end >= 0 || u32(data_ + pos + 4, false) != 0)
                    return false;
                pos += 8;
                break;
            }
            Element e;
            if (!element(pos, within, e))
                return false;
            if (!first && e.tag <= previous)
                return false;
            first = false;
            previous = e.tag;
            const RecordKey* key = nullptr;
            const RecordField field = RecordAssembly::fieldOf(e.tag, &key);
            if (e.sequence) {
                if (field != RecordField::None || !skipSequence(pos, e.length, within, 2))
                    return false;
                continue;
            }
            const uchar* value = data_ + pos;
            pos += e.length;
            switch (field) {
            case RecordField::None:
                break;
            case RecordField::Next:
            case RecordField::Lower:
            case RecordField::InUse: {
                bool has = false;
                quint32 number = 0;
                if (!unsignedValue(e, value, field == RecordField::InUse ? "US" : "UL", &has,
                                   &number))
                    return false;
                assembly.number(field, has, number);
                break;
            }
            default: {
                std::optional<QByteArray> text = textBytes(e, value);
                if (!text)
                    return false;
                assembly.text(field, key, std::move(text));
                break;
            }
            }
        }
        dir_.records.append(assembly.finish(charset, dir_));
        return true;
    }

    // A sequence the reader does not keep; depth counts the sequences around it.
    // items: counts the sequence's items when given.
    bool skipSequence(qint64& pos, quint32 length, qint64 limit, int depth, int* items = nullptr) {
        if (depth > DicomStructureWalk::kMaxDepth)
            return false;
        const qint64 end = length == kUndefinedLength ? -1 : pos + qint64(length);
        if (end > limit)
            return false;
        const qint64 within = end >= 0 ? end : limit;
        while (true) {
            if (end >= 0 && pos == end)
                return true;
            if (within - pos < 8)
                return false;
            const quint32 tag = tagAt(data_ + pos, false);
            const quint32 itemLength = u32(data_ + pos + 4, false);
            pos += 8;
            if (!count())
                return false;
            if (tag == kSequenceEnd)
                return end < 0 && itemLength == 0;
            if (tag != kItem || !skipItem(pos, itemLength, within, depth))
                return false;
            if (items)
                ++*items;
        }
    }

    bool skipItem(qint64& pos, quint32 length, qint64 limit, int depth) {
        const qint64 end = length == kUndefinedLength ? -1 : pos + qint64(length);
        if (end > limit)
            return false;
        const qint64 within = end >= 0 ? end : limit;
        while (true) {
            if (end >= 0 && pos == end)
                return true;
            if (within - pos < 8)
                return false;
            if (tagAt(data_ + pos, false) == kItemEnd) {
                const bool empty = u32(data_ + pos + 4, false) == 0;
                pos += 8;
                return end < 0 && empty && count();
            }
            Element e;
            if (!element(pos, within, e))
                return false;
            if (e.sequence) {
                if (!skipSequence(pos, e.length, within, depth + 1))
                    return false;
            } else {
                pos += e.length;
            }
        }
    }

    // Counts an element, item or delimiter header as the structure walk counts them; false
    // beyond the walk's limit (the DICOMDIR is then left to the walk, which refuses it).
    bool count() {
        if (!counting_)
            return true;
        return ++headers_ <= DicomdirReader::kMaxElements;
    }

    const uchar* data_;
    qint64 size_;
    DicomDirectory& dir_;
    RecordTextCache cache_; // the records' repeated values, read with the file set's charset
    bool counting_ = true;
    qint64 headers_ = 0;
};

} // namespace

bool DicomdirByteReader::read(const QByteArray& bytes, qint64 dataSetStart, DicomDirectory& dir,
                              quint32* firstRoot) {
    if (dataSetStart < 0 || dataSetStart + 8 > bytes.size())
        return false;
    // The first element shows the encoding as DCMTK would detect it: a known VR after a small
    // little-endian group.
    const auto* first = reinterpret_cast<const uchar*>(bytes.constData()) + dataSetStart;
    if (u16(first, false) > 0x0100 || !knownVr(first + 4))
        return false;
    Parser parser(bytes, dir);
    return parser.dataSet(dataSetStart, firstRoot);
}

} // namespace pdi

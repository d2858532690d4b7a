#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctag.h>

#include <QString>

#include <cstring>

// Reading one element header of PS3.5 7.1 from raw bytes: byte order, tags, VR letters, and a
// tag named for a person. Used by the structure walk, which never hands the bytes to DCMTK.
namespace pdi::structure {

// A length that is not given: the value runs to its delimiter (PS3.5 7.1.1).
constexpr quint32 kUndefinedLength = 0xFFFFFFFFu;

struct Encoding {
    bool explicitVr = true;
    bool bigEndian = false;
};

inline quint16 u16(const uchar* b, bool big) {
    return big ? quint16((b[0] << 8) | b[1]) : quint16(b[0] | (b[1] << 8));
}
inline quint32 u32(const uchar* b, bool big) {
    return big ? (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3]
               : quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) |
                     (quint32(b[3]) << 24);
}
inline quint32 tagAt(const uchar* b, bool big) {
    return (quint32(u16(b, big)) << 16) | u16(b + 2, big);
}

inline bool isVrLetters(const uchar* b) {
    return b[0] >= 'A' && b[0] <= 'Z' && b[1] >= 'A' && b[1] <= 'Z';
}

// A VR's two letters as one number, and whether a VR is among such numbers: the tables below are
// looked up for every element header, a list of strings compared letter by letter was most of
// the time of reading a DICOMDIR's records.
constexpr quint16 vrCode(const char* vr) {
    return quint16((uchar(vr[0]) << 8) | uchar(vr[1]));
}
template <std::size_t N> bool vrAmong(const uchar* vr, const quint16 (&codes)[N]) {
    const quint16 code = quint16((vr[0] << 8) | vr[1]);
    for (const quint16 c : codes) {
        if (c == code)
            return true;
    }
    return false;
}

// VRs whose explicit header has two reserved bytes and a 32-bit length (PS3.5 7.1.2); a VR no
// standard knows is read the same way, as DCMTK does.
inline bool hasLongLength(const uchar* vr) {
    static constexpr quint16 kShort[] = {
        vrCode("AE"), vrCode("AS"), vrCode("AT"), vrCode("CS"), vrCode("DA"), vrCode("DS"),
        vrCode("DT"), vrCode("FD"), vrCode("FL"), vrCode("IS"), vrCode("LO"), vrCode("LT"),
        vrCode("PN"), vrCode("SH"), vrCode("SL"), vrCode("SS"), vrCode("ST"), vrCode("TM"),
        vrCode("UI"), vrCode("UL"), vrCode("US")};
    return !vrAmong(vr, kShort);
}

// The VRs of PS3.5 6.2: a data set whose first element shows one is in explicit VR.
inline bool isStandardVr(const uchar* vr) {
    static constexpr quint16 kAll[] = {
        vrCode("AE"), vrCode("AS"), vrCode("AT"), vrCode("CS"), vrCode("DA"), vrCode("DS"),
        vrCode("DT"), vrCode("FD"), vrCode("FL"), vrCode("IS"), vrCode("LO"), vrCode("LT"),
        vrCode("OB"), vrCode("OD"), vrCode("OF"), vrCode("OL"), vrCode("OV"), vrCode("OW"),
        vrCode("PN"), vrCode("SH"), vrCode("SL"), vrCode("SQ"), vrCode("SS"), vrCode("ST"),
        vrCode("SV"), vrCode("TM"), vrCode("UC"), vrCode("UI"), vrCode("UL"), vrCode("UN"),
        vrCode("UR"), vrCode("US"), vrCode("UT"), vrCode("UV")};
    return vrAmong(vr, kAll);
}

inline bool vrIs(const uchar* vr, const char* name) {
    return vr[0] == uchar(name[0]) && vr[1] == uchar(name[1]);
}

inline QString tagText(quint32 tag) {
    const quint16 group = quint16(tag >> 16);
    const quint16 element = quint16(tag & 0xFFFF);
    const QString numbers = QStringLiteral("(%1,%2)")
                                .arg(group, 4, 16, QLatin1Char('0'))
                                .arg(element, 4, 16, QLatin1Char('0'))
                                .toUpper();
    if (group == 0xFFFE)
        return numbers;
    DcmTag dcmTag(group, element);
    const char* name = dcmTag.getTagName();
    if (!name || std::strcmp(name, DcmTag_ERROR_TagName) == 0 ||
        std::strcmp(name, "Unknown Tag & Data") == 0 || (group & 1))
        return numbers;
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(name), numbers);
}

} // namespace pdi::structure

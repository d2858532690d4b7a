#include "ElementText.h"

#include "SpecificCharacterSet.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dctag.h>

namespace pdi {

namespace {

// The VR the data dictionary gives an element stored as UN; EVR_UN when it knows none.
DcmEVR dictionaryVr(const DcmElement& element) {
    const DcmTagKey key = element.getTag();
    if (key.isPrivate())
        return EVR_UN; // private tags have no dictionary VR without their creator
    return DcmTag(key).getEVR();
}

QString withoutPadding(QString text) {
    while (!text.isEmpty() && (text.endsWith(QLatin1Char(' ')) || text.endsWith(QChar(0))))
        text.chop(1);
    return text.trimmed();
}

} // namespace

std::optional<QByteArray> ElementText::bytes(DcmElement& element) {
    DcmEVR vr = element.ident();
    if (vr == EVR_UN)
        vr = dictionaryVr(element);
    if (!DcmVR(vr).isaString())
        return std::nullopt;
    if (element.ident() == EVR_UN) {
        Uint8* data = nullptr;
        if (element.getLength() == 0)
            return QByteArray();
        if (element.getUint8Array(data).bad() || !data)
            return std::nullopt;
        return QByteArray(reinterpret_cast<const char*>(data), int(element.getLength()));
    }
    OFString value;
    if (element.getOFStringArray(value, OFFalse).bad())
        return std::nullopt;
    return QByteArray(value.c_str(), int(value.length()));
}

std::optional<QByteArray> ElementText::bytes(DcmItem& item, const DcmTagKey& tag) {
    DcmElement* element = nullptr;
    if (item.findAndGetElement(tag, element).bad() || !element)
        return std::nullopt;
    return bytes(*element);
}

QString ElementText::ascii(DcmElement& element) {
    const std::optional<QByteArray> raw = bytes(element);
    return raw ? withoutPadding(QString::fromLatin1(*raw)) : QString();
}

QString ElementText::ascii(const QByteArray& raw) {
    // Most values have nothing to remove: no padding (QString::trimmed's white space, which for
    // Latin-1 includes 0x85 and 0xA0, or a NUL) at either end.
    const auto plain = [](char c) {
        const uchar u = uchar(c);
        return u > 0x20 && u != 0x85 && u != 0xA0;
    };
    if (!raw.isEmpty() && plain(raw.front()) && plain(raw.back()))
        return QString::fromLatin1(raw);
    return withoutPadding(QString::fromLatin1(raw));
}

QString ElementText::ascii(DcmItem& item, const DcmTagKey& tag) {
    const std::optional<QByteArray> raw = bytes(item, tag);
    return raw ? withoutPadding(QString::fromLatin1(*raw)) : QString();
}

QString ElementText::decoded(const QByteArray& raw, const SpecificCharacterSet& charset,
                             bool personName, bool* undeclared) {
    if (undeclared && charset.leavesUndeclared(raw))
        *undeclared = true;
    return withoutPadding(charset.decode(raw, personName));
}

QString ElementText::decoded(DcmItem& item, const DcmTagKey& tag,
                             const SpecificCharacterSet& charset, bool personName,
                             bool* undeclared) {
    const std::optional<QByteArray> raw = bytes(item, tag);
    return raw ? decoded(*raw, charset, personName, undeclared) : QString();
}

int ElementText::retypeUnknownText(DcmItem& item) {
    int retyped = 0;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < sequence->card(); ++k)
                retyped += retypeUnknownText(*sequence->getItem(k));
            continue;
        }
        if (element->ident() != EVR_UN)
            continue;
        const DcmEVR vr = dictionaryVr(*element);
        const std::optional<QByteArray> raw = bytes(*element);
        if (!raw || vr == EVR_UN)
            continue;
        DcmElement* typed = nullptr;
        if (DcmItem::newDicomElement(typed, DcmTag(element->getTag(), vr)).bad() || !typed)
            continue;
        if (typed->putString(raw->constData(), Uint32(raw->size())).bad() ||
            item.insert(typed, OFTrue).bad()) {
            delete typed;
            continue;
        }
        ++retyped;
    }
    return retyped;
}

} // namespace pdi

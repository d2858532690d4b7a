#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class DcmElement;
class DcmItem;
class DcmTagKey;

namespace pdi {

class SpecificCharacterSet;

// The text of one element of a DCMTK data set, as its bytes or decoded to Unicode. An attribute
// whose dictionary VR is a string VR but that was stored with VR UN (legal in explicit VR, and
// what an implicit VR file gives for elements the writer did not know) is read from its value
// bytes like the string it is: DCMTK would otherwise render it as hex ("69\64\31...").
class ElementText {
public:
    // The value bytes with their padding, or nullopt when the element is absent or not text.
    static std::optional<QByteArray> bytes(DcmElement& element);
    static std::optional<QByteArray> bytes(DcmItem& item, const DcmTagKey& tag);

    // A value of the default repertoire (CS, DA, TM, UI, IS, DS, AS): trimmed, padding removed.
    static QString ascii(DcmItem& item, const DcmTagKey& tag);
    static QString ascii(DcmElement& element);
    static QString ascii(const QByteArray& bytes);

    // A value decoded with the character set, trailing padding removed. *undeclared is set when
    // the bytes need a character set the item does not declare.
    static QString decoded(DcmItem& item, const DcmTagKey& tag, const SpecificCharacterSet& charset,
                           bool personName = false, bool* undeclared = nullptr);
    static QString decoded(const QByteArray& bytes, const SpecificCharacterSet& charset,
                           bool personName = false, bool* undeclared = nullptr);

    // Gives every element of the item (and of its sequences' items) that was stored as UN but
    // whose dictionary VR is a string VR that VR again, with the same value bytes, so that code
    // working on the data set (character set conversion, coercion) sees it as the text it is.
    // Returns how many elements were retyped.
    static int retypeUnknownText(DcmItem& item);
};

} // namespace pdi

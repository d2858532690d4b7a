#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pdi {

// Decodes text values of a DICOM data set to Unicode according to its Specific Character Set
// (0008,0005), including ISO 2022 code extensions (Japanese IR 13 / IR 87 / IR 159, Korean,
// Chinese) that DCMTK's iconv build cannot handle. Everything above core sees only QString.
class SpecificCharacterSet {
public:
    // The raw (0008,0005) value, backslash-separated; empty means the default repertoire.
    explicit SpecificCharacterSet(const QString& definedTerms = QString());

    // Decodes a whole (possibly multi-valued) text value. Person Name values also reset the
    // code extension state at '^' and '=' (PS3.5 6.1.2.5.3).
    QString decode(const QByteArray& raw, bool personName = false) const;

    // Encodes text for a data set with this Specific Character Set; the inverse of decode().
    // Characters the set cannot represent become '?' and are returned in *unencodable, so the
    // caller can refuse rather than store a changed name. With ISO 2022 code extensions, escape
    // sequences are placed as PS3.5 6.1.2.5.3 requires (G0 back to its initial set before
    // delimiters and at the end of the value). Half-width katakana become full-width when ISO 2022
    // IR 13 is not among the terms (*approximated is then set).
    QByteArray encode(const QString& text, QString* unencodable = nullptr,
                      bool* approximated = nullptr) const;

    // Values as written that are not valid defined terms: misspelt, run together, unknown.
    // They are read by best effort; definedTerms() says how.
    QStringList invalidTerms() const { return invalid_; }
    // Of those, the ones that could not be understood at all (their text decodes by guess).
    QStringList unknownTerms() const { return unknown_; }
    bool usesCodeExtensions() const { return codeExtensions_; }
    // The terms the decoder uses, backslash-separated.
    QString definedTerms() const { return terms_.join(QLatin1Char('\\')); }
    // Whether these bytes need a character set the value does not declare: bytes above 0x7F in
    // the default repertoire, or escape sequences without code extensions. decode() still reads
    // them (UTF-8, Latin-1 or ISO 2022 by guess), but the reading is not backed by the data.
    bool leavesUndeclared(const QByteArray& raw) const;

private:
    static QString decodeCodeExtensions(const QByteArray& raw, bool personName, int initialG0,
                                        int initialG1, const QByteArray& initialG1Codec);

    QStringList terms_;
    QStringList invalid_;
    QStringList unknown_;
    bool codeExtensions_ = false;
    QByteArray singleByteCodec_; // iconv name when no code extensions are used; empty = ASCII
    int initialG0_ = 0;
    int initialG1_ = 0;
};

} // namespace pdi

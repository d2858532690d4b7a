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

    // Terms that are not known to the decoder; their bytes decode as U+FFFD.
    QStringList unsupportedTerms() const { return unsupported_; }
    bool usesCodeExtensions() const { return codeExtensions_; }
    QString definedTerms() const { return terms_.join(QLatin1Char('\\')); }

private:
    QStringList terms_;
    QStringList unsupported_;
    bool codeExtensions_ = false;
    QByteArray singleByteCodec_; // iconv name when no code extensions are used; empty = ASCII
    int initialG0_ = 0;
    int initialG1_ = 0;
};

} // namespace pdi

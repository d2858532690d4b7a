#pragma once

#include "MediumDescription.h"

#include <QString>
#include <QVector>

namespace pdi {

// One text in the two languages a medium speaks.
struct Bilingual {
    QString japanese;
    QString english;
};

// Short texts that the disc label, the case insert and the web pages show. They are content of
// the medium, read by whoever receives it: always Japanese and English, whatever language the
// operator's screen uses. So they are data here, not tr() strings (which follow the UI language).
class BilingualText {
public:
    // The warning marks of JP-rev / JP-2011, in this order: non-DICOM content, AI-derived images,
    // data the receiver may not expect (thin slice / video). Only those that apply.
    static QVector<Bilingual> warningMarks(const MediumDescription& medium);
    static Bilingual sex(const QString& dicomSex);
    // Who made the medium, by role (the stable role name of the description: "frontdesk"):
    // 窓口 / Front desk. Empty for an empty or unknown name, never the code itself.
    static Bilingual role(const QString& roleName);
    // IHE PDI's own terms, the same in both languages: "DICOM ONLY" or "DICOM PLUS WEB".
    static QString contentType(const MediumDescription& medium);
    static Bilingual noProgram();
    // The Person Name groups a person can read (components separated by spaces), in the order
    // ideographic, phonetic, alphabetic when ideographic is first is true, else as stored.
    static QStringList nameGroups(const QString& dicomName, bool ideographicFirst);
};

} // namespace pdi

#pragma once

#include <QCoreApplication>
#include <QString>

class DcmItem;

namespace pdi {

// Whether a C-FIND answer's Specific Character Set could carry the patient's name. A PACS that
// answers in a character set without kanji and kana (ISO_IR 100, or none) sends what it cannot
// encode as empty groups ("KOBAYASHI^YUKI=^=^") or as '?': the kanji and kana were lost on the
// way, not missing at the source, and a name comparison that sees only romaji must say so.
class AnswerCharacterSet {
    Q_DECLARE_TR_FUNCTIONS(pdi::AnswerCharacterSet)

public:
    // A sentence for a technologist when the answer's names lost groups or characters to its
    // character set; empty when nothing shows a loss.
    static QString lostNames(DcmItem& answer, const QString& source);
    // Whether text in these terms can hold Japanese (or other ideographic) characters.
    static bool carriesIdeographs(const QString& specificCharacterSet);
};

} // namespace pdi

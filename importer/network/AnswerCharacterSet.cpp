#include "AnswerCharacterSet.h"

#include "dicom/ElementText.h"
#include "dicom/PersonName.h"
#include "dicom/SpecificCharacterSet.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace pdi {

bool AnswerCharacterSet::carriesIdeographs(const QString& specificCharacterSet) {
    const SpecificCharacterSet charset(specificCharacterSet);
    const QString terms = charset.definedTerms();
    for (const char* term :
         {"ISO_IR 192", "GB18030", "GBK", "IR 87", "IR 159", "IR 149", "IR 58"}) {
        if (terms.contains(QLatin1String(term)))
            return true;
    }
    return false;
}

QString AnswerCharacterSet::lostNames(DcmItem& answer, const QString& source) {
    const QString terms = ElementText::ascii(answer, DCM_SpecificCharacterSet);
    if (carriesIdeographs(terms))
        return QString();
    const SpecificCharacterSet charset(terms);
    const QString name = ElementText::decoded(answer, DCM_PatientName, charset, true);
    const PersonName pn = PersonName::fromDicom(name);
    // Groups that are there but hold only separators, or characters replaced by '?'.
    const bool emptyGroups =
        name.contains(QLatin1Char('=')) &&
        (PersonName::readable(pn.ideographic).isEmpty() ||
         (name.count(QLatin1Char('=')) > 1 && PersonName::readable(pn.phonetic).isEmpty()));
    const bool replaced = name.contains(QLatin1Char('?'));
    if (!emptyGroups && !replaced)
        return QString();
    const QString shownTerms = terms.isEmpty() ? tr("the default character set (ASCII)")
                                               : QStringLiteral("\"%1\"").arg(terms);
    return tr("%1 answered in %2, which cannot hold kanji or kana: the kanji and kana of the name "
              "%3 were lost on the way, not missing at %1. Compare the name with the patient's "
              "record there before you choose.")
        .arg(source, shownTerms, PersonName::readable(pn.alphabetic));
}

} // namespace pdi

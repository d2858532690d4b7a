#include "RuleEngine.h"
#include "AiContentRule.h"
#include "ContentRule.h"
#include "DicomdirRule.h"
#include "FileRule.h"
#include "LayoutRule.h"
#include "SecurityRule.h"

#include <QCoreApplication>

namespace pdi {

Findings RuleEngine::run(const MediumInventory& inventory, const MediumContents& contents,
                         const CheckSettings& settings) {
    const RuleInput input{inventory, contents, settings};
    const LayoutRule layout;
    const SecurityRule security;
    const DicomdirRule dicomdir;
    const FileRule files;
    const ContentRule content;
    const AiContentRule ai;
    const MediumRule* const rules[] = {&security, &layout, &dicomdir, &files, &content, &ai};

    Findings out;
    if (inventory.quick) {
        out << FindingCatalog::make(
            FindingCode::QuickCheck, QString(),
            QCoreApplication::translate("pdi::RuleEngine",
                                        "Quick check: only the DICOMDIR and the file names were "
                                        "read; damaged files and files that differ from their "
                                        "DICOMDIR records are found by the full check."));
    }
    for (const MediumRule* rule : rules)
        rule->check(input, out);
    return out;
}

} // namespace pdi

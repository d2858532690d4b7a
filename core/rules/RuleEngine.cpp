#include "RuleEngine.h"
#include "AiContentRule.h"
#include "ContentRule.h"
#include "DicomdirRule.h"
#include "DirectoryIdentityRule.h"
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
    const DirectoryIdentityRule identity;
    const FileRule files;
    const ContentRule content;
    const AiContentRule ai;
    const MediumRule* const rules[] = {&security, &layout,  &dicomdir, &identity,
                                       &files,    &content, &ai};

    Findings out;
    if (inventory.quick) {
        out << FindingCatalog::make(
            FindingCode::QuickCheck, QString(),
            QCoreApplication::translate("pdi::RuleEngine",
                                        "Quick check: the DICOMDIR, the file names and one object "
                                        "per patient were read; damaged files and other files "
                                        "that differ from their DICOMDIR records are found by "
                                        "the full check."));
    }
    for (const MediumRule* rule : rules)
        rule->check(input, out);
    return out;
}

} // namespace pdi

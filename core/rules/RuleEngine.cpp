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
    Findings out = runOnInventory(inventory, settings);
    runOnContents(inventory, contents, settings, out);
    return out;
}

Findings RuleEngine::runOnInventory(const MediumInventory& inventory,
                                    const CheckSettings& settings) {
    // These rules never look at the contents: they are given none, so that one that started to
    // would find nothing rather than read contents still being built on another thread.
    static const MediumContents kNoContents;
    const RuleInput input{inventory, kNoContents, settings};
    const LayoutRule layout;
    const SecurityRule security;
    const DicomdirRule dicomdir;
    const DirectoryIdentityRule identity;
    const FileRule files;
    const MediumRule* const rules[] = {&security, &layout, &dicomdir, &identity, &files};

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

void RuleEngine::runOnContents(const MediumInventory& inventory, const MediumContents& contents,
                               const CheckSettings& settings, Findings& out) {
    const RuleInput input{inventory, contents, settings};
    const ContentRule content;
    const AiContentRule ai;
    const MediumRule* const rules[] = {&content, &ai};
    for (const MediumRule* rule : rules)
        rule->check(input, out);
}

} // namespace pdi

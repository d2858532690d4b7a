#pragma once

#include <QCoreApplication>

#include "CheckSettings.h"
#include "Finding.h"
#include "MediumContents.h"
#include "scan/MediumInventory.h"

namespace pdi {

// What every rule looks at.
struct RuleInput {
    const MediumInventory& inventory;
    const MediumContents& contents;
    const CheckSettings& settings;
};

// One group of checks from ../shared/PDI-RULES.md. Rules only read; they add findings.
class MediumRule {
public:
    virtual ~MediumRule() = default;
    virtual void check(const RuleInput& input, Findings& out) const = 0;
};

class LayoutRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::LayoutRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

class SecurityRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::SecurityRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

class DicomdirRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomdirRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

class FileRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::FileRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

class ContentRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::ContentRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

class AiContentRule : public MediumRule {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::AiContentRule)

public:
    void check(const RuleInput& input, Findings& out) const override;
};

// Runs every rule. The writer's verification and the importer's check use the same engine, so
// both see the same findings.
class RuleEngine {
public:
    static Findings run(const MediumInventory& inventory, const MediumContents& contents,
                        const CheckSettings& settings);
};

} // namespace pdi

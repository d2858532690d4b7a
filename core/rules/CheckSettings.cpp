#include "CheckSettings.h"

namespace pdi {

QStringList CheckSettings::defaultAiProducts() {
    // Products that produce derived images or results which arrive as DICOM objects. A site
    // adds its own through the ai.products setting.
    return {QStringLiteral("Aidoc"),
            QStringLiteral("Lunit"),
            QStringLiteral("qure.ai"),
            QStringLiteral("Annalise"),
            QStringLiteral("EIRL"),
            QStringLiteral("LPIXEL"),
            QStringLiteral("CXR-AID"),
            QStringLiteral("SYNAPSE SAI"),
            QStringLiteral("AI-Rad Companion"),
            QStringLiteral("InferRead"),
            QStringLiteral("Infervision"),
            QStringLiteral("ClearRead"),
            QStringLiteral("Riverain"),
            QStringLiteral("Brainomix"),
            QStringLiteral("Viz.ai"),
            QStringLiteral("RapidAI"),
            QStringLiteral("Gleamer"),
            QStringLiteral("BoneView"),
            QStringLiteral("Oxipit"),
            QStringLiteral("VUNO"),
            QStringLiteral("Deep Learning"),
            QStringLiteral("AI-generated")};
}

} // namespace pdi

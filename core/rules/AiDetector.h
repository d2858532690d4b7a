#pragma once

#include <QCoreApplication>

#include "CheckSettings.h"
#include "dicom/DicomSummary.h"

#include <QStringList>

namespace pdi {

// Infers whether an object was produced by an AI product (../shared/PDI-RULES.md, "Recognizing
// AI-derived content"). No attribute says so outright, so every verdict carries its reasons for
// the operator, who may override it.
class AiDetector {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::AiDetector)

public:
    explicit AiDetector(const CheckSettings& settings)
        : settings_(settings) {}

    // Empty when nothing points to AI; otherwise one sentence per piece of evidence.
    QStringList reasons(const DicomSummary& summary) const;
    // The same with the object's own SOP Class and Image Type given apart (a quick check's
    // instance: the summary is its series').
    QStringList reasons(const DicomSummary& summary, const QString& sopClassUid,
                        const QStringList& imageType) const;

    static bool isSecondaryCaptureClass(const QString& sopClassUid);

private:
    QString matchProduct(const QString& text) const;
    const CheckSettings& settings_;
};

} // namespace pdi

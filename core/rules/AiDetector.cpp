#include "AiDetector.h"

#include <QCoreApplication>

namespace pdi {

namespace {

const char* const kSegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";
const char* const kParametricMapStorage = "1.2.840.10008.5.1.4.1.1.30";

} // namespace

bool AiDetector::isSecondaryCaptureClass(const QString& uid) {
    return uid == QLatin1String("1.2.840.10008.5.1.4.1.1.7") ||
           uid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.7."));
}

QString AiDetector::matchProduct(const QString& text) const {
    if (text.isEmpty())
        return QString();
    for (const QString& product : settings_.aiProducts) {
        if (!product.trimmed().isEmpty() && text.contains(product.trimmed(), Qt::CaseInsensitive))
            return product.trimmed();
    }
    return QString();
}

QStringList AiDetector::reasons(const DicomSummary& s) const {
    return reasons(s, s.sopClassUid, s.imageType);
}

QStringList AiDetector::reasons(const DicomSummary& s, const QString& sopClassUid,
                                const QStringList& imageType) const {
    QStringList why;
    if (sopClassUid == QLatin1String(kSegmentationStorage)) {
        for (const QString& type : s.ai.segmentAlgorithmTypes) {
            if (type == QLatin1String("AUTOMATIC") || type == QLatin1String("SEMIAUTOMATIC")) {
                why << AiDetector::tr(
                           "segmentation made by an algorithm (Segment Algorithm Type %1)")
                           .arg(type);
                break;
            }
        }
    }
    if (s.ai.algorithmIdentification) {
        QString name = s.ai.algorithmName;
        if (!s.ai.algorithmVersion.isEmpty())
            name += QLatin1Char(' ') + s.ai.algorithmVersion;
        why << (name.trimmed().isEmpty()
                    ? AiDetector::tr("carries the Algorithm Identification macro")
                    : AiDetector::tr("carries the Algorithm Identification macro (%1)")
                          .arg(name.trimmed()));
    }
    if (!s.ai.srAlgorithmCodes.isEmpty())
        why << AiDetector::tr("structured report identifies an algorithm (TID 4019 codes %1)")
                   .arg(s.ai.srAlgorithmCodes.join(QLatin1String(", ")));
    if (sopClassUid == QLatin1String(kParametricMapStorage))
        why << AiDetector::tr("parametric map");

    const bool derivedSecondary = imageType.value(0) == QLatin1String("DERIVED") &&
                                  imageType.value(1) == QLatin1String("SECONDARY");
    if (derivedSecondary || isSecondaryCaptureClass(sopClassUid)) {
        const QString fields[] = {s.manufacturer, s.modelName, s.seriesDescription,
                                  s.softwareVersions};
        for (const QString& field : fields) {
            const QString product = matchProduct(field);
            if (!product.isEmpty()) {
                why << AiDetector::tr("derived secondary capture from an AI product (%1)")
                           .arg(product);
                break;
            }
        }
    }
    for (const QString& equipment : s.ai.contributingEquipment) {
        const QString product = matchProduct(equipment);
        if (!product.isEmpty()) {
            why << AiDetector::tr("contributing equipment is an AI product (%1)").arg(equipment);
            break;
        }
    }
    return why;
}

} // namespace pdi

#include "ContentRule.h"
#include "dicom/PersonName.h"
#include "dicom/TransferSyntax.h"

#include <QCoreApplication>
#include <QHash>

namespace pdi {

namespace {

QString patientLabel(const PatientContents& p) {
    const QString name = PersonName::fromDicom(p.name).display();
    QString id = p.id.isEmpty() ? ContentRule::tr("no ID") : p.id;
    if (!p.issuer.isEmpty())
        id += QStringLiteral(" (%1)").arg(p.issuer);
    return name.isEmpty() ? id : QStringLiteral("%1 %2").arg(id, name);
}

} // namespace

QString ContentRule::seriesLabel(const SeriesContents& s) {
    QString label = s.modality.isEmpty() ? ContentRule::tr("series")
                                         : ContentRule::tr("%1 series").arg(s.modality);
    if (!s.number.isEmpty())
        label += QLatin1Char(' ') + s.number;
    if (!s.description.isEmpty())
        label += QStringLiteral(" \"%1\"").arg(s.description);
    return label;
}

QString ContentRule::seriesPath(const MediumContents& c, const SeriesContents& s) {
    if (s.instanceIndexes.isEmpty())
        return QString();
    const QString path = c.instances.at(s.instanceIndexes.constFirst()).path;
    return path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : path;
}

void ContentRule::check(const RuleInput& in, Findings& out) const {
    const MediumContents& c = in.contents;

    if (c.patients.size() > 1) {
        QStringList labels;
        for (const PatientContents& p : c.patients)
            labels << patientLabel(p);
        out << FindingCatalog::make(
            FindingCode::SeveralPatients, QString(),
            ContentRule::tr(
                "The medium holds %1 patients: %2. A referral medium holds one patient; import "
                "each patient separately and check that none was sent by mistake.")
                .arg(c.patients.size())
                .arg(labels.join(QLatin1String("; "))));
    }
    for (const PatientContents& p : c.patients) {
        if (p.id.isEmpty()) {
            out << FindingCatalog::make(
                FindingCode::PatientIdMissing, QString(),
                ContentRule::tr(
                    "%n object(s) have no Patient ID; they cannot be matched to a patient "
                    "safely.",
                    "", p.instanceCount()));
        }
        QStringList conflicts;
        if (!p.otherNames.isEmpty())
            conflicts << ContentRule::tr("names %1")
                             .arg(QStringList(QStringList{p.name} + p.otherNames)
                                      .join(QLatin1String(" / ")));
        if (!p.otherBirthDates.isEmpty())
            conflicts << ContentRule::tr("birth dates %1")
                             .arg(QStringList(QStringList{p.birthDate} + p.otherBirthDates)
                                      .join(QLatin1String(" / ")));
        if (!p.otherSexes.isEmpty())
            conflicts << ContentRule::tr("sexes %1")
                             .arg(QStringList(QStringList{p.sex} + p.otherSexes)
                                      .join(QLatin1String(" / ")));
        // Without an ID there is nothing to conflict with; PDI-C008 already says so.
        if (!conflicts.isEmpty() && !p.id.isEmpty()) {
            out << FindingCatalog::make(
                FindingCode::DemographicsDiffer, QString(),
                ContentRule::tr(
                    "Patient ID %1 appears with different %2; this may be two patients. Confirm "
                    "the identity before using these images.")
                    .arg(p.id, conflicts.join(QLatin1String(", "))));
        }
        for (const StudyContents& st : p.studies) {
            for (const SeriesContents& se : st.series) {
                const bool thin = se.isThinSlice(in.settings);
                const bool large = se.frames >= in.settings.bulkInstanceCount;
                if (se.isBulk(in.settings)) {
                    QString why =
                        thin ? ContentRule::tr("%1 mm slices").arg(se.thinnestSlice) : QString();
                    if (large)
                        why += (why.isEmpty() ? QString() : QStringLiteral(", ")) +
                               ContentRule::tr("%1 images").arg(se.frames);
                    out << FindingCatalog::make(
                        FindingCode::BulkSeries, seriesPath(c, se),
                        ContentRule::tr(
                            "%1 is thin-slice or very large data (%2); the receiver may not "
                            "expect it. It needs the operator's decision to be included.")
                            .arg(seriesLabel(se), why));
                }
                if (se.lossy) {
                    out << FindingCatalog::make(
                        FindingCode::LossyContent, seriesPath(c, se),
                        ContentRule::tr("%1 has been lossy compressed at some point; it is not the "
                                        "original image quality.")
                            .arg(seriesLabel(se)));
                }
            }
        }
    }

    QHash<QString, QString> byUid;
    byUid.reserve(c.instances.size());
    // Instances come series by series: most have the transfer syntax of the one before.
    TransferSyntax ts;
    bool first = true;
    for (const MediumInstance& inst : c.instances) {
        if (first || inst.own().transferSyntaxUid != ts.uid) {
            ts = TransferSyntax::fromUid(inst.own().transferSyntaxUid);
            first = false;
        }
        if (ts.isVideo()) {
            out << FindingCatalog::make(
                FindingCode::Video, inst.path,
                ContentRule::tr(
                    "Video (%1); referral media carry video only by prior agreement with the "
                    "receiver.")
                    .arg(ts.name()));
        }
        if (ts.isCompressed()) {
            out << FindingCatalog::make(
                FindingCode::Compressed, inst.path,
                ContentRule::tr(
                    "The file is compressed (%1); referral media must be uncompressed (Explicit "
                    "VR Little Endian). Some receivers cannot read it.")
                    .arg(ts.name()));
        } else if (!ts.isExplicitLittleEndian() && !inst.own().transferSyntaxUid.isEmpty()) {
            out << FindingCatalog::make(
                FindingCode::NotExplicitLittleEndian, inst.path,
                ContentRule::tr(
                    "The file is encoded as %1; PDI media use Explicit VR Little Endian.")
                    .arg(ts.name()));
        }
        const QString uid = inst.own().sopInstanceUid;
        if (uid.isEmpty())
            continue;
        auto it = byUid.constFind(uid);
        if (it != byUid.constEnd()) {
            out << FindingCatalog::make(
                FindingCode::DuplicateSopInstanceUid, inst.path,
                ContentRule::tr(
                    "The same SOP Instance UID as %1; one of them will overwrite the other on "
                    "import.")
                    .arg(*it));
        } else {
            byUid.insert(uid, inst.path);
        }
    }
}

} // namespace pdi

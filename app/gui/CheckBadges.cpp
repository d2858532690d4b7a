#include "CheckBadges.h"

namespace pdi {

QVector<CheckBadge> CheckBadges::of(const CheckReport& r) {
    struct Source {
        MediumFlags::Flag flag;
        const char* text;
        bool severe;
    };
    static const Source sources[] = {
        {MediumFlags::MultiplePatients, QT_TR_NOOP("Several patients"), true},
        {MediumFlags::Autorun, QT_TR_NOOP("Autorun"), true},
        {MediumFlags::Executables, QT_TR_NOOP("Programs"), true},
        {MediumFlags::MissingDicomdir, QT_TR_NOOP("No DICOMDIR"), true},
        {MediumFlags::NonDicomContent, QT_TR_NOOP("Non-DICOM content"), false},
        {MediumFlags::AiDerivedContent, QT_TR_NOOP("AI-derived"), false},
        {MediumFlags::Compressed, QT_TR_NOOP("Compressed"), false},
        {MediumFlags::Video, QT_TR_NOOP("Video"), false},
        // What `pdi check` flags, the window shows too.
        {MediumFlags::DamagedFiles, QT_TR_NOOP("Damaged files"), true},
        {MediumFlags::UnreferencedFiles, QT_TR_NOOP("Unlisted images"), false},
        {MediumFlags::LossyContent, QT_TR_NOOP("Lossy"), false},
        {MediumFlags::NotPart10, QT_TR_NOOP("Not Part 10"), false},
        {MediumFlags::BulkData, QT_TR_NOOP("Bulk data"), false},
    };
    QVector<CheckBadge> out;
    for (const Source& s : sources) {
        if (r.flags[s.flag])
            out.append(
                {MediumFlags::key(s.flag), tr(s.text), MediumFlags::explanation(s.flag), s.severe});
    }
    if (!r.conformant())
        out.append({QStringLiteral("notPdi"), tr("Not PDI"),
                    tr("Not PDI: the medium breaks the rules for patient media; the findings "
                       "below say which."),
                    true});
    return out;
}

} // namespace pdi

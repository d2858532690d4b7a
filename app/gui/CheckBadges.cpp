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

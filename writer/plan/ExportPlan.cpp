#include "ExportPlan.h"

namespace pdi {

QString ExportDecision::kindName() const {
    switch (kind) {
    case Kind::AllowVideo:
        return QStringLiteral("allow-video");
    case Kind::AllowBulk:
        return QStringLiteral("allow-bulk");
    case Kind::AllowAi:
        return QStringLiteral("allow-ai");
    case Kind::MarkAi:
        return QStringLiteral("mark-ai");
    case Kind::NotAi:
        return QStringLiteral("not-ai");
    }
    return QString();
}

int ExportPlan::instanceCount() const {
    int n = 0;
    for (const PlannedStudy& st : studies)
        for (const PlannedSeries& se : st.series)
            n += se.instances.size();
    return n;
}

int ExportPlan::transcodeCount() const {
    int n = 0;
    for (const PlannedStudy& st : studies)
        for (const PlannedSeries& se : st.series)
            for (const PlannedInstance& i : se.instances)
                n += i.transcode ? 1 : 0;
    return n;
}

} // namespace pdi

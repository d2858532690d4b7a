#include "AiContentRule.h"
#include "ContentRule.h"

namespace pdi {

void AiContentRule::check(const RuleInput& in, Findings& out) const {
    for (const PatientContents& p : in.contents.patients) {
        for (const StudyContents& st : p.studies) {
            for (const SeriesContents& se : st.series) {
                if (!se.aiDerived)
                    continue;
                out << FindingCatalog::make(
                    FindingCode::AiDerivedSeries, ContentRule::seriesPath(in.contents, se),
                    ContentRule::tr(
                        "%1 looks AI-derived: %2. The label and README.TXT must say so; import it "
                        "or pass it on only after a person has decided to.")
                        .arg(ContentRule::seriesLabel(se), se.aiReasons.join(QLatin1String("; "))));
            }
        }
    }
}

} // namespace pdi

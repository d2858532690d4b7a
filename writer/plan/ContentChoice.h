#pragma once

#include "ExportPlan.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pdi {

// The operator's choice of content series by series, as a screen offers it: each series ticked
// or not, and its AI detection kept, overruled ("not AI-derived") or added ("AI-derived").
// Series that need a decision (video, bulk, AI-derived) start unticked; ticking one is the
// decision. It becomes the ExportOptions the command line would give, so the planner, the write
// job and the audit trail see the same decisions whichever face the person used.
class ContentChoice {
public:
    enum class AiMark { Detected, MarkedAi, NotAi };

    ContentChoice() = default;
    // The defaults for an inventory (ExportPlanner::inventory): every series that needs no
    // decision ticked.
    explicit ContentChoice(const ExportPlan& inventory);

    bool contains(const QString& seriesUid) const { return series_.contains(seriesUid); }
    bool isIncluded(const QString& seriesUid) const;
    void setIncluded(const QString& seriesUid, bool included);
    AiMark aiMark(const QString& seriesUid) const;
    // A new mark changes what the series needs, so it is ticked again as a series of that kind
    // starts: marked AI-derived unticked, confirmed not AI-derived ticked.
    void setAiMark(const QString& seriesUid, AiMark mark);

    // The detection with the operator's mark.
    bool isAiDerived(const QString& seriesUid) const;
    bool needsDecision(const QString& seriesUid) const;

    // Fills the selection, the allow-decisions and the AI marks of options; the rest (patient,
    // media, other files) is left as it is.
    void applyTo(ExportOptions& options) const;

private:
    struct Series {
        bool video = false;
        bool bulk = false;
        bool detectedAi = false;
        bool included = false;
        AiMark mark = AiMark::Detected;
    };
    QHash<QString, Series> series_;
    QStringList order_; // as in the inventory, so options list series in a stable order
};

} // namespace pdi

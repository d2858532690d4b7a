#include "ContentChoice.h"

namespace pdi {

ContentChoice::ContentChoice(const ExportPlan& inventory) {
    for (const PlannedStudy& st : inventory.studies) {
        for (const PlannedSeries& se : st.series) {
            Series s;
            s.video = se.video;
            s.bulk = se.bulk;
            s.detectedAi = se.aiDerived;
            series_.insert(se.uid, s);
            order_ << se.uid;
            series_[se.uid].included = !needsDecision(se.uid);
        }
    }
}

bool ContentChoice::isIncluded(const QString& seriesUid) const {
    return series_.value(seriesUid).included;
}

void ContentChoice::setIncluded(const QString& seriesUid, bool included) {
    auto it = series_.find(seriesUid);
    if (it != series_.end())
        it->included = included;
}

ContentChoice::AiMark ContentChoice::aiMark(const QString& seriesUid) const {
    return series_.value(seriesUid).mark;
}

void ContentChoice::setAiMark(const QString& seriesUid, AiMark mark) {
    auto it = series_.find(seriesUid);
    if (it == series_.end())
        return;
    it->mark = mark;
    it->included = !needsDecision(seriesUid);
}

bool ContentChoice::isAiDerived(const QString& seriesUid) const {
    const Series s = series_.value(seriesUid);
    return s.mark == AiMark::MarkedAi || (s.detectedAi && s.mark != AiMark::NotAi);
}

bool ContentChoice::needsDecision(const QString& seriesUid) const {
    const Series s = series_.value(seriesUid);
    return s.video || s.bulk || isAiDerived(seriesUid);
}

void ContentChoice::applyTo(ExportOptions& options) const {
    options.series.clear();
    options.studies.clear();
    options.excludeSeries.clear();
    options.markAi.clear();
    options.notAi.clear();
    options.allowVideo = false;
    options.allowBulk = false;
    options.allowAi = false;
    for (const QString& uid : order_) {
        const Series& s = series_[uid];
        if (s.included) {
            options.allowVideo = options.allowVideo || s.video;
            options.allowBulk = options.allowBulk || s.bulk;
            options.allowAi = options.allowAi || isAiDerived(uid);
        }
        if (s.mark == AiMark::MarkedAi && !s.detectedAi)
            options.markAi << uid;
        else if (s.mark == AiMark::NotAi && s.detectedAi)
            options.notAi << uid;
    }
    // An unticked series the planner leaves out anyway keeps the planner's reason (video,
    // thin-slice, AI-derived) in the report; any other is left out by the operator.
    for (const QString& uid : order_) {
        const Series& s = series_[uid];
        if (s.included)
            continue;
        const bool leftOutAnyway = (s.video && !options.allowVideo) ||
                                   (s.bulk && !options.allowBulk) ||
                                   (isAiDerived(uid) && !options.allowAi);
        if (!leftOutAnyway)
            options.excludeSeries << uid;
    }
}

} // namespace pdi

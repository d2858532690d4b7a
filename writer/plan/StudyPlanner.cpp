#include "StudyPlanner.h"

#include "ExportPlanner.h"
#include "dicom/TransferSyntax.h"

#include <QHash>

#include <optional>

namespace pdi {

namespace {

QString seriesLabel(const SeriesContents& s) {
    QString label = s.modality.isEmpty() ? StudyPlanner::tr("series")
                                         : StudyPlanner::tr("%1 series").arg(s.modality);
    if (!s.number.isEmpty())
        label += QLatin1Char(' ') + s.number;
    if (!s.description.isEmpty())
        label += QStringLiteral(" \"%1\"").arg(s.description);
    return label;
}

// What a series is and what the operator said about it: AI marks, video, bulk.
PlannedSeries describeSeries(const SeriesContents& se, const MediumContents& contents,
                             const ExportOptions& options, const CheckSettings& settings,
                             const QString& label, ExportPlan& plan) {
    PlannedSeries series;
    series.uid = se.uid;
    series.modality = se.modality;
    series.number = se.number;
    series.description = se.description;
    series.frames = se.frames;
    series.aiReasons = se.aiReasons;
    series.aiDerived = se.aiDerived;
    if (options.markAi.contains(se.uid)) {
        series.aiDerived = true;
        series.aiReasons << StudyPlanner::tr("marked as AI-derived by the operator");
        plan.decisions << ExportDecision{ExportDecision::Kind::MarkAi, se.uid, label,
                                         se.aiReasons.join(QLatin1String("; "))};
    } else if (options.notAi.contains(se.uid)) {
        if (se.aiDerived) {
            plan.decisions << ExportDecision{ExportDecision::Kind::NotAi, se.uid, label,
                                             se.aiReasons.join(QLatin1String("; "))};
        }
        series.aiDerived = false;
        series.aiReasons.clear();
    }
    series.video = se.isVideo(contents.instances);
    series.bulk = se.isBulk(settings);
    return series;
}

// A series the person did not choose, and why; nullopt when it was chosen.
std::optional<ExcludedContent> notChosen(const StudyContents& st, const SeriesContents& se,
                                         const ExportOptions& options, const QString& label) {
    const auto exclude = [&](ExcludedContent::Reason reason, const QString& message) {
        return ExcludedContent{reason, se.uid, label, se.instances, message};
    };
    if (!options.studies.isEmpty() && !options.studies.contains(st.uid))
        return exclude(ExcludedContent::Reason::NotSelected,
                       StudyPlanner::tr("%1 is in a study that was not chosen.").arg(label));
    if (!options.series.isEmpty() && !options.series.contains(se.uid))
        return exclude(ExcludedContent::Reason::NotSelected,
                       StudyPlanner::tr("%1 was not chosen.").arg(label));
    if (options.excludeSeries.contains(se.uid))
        return exclude(ExcludedContent::Reason::ExcludedByOperator,
                       StudyPlanner::tr("%1 was left out by the operator.").arg(label));
    return std::nullopt;
}

// Content that needs a decision nobody took is left out, saying what would include it.
std::optional<ExcludedContent> undecided(const SeriesContents& se, const PlannedSeries& series,
                                         const ExportOptions& options, const QString& label) {
    const auto exclude = [&](ExcludedContent::Reason reason, const QString& message) {
        return ExcludedContent{reason, se.uid, label, se.instances, message};
    };
    if (series.video && !options.allowVideo)
        return exclude(ExcludedContent::Reason::Video,
                       StudyPlanner::tr("%1 is video; it is left out unless you decide to "
                                        "include it (--allow video).")
                           .arg(label));
    if (series.bulk && !options.allowBulk)
        return exclude(ExcludedContent::Reason::Bulk,
                       StudyPlanner::tr("%1 is thin-slice or very large data (%2 images, slices "
                                        "%3 mm); it is left out unless "
                                        "you decide to include it (--allow bulk).")
                           .arg(label)
                           .arg(se.frames)
                           .arg(se.thinnestSlice));
    if (series.aiDerived && !options.allowAi)
        return exclude(ExcludedContent::Reason::AiDerived,
                       StudyPlanner::tr("%1 looks AI-derived (%2); it is left out unless you "
                                        "decide to include it (--allow ai) "
                                        "or say it is not (--not-ai).")
                           .arg(label, series.aiReasons.join(QLatin1String("; "))));
    return std::nullopt;
}

// The decisions including a series took, each recorded.
void recordDecisions(const SeriesContents& se, const PlannedSeries& series, const QString& label,
                     ExportPlan& plan) {
    if (series.video)
        plan.decisions << ExportDecision{ExportDecision::Kind::AllowVideo, se.uid, label,
                                         QString()};
    if (series.bulk) {
        plan.decisions << ExportDecision{
            ExportDecision::Kind::AllowBulk, se.uid, label,
            StudyPlanner::tr("%1 images, slices %2 mm").arg(se.frames).arg(se.thinnestSlice)};
    }
    if (series.aiDerived) {
        plan.decisions << ExportDecision{ExportDecision::Kind::AllowAi, se.uid, label,
                                         series.aiReasons.join(QLatin1String("; "))};
    }
}

// The series' objects, in Instance Number order, each with whether it must be decoded.
void addInstances(const SeriesContents& se, const MediumContents& contents,
                  const QHash<QString, const SourceInstance*>& byPath, PlannedSeries& series) {
    for (int index : se.instanceIndexes) {
        const SourceInstance& src = *byPath.value(contents.instances.at(index).path);
        const TransferSyntax ts = TransferSyntax::fromUid(src.summary.transferSyntaxUid);
        PlannedInstance planned;
        planned.source = src;
        // Video is carried as it is: there is no uncompressed form to write. A file whose meta
        // information names another object than its data set is rewritten too, with a header
        // made from the data set, or the medium would fail its own verification.
        planned.transcode =
            !ts.isVideo() &&
            (!(src.summary.part10 && ts.isExplicitLittleEndian()) || src.summary.metaDisagrees());
        planned.estimatedBytes = ExportPlanner::estimateBytes(src, planned.transcode);
        series.estimatedBytes += planned.estimatedBytes;
        series.instances << planned;
    }
    // File IDs follow the Instance Number, as a viewer would show the images.
    std::stable_sort(series.instances.begin(), series.instances.end(),
                     [](const PlannedInstance& a, const PlannedInstance& b) {
                         return a.source.summary.instanceNumber.toInt() <
                                b.source.summary.instanceNumber.toInt();
                     });
}

} // namespace

void StudyPlanner::plan(const CollectedSources& sources, const QVector<int>& selected,
                        const MediumContents& contents, const ExportOptions& options,
                        const CheckSettings& settings, ExportPlan& plan) {
    QHash<QString, const SourceInstance*> byPath;
    for (int i : selected)
        byPath.insert(sources.instances.at(i).localPath, &sources.instances.at(i));
    for (const PatientContents& p : contents.patients) {
        for (const QString& inst : p.institutions) {
            if (!plan.institutions.contains(inst))
                plan.institutions << inst;
        }
        for (const StudyContents& st : p.studies) {
            PlannedStudy study{st.uid, st.date, st.time, st.description, st.accessionNumber,
                               {},     {}};
            for (const SeriesContents& se : st.series) {
                const QString label = seriesLabel(se);
                if (std::optional<ExcludedContent> out = notChosen(st, se, options, label)) {
                    plan.excluded << *out;
                    continue;
                }
                PlannedSeries series = describeSeries(se, contents, options, settings, label, plan);
                if (std::optional<ExcludedContent> out = undecided(se, series, options, label)) {
                    plan.excluded << *out;
                    continue;
                }
                recordDecisions(se, series, label, plan);
                addInstances(se, contents, byPath, series);
                if (!se.modality.isEmpty() && !study.modalities.contains(se.modality))
                    study.modalities << se.modality;
                study.series << series;
            }
            if (!study.series.isEmpty())
                plan.studies << study;
        }
    }
}

} // namespace pdi

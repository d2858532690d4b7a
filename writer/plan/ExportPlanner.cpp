#include "ExportPlanner.h"

#include "OtherFiles.h"
#include "StudyPlanner.h"
#include "dicom/PersonName.h"
#include "dicom/TransferSyntax.h"
#include "report/DisplayText.h"
#include "rules/FileIdRules.h"
#include "rules/MediumContents.h"

#include <QHash>
#include <QSet>

namespace pdi {

namespace {

constexpr qint64 kSector = 2048;
constexpr qint64 kMiB = 1024 * 1024;

qint64 sectors(qint64 bytes) {
    return (bytes + kSector - 1) / kSector * kSector;
}

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / kMiB, 'f', 1);
}

QString patientKey(const DicomSummary& s) {
    return s.patientId + QChar(0) + s.issuerOfPatientId;
}

QString patientLine(const DicomSummary& s, int count) {
    QString id = s.patientId.isEmpty() ? ExportPlanner::tr("(no ID)") : s.patientId;
    if (!s.issuerOfPatientId.isEmpty())
        id += QStringLiteral(" [%1]").arg(s.issuerOfPatientId);
    return ExportPlanner::tr("%1 %2 born %3 (%n object(s))", nullptr, count)
        .arg(id, PersonName::fromDicom(s.patientName).display(), DisplayText::date(s.birthDate));
}

} // namespace

qint64 ExportPlanner::estimateBytes(const SourceInstance& instance, bool transcode) {
    if (!transcode)
        return instance.size;
    const DicomSummary& s = instance.summary;
    const qint64 pixels = qint64(s.rows) * s.columns * s.samplesPerPixel *
                          qMax(1, s.numberOfFrames) * qMax(1, (s.bitsAllocated + 7) / 8);
    // The header stays; only the pixel data grows. A compressed file's size bounds its header.
    return pixels + qMin<qint64>(instance.size, 64 * 1024);
}

qint64 ExportPlanner::mediumBytes(const ExportPlan& plan) {
    qint64 total = 0;
    int files = 0;
    int series = 0;
    for (const PlannedStudy& st : plan.studies) {
        for (const PlannedSeries& se : st.series) {
            ++series;
            for (const PlannedInstance& i : se.instances) {
                total += sectors(i.estimatedBytes);
                ++files;
            }
        }
    }
    for (const PlannedOtherFile& o : plan.otherFiles) {
        total += sectors(o.size);
        ++files;
    }
    // DICOMDIR records run to about 600 bytes per instance plus the upper levels; README and the
    // volume structures take a few sectors; web content a preview and a page per series.
    total += sectors(qint64(files) * 600 + qint64(series) * 800 + 4096);
    total += 64 * kSector + sectors(16 * 1024);
    if (plan.web)
        total +=
            qint64(series) * sectors(48 * 1024) + qint64(plan.studies.size()) * sectors(8 * 1024);
    // Directory records: one sector per folder is generous for eight-character names.
    total += qint64(series + plan.studies.size() + 4) * kSector;
    return total;
}

ExportPlan ExportPlanner::inventory(const CollectedSources& sources, const QString& patientId,
                                    const CheckSettings& settings) {
    ExportOptions everything;
    everything.patientId = patientId;
    everything.allowVideo = true;
    everything.allowBulk = true;
    everything.allowAi = true;
    everything.media = TargetMedia::Usb; // free space unknown: no capacity check
    ExportPlan all = plan(sources, everything, settings);
    // Nobody decided anything yet.
    all.decisions.clear();
    return all;
}

namespace {

using Refusal = ExportPlan::Refusal;

// Marks the plan refused; false, so that a step can end with it.
bool refuse(ExportPlan& plan, Refusal kind, const QString& why) {
    plan.refused = true;
    plan.refusal = why;
    plan.refusalKind = kind;
    return false;
}

// The sources' objects by patient (Patient ID with its issuer), in the order they were found.
struct PatientGroups {
    QHash<QString, QVector<int>> byPatient;
    QStringList order;

    explicit PatientGroups(const CollectedSources& sources) {
        for (int i = 0; i < sources.instances.size(); ++i) {
            const QString key = patientKey(sources.instances.at(i).summary);
            if (!byPatient.contains(key))
                order << key;
            byPatient[key].append(i);
        }
    }
};

// One patient per medium (JP-2011/2015): chooses it among the sources, and lists the others as
// left out. False (the plan refused) when no single patient can be chosen.
bool choosePatient(const CollectedSources& sources, const ExportOptions& options, ExportPlan& plan,
                   QVector<int>& selected) {
    const PatientGroups groups(sources);
    const auto firstOf = [&](const QString& key) -> const DicomSummary& {
        return sources.instances.at(groups.byPatient.value(key).first()).summary;
    };
    for (const QString& key : groups.order)
        plan.patientsFound << patientLine(firstOf(key), groups.byPatient.value(key).size());

    QString selectedKey;
    if (!options.patientId.isEmpty()) {
        QStringList matches;
        for (const QString& key : groups.order) {
            if (firstOf(key).patientId == options.patientId)
                matches << key;
        }
        if (matches.isEmpty()) {
            return refuse(
                plan, Refusal::Patient,
                ExportPlanner::tr("No patient with ID %1 among the sources. Patients "
                                  "found: %2.")
                    .arg(options.patientId, plan.patientsFound.join(QLatin1String("; "))));
        }
        if (matches.size() > 1) {
            return refuse(
                plan, Refusal::Patient,
                ExportPlanner::tr("Patient ID %1 is used with different issuers in the "
                                  "sources; these are different "
                                  "patients. Write each from its own source. Patients "
                                  "found: %2.")
                    .arg(options.patientId, plan.patientsFound.join(QLatin1String("; "))));
        }
        selectedKey = matches.first();
    } else if (groups.order.size() > 1) {
        return refuse(plan, Refusal::SeveralPatients,
                      ExportPlanner::tr("The sources hold %1 patients; a referral medium holds "
                                        "one. Choose one patient. "
                                        "Patients found: %2.")
                          .arg(groups.order.size())
                          .arg(plan.patientsFound.join(QLatin1String("; "))));
    } else {
        selectedKey = groups.order.first();
    }

    selected = groups.byPatient.value(selectedKey);
    if (firstOf(selectedKey).patientId.isEmpty()) {
        return refuse(plan, Refusal::Patient,
                      ExportPlanner::tr("%n object(s) have no Patient ID. Objects without a "
                                        "Patient ID cannot be matched to a "
                                        "patient by the receiver and are not written.",
                                        nullptr, selected.size()));
    }
    for (const QString& key : std::as_const(groups.order)) {
        if (key == selectedKey)
            continue;
        ExcludedContent other;
        other.reason = ExcludedContent::Reason::OtherPatient;
        other.instances = groups.byPatient.value(key).size();
        other.label = patientLine(firstOf(key), other.instances);
        other.message =
            ExportPlanner::tr("Another patient's objects are not written: %1.").arg(other.label);
        plan.excluded << other;
    }
    return true;
}

// The patient's objects must agree on who they are; empty values do not disagree. Sets the
// plan's patient, or refuses.
bool agreeOnPatient(const CollectedSources& sources, const QVector<int>& selected,
                    ExportPlan& plan) {
    const DicomSummary& first = sources.instances.at(selected.first()).summary;
    QStringList names{first.patientName};
    QStringList births{first.birthDate};
    QStringList sexes{first.sex};
    for (int i : selected) {
        const DicomSummary& s = sources.instances.at(i).summary;
        if (!s.patientName.isEmpty() && !names.contains(s.patientName))
            names << s.patientName;
        if (!s.birthDate.isEmpty() && !births.contains(s.birthDate))
            births << s.birthDate;
        if (!s.sex.isEmpty() && !sexes.contains(s.sex))
            sexes << s.sex;
    }
    names.removeAll(QString());
    births.removeAll(QString());
    sexes.removeAll(QString());
    QStringList conflicts;
    if (names.size() > 1)
        conflicts << ExportPlanner::tr("names %1").arg(names.join(QLatin1String(" / ")));
    if (births.size() > 1)
        conflicts << ExportPlanner::tr("birth dates %1").arg(births.join(QLatin1String(" / ")));
    if (sexes.size() > 1)
        conflicts << ExportPlanner::tr("sexes %1").arg(sexes.join(QLatin1String(" / ")));
    if (!conflicts.isEmpty()) {
        return refuse(plan, Refusal::Patient,
                      ExportPlanner::tr("The objects of patient %1 disagree on %2. This may be "
                                        "two patients; correct the "
                                        "source data in the archive before writing a medium.")
                          .arg(first.patientId, conflicts.join(QLatin1String(", "))));
    }
    plan.patient = {first.patientId, first.issuerOfPatientId, names.value(0), births.value(0),
                    sexes.value(0)};
    return true;
}

// Every study and series UID the person named must be the patient's, and no series both marked
// and unmarked as AI-derived.
bool checkChoices(const MediumContents& contents, const ExportOptions& options, ExportPlan& plan) {
    QSet<QString> knownStudies;
    QSet<QString> knownSeries;
    for (const PatientContents& p : contents.patients) {
        for (const StudyContents& st : p.studies) {
            knownStudies.insert(st.uid);
            for (const SeriesContents& se : st.series)
                knownSeries.insert(se.uid);
        }
    }
    for (const QString& uid : options.studies) {
        if (!knownStudies.contains(uid))
            return refuse(plan, Refusal::Selection,
                          ExportPlanner::tr("The study %1 chosen is not a study of patient %2.")
                              .arg(uid, plan.patient.id));
    }
    const QStringList seriesOptions =
        options.series + options.excludeSeries + options.markAi + options.notAi;
    for (const QString& uid : seriesOptions) {
        if (!knownSeries.contains(uid))
            return refuse(plan, Refusal::Selection,
                          ExportPlanner::tr("Series %1 (given on the command line) matches no "
                                            "series of patient %2.")
                              .arg(uid, plan.patient.id));
    }
    for (const QString& uid : options.markAi) {
        if (options.notAi.contains(uid))
            return refuse(plan, Refusal::Selection,
                          ExportPlanner::tr("Series %1 is both marked and unmarked as "
                                            "AI-derived; choose one.")
                              .arg(uid));
    }
    return true;
}

// The content must fit the medium; the refusal names the largest series.
bool checkCapacity(const ExportOptions& options, ExportPlan& plan) {
    plan.estimatedBytes = ExportPlanner::mediumBytes(plan);
    plan.capacityBytes = options.media == TargetMedia::Usb ? options.usbFreeBytes
                                                           : TargetMedia::capacity(options.media);
    if (plan.capacityBytes <= 0 || plan.estimatedBytes <= plan.capacityBytes)
        return true;
    const PlannedSeries* largest = nullptr;
    for (const PlannedStudy& st : std::as_const(plan.studies)) {
        for (const PlannedSeries& se : st.series) {
            if (!largest || se.estimatedBytes > largest->estimatedBytes)
                largest = &se;
        }
    }
    return refuse(
        plan, Refusal::Capacity,
        ExportPlanner::tr("The content needs %1 MB but the %2 holds %3 MB: %4 MB too much. The "
                          "largest series is "
                          "%5 series %6 \"%7\" (%8 MB, UID %9). Choose a larger medium or leave "
                          "series out.")
            .arg(megabytes(plan.estimatedBytes), TargetMedia::label(options.media),
                 megabytes(plan.capacityBytes), megabytes(plan.estimatedBytes - plan.capacityBytes),
                 largest->modality, largest->number, largest->description,
                 megabytes(largest->estimatedBytes), largest->uid));
}

// Damaged sources stop the write: a medium with a damaged image may mislead the receiver.
bool checkSources(const CollectedSources& sources, ExportPlan& plan) {
    QStringList damaged;
    for (const SourceProblem& p : sources.problems) {
        if (p.kind == SourceProblem::Kind::Damaged)
            damaged << QStringLiteral("%1 (%2)").arg(p.localPath, p.message);
    }
    if (!damaged.isEmpty()) {
        return refuse(plan, Refusal::Sources,
                      ExportPlanner::tr("%n source file(s) are damaged: %1. A medium with a "
                                        "damaged image may mislead the "
                                        "receiver; remove these files from the sources or get "
                                        "intact copies.",
                                        nullptr, damaged.size())
                          .arg(damaged.mid(0, 5).join(QLatin1String("; "))));
    }
    if (sources.instances.isEmpty())
        return refuse(plan, Refusal::Sources,
                      ExportPlanner::tr("The sources hold no DICOM objects; nothing to write."));
    return true;
}

} // namespace

ExportPlan ExportPlanner::plan(const CollectedSources& sources, const ExportOptions& options,
                               const CheckSettings& settings) {
    ExportPlan plan;
    plan.media = options.media;
    plan.web = options.web;
    plan.sourceProblems = sources.problems;
    QVector<int> selected;
    if (!checkSources(sources, plan) || !choosePatient(sources, options, plan, selected) ||
        !agreeOnPatient(sources, selected, plan))
        return plan;

    QVector<MediumInstance> instances;
    for (int i : selected) {
        const SourceInstance& src = sources.instances.at(i);
        instances.append(MediumInstance(src.localPath, src.size, src.summary));
    }
    const MediumContents contents = MediumContents::fromInstances(instances, settings);
    if (!checkChoices(contents, options, plan))
        return plan;
    StudyPlanner::plan(sources, selected, contents, options, settings, plan);

    Result<QVector<PlannedOtherFile>> others = OtherFiles::plan(options.otherFiles);
    if (!others) {
        refuse(plan, Refusal::OtherFile, others.error().message);
        return plan;
    }
    plan.otherFiles = std::move(*others);

    if (plan.studies.isEmpty()) {
        QStringList why;
        for (const ExcludedContent& e : std::as_const(plan.excluded)) {
            if (e.reason != ExcludedContent::Reason::OtherPatient)
                why << e.message;
        }
        refuse(plan, Refusal::NothingLeft,
               tr("Nothing is left to write for patient %1: %2")
                   .arg(plan.patient.id, why.join(QLatin1Char(' '))));
        return plan;
    }
    checkCapacity(options, plan);
    return plan;
}

} // namespace pdi

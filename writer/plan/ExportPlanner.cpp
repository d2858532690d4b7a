#include "ExportPlanner.h"

#include "dicom/PersonName.h"
#include "dicom/TransferSyntax.h"
#include "report/DisplayText.h"
#include "rules/FileIdRules.h"
#include "rules/MediumContents.h"
#include "scan/ContentSniffer.h"

#include <QFile>
#include <QFileInfo>
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

QString seriesLabel(const SeriesContents& s) {
    QString label = s.modality.isEmpty() ? ExportPlanner::tr("series")
                                         : ExportPlanner::tr("%1 series").arg(s.modality);
    if (!s.number.isEmpty())
        label += QLatin1Char(' ') + s.number;
    if (!s.description.isEmpty())
        label += QStringLiteral(" \"%1\"").arg(s.description);
    return label;
}

// An 8.3 name for an other-content file: the base name reduced to A-Z, 0-9 and _, made unique.
QString otherFileName(const QString& localPath, QSet<QString>& used) {
    const QFileInfo info(localPath);
    auto clean = [](const QString& in, int max) {
        QString out;
        for (QChar c : in.toUpper()) {
            if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out += c;
            else if (!out.endsWith(QLatin1Char('_')))
                out += QLatin1Char('_');
            if (out.size() == max)
                break;
        }
        return out;
    };
    QString base = clean(info.completeBaseName(), 8);
    if (base.isEmpty() || base == QLatin1String("_"))
        base = QStringLiteral("FILE");
    const QString ext = clean(info.suffix(), 3);
    for (int n = 1;; ++n) {
        QString candidate = base;
        if (n > 1) {
            const QString suffix = QString::number(n);
            candidate = base.left(8 - suffix.size() - 1) + QLatin1Char('_') + suffix;
        }
        const QString name = ext.isEmpty() ? candidate : candidate + QLatin1Char('.') + ext;
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

} // namespace

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

ExportPlan ExportPlanner::plan(const CollectedSources& sources, const ExportOptions& options,
                               const CheckSettings& settings) {
    ExportPlan plan;
    plan.media = options.media;
    plan.web = options.web;
    plan.sourceProblems = sources.problems;
    using Refusal = ExportPlan::Refusal;
    auto refuse = [&plan](Refusal kind, const QString& why) {
        plan.refused = true;
        plan.refusal = why;
        plan.refusalKind = kind;
        return plan;
    };

    QStringList damaged;
    for (const SourceProblem& p : sources.problems) {
        if (p.kind == SourceProblem::Kind::Damaged)
            damaged << QStringLiteral("%1 (%2)").arg(p.localPath, p.message);
    }
    if (!damaged.isEmpty()) {
        return refuse(
            Refusal::Sources,
            tr("%n source file(s) are damaged: %1. A medium with a damaged image may mislead the "
               "receiver; remove these files from the sources or get intact copies.",
               nullptr, damaged.size())
                .arg(damaged.mid(0, 5).join(QLatin1String("; "))));
    }
    if (sources.instances.isEmpty())
        return refuse(Refusal::Sources, tr("The sources hold no DICOM objects; nothing to write."));

    // One patient per medium (JP-2011/2015): one Patient ID with its issuer.
    QHash<QString, QVector<int>> byPatient;
    QStringList patientOrder;
    for (int i = 0; i < sources.instances.size(); ++i) {
        const QString key = patientKey(sources.instances.at(i).summary);
        if (!byPatient.contains(key))
            patientOrder << key;
        byPatient[key].append(i);
    }
    for (const QString& key : std::as_const(patientOrder)) {
        const QVector<int>& idx = byPatient.value(key);
        plan.patientsFound << patientLine(sources.instances.at(idx.first()).summary, idx.size());
    }

    QString selectedKey;
    if (!options.patientId.isEmpty()) {
        QStringList matches;
        for (const QString& key : std::as_const(patientOrder)) {
            if (sources.instances.at(byPatient.value(key).first()).summary.patientId ==
                options.patientId)
                matches << key;
        }
        if (matches.isEmpty()) {
            return refuse(
                Refusal::Patient,
                tr("No patient with ID %1 among the sources. Patients found: %2.")
                    .arg(options.patientId, plan.patientsFound.join(QLatin1String("; "))));
        }
        if (matches.size() > 1) {
            return refuse(
                Refusal::Patient,
                tr("Patient ID %1 is used with different issuers in the sources; these are "
                   "different "
                   "patients. Write each from its own source. Patients found: %2.")
                    .arg(options.patientId, plan.patientsFound.join(QLatin1String("; "))));
        }
        selectedKey = matches.first();
    } else if (patientOrder.size() > 1) {
        return refuse(Refusal::SeveralPatients,
                      tr("The sources hold %1 patients; a referral medium holds one. Choose one "
                         "with --patient-id. "
                         "Patients found: %2.")
                          .arg(patientOrder.size())
                          .arg(plan.patientsFound.join(QLatin1String("; "))));
    } else {
        selectedKey = patientOrder.first();
    }

    const QVector<int>& selected = byPatient.value(selectedKey);
    const DicomSummary& first = sources.instances.at(selected.first()).summary;
    if (first.patientId.isEmpty()) {
        return refuse(Refusal::Patient, tr("%n object(s) have no Patient ID. Objects without a "
                                           "Patient ID cannot be matched to a "
                                           "patient by the receiver and are not written.",
                                           nullptr, selected.size()));
    }
    for (const QString& key : std::as_const(patientOrder)) {
        if (key == selectedKey)
            continue;
        ExcludedContent other;
        other.reason = ExcludedContent::Reason::OtherPatient;
        other.instances = byPatient.value(key).size();
        other.label = patientLine(sources.instances.at(byPatient.value(key).first()).summary,
                                  other.instances);
        other.message = tr("Another patient's objects are not written: %1.").arg(other.label);
        plan.excluded << other;
    }

    // The patient's objects must agree on who they are. Empty values do not disagree.
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
        conflicts << tr("names %1").arg(names.join(QLatin1String(" / ")));
    if (births.size() > 1)
        conflicts << tr("birth dates %1").arg(births.join(QLatin1String(" / ")));
    if (sexes.size() > 1)
        conflicts << tr("sexes %1").arg(sexes.join(QLatin1String(" / ")));
    if (!conflicts.isEmpty()) {
        return refuse(
            Refusal::Patient,
            tr("The objects of patient %1 disagree on %2. This may be two patients; correct the "
               "source data in the archive before writing a medium.")
                .arg(first.patientId, conflicts.join(QLatin1String(", "))));
    }
    plan.patient = {first.patientId, first.issuerOfPatientId, names.value(0), births.value(0),
                    sexes.value(0)};

    // Studies and series as the checker groups them, with its AI detection and bulk rule.
    QVector<MediumInstance> instances;
    for (int i : selected) {
        const SourceInstance& src = sources.instances.at(i);
        instances.append({src.localPath, src.size, src.summary, false});
    }
    const MediumContents contents = MediumContents::fromInstances(instances, settings);
    QHash<QString, const SourceInstance*> byPath;
    for (int i : selected)
        byPath.insert(sources.instances.at(i).localPath, &sources.instances.at(i));

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
            return refuse(
                Refusal::Selection,
                tr("--study %1 matches no study of patient %2.").arg(uid, plan.patient.id));
    }
    const QStringList seriesOptions =
        options.series + options.excludeSeries + options.markAi + options.notAi;
    for (const QString& uid : seriesOptions) {
        if (!knownSeries.contains(uid))
            return refuse(
                Refusal::Selection,
                tr("Series %1 (given on the command line) matches no series of patient %2.")
                    .arg(uid, plan.patient.id));
    }
    for (const QString& uid : options.markAi) {
        if (options.notAi.contains(uid))
            return refuse(
                Refusal::Selection,
                tr("Series %1 is both marked and unmarked as AI-derived; choose one.").arg(uid));
    }

    for (const PatientContents& p : contents.patients) {
        for (const StudyContents& st : p.studies) {
            PlannedStudy study;
            study.uid = st.uid;
            study.date = st.date;
            study.time = st.time;
            study.description = st.description;
            study.accessionNumber = st.accessionNumber;
            for (const QString& inst : p.institutions) {
                if (!plan.institutions.contains(inst))
                    plan.institutions << inst;
            }
            for (const SeriesContents& se : st.series) {
                const QString label = seriesLabel(se);
                auto exclude = [&](ExcludedContent::Reason reason, const QString& message) {
                    plan.excluded << ExcludedContent{reason, se.uid, label, se.instances, message};
                };
                if (!options.studies.isEmpty() && !options.studies.contains(st.uid)) {
                    exclude(ExcludedContent::Reason::NotSelected,
                            tr("%1 is in a study that was not chosen.").arg(label));
                    continue;
                }
                if (!options.series.isEmpty() && !options.series.contains(se.uid)) {
                    exclude(ExcludedContent::Reason::NotSelected,
                            tr("%1 was not chosen.").arg(label));
                    continue;
                }
                if (options.excludeSeries.contains(se.uid)) {
                    exclude(ExcludedContent::Reason::ExcludedByOperator,
                            tr("%1 was left out by the operator.").arg(label));
                    continue;
                }

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
                    series.aiReasons << tr("marked as AI-derived by the operator");
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

                if (series.video && !options.allowVideo) {
                    exclude(ExcludedContent::Reason::Video,
                            tr("%1 is video; it is left out unless you decide to include it "
                               "(--allow video).")
                                .arg(label));
                    continue;
                }
                if (series.bulk && !options.allowBulk) {
                    exclude(ExcludedContent::Reason::Bulk,
                            tr("%1 is thin-slice or very large data (%2 images, slices %3 mm); it "
                               "is left out unless "
                               "you decide to include it (--allow bulk).")
                                .arg(label)
                                .arg(se.frames)
                                .arg(se.thinnestSlice));
                    continue;
                }
                if (series.aiDerived && !options.allowAi) {
                    exclude(ExcludedContent::Reason::AiDerived,
                            tr("%1 looks AI-derived (%2); it is left out unless you decide to "
                               "include it (--allow ai) "
                               "or say it is not (--not-ai).")
                                .arg(label, series.aiReasons.join(QLatin1String("; "))));
                    continue;
                }
                if (series.video)
                    plan.decisions << ExportDecision{ExportDecision::Kind::AllowVideo, se.uid,
                                                     label, QString()};
                if (series.bulk) {
                    plan.decisions << ExportDecision{
                        ExportDecision::Kind::AllowBulk, se.uid, label,
                        tr("%1 images, slices %2 mm").arg(se.frames).arg(se.thinnestSlice)};
                }
                if (series.aiDerived) {
                    plan.decisions << ExportDecision{ExportDecision::Kind::AllowAi, se.uid, label,
                                                     series.aiReasons.join(QLatin1String("; "))};
                }

                for (int index : se.instanceIndexes) {
                    const SourceInstance& src = *byPath.value(contents.instances.at(index).path);
                    const TransferSyntax ts =
                        TransferSyntax::fromUid(src.summary.transferSyntaxUid);
                    PlannedInstance planned;
                    planned.source = src;
                    // Video is carried as it is: there is no uncompressed form to write.
                    planned.transcode =
                        !ts.isVideo() && !(src.summary.part10 && ts.isExplicitLittleEndian());
                    planned.estimatedBytes = estimateBytes(src, planned.transcode);
                    series.estimatedBytes += planned.estimatedBytes;
                    series.instances << planned;
                }
                // File IDs follow the Instance Number, as a viewer would show the images.
                std::stable_sort(series.instances.begin(), series.instances.end(),
                                 [](const PlannedInstance& a, const PlannedInstance& b) {
                                     return a.source.summary.instanceNumber.toInt() <
                                            b.source.summary.instanceNumber.toInt();
                                 });
                if (!se.modality.isEmpty() && !study.modalities.contains(se.modality))
                    study.modalities << se.modality;
                study.series << series;
            }
            if (!study.series.isEmpty())
                plan.studies << study;
        }
    }

    // Other content: documents and pictures only, under OTHER/ with 8.3 names.
    QSet<QString> usedNames;
    for (const QString& path : options.otherFiles) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return refuse(Refusal::OtherFile,
                          tr("Cannot read %1 (--other): %2").arg(path, f.errorString()));
        const ContentSniffer::Verdict v =
            ContentSniffer::sniff(f.read(512), QFileInfo(path).fileName());
        if (v.program) {
            return refuse(Refusal::OtherFile,
                          tr("%1 is a program (%2); programs may not be put on a referral medium.")
                              .arg(path, v.contentType));
        }
        plan.otherFiles << PlannedOtherFile{
            QFileInfo(path).absoluteFilePath(),
            QStringLiteral("OTHER/") + otherFileName(path, usedNames), v.contentType, f.size()};
    }

    if (plan.studies.isEmpty()) {
        QStringList why;
        for (const ExcludedContent& e : std::as_const(plan.excluded)) {
            if (e.reason != ExcludedContent::Reason::OtherPatient)
                why << e.message;
        }
        return refuse(Refusal::NothingLeft, tr("Nothing is left to write for patient %1: %2")
                                                .arg(plan.patient.id, why.join(QLatin1Char(' '))));
    }

    plan.estimatedBytes = mediumBytes(plan);
    plan.capacityBytes = options.media == TargetMedia::Usb ? options.usbFreeBytes
                                                           : TargetMedia::capacity(options.media);
    if (plan.capacityBytes > 0 && plan.estimatedBytes > plan.capacityBytes) {
        const PlannedSeries* largest = nullptr;
        for (const PlannedStudy& st : std::as_const(plan.studies)) {
            for (const PlannedSeries& se : st.series) {
                if (!largest || se.estimatedBytes > largest->estimatedBytes)
                    largest = &se;
            }
        }
        return refuse(Refusal::Capacity,
                      tr("The content needs %1 MB but the %2 holds %3 MB: %4 MB too much. The "
                         "largest series is "
                         "%5 series %6 \"%7\" (%8 MB, UID %9). Choose a larger medium or leave "
                         "series out with "
                         "--exclude-series.")
                          .arg(megabytes(plan.estimatedBytes), TargetMedia::label(options.media),
                               megabytes(plan.capacityBytes),
                               megabytes(plan.estimatedBytes - plan.capacityBytes),
                               largest->modality, largest->number, largest->description,
                               megabytes(largest->estimatedBytes), largest->uid));
    }
    return plan;
}

} // namespace pdi

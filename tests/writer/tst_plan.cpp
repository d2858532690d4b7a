// The export plan: one patient, the operator's choices and decisions, capacity; refusals say why
// and leave nothing behind.
#include "TestSupport.h"

#include "plan/ContentChoice.h"
#include "plan/ExportPlanner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

using namespace pdi;

namespace {

test::InstanceSpec instance(const QString& patient, int series, int number) {
    test::InstanceSpec s;
    s.patientId = patient;
    s.studyUid =
        test::uid(patient == QLatin1String("A1") ? QStringLiteral("81.1") : QStringLiteral("82.1"));
    s.seriesUid = test::uid(
        QStringLiteral("8%1.1.%2").arg(patient == QLatin1String("A1") ? 1 : 2).arg(series));
    s.seriesNumber = QString::number(series);
    s.sopInstanceUid = test::uid(QStringLiteral("8%1.1.%2.%3")
                                     .arg(patient == QLatin1String("A1") ? 1 : 2)
                                     .arg(series)
                                     .arg(number));
    s.instanceNumber = QString::number(number);
    return s;
}

} // namespace

class TestPlan : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString mixed_; // two patients, A1 with a normal, an AI and a thin-slice series
    QString seriesAi_;
    QString seriesThin_;
    QString seriesCt_;

    CollectedSources collect(const QStringList& paths) {
        const Result<CollectedSources> collected = ExportSource::collect(paths);
        if (!collected)
            qWarning("%s", qPrintable(collected.error().message));
        return collected ? *collected : CollectedSources();
    }

private Q_SLOTS:
    void initTestCase() {
        mixed_ = tmp_.filePath(QStringLiteral("mixed"));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(test::writeInstance(QStringLiteral("%1/a/ct%2.dcm").arg(mixed_).arg(i),
                                        instance(QStringLiteral("A1"), 1, i)));
        seriesCt_ = instance(QStringLiteral("A1"), 1, 1).seriesUid;
        test::InstanceSpec ai = instance(QStringLiteral("A1"), 2, 1);
        ai.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        ai.modality = QStringLiteral("OT");
        ai.imageType = QStringLiteral("DERIVED\\SECONDARY");
        ai.manufacturer = QStringLiteral("Aidoc");
        seriesAi_ = ai.seriesUid;
        QVERIFY(test::writeInstance(mixed_ + QStringLiteral("/a/ai.dcm"), ai));
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec thin = instance(QStringLiteral("A1"), 3, i);
            thin.sliceThickness = 0.5;
            seriesThin_ = thin.seriesUid;
            QVERIFY(
                test::writeInstance(QStringLiteral("%1/a/thin%2.dcm").arg(mixed_).arg(i), thin));
        }
        test::InstanceSpec b = instance(QStringLiteral("B2"), 1, 1);
        b.patientName = QStringLiteral("OTHER^PATIENT");
        QVERIFY(test::writeInstance(mixed_ + QStringLiteral("/b/b1.dcm"), b));
        QVERIFY(test::writeText(mixed_ + QStringLiteral("/README.TXT"), "not DICOM"));
    }

    void severalPatientsRefused() {
        const ExportPlan plan =
            ExportPlanner::plan(collect({mixed_}), ExportOptions(), CheckSettings());
        QVERIFY(plan.refused);
        QCOMPARE(plan.refusalKind, ExportPlan::Refusal::SeveralPatients);
        // What to do, in words; the command line adds its own option.
        QVERIFY(plan.refusal.contains(QLatin1String("Choose one patient")));
        QVERIFY(!plan.refusal.contains(QLatin1String("--")));
        QCOMPARE(plan.patientsFound.size(), 2);
        QVERIFY(plan.patientsFound.join(QLatin1Char(' ')).contains(QLatin1String("OTHER PATIENT")));
    }

    void patientChosenAndDecisionsNeeded() {
        ExportOptions options;
        options.patientId = QStringLiteral("A1");
        const ExportPlan plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.patient.id, QStringLiteral("A1"));
        QCOMPARE(plan.studies.size(), 1);
        QCOMPARE(plan.studies.first().series.size(), 1); // AI and thin-slice left out
        QCOMPARE(plan.instanceCount(), 3);
        QStringList reasons;
        for (const ExcludedContent& e : plan.excluded)
            reasons << QString::number(int(e.reason));
        QVERIFY(reasons.contains(QString::number(int(ExcludedContent::Reason::OtherPatient))));
        QVERIFY(reasons.contains(QString::number(int(ExcludedContent::Reason::AiDerived))));
        QVERIFY(reasons.contains(QString::number(int(ExcludedContent::Reason::Bulk))));
        QVERIFY(plan.decisions.isEmpty());
        // The README.TXT among the sources is reported, not written.
        QCOMPARE(plan.sourceProblems.size(), 1);
    }

    void allowingIsADecision() {
        ExportOptions options;
        options.patientId = QStringLiteral("A1");
        options.allowAi = true;
        options.allowBulk = true;
        const ExportPlan plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.instanceCount(), 7);
        QStringList kinds;
        for (const ExportDecision& d : plan.decisions)
            kinds << d.kindName() + QLatin1Char(':') + d.seriesUid;
        QVERIFY(kinds.contains(QStringLiteral("allow-ai:") + seriesAi_));
        QVERIFY(kinds.contains(QStringLiteral("allow-bulk:") + seriesThin_));
    }

    void operatorOverridesAiDetection() {
        ExportOptions options;
        options.patientId = QStringLiteral("A1");
        options.notAi = {seriesAi_};
        options.markAi = {seriesCt_};
        ExportPlan plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        // The AI series goes (the operator says it is not AI); the CT stays out (marked as AI).
        QCOMPARE(plan.studies.first().series.size(), 1);
        QCOMPARE(plan.studies.first().series.first().uid, seriesAi_);
        QStringList kinds;
        for (const ExportDecision& d : plan.decisions)
            kinds << d.kindName();
        QVERIFY(kinds.contains(QStringLiteral("not-ai")));
        QVERIFY(kinds.contains(QStringLiteral("mark-ai")));
        options.markAi = {seriesAi_};
        QVERIFY(ExportPlanner::plan(collect({mixed_}), options, CheckSettings())
                    .refused); // both at once
    }

    void selectionAndUnknownUids() {
        ExportOptions options;
        options.patientId = QStringLiteral("A1");
        options.excludeSeries = {seriesCt_};
        ExportPlan plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY(plan.refused); // nothing left: CT excluded, AI and thin not allowed
        QVERIFY2(plan.refusal.contains(QLatin1String("Nothing is left")), qPrintable(plan.refusal));

        options.excludeSeries = {QStringLiteral("1.2.3.4.5")};
        plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY(plan.refused);
        QVERIFY(plan.refusal.contains(QLatin1String("1.2.3.4.5")));

        options.excludeSeries.clear();
        options.patientId = QStringLiteral("NOBODY");
        plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY(plan.refused);
        QVERIFY(plan.refusal.contains(QLatin1String("NOBODY")));
    }

    void disagreeingDemographicsRefused() {
        const QString dir = tmp_.filePath(QStringLiteral("conflict"));
        test::InstanceSpec a = instance(QStringLiteral("A1"), 1, 1);
        test::InstanceSpec b = instance(QStringLiteral("A1"), 1, 2);
        b.birthDate = QStringLiteral("19991231");
        QVERIFY(test::writeInstance(dir + QStringLiteral("/1"), a));
        QVERIFY(test::writeInstance(dir + QStringLiteral("/2"), b));
        const ExportPlan plan =
            ExportPlanner::plan(collect({dir}), ExportOptions(), CheckSettings());
        QVERIFY(plan.refused);
        QCOMPARE(plan.refusalKind, ExportPlan::Refusal::Patient);
        QVERIFY2(plan.refusal.contains(QLatin1String("19991231")), qPrintable(plan.refusal));
    }

    void damagedSourceRefused() {
        const QString dir = tmp_.filePath(QStringLiteral("damaged"));
        QVERIFY(
            test::writeInstance(dir + QStringLiteral("/1"), instance(QStringLiteral("A1"), 1, 1)));
        QVERIFY(QFile::copy(test::pydicomFile(QStringLiteral("MR_truncated.dcm")),
                            dir + QStringLiteral("/2")));
        const ExportPlan plan =
            ExportPlanner::plan(collect({dir}), ExportOptions(), CheckSettings());
        QVERIFY(plan.refused);
        QCOMPARE(plan.refusalKind, ExportPlan::Refusal::Sources);
        QVERIFY(plan.refusal.contains(QLatin1String("damaged")));
    }

    void capacity() {
        ExportOptions options;
        options.patientId = QStringLiteral("A1");
        options.allowAi = true;
        options.allowBulk = true;
        options.media = TargetMedia::Usb;
        options.usbFreeBytes = 20 * 1024;
        const ExportPlan plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY(plan.refused);
        QCOMPARE(plan.refusalKind, ExportPlan::Refusal::Capacity);
        QVERIFY(plan.estimatedBytes > plan.capacityBytes);
        QVERIFY2(plan.refusal.contains(QLatin1String("too much")) &&
                     plan.refusal.contains(QLatin1String("largest series")),
                 qPrintable(plan.refusal));
        options.usbFreeBytes = 0; // unknown: not checked
        QVERIFY(!ExportPlanner::plan(collect({mixed_}), options, CheckSettings()).refused);
        options.media = TargetMedia::Cd;
        const ExportPlan cd = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY(!cd.refused);
        QVERIFY(cd.estimatedBytes > 7 * 2048);
        QCOMPARE(cd.capacityBytes, TargetMedia::capacity(TargetMedia::Cd));
    }

    void compressedSourcesAreEstimatedUncompressed() {
        const QString dir = tmp_.filePath(QStringLiteral("jpeg"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(test::pydicomFile(QStringLiteral("JPGExtended.dcm")),
                            dir + QStringLiteral("/1")));
        const ExportPlan plan =
            ExportPlanner::plan(collect({dir}), ExportOptions(), CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        const PlannedInstance& i = plan.studies.first().series.first().instances.first();
        QVERIFY(i.transcode);
        QVERIFY(i.estimatedBytes > i.source.size);
        QCOMPARE(plan.transcodeCount(), 1);
    }

    void otherFiles() {
        const QString letter = tmp_.filePath(QStringLiteral("Referral letter (Dr. Sato).pdf"));
        QVERIFY(test::writeText(letter, "%PDF-1.4\n"));
        const QString viewer = tmp_.filePath(QStringLiteral("viewer.exe"));
        QVERIFY(test::writeText(viewer, QByteArray("MZ\x90\0", 4)));
        ExportOptions options;
        options.patientId = QStringLiteral("A1");
        options.otherFiles = {letter, letter};
        ExportPlan plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.otherFiles.size(), 2);
        QCOMPARE(plan.otherFiles.at(0).mediumPath, QStringLiteral("OTHER/REFERRAL.PDF"));
        QCOMPARE(plan.otherFiles.at(1).mediumPath, QStringLiteral("OTHER/REFERR_2.PDF"));
        options.otherFiles = {viewer};
        plan = ExportPlanner::plan(collect({mixed_}), options, CheckSettings());
        QVERIFY(plan.refused);
        QVERIFY(plan.refusal.contains(QLatin1String("program")));
        QCOMPARE(plan.refusalKind, ExportPlan::Refusal::OtherFile);
    }

    // What a screen needs before the operator decides: the patients, and everything of one.
    void patientsAndInventory() {
        const CollectedSources sources = collect({mixed_});
        const QVector<SourcePatient> patients = ExportSource::patients(sources);
        QCOMPARE(patients.size(), 2);
        QCOMPARE(patients.at(0).id + patients.at(1).id, QStringLiteral("A1B2"));
        QCOMPARE(patients.at(0).instances, 7);
        QCOMPARE(patients.at(1).instances, 1);
        QCOMPARE(patients.at(1).name, QStringLiteral("OTHER^PATIENT"));
        QVERIFY(patients.at(0).bytes > 0);

        ExportPlan inventory = ExportPlanner::inventory(sources, QString(), CheckSettings());
        QVERIFY(inventory.refused);
        QCOMPARE(inventory.refusalKind, ExportPlan::Refusal::SeveralPatients);

        inventory = ExportPlanner::inventory(sources, QStringLiteral("A1"), CheckSettings());
        QVERIFY2(!inventory.refused, qPrintable(inventory.refusal));
        QCOMPARE(inventory.instanceCount(), 7); // nothing left out for needing a decision
        QVERIFY(inventory.decisions.isEmpty());
        QCOMPARE(inventory.capacityBytes, qint64(0));
        QCOMPARE(inventory.studies.first().series.size(), 3);
        for (const PlannedSeries& se : inventory.studies.first().series) {
            QCOMPARE(se.aiDerived, se.uid == seriesAi_);
            QCOMPARE(se.bulk, se.uid == seriesThin_);
            if (se.aiDerived)
                QVERIFY(!se.aiReasons.isEmpty());
            QVERIFY(se.estimatedBytes > 0);
        }
    }

    // Ticking a series that needs a decision is the decision; the plan names it.
    void contentChoice() {
        const CollectedSources sources = collect({mixed_});
        const ExportPlan inventory =
            ExportPlanner::inventory(sources, QStringLiteral("A1"), CheckSettings());
        ContentChoice choice(inventory);
        QVERIFY(choice.isIncluded(seriesCt_));
        QVERIFY(!choice.isIncluded(seriesAi_));
        QVERIFY(!choice.isIncluded(seriesThin_));
        QVERIFY(choice.needsDecision(seriesAi_));
        QVERIFY(!choice.needsDecision(seriesCt_));

        auto planFor = [&](const ContentChoice& c) {
            ExportOptions options;
            options.patientId = QStringLiteral("A1");
            c.applyTo(options);
            return ExportPlanner::plan(sources, options, CheckSettings());
        };
        auto reasonOf = [](const ExportPlan& plan, const QString& uid) {
            for (const ExcludedContent& e : plan.excluded) {
                if (e.seriesUid == uid)
                    return int(e.reason);
            }
            return -1;
        };
        auto decisions = [](const ExportPlan& plan) {
            QStringList out;
            for (const ExportDecision& d : plan.decisions)
                out << d.kindName() + QLatin1Char(':') + d.seriesUid;
            return out;
        };

        // Defaults: the CT only; the others left out for their own reasons, no decision.
        ExportPlan plan = planFor(choice);
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.instanceCount(), 3);
        QCOMPARE(reasonOf(plan, seriesAi_), int(ExcludedContent::Reason::AiDerived));
        QCOMPARE(reasonOf(plan, seriesThin_), int(ExcludedContent::Reason::Bulk));
        QVERIFY(plan.decisions.isEmpty());

        // Ticking the AI series is the allow-ai decision; unticking the CT leaves it out.
        choice.setIncluded(seriesAi_, true);
        choice.setIncluded(seriesCt_, false);
        plan = planFor(choice);
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.instanceCount(), 1);
        QCOMPARE(decisions(plan), QStringList{QStringLiteral("allow-ai:") + seriesAi_});
        QCOMPARE(reasonOf(plan, seriesCt_), int(ExcludedContent::Reason::ExcludedByOperator));
        QCOMPARE(reasonOf(plan, seriesThin_), int(ExcludedContent::Reason::Bulk));

        // "Not AI-derived" ticks the series again as ordinary content, recorded as not-ai.
        choice.setIncluded(seriesAi_, false);
        choice.setAiMark(seriesAi_, ContentChoice::AiMark::NotAi);
        QVERIFY(choice.isIncluded(seriesAi_));
        QVERIFY(!choice.isAiDerived(seriesAi_));
        plan = planFor(choice);
        QCOMPARE(decisions(plan), QStringList{QStringLiteral("not-ai:") + seriesAi_});

        // Marking the CT as AI-derived unticks it; ticking it again allows it, both recorded.
        choice.setIncluded(seriesCt_, true);
        choice.setAiMark(seriesCt_, ContentChoice::AiMark::MarkedAi);
        QVERIFY(!choice.isIncluded(seriesCt_));
        choice.setIncluded(seriesCt_, true);
        plan = planFor(choice);
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        const QStringList made = decisions(plan);
        QVERIFY(made.contains(QStringLiteral("mark-ai:") + seriesCt_));
        QVERIFY(made.contains(QStringLiteral("allow-ai:") + seriesCt_));
        QVERIFY(made.contains(QStringLiteral("not-ai:") + seriesAi_));
        QCOMPARE(plan.instanceCount(), 4);

        // Nothing ticked: refused, saying nothing is left.
        for (const QString& uid : {seriesCt_, seriesAi_, seriesThin_})
            choice.setIncluded(uid, false);
        plan = planFor(choice);
        QVERIFY(plan.refused);
        QCOMPARE(plan.refusalKind, ExportPlan::Refusal::NothingLeft);
    }

    // Sources added one by one are one source; progress is reported while a folder is read.
    void combinedSourcesAndProgress() {
        std::atomic<int> reports{0};
        std::atomic<int> lastTotal{0};
        JobProgress progress;
        progress.report = [&](const QString&, qint64, qint64 total) {
            ++reports;
            lastTotal = int(total);
        };
        const Result<CollectedSources> a =
            ExportSource::collect({mixed_ + QStringLiteral("/a")}, progress);
        QVERIFY(a.ok());
        QCOMPARE(a->instances.size(), 7);
        QVERIFY(reports > 0);
        QCOMPARE(lastTotal.load(), 7);
        const CollectedSources all = collect({mixed_});
        const CollectedSources combined = ExportSource::combine({*a, all, *a});
        QCOMPARE(combined.instances.size(), 8);
        QCOMPARE(combined.problems.size(), 1);
        const Result<CollectedSources> missing =
            ExportSource::collect({tmp_.filePath(QStringLiteral("nowhere"))});
        QVERIFY(!missing.ok());
        QVERIFY(!missing.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"

// The export plan: one patient, the operator's choices and decisions, capacity; refusals say why
// and leave nothing behind.
#include "TestSupport.h"

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

    ExportSource::Result collect(const QStringList& paths) { return ExportSource::collect(paths); }

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
        QVERIFY(plan.refusal.contains(QLatin1String("--patient-id")));
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
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"

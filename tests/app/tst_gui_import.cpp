// The Import workspace, driven offscreen as a technologist uses it: an outside ISO with a
// Japanese name in ISO 2022 IR 87 and programs on it, reconciled against the local archive that
// already holds the local patient; the candidate with its reasons, the choice, the series, the
// confirmation and the send to `local` on a worker thread; then the stored objects read back
// (local identity in, outside identity kept), the audit trail, cancel and resume to the exact
// count, an unfinished import resumed from the job record, a local ID nobody knows, a medium of
// two patients, and who has no Import tab.
#include "GuiFixtures.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "archive/LocalArchive.h"
#include "dicom/SpecificCharacterSet.h"
#include "gui/BackgroundTask.h"
#include "gui/ImportConfirmation.h"
#include "gui/ImportContentTree.h"
#include "gui/ImportResultView.h"
#include "gui/ImportWorkspace.h"
#include "gui/LeftOutList.h"
#include "gui/LocalIdentityForm.h"
#include "gui/MainWindow.h"
#include "gui/ReconciliationTable.h"
#include "gui/SessionGuard.h"
#include "gui/UiLanguage.h"
#include "settings/SiteSettings.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

namespace {

constexpr int WorkerWaitMs = 180000;

const QString LocalName = QStringLiteral("KIMURA^TAKESHI=木村^武=きむら^たけし");
const QString OutsideName = QStringLiteral("KIMURA^TAKESHI=木村^武=きむら^たけし");
const QString Jis = QStringLiteral("\\ISO 2022 IR 87");

// An outside object whose text is written in ISO 2022 IR 87 (JIS X 0208), as many Japanese
// modalities write it.
test::InstanceSpec outside(const QString& study, int series, int instance,
                           const QString& patientId = QStringLiteral("OUT-7")) {
    test::InstanceSpec s;
    s.patientId = patientId;
    s.patientName = OutsideName;
    s.birthDate = QStringLiteral("19550505");
    s.sex = QStringLiteral("M");
    s.characterSet = Jis;
    s.institution = QStringLiteral("OUTSIDE CLINIC");
    s.accessionNumber = QStringLiteral("OUTACC");
    s.studyUid = test::uid(study);
    s.seriesUid = test::uid(QStringLiteral("%1.%2").arg(study).arg(series));
    s.seriesNumber = QString::number(series);
    s.seriesDescription = series == 1 ? QStringLiteral("AXIAL") : QStringLiteral("CORONAL");
    s.sopInstanceUid = test::uid(QStringLiteral("%1.%2.%3").arg(study).arg(series).arg(instance));
    s.instanceNumber = QString::number(instance);
    s.customize = [](DcmDataset& ds) {
        ds.putAndInsertString(DCM_PatientName,
                              SpecificCharacterSet(Jis).encode(OutsideName).constData());
    };
    return s;
}

QString text(DcmItem& item, const DcmTagKey& tag, const SpecificCharacterSet& cs) {
    OFString v;
    item.findAndGetOFStringArray(tag, v, OFFalse);
    return cs.decode(QByteArray(v.c_str(), int(v.length())));
}

} // namespace

class TestGuiImport : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture f_;
    std::optional<Session> tech_;
    QString iso_;   // OUT-7: two series (2 + 1 objects), README, AUTORUN.INF, a program
    QString large_; // OUT-8: one series of 300 objects, to cancel in the middle
    QString large2_;

    WorkspaceContext tech() { return {f_.station(), *tech_}; }

    static bool openAndReconcile(ImportWorkspace* import, const QString& medium) {
        QSignalSpy reconciled(import, &ImportWorkspace::reconciled);
        import->openMedium(medium);
        return reconciled.wait(WorkerWaitMs) && import->medium();
    }

    static int candidateRow(ImportWorkspace* import, const QString& localId) {
        const QVector<Candidate>& candidates =
            import->reconciliation()->reconciliation().candidates;
        for (int i = 0; i < candidates.size(); ++i) {
            if (candidates.at(i).patient.id == localId)
                return i;
        }
        return -1;
    }

    // Import..., then Send in the confirmation; waits for the outcome.
    static bool prepareAndSend(ImportWorkspace* import) {
        QSignalSpy prepared(import, &ImportWorkspace::prepared);
        import->findChild<QPushButton*>(QStringLiteral("prepareImport"))->click();
        if (!prepared.wait(WorkerWaitMs) || !import->confirmation())
            return false;
        QSignalSpy finished(import, &ImportWorkspace::importFinished);
        import->confirmation()->findChild<QPushButton*>(QStringLiteral("confirmImport"))->click();
        return finished.wait(WorkerWaitMs);
    }

    // Waits until the progress bar shows some objects sent, then presses Cancel.
    static bool cancelMidSend(ImportWorkspace* import) {
        auto* bar = import->findChild<QProgressBar*>(QStringLiteral("importProgress"));
        QSignalSpy finished(import, &ImportWorkspace::importFinished);
        const bool midway = QTest::qWaitFor(
            [&] {
                return finished.count() > 0 ||
                       (import->isImporting() && bar->maximum() > 0 && bar->value() > 0);
            },
            WorkerWaitMs);
        if (!midway || finished.count() > 0)
            return false;
        import->findChild<QPushButton*>(QStringLiteral("cancelImport"))->click();
        return finished.wait(WorkerWaitMs);
    }

    int archived(const QString& patientId) {
        Result<QVector<ArchivedInstance>> all =
            LocalArchive(f_.station()).instances(patientId, QString());
        return all ? int(all->size()) : -1;
    }

    bool storeLocal(const test::InstanceSpec& spec) {
        const QString path = tmp_.filePath(QStringLiteral("local-%1.dcm").arg(spec.sopInstanceUid));
        if (!test::writeInstance(path, spec))
            return false;
        DcmFileFormat ff;
        if (ff.loadFile(QFile::encodeName(path).constData()).bad())
            return false;
        return bool(LocalArchive(f_.station()).store(ff, QStringLiteral("admin")));
    }

    QString largeMedium(const QString& name, const QString& patientId, const QString& study) {
        const QString root = tmp_.filePath(name);
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 300; ++i) {
            test::InstanceSpec s = outside(study, 1, i, patientId);
            s.rows = 128;
            s.columns = 128;
            specs << s;
        }
        const QString iso = tmp_.filePath(name + QStringLiteral(".iso"));
        if (!test::writeConformantMedium(root, specs, name.toUpper()) ||
            !test::makeIso(root, iso, name.toUpper()))
            return QString();
        return iso;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        UiLanguage::apply(QStringLiteral("en"));
        tech_ = f_.addAndLogin(QStringLiteral("gishi"), Role::Technologist,
                               QStringLiteral("Gsh-Pa55word"));
        QVERIFY2(tech_, qPrintable(f_.error()));

        // The local archive knows the patient already, under the local ID.
        test::InstanceSpec local;
        local.patientId = QStringLiteral("L7001");
        local.patientName = LocalName;
        local.birthDate = QStringLiteral("19550505");
        local.sex = QStringLiteral("M");
        local.institution = QStringLiteral("PDI GENERAL HOSPITAL");
        local.studyUid = test::uid(QStringLiteral("710"));
        local.seriesUid = test::uid(QStringLiteral("710.1"));
        local.sopInstanceUid = test::uid(QStringLiteral("710.1.1"));
        QVERIFY(storeLocal(local));
        QCOMPARE(archived(QStringLiteral("L7001")), 1);

        // The outside disc, as an ISO image.
        const QString root = tmp_.filePath(QStringLiteral("outside7"));
        QVERIFY(test::writeConformantMedium(root,
                                            {outside(QStringLiteral("700"), 1, 1),
                                             outside(QStringLiteral("700"), 1, 2),
                                             outside(QStringLiteral("700"), 2, 3)},
                                            QStringLiteral("OUTSIDE7")));
        QVERIFY(test::writeText(root + QStringLiteral("/AUTORUN.INF"),
                                "[autorun]\r\nopen=VIEWER\\SETUP.EXE\r\n"));
        QVERIFY(test::writeText(root + QStringLiteral("/VIEWER/SETUP.EXE"),
                                QByteArray("MZ\x90\x00\x03", 5) + QByteArray(200, 'x')));
        iso_ = tmp_.filePath(QStringLiteral("outside7.iso"));
        QVERIFY(test::makeIso(root, iso_, QStringLiteral("OUTSIDE7")));

        large_ =
            largeMedium(QStringLiteral("large8"), QStringLiteral("OUT-8"), QStringLiteral("800"));
        QVERIFY(!large_.isEmpty());
        large2_ =
            largeMedium(QStringLiteral("large9"), QStringLiteral("OUT-9"), QStringLiteral("900"));
        QVERIFY(!large2_.isEmpty());
    }

    void onlyTechnologistsAndAdministratorsImport() {
        for (Role role : {Role::Reception, Role::FrontDesk}) {
            const QString name =
                role == Role::Reception ? QStringLiteral("uketsuke") : QStringLiteral("madoguchi");
            std::optional<Session> s = f_.addAndLogin(name, role, QStringLiteral("Other-Pa55word"));
            QVERIFY2(s, qPrintable(f_.error()));
            MainWindow window({f_.station(), *s});
            QVERIFY(!window.importWorkspace());
            QVERIFY(!window.workspaceTitles().contains(QStringLiteral("Import")));
        }
        MainWindow window(tech());
        QVERIFY(window.importWorkspace());
        QCOMPARE(window.workspaceTitles(),
                 (QStringList{QStringLiteral("Check"), QStringLiteral("Write"),
                              QStringLiteral("Import"), QStringLiteral("Jobs")}));
        // The technologist starts where the work is.
        QCOMPARE(window.workspaces()->currentWidget(), window.importWorkspace());
        MainWindow admin({f_.station(), f_.admin()});
        QVERIFY(admin.importWorkspace());
    }

    // Issue 6: "reconcile and import into the local archive", end to end.
    void importsIsoUnderTheLocalPatient() {
        MainWindow window(tech());
        window.resize(1280, 860);
        window.show();
        ImportWorkspace* import = window.importWorkspace();
        QSignalSpy opened(import, &ImportWorkspace::mediumOpened);
        QVERIFY(openAndReconcile(import, iso_));
        QCOMPARE(opened.count(), 1);

        // The medium's check, as in the Check workspace, with the security warning.
        QVERIFY2(import->statusText().contains(QLatin1String("OUTSIDE7")),
                 qPrintable(import->statusText()));
        const QString name = import->findChild<QLabel*>(QStringLiteral("patientName"))->text();
        QVERIFY2(name.contains(QStringLiteral("木村 武")), qPrintable(name));
        QCOMPARE(import->findChild<QLabel*>(QStringLiteral("patientReading"))->text(),
                 QStringLiteral("きむら たけし"));
        QStringList badges;
        for (QLabel* b : import->findChildren<QLabel*>(QStringLiteral("badge")))
            badges << b->text();
        QVERIFY2(badges.contains(QStringLiteral("Autorun")), qPrintable(badges.join(',')));
        QVERIFY(badges.contains(QStringLiteral("Programs")));
        QVERIFY(!import->findChild<QLabel*>(QStringLiteral("securityWarning"))->isHidden());
        // One patient: no list of others.
        QVERIFY(import->findChild<QListWidget*>(QStringLiteral("outsidePatients"))->isHidden());

        // The local patient is a candidate, with why and where it differs; nothing is chosen.
        ReconciliationTable* table = import->reconciliation();
        QVERIFY(table->candidateCount() >= 1);
        const int row = candidateRow(import, QStringLiteral("L7001"));
        QVERIFY(row >= 0);
        const Candidate candidate = table->reconciliation().candidates.at(row);
        QCOMPARE(candidate.kind, Candidate::Kind::Archive);
        QVERIFY(candidate.match.matches.contains(QStringLiteral("same birth date")));
        QVERIFY(candidate.match.matches.contains(QStringLiteral("same sex")));
        const QString reasons = ReconciliationTable::explain(candidate);
        QVERIFY2(reasons.contains(QLatin1String("name matches")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("Patient ID L7001 here, OUT-7 on the medium")),
                 qPrintable(reasons));
        // On the screen: the candidate's row, then why it matches and where it differs.
        QTableWidget* cells = table->table();
        const int first = table->rowOf(row);
        QVERIFY(cells->item(first, 3)->text().contains(QStringLiteral("木村 武 (きむら たけし)")));
        QCOMPARE(cells->item(first, 1)->text(), QStringLiteral("local archive"));
        QVERIFY(cells->item(first + 1, 0)->text().contains(QLatin1String("same birth date")));
        QVERIFY(cells->item(first + 2, 0)->text().contains(QLatin1String("OUT-7")));
        QCOMPARE(cells->columnSpan(first + 1, 0), cells->columnCount());
        QVERIFY(!table->chosen());
        QCOMPARE(import->identity()->mode(), LocalIdentityForm::Mode::None);
        QVERIFY(!import->canPrepare());
        QVERIFY2(import->nextStep().contains(QLatin1String("Choose the local patient")),
                 qPrintable(import->nextStep()));
        // A fresh station has no PACS: the local archive is the destination.
        QCOMPARE(import->destination(), QStringLiteral("local"));

        // The person picks the candidate.
        QVERIFY(table->choose(row));
        QCOMPARE(import->identity()->mode(), LocalIdentityForm::Mode::Candidate);
        QVERIFY(import->identity()
                    ->findChild<QLabel*>(QStringLiteral("candidateText"))
                    ->text()
                    .contains(QLatin1String("L7001")));
        import->identity()->setAccessionNumber(QStringLiteral("ACC7001"));

        // What goes: the second series is left out, and so is everything that is not DICOM.
        ImportContentTree* content = import->content();
        QVERIFY(content->allChosen());
        QVERIFY(content->setIncluded(test::uid(QStringLiteral("700.2")), false));
        QCOMPARE(content->chosenSeries(), QStringList{test::uid(QStringLiteral("700.1"))});
        LeftOutList* leftOut = import->leftOut();
        QCOMPARE(leftOut->count(LeftOutFile::Kind::NotChosen), 1);
        QCOMPARE(leftOut->count(LeftOutFile::Kind::Program), 2);   // AUTORUN.INF, SETUP.EXE
        QVERIFY(leftOut->count(LeftOutFile::Kind::NotDicom) >= 1); // README.TXT
        QVERIFY2(leftOut->lines().join('\n').contains(QLatin1String("series not chosen")),
                 qPrintable(leftOut->lines().join('\n')));
        QVERIFY(import->canPrepare());
        QVERIFY2(import->nextStep().startsWith(QLatin1String("Ready: 2 objects")),
                 qPrintable(import->nextStep()));

        // Import... shows the confirmation: who becomes whom, what changes, where it goes.
        QSignalSpy prepared(import, &ImportWorkspace::prepared);
        import->findChild<QPushButton*>(QStringLiteral("prepareImport"))->click();
        QVERIFY(prepared.wait(WorkerWaitMs));
        ImportConfirmation* confirmation = import->confirmation();
        QVERIFY2(confirmation && confirmation->isVisible(),
                 qPrintable(import->result()->details()));
        const QString summary = confirmation->summaryText();
        QVERIFY2(summary.contains(QLatin1String("OUT-7")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("L7001")));
        QVERIFY(summary.contains(QStringLiteral("木村 武")));
        QVERIFY(summary.contains(QLatin1String("ACC7001")));
        QVERIFY(summary.contains(QLatin1String("Other Patient IDs")));
        QVERIFY(summary.contains(QLatin1String("Original Attributes")));
        QVERIFY(summary.contains(QLatin1String("2 objects in 1 series of 1 study")));
        QVERIFY(summary.contains(QLatin1String("the local archive of this station")));
        QVERIFY(summary.contains(QLatin1String("security alert")));

        // Send: off the GUI thread, the idle sign-out waits.
        QSignalSpy importing(import, &ImportWorkspace::importingChanged);
        QSignalSpy finished(import, &ImportWorkspace::importFinished);
        confirmation->findChild<QPushButton*>(QStringLiteral("confirmImport"))->click();
        QVERIFY(import->isImporting());
        QVERIFY(window.sessionGuard()->isHeld());
        QVERIFY(window.isImporting());
        QVERIFY(finished.wait(WorkerWaitMs));
        QCOMPARE(importing.count(), 2);
        QVERIFY(!window.sessionGuard()->isHeld());

        QVERIFY(import->outcome());
        const ImportOutcome& outcome = *import->outcome();
        QVERIFY2(outcome.status == ImportOutcome::Status::Complete, qPrintable(outcome.message));
        QCOMPARE(outcome.planned, 2);
        QCOMPARE(outcome.sentNow, 2);
        ImportResultView* result = import->result();
        QCOMPARE(result->headline(), QStringLiteral("Imported"));
        QVERIFY2(result->details().contains(QLatin1String("Sent: 2 of 2 objects")),
                 qPrintable(result->details()));
        QVERIFY(result->details().contains(QLatin1String("L7001")));
        QVERIFY(!result->offersResume());
        QVERIFY2(import->nextStep().startsWith(QLatin1String("Imported: the result is below")),
                 qPrintable(import->nextStep()));
        QVERIFY(result->imported()->topLevelItemCount() == 1);
        QVERIFY(result->leftOut()->lines().join('\n').contains(QLatin1String("series not chosen")));
        QVERIFY(result->leftOut()->lines().join('\n').contains(QLatin1String("never run")));

        // In the archive under the local ID, with the outside identity kept inside.
        QCOMPARE(archived(QStringLiteral("L7001")), 3);
        const LocalArchive archive(f_.station());
        QVERIFY(!archive.contains(test::uid(QStringLiteral("700.2.3"))));
        Result<ArchivedInstance> stored = archive.instance(test::uid(QStringLiteral("700.1.2")));
        QVERIFY(stored);
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(QFile::encodeName(stored->filePath).constData()).good());
        DcmDataset& ds = *ff.getDataset();
        OFString cs;
        ds.findAndGetOFStringArray(DCM_SpecificCharacterSet, cs);
        const SpecificCharacterSet charset(QString::fromLatin1(cs.c_str()));
        QCOMPARE(text(ds, DCM_PatientID, charset), QStringLiteral("L7001"));
        QCOMPARE(text(ds, DCM_PatientName, charset), LocalName);
        QCOMPARE(text(ds, DCM_AccessionNumber, charset), QStringLiteral("ACC7001"));
        QCOMPARE(text(ds, DCM_StudyInstanceUID, charset), test::uid(QStringLiteral("700")));
        DcmItem* other = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_OtherPatientIDsSequence, other, 0).good());
        QCOMPARE(text(*other, DCM_PatientID, charset), QStringLiteral("OUT-7"));
        QCOMPARE(text(*other, DCM_IssuerOfPatientID, charset), QStringLiteral("OUTSIDE CLINIC"));
        DcmItem* original = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_OriginalAttributesSequence, original, 0).good());
        QCOMPARE(text(*original, DCM_ReasonForTheAttributeModification, charset),
                 QStringLiteral("COERCE"));
        QCOMPARE(text(*original, DCM_SourceOfPreviousValues, charset),
                 QStringLiteral("OUTSIDE CLINIC"));
        DcmItem* modified = nullptr;
        QVERIFY(
            original->findAndGetSequenceItem(DCM_ModifiedAttributesSequence, modified, 0).good());
        QCOMPARE(text(*modified, DCM_PatientID, charset), QStringLiteral("OUT-7"));
        QCOMPARE(text(*modified, DCM_AccessionNumber, charset), QStringLiteral("OUTACC"));

        // On the record: the import under this person, the decision, the security alert.
        const QVector<AuditRecord> imports = f_.records(AuditEventType::Import);
        QVERIFY(!imports.isEmpty());
        const AuditEvent& e = imports.constLast().event;
        QCOMPARE(e.actor.userName, QStringLiteral("gishi"));
        QCOMPARE(e.outcome, AuditOutcome::Success);
        QCOMPARE(e.mediumId, QStringLiteral("OUTSIDE7"));
        QCOMPARE(e.target, QStringLiteral("local"));
        QCOMPARE(e.patients.value(0).id, QStringLiteral("L7001"));
        QCOMPARE(e.patientsBefore.value(0).id, QStringLiteral("OUT-7"));
        QCOMPARE(e.details.value(QStringLiteral("leftOut")).toInt(), 4);
        const QVector<AuditRecord> decisions = f_.records(AuditEventType::ReconcileDecision);
        QVERIFY(!decisions.isEmpty());
        QCOMPARE(decisions.constLast().event.actor.userName, QStringLiteral("gishi"));
        bool alert = false;
        for (const AuditRecord& a : f_.records(AuditEventType::SecurityAlert))
            alert = alert || (a.event.alert == SecurityAlert::MediumContent &&
                              a.event.mediumId == QLatin1String("OUTSIDE7"));
        QVERIFY(alert);
    }

    // Cancel in the middle of sending; Resume sends exactly the rest.
    void cancelMidSendAndResume() {
        MainWindow window(tech());
        ImportWorkspace* import = window.importWorkspace();
        QVERIFY(openAndReconcile(import, large_));
        // Nobody knows OUT-8 here: the outside IDs are kept.
        import->identity()->setMode(LocalIdentityForm::Mode::KeepIds);
        QVERIFY2(import->canPrepare(), qPrintable(import->nextStep()));
        QSignalSpy prepared(import, &ImportWorkspace::prepared);
        import->findChild<QPushButton*>(QStringLiteral("prepareImport"))->click();
        QVERIFY(prepared.wait(WorkerWaitMs));
        QVERIFY(import->confirmation());
        import->confirmation()->findChild<QPushButton*>(QStringLiteral("confirmImport"))->click();
        QVERIFY(cancelMidSend(import));

        QVERIFY(import->outcome());
        const ImportOutcome first = *import->outcome();
        QCOMPARE(first.status, ImportOutcome::Status::Incomplete);
        QCOMPARE(first.planned, 300);
        QVERIFY2(first.sentNow > 0 && first.sentNow < 300, qPrintable(first.message));
        QCOMPARE(first.pending, 300 - first.sentNow);
        QVERIFY(first.reasons.join(' ').contains(QLatin1String("cancelled")));
        QCOMPARE(import->result()->headline(), QStringLiteral("Incomplete"));
        QVERIFY(import->result()->offersResume());
        QCOMPARE(archived(QStringLiteral("OUT-8")), first.sentNow);
        QCOMPARE(f_.records(AuditEventType::Import).constLast().event.outcome,
                 AuditOutcome::MinorFailure);

        // Resume: the same job, only what is still to send.
        QSignalSpy finished(import, &ImportWorkspace::importFinished);
        import->findChild<QPushButton*>(QStringLiteral("resumeImport"))->click();
        QVERIFY(import->isImporting());
        QVERIFY(finished.wait(WorkerWaitMs));
        const ImportOutcome second = *import->outcome();
        QVERIFY2(second.status == ImportOutcome::Status::Complete, qPrintable(second.message));
        QCOMPARE(second.jobId, first.jobId);
        QCOMPARE(second.run, 2);
        QCOMPARE(second.sentBefore, first.sentNow);
        QCOMPARE(second.sentNow, 300 - first.sentNow);
        QCOMPARE(archived(QStringLiteral("OUT-8")), 300);
        QCOMPARE(import->result()->headline(), QStringLiteral("Imported"));
    }

    // An import cut short is offered again when its medium is opened later, from the record.
    void unfinishedImportIsResumedFromTheRecord() {
        qint64 job = 0;
        int sent = 0;
        {
            MainWindow window(tech());
            ImportWorkspace* import = window.importWorkspace();
            QVERIFY(openAndReconcile(import, large2_));
            import->identity()->setMode(LocalIdentityForm::Mode::KeepIds);
            QSignalSpy prepared(import, &ImportWorkspace::prepared);
            import->requestImport();
            QVERIFY(prepared.wait(WorkerWaitMs));
            import->confirmation()
                ->findChild<QPushButton*>(QStringLiteral("confirmImport"))
                ->click();
            QVERIFY(cancelMidSend(import));
            QCOMPARE(import->outcome()->status, ImportOutcome::Status::Incomplete);
            job = import->outcome()->jobId;
            sent = import->outcome()->sentNow;
        }
        MainWindow window(tech());
        ImportWorkspace* import = window.importWorkspace();
        QVERIFY(openAndReconcile(import, large2_));
        QCOMPARE(import->unfinished().size(), 1);
        QCOMPARE(import->unfinished().constFirst().jobId, job);
        QCOMPARE(import->unfinished().constFirst().sent, sent);
        auto* bar = import->findChild<QWidget*>(QStringLiteral("unfinishedImports"));
        QVERIFY(!bar->isHidden());
        QSignalSpy finished(import, &ImportWorkspace::importFinished);
        bar->findChild<QPushButton*>(QStringLiteral("resumeJob"))->click();
        QVERIFY(finished.wait(WorkerWaitMs));
        QVERIFY2(import->outcome()->status == ImportOutcome::Status::Complete,
                 qPrintable(import->outcome()->message));
        QCOMPARE(import->outcome()->jobId, job);
        QCOMPARE(import->outcome()->sentBefore, sent);
        QCOMPARE(import->outcome()->sentNow, 300 - sent);
        QCOMPARE(archived(QStringLiteral("OUT-9")), 300);
        QVERIFY(bar->isHidden());
    }

    // A local ID that no source knows needs the local name, birth date and sex, typed.
    void unknownLocalIdNeedsTypedDemographics() {
        MainWindow window(tech());
        window.show();
        ImportWorkspace* import = window.importWorkspace();
        QVERIFY(openAndReconcile(import, iso_));
        LocalIdentityForm* identity = import->identity();
        identity->setTypedId(QStringLiteral("L9999"));
        QCOMPARE(identity->mode(), LocalIdentityForm::Mode::LocalId);
        QVERIFY(!import->canPrepare());
        QVERIFY2(import->nextStep().contains(QLatin1String("Look the local ID up")),
                 qPrintable(import->nextStep()));
        auto* result = identity->findChild<QLabel*>(QStringLiteral("lookupResult"));
        identity->findChild<QPushButton*>(QStringLiteral("lookUp"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("No source knows")),
                                 WorkerWaitMs);
        QVERIFY(!identity->findChild<QWidget*>(QStringLiteral("localDemographics"))->isHidden());
        QVERIFY(!import->canPrepare());
        identity->setDemographics(QStringLiteral("SHIN KANJA"), QStringLiteral("新 患者"),
                                  QStringLiteral("しん かんじゃ"), QStringLiteral("1955-05-05"),
                                  QString());
        QVERIFY2(import->nextStep().contains(QLatin1String("sex")), qPrintable(import->nextStep()));
        identity->setDemographics(QStringLiteral("SHIN KANJA"), QStringLiteral("新 患者"),
                                  QStringLiteral("しん かんじゃ"), QStringLiteral("1955-05-05"),
                                  QStringLiteral("M"));
        QVERIFY2(import->canPrepare(), qPrintable(import->nextStep()));
        ImportRequest r;
        QVERIFY(identity->applyTo(r).isEmpty());
        QCOMPARE(r.localPatientId, QStringLiteral("L9999"));
        QCOMPARE(r.name, QStringLiteral("SHIN^KANJA=新^患者=しん^かんじゃ"));
        QCOMPARE(r.birthDate, QStringLiteral("19550505"));
        QCOMPARE(r.sex, QStringLiteral("M"));

        // A known ID needs nothing more.
        identity->setTypedId(QStringLiteral("L7001"));
        identity->findChild<QPushButton*>(QStringLiteral("lookUp"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("knows this ID")),
                                 WorkerWaitMs);
        QVERIFY(result->text().contains(QStringLiteral("木村 武")));
        // The archive by its name, not by its key "local" (issue 12).
        QVERIFY2(result->text().startsWith(QLatin1String("The local archive knows")),
                 qPrintable(result->text()));
        QVERIFY(identity->findChild<QWidget*>(QStringLiteral("localDemographics"))->isHidden());
        QVERIFY(import->canPrepare());
    }

    // Issue 10: a local patient whose birth date, sex and name contradict the medium is shown in
    // red, never as ready; the confirmation leads with what differs, Back is the default, and
    // Send needs a reason (and, where required, a second person who signs in).
    void contradictingLocalPatientNeedsAReason() {
        const QString root = tmp_.filePath(QStringLiteral("other740"));
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 2; ++i) {
            test::InstanceSpec s = outside(QStringLiteral("740"), 1, i, QStringLiteral("OUT-74"));
            s.patientName = QStringLiteral("SATO^HANAKO=佐藤^花子");
            s.birthDate = QStringLiteral("19800101");
            s.sex = QStringLiteral("F");
            s.customize = nullptr;
            s.characterSet = QStringLiteral("ISO_IR 192");
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(root, specs, QStringLiteral("OTHER740")));
        MainWindow window(tech());
        window.show();
        ImportWorkspace* import = window.importWorkspace();
        QVERIFY(openAndReconcile(import, root));
        LocalIdentityForm* identity = import->identity();
        identity->setTypedId(QStringLiteral("L7001"));
        auto* result = identity->findChild<QLabel*>(QStringLiteral("lookupResult"));
        identity->findChild<QPushButton*>(QStringLiteral("lookUp"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("knows this ID")),
                                 WorkerWaitMs);
        QVERIFY2(result->text().contains(QLatin1String("contradicts the medium")),
                 qPrintable(result->text()));
        QVERIFY(
            result->text().contains(QLatin1String("1955-05-05 here, 1980-01-01 on the medium")));
        QVERIFY(result->styleSheet().contains(QLatin1String("#b71c1c")));
        QCOMPARE(identity->contradictions().size(), 3); // birth date, sex, name
        QVERIFY2(!import->nextStep().startsWith(QLatin1String("Ready")),
                 qPrintable(import->nextStep()));
        QVERIFY(import->nextStep().contains(QLatin1String("contradicts the medium")));
        QVERIFY(import->canPrepare()); // the person may still confirm it

        QSignalSpy prepared(import, &ImportWorkspace::prepared);
        import->findChild<QPushButton*>(QStringLiteral("prepareImport"))->click();
        QVERIFY(prepared.wait(WorkerWaitMs));
        ImportConfirmation* confirmation = import->confirmation();
        QVERIFY2(confirmation, qPrintable(import->result()->details()));
        QVERIFY(confirmation->summaryText().contains(QLatin1String("contradicts the patient")));
        QVERIFY(confirmation->summaryText().contains(QLatin1String("sex")));
        QPushButton* send = confirmation->sendButton();
        auto* back = confirmation->findChild<QPushButton*>(QStringLiteral("backFromImport"));
        QVERIFY(back->isDefault());
        QVERIFY(!send->isDefault());
        QVERIFY(!send->isEnabled());                // no reason yet
        QVERIFY(!confirmation->approverNameEdit()); // not required on this station
        confirmation->reasonBox()->setCurrentIndex(0);
        QVERIFY(send->isEnabled());
        const QString reason = confirmation->differenceReason();
        QVERIFY(!reason.isEmpty());
        QSignalSpy finished(import, &ImportWorkspace::importFinished);
        send->click();
        QVERIFY(finished.wait(WorkerWaitMs));
        QVERIFY(import->outcome());
        QVERIFY2(import->outcome()->status == ImportOutcome::Status::Complete,
                 qPrintable(import->outcome()->message));
        const AuditEvent e = f_.records(AuditEventType::Import).constLast().event;
        QCOMPARE(e.patients.value(0).id, QStringLiteral("L7001"));
        const QJsonObject o = e.details.value(QStringLiteral("identityOverride")).toObject();
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(o.value(QStringLiteral("confirmedBy")).toString(), QStringLiteral("gishi"));
        QCOMPARE(o.value(QStringLiteral("differences")).toArray().size(), 3);

        // Where the station requires it, a second person signs in to approve.
        Settings settings = SiteSettings::of(f_.station());
        QVERIFY(settings.set(f_.admin(), QStringLiteral("import.overrideApproval"),
                             QStringLiteral("true")));
        QVERIFY(f_.addAndLogin(QStringLiteral("gishi2"), Role::Technologist,
                               QStringLiteral("Gsh2-Pa55word")));
        import->findChild<QPushButton*>(QStringLiteral("prepareImport"))->click();
        QVERIFY(prepared.wait(WorkerWaitMs));
        confirmation = import->confirmation();
        QVERIFY(confirmation);
        QVERIFY(confirmation->approverNameEdit());
        confirmation->reasonBox()->setEditText(QStringLiteral("Confirmed by telephone"));
        QVERIFY(!confirmation->sendButton()->isEnabled());
        confirmation->approverNameEdit()->setText(QStringLiteral("gishi2"));
        confirmation->approverPasswordEdit()->setText(QStringLiteral("wrong"));
        confirmation->sendButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            confirmation->problemText().contains(QLatin1String("Wrong user name or password")),
            qPrintable(confirmation->problemText()), WorkerWaitMs);
        QVERIFY(confirmation->isVisible());
        confirmation->approverPasswordEdit()->setText(QStringLiteral("Gsh2-Pa55word"));
        confirmation->sendButton()->click();
        QVERIFY(finished.wait(WorkerWaitMs));
        const AuditEvent approved = f_.records(AuditEventType::Import).constLast().event;
        const QJsonObject a = approved.details.value(QStringLiteral("identityOverride")).toObject();
        QCOMPARE(a.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Confirmed by telephone"));
        QCOMPARE(a.value(QStringLiteral("approvedBy")).toString(), QStringLiteral("gishi2"));
        QVERIFY(settings.reset(f_.admin(), QStringLiteral("import.overrideApproval")));
    }

    // Several patients on one medium: one at a time, the others imported separately.
    void severalPatientsOneAtATime() {
        const QString root = tmp_.filePath(QStringLiteral("two"));
        test::InstanceSpec other = outside(QStringLiteral("720"), 1, 1, QStringLiteral("OUT-72"));
        other.patientName = QStringLiteral("SATO^HANAKO");
        other.customize = nullptr;
        other.characterSet = QStringLiteral("ISO_IR 192");
        QVERIFY(test::writeConformantMedium(root, {outside(QStringLiteral("710.9"), 1, 1), other},
                                            QStringLiteral("TWO")));
        MainWindow window(tech());
        ImportWorkspace* import = window.importWorkspace();
        QVERIFY(openAndReconcile(import, root));
        auto* patients = import->findChild<QListWidget*>(QStringLiteral("outsidePatients"));
        QVERIFY(!patients->isHidden());
        QCOMPARE(patients->count(), 2);
        QVERIFY(patients->item(0)->text().contains(QLatin1String("importing now")));
        QVERIFY(patients->item(1)->text().contains(QLatin1String("import separately")));
        QCOMPARE(import->leftOut()->count(LeftOutFile::Kind::OtherPatient), 1);
        QVERIFY(import->reconciliation()->candidateCount() >= 1); // L7001 by name and birth date
        QVERIFY(import->reconciliation()->choose(0));
        QVERIFY(import->choosePatient(1));
        QVERIFY(patients->item(1)->text().contains(QLatin1String("importing now")));
        // Nothing chosen for the first carries over to the second.
        QCOMPARE(import->identity()->mode(), LocalIdentityForm::Mode::None);
        QVERIFY(!import->reconciliation()->chosen());
        QCOMPARE(import->content()->chosenSeries(),
                 QStringList{test::uid(QStringLiteral("720.1"))});
        QVERIFY(import->findChild<QLabel*>(QStringLiteral("patientName"))
                    ->text()
                    .contains(QLatin1String("SATO HANAKO")));
    }

    // A disc or USB stick put in is offered for import; the person decides.
    void insertedMediumIsOffered() {
        const test::FakeDrives fake(tmp_.path());
        const QString stick = fake.stickPath(QStringLiteral("OUTSIDE"));
        QVERIFY(test::writeConformantMedium(stick, {outside(QStringLiteral("730"), 1, 1)},
                                            QStringLiteral("USBIN")));
        MainWindow window(tech());
        QVERIFY(fake.watchWith(window.driveWatcher()));
        ImportWorkspace* import = window.importWorkspace();
        auto* offer = import->findChild<QWidget*>(QStringLiteral("mediumOffer"));
        QVERIFY(offer->isHidden());
        QVERIFY(fake.plugIn(stick));
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isHidden(), 30000);
        QVERIFY(!import->medium()); // offered, not opened
        QSignalSpy reconciled(import, &ImportWorkspace::reconciled);
        import->findChild<QPushButton*>(QStringLiteral("openOffered"))->click();
        QVERIFY(reconciled.wait(WorkerWaitMs));
        QVERIFY(import->medium());
        QCOMPARE(import->medium()->identifier, QStringLiteral("USBIN"));
    }

    // 5,000 objects without a DICOMDIR: read with progress while the window keeps drawing, and
    // ticking series is immediate.
    void largeMediumKeepsTheWindowResponsive() {
        const QString root = tmp_.filePath(QStringLiteral("large5000"));
        for (int i = 1; i <= 5000; ++i) {
            test::InstanceSpec s =
                outside(QStringLiteral("750"), 1 + i / 1000, i, QStringLiteral("OUT-5000"));
            s.customize = nullptr;
            s.characterSet = QStringLiteral("ISO_IR 192");
            s.rows = 8;
            s.columns = 8;
            QVERIFY(test::writeInstance(
                QStringLiteral("%1/S%2/I%3.dcm").arg(root).arg(i / 1000).arg(i), s));
        }
        MainWindow window(tech());
        window.show();
        ImportWorkspace* import = window.importWorkspace();
        auto* bar = import->findChild<QProgressBar*>(QStringLiteral("importProgress"));
        bool midway = false;
        int ticks = 0;
        QTimer sample;
        connect(&sample, &QTimer::timeout, this, [&] {
            ++ticks; // the GUI thread is free to run timers while the medium is read
            if (bar->isVisible() && bar->maximum() > 0 && bar->value() > 0 &&
                bar->value() < bar->maximum())
                midway = true;
        });
        sample.start(5);
        QVERIFY(openAndReconcile(import, root));
        QVERIFY2(midway, "no progress was shown while the medium was read");
        QVERIFY(ticks > 10);
        QCOMPARE(import->medium()->report().contents.instances.size(), 5000);
        ImportContentTree* content = import->content();
        for (int k = 0; k < 5; ++k) {
            const QString series = test::uid(QStringLiteral("750.%1").arg(1 + k));
            QVERIFY(content->setIncluded(series, false));
            QVERIFY(content->setIncluded(series, true));
        }
        QCOMPARE(import->leftOut()->count(LeftOutFile::Kind::NotChosen), 0);
        QVERIFY(content->setIncluded(test::uid(QStringLiteral("750.1")), false));
        QCOMPARE(import->leftOut()->count(LeftOutFile::Kind::NotChosen), 999);
    }

    void cleanupTestCase() { QTRY_COMPARE_WITH_TIMEOUT(BackgroundTask::running(), 0, 60000); }
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"

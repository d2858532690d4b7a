// The Write workspace, driven offscreen as the front desk uses it: sources from folders, the
// choice of patient, the AI decision, an ISO target with its fill gauge, the confirmation and
// the write job on its worker thread; then the medium read back by `pdi check`, the audit record
// with the decision, the label; Cancel, roles, and the idle sign-out that waits for a write.
#include "DicomServers.h"
#include "GuiFixtures.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "archive/LocalArchive.h"
#include "gui/ArchivePatientDialog.h"
#include "gui/AuditWorkspace.h"
#include "gui/ContentTree.h"
#include "gui/LabelPreview.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/MediaGauge.h"
#include "gui/PacsPatientDialog.h"
#include "gui/PatientChoice.h"
#include "gui/SessionGuard.h"
#include "gui/SourceList.h"
#include "gui/StationShell.h"
#include "gui/TargetChooser.h"
#include "gui/UiLanguage.h"
#include "gui/WriteConfirmation.h"
#include "gui/WriteResultView.h"
#include "gui/WriteWorkspace.h"
#include "layout/BilingualText.h"
#include "node/NodeStore.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

namespace {

constexpr int WorkerWaitMs = 180000;

test::InstanceSpec yamada(int series, int number) {
    test::InstanceSpec s;
    s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
    s.studyUid = test::uid(QStringLiteral("300.1"));
    s.seriesUid = test::uid(QStringLiteral("300.1.%1").arg(series));
    s.seriesNumber = QString::number(series);
    s.sopInstanceUid = test::uid(QStringLiteral("300.1.%1.%2").arg(series).arg(number));
    s.instanceNumber = QString::number(number);
    s.rows = 64;
    s.columns = 64;
    return s;
}

} // namespace

class TestGuiWrite : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture f_;
    std::optional<Session> desk_;
    QString yamada_; // CT series of 4, an AI-derived series, a README.TXT
    QString other_;  // another patient
    QString larger_; // 40 larger images: a write that takes long enough to cancel
    QString aiSeries_;

    WorkspaceContext desk() { return {f_.station(), *desk_}; }

    static bool addAndWait(WriteWorkspace* write, const QStringList& folders) {
        for (const QString& f : folders)
            write->sources()->addFolder(f);
        return QTest::qWaitFor(
            [&] {
                return !write->sources()->isCollecting() &&
                       write->sources()->locations().size() == folders.size();
            },
            WorkerWaitMs);
    }

    // Accepts the confirmation the Write button opens, and waits for the outcome.
    static bool writeAndWait(WriteWorkspace* write) {
        QSignalSpy finished(write, &WriteWorkspace::writeFinished);
        write->findChild<QPushButton*>(QStringLiteral("write"))->click();
        WriteConfirmation* confirmation = write->confirmation();
        if (!confirmation || !confirmation->isVisible())
            return false;
        confirmation->findChild<QPushButton*>(QStringLiteral("confirmWrite"))->click();
        return finished.wait(WorkerWaitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        UiLanguage::apply(QStringLiteral("en"));
        Settings settings = f_.station().settings();
        QVERIFY(settings.set(f_.admin(), QStringLiteral("institution.name"),
                             QStringLiteral("さくら総合病院")));
        QVERIFY(settings.set(f_.admin(), QStringLiteral("institution.phone"),
                             QStringLiteral("03-1234-5678")));
        desk_ =
            f_.addAndLogin(QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("Dsk-Pa55word"));
        QVERIFY2(desk_, qPrintable(f_.error()));
        QVERIFY(f_.addAndLogin(QStringLiteral("uketsuke"), Role::Reception,
                               QStringLiteral("Rcp-Pa55word")));

        yamada_ = tmp_.filePath(QStringLiteral("yamada"));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(test::writeInstance(QStringLiteral("%1/ct%2.dcm").arg(yamada_).arg(i),
                                        yamada(1, i)));
        test::InstanceSpec ai = yamada(9, 1);
        ai.seriesDescription = QStringLiteral("CAD RESULT");
        ai.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        ai.modality = QStringLiteral("OT");
        ai.imageType = QStringLiteral("DERIVED\\SECONDARY");
        ai.manufacturer = QStringLiteral("LPIXEL");
        ai.model = QStringLiteral("EIRL");
        aiSeries_ = ai.seriesUid;
        QVERIFY(test::writeInstance(yamada_ + QStringLiteral("/cad.dcm"), ai));
        QVERIFY(test::writeText(yamada_ + QStringLiteral("/README.TXT"), "copied from a disc\n"));

        other_ = tmp_.filePath(QStringLiteral("other"));
        test::InstanceSpec b;
        b.patientId = QStringLiteral("PAT999");
        b.patientName = QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ");
        b.studyUid = test::uid(QStringLiteral("301.1"));
        b.seriesUid = test::uid(QStringLiteral("301.1.1"));
        b.sopInstanceUid = test::uid(QStringLiteral("301.1.1.1"));
        QVERIFY(test::writeInstance(other_ + QStringLiteral("/b.dcm"), b));

        larger_ = tmp_.filePath(QStringLiteral("larger"));
        for (int i = 1; i <= 40; ++i) {
            test::InstanceSpec s = yamada(2, i);
            s.patientId = QStringLiteral("PAT777");
            s.studyUid = test::uid(QStringLiteral("302.1"));
            s.seriesUid = test::uid(QStringLiteral("302.1.1"));
            s.sopInstanceUid = test::uid(QStringLiteral("302.1.1.%1").arg(i));
            s.rows = 512;
            s.columns = 512;
            QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(larger_).arg(i), s));
        }
    }

    void receptionHasNoWriteTab() {
        Result<Session> reception = f_.station().authenticator().login(
            QStringLiteral("uketsuke"), QStringLiteral("Rcp-Pa55word"));
        QVERIFY(reception);
        MainWindow window({f_.station(), *reception});
        QVERIFY(!window.writeWorkspace());
        QVERIFY(!window.workspaceTitles().contains(QStringLiteral("Write")));

        MainWindow desk(this->desk());
        QVERIFY(desk.writeWorkspace());
        QCOMPARE(desk.workspaceTitles(),
                 (QStringList{QStringLiteral("Check"), QStringLiteral("Write"),
                              QStringLiteral("Jobs")}));
        // The front desk starts where its work is.
        QCOMPARE(desk.workspaces()->currentWidget(), desk.writeWorkspace());
    }

    // Issue 6: "write an ISO from a folder", end to end.
    void writeIsoFromFolder() {
        MainWindow window(desk());
        window.resize(1280, 860);
        window.show();
        WriteWorkspace* write = window.writeWorkspace();
        auto* writeButton = write->findChild<QPushButton*>(QStringLiteral("write"));
        QVERIFY(!writeButton->isEnabled());

        // Sources: two folders, read on worker threads; the README is listed with its reason.
        QVERIFY(addAndWait(write, {yamada_, other_}));
        QCOMPARE(write->sources()->collected().instances.size(), 6);
        auto* problems = write->findChild<QTreeWidget*>(QStringLiteral("sourceProblems"));
        QCOMPARE(problems->topLevelItemCount(), 1);
        QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("README.TXT"));
        QVERIFY2(problems->topLevelItem(0)->text(1).contains(QLatin1String("not a DICOM object")),
                 qPrintable(problems->topLevelItem(0)->text(1)));

        // Two patients: nothing is chosen by itself, and nothing can be written.
        PatientChoice* patients = write->patients();
        QCOMPARE(patients->patientCount(), 2);
        QVERIFY(patients->chosenId().isEmpty());
        QVERIFY(write->plan().refused);
        QCOMPARE(write->plan().refusalKind, ExportPlan::Refusal::SeveralPatients);
        QVERIFY2(write->planMessage().contains(QLatin1String("Choose whose medium")),
                 qPrintable(write->planMessage()));
        QVERIFY(write->content()->isEmpty());
        QVERIFY(!writeButton->isEnabled());
        QRadioButton* yamadaButton = nullptr;
        for (QRadioButton* b : patients->findChildren<QRadioButton*>()) {
            QVERIFY(!b->isChecked());
            if (b->text().contains(QStringLiteral("山田 太郎")))
                yamadaButton = b;
        }
        QVERIFY(yamadaButton);
        QVERIFY(yamadaButton->text().contains(QStringLiteral("やまだ たろう")));
        QVERIFY(yamadaButton->text().contains(QStringLiteral("PAT001")));
        QVERIFY(yamadaButton->text().contains(QStringLiteral("1970-01-01")));
        QVERIFY(yamadaButton->text().contains(QStringLiteral("5 objects")));
        yamadaButton->click();
        QCOMPARE(patients->chosenId(), QStringLiteral("PAT001"));

        // The AI series is shown, unticked, with the reason it was recognised.
        ContentTree* content = write->content();
        QTreeWidgetItem* aiItem = content->seriesItem(aiSeries_);
        QVERIFY(aiItem);
        QCOMPARE(aiItem->checkState(0), Qt::Unchecked);
        QVERIFY2(
            content->note(aiSeries_).contains(QLatin1String("AI-derived")) &&
                content->note(aiSeries_).contains(QLatin1String("LPIXEL"), Qt::CaseInsensitive),
            qPrintable(content->note(aiSeries_)));
        QCOMPARE(content->seriesItem(yamada(1, 1).seriesUid)->checkState(0), Qt::Checked);
        QVERIFY2(!write->plan().refused, qPrintable(write->plan().refusal));
        QCOMPARE(write->plan().instanceCount(), 4);
        QVERIFY(write->plan().decisions.isEmpty());
        auto* leftOut = write->findChild<QListWidget*>(QStringLiteral("leftOut"));
        QStringList leftOutLines;
        for (int i = 0; i < leftOut->count(); ++i)
            leftOutLines << leftOut->item(i)->text();
        QVERIFY2(leftOutLines.join(QLatin1Char('\n')).contains(QLatin1String("AI-derived")),
                 qPrintable(leftOutLines.join(QLatin1Char('\n'))));
        QVERIFY(leftOutLines.join(QLatin1Char('\n')).contains(QLatin1String("Another patient")));

        // Ticking it is the decision.
        aiItem->setCheckState(0, Qt::Checked);
        QCOMPARE(write->plan().instanceCount(), 5);
        QCOMPARE(write->plan().decisions.size(), 1);
        QCOMPARE(write->plan().decisions.first().kindName(), QStringLiteral("allow-ai"));
        QVERIFY(content->note(aiSeries_).contains(QLatin1String("included by your decision")));

        // Target: an ISO file on a CD; the gauge shows how full the CD will be.
        const QString iso = tmp_.filePath(QStringLiteral("front-desk.iso"));
        TargetChooser* target = write->target();
        QVERIFY(!target->problem().isEmpty()); // nothing chosen yet
        target->setTarget(WriteTarget::IsoFile, iso);
        target->setMedia(TargetMedia::Cd);
        QVERIFY2(target->problem().isEmpty(), qPrintable(target->problem()));
        MediaGauge* gauge = target->gauge();
        QCOMPARE(gauge->capacity(), TargetMedia::capacity(TargetMedia::Cd));
        QCOMPARE(gauge->estimated(), write->plan().estimatedBytes);
        QVERIFY(gauge->fits());
        QVERIFY(gauge->value() > 0 && gauge->value() < 100); // a few images: under 10 %
        QVERIFY2(gauge->format().contains(QLatin1String("MB of")), qPrintable(gauge->format()));
        QVERIFY(writeButton->isEnabled());
        QVERIFY2(write->planMessage().startsWith(QLatin1String("Ready")),
                 qPrintable(write->planMessage()));

        // The label as planned, drawn by the writer's renderer.
        LabelPreview* label = write->label();
        QVERIFY(label->hasMedium());
        QVERIFY(!label->isWritten());
        QCOMPARE(label->medium().patientId, QStringLiteral("PAT001"));
        QCOMPARE(label->medium().institutionName, QStringLiteral("さくら総合病院"));
        QVERIFY(label->medium().aiDerivedContent());
        label->redraw();
        QVERIFY(!label->findChild<QLabel*>(QStringLiteral("discLabel"))->pixmap().isNull());
        QVERIFY(!label->savePdf(tmp_.filePath(QStringLiteral("early.pdf"))));

        // Write: the confirmation sums up patient, content, decision and target.
        QSignalSpy finished(write, &WriteWorkspace::writeFinished);
        QSignalSpy writing(write, &WriteWorkspace::writingChanged);
        writeButton->click();
        WriteConfirmation* confirmation = write->confirmation();
        QVERIFY(confirmation && confirmation->isVisible());
        const QString summary = confirmation->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("山田 太郎")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("PAT001")));
        QVERIFY(summary.contains(QLatin1String("Include AI-derived images")));
        QVERIFY(summary.contains(QLatin1String("recorded under your name")));
        QVERIFY(summary.contains(iso));
        confirmation->findChild<QPushButton*>(QStringLiteral("confirmWrite"))->click();
        QVERIFY(write->isWriting());
        QVERIFY(!write->target()->isEnabled() || !write->target()->isEnabledTo(write));
        QVERIFY(finished.wait(WorkerWaitMs));
        QCOMPARE(writing.count(), 2);
        QVERIFY(!write->isWriting());

        // Written and verified.
        QVERIFY(write->outcome());
        const WriteOutcome& outcome = *write->outcome();
        QVERIFY2(outcome.status == WriteOutcome::Status::Written, qPrintable(outcome.message));
        QVERIFY(outcome.verified);
        QVERIFY(QFile::exists(iso));
        QCOMPARE(write->result()->headline(), QStringLiteral("Written and verified"));
        QVERIFY(write->result()->details().contains(outcome.fileSetId));
        QVERIFY(write->result()->details().contains(QString::number(outcome.jobId)));
        QVERIFY(!write->result()->warnsOfSpoiledDisc());

        // The medium passes the checker, read back by the command line.
        const test::ProcessResult check = test::runPdi({QStringLiteral("check"), iso});
        QVERIFY2(check.exitCode == 0, qPrintable(check.outText() + check.errText()));

        // The Export record names the person and the decision.
        const QVector<AuditRecord> exports = f_.records(AuditEventType::Export);
        QVERIFY(!exports.isEmpty());
        const AuditEvent& e = exports.constLast().event;
        QCOMPARE(e.actor.userName, QStringLiteral("desk"));
        QCOMPARE(e.outcome, AuditOutcome::Success);
        QCOMPARE(e.mediumId, outcome.fileSetId);
        QCOMPARE(e.mediaType, MediaType::Cd);
        const QJsonArray decisions = e.details.value(QLatin1String("decisions")).toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().toObject().value(QLatin1String("decision")).toString(),
                 QStringLiteral("allow-ai"));
        QCOMPARE(decisions.first().toObject().value(QLatin1String("seriesUid")).toString(),
                 aiSeries_);

        // The label of the written medium, with its File-set ID, as PDF and on a printer.
        QVERIFY(label->isWritten());
        QCOMPARE(label->medium().fileSetId, outcome.fileSetId);
        const QString pdf = tmp_.filePath(QStringLiteral("label.pdf"));
        const Result<void> saved = label->savePdf(pdf);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const test::ProcessResult text =
            test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.outText().contains(QStringLiteral("山田 太郎")), text.out.constData());
        QVERIFY(text.outText().contains(outcome.fileSetId));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = tmp_.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(label->print(printer));
        QVERIFY(QFileInfo(printed).size() > 0);

        // The ISO exists now: Write again asks for a new target, with no red line about the
        // medium just written (issue 12).
        QVERIFY(target->target().isEmpty());
        QVERIFY(target->findChild<QLabel*>(QStringLiteral("targetProblem"))->text().isEmpty());
        QVERIFY(!writeButton->isEnabled());
        QCOMPARE(window.size(), QSize(1280, 860));
        // Chosen again by hand it is refused; the save dialog suggests a free name instead of
        // offering to replace it.
        target->setTarget(WriteTarget::IsoFile, iso);
        QVERIFY(target->problem().contains(QLatin1String("already exists")));
        QVERIFY(!writeButton->isEnabled());
        QCOMPARE(TargetChooser::freeImagePath(tmp_.path(), QStringLiteral("front-desk")),
                 tmp_.filePath(QStringLiteral("front-desk-2.iso")));

        // Another patient: the green result of the first and its label buttons are gone.
        QVERIFY(write->result()->isVisible());
        QVERIFY(patients->choose(QStringLiteral("PAT999")));
        QVERIFY(!write->outcome());
        QVERIFY(!write->result()->isVisible());
        QVERIFY(write->result()->headline().isEmpty());
        QVERIFY(!label->isWritten());
        for (const char* name : {"resultPrintLabel", "resultSaveLabel"})
            QVERIFY(!write->result()->findChild<QPushButton*>(QLatin1String(name))->isVisible());
        QCOMPARE(label->medium().patientId, QStringLiteral("PAT999"));
    }

    // The ISO name the person took from the suggestion follows the chosen patient; a typed name
    // stays. The label preview says DICOM PLUS WEB as soon as web content is ticked, as the
    // written label does (issue 12).
    void isoNameAndLabelFollowTheChoice() {
        MainWindow window(desk());
        window.show();
        WriteWorkspace* write = window.writeWorkspace();
        QVERIFY(addAndWait(write, {yamada_, other_}));
        PatientChoice* patients = write->patients();
        QVERIFY(patients->choose(QStringLiteral("PAT001")));
        const QString day = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
        const QString first = tmp_.filePath(QStringLiteral("PDI_PAT001_%1.iso").arg(day));
        write->target()->setTarget(WriteTarget::IsoFile, first);
        QVERIFY(patients->choose(QStringLiteral("PAT999")));
        QCOMPARE(write->target()->target(),
                 tmp_.filePath(QStringLiteral("PDI_PAT999_%1.iso").arg(day)));
        const QString typed = tmp_.filePath(QStringLiteral("for-dr-sato.iso"));
        write->target()->setTarget(WriteTarget::IsoFile, typed);
        QVERIFY(patients->choose(QStringLiteral("PAT001")));
        QCOMPARE(write->target()->target(), typed);

        QVERIFY(write->label()->hasMedium());
        QVERIFY(!write->label()->medium().webContent);
        write->target()->setWeb(true);
        QVERIFY(write->label()->medium().webContent);
        QCOMPARE(BilingualText::contentType(write->label()->medium()),
                 QStringLiteral("DICOM PLUS WEB"));
    }

    // Issue 6: a source "from the local archive": search, choose patient and study, write an ISO.
    void writeIsoFromTheLocalArchive() {
        // What an import filed in the archive: two studies of one patient.
        for (int study : {1, 2}) {
            for (int i = 1; i <= 2; ++i) {
                test::InstanceSpec s = yamada(1, i);
                s.patientId = QStringLiteral("ARC001");
                s.studyUid = test::uid(QStringLiteral("304.%1").arg(study));
                s.studyDate = QStringLiteral("2024020%1").arg(study);
                s.seriesUid = test::uid(QStringLiteral("304.%1.1").arg(study));
                s.sopInstanceUid = test::uid(QStringLiteral("304.%1.1.%2").arg(study).arg(i));
                const QString path =
                    tmp_.filePath(QStringLiteral("arc-%1-%2.dcm").arg(study).arg(i));
                QVERIFY(test::writeInstance(path, s));
                DcmFileFormat ff;
                QVERIFY(ff.loadFile(QFile::encodeName(path).constData()).good());
                QVERIFY(LocalArchive(f_.station()).store(ff, QStringLiteral("admin")));
            }
        }
        {
            // No PACS configured yet: the PACS source says who can add one, and cannot search.
            PacsPatientDialog none(f_.station());
            QVERIFY(!none.findChild<QPushButton*>(QStringLiteral("pacsSearch"))->isEnabled());
            QVERIFY2(none.message().contains(QStringLiteral("An administrator adds one")),
                     qPrintable(none.message()));
        }
        MainWindow window(desk());
        window.show();
        WriteWorkspace* write = window.writeWorkspace();
        write->findChild<QPushButton*>(QStringLiteral("addFromArchive"))->click();
        auto* dialog =
            write->findChild<ArchivePatientDialog*>(QStringLiteral("archivePatientDialog"));
        QVERIFY(dialog && dialog->isVisible());
        // By name in kana: the archive folds width and script.
        QSignalSpy searched(dialog, &ArchivePatientDialog::searched);
        dialog->search(QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ"));
        QVERIFY(searched.wait(WorkerWaitMs));
        QVERIFY2(dialog->patientCount() == 1, qPrintable(dialog->message()));
        QSignalSpy studies(dialog, &ArchivePatientDialog::studiesShown);
        QVERIFY(dialog->choosePatient(0));
        QVERIFY(studies.wait(WorkerWaitMs));
        QCOMPARE(dialog->selection().studies.size(), 2);
        QVERIFY(dialog->setStudyIncluded(test::uid(QStringLiteral("304.1")), false));
        QCOMPARE(dialog->selection().studyUids(), QStringList{test::uid(QStringLiteral("304.2"))});
        dialog->findChild<QPushButton*>(QStringLiteral("addArchiveSource"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!write->sources()->isCollecting() &&
                                     write->sources()->sourceCount() == 1 &&
                                     write->sources()->locations().size() == 2,
                                 WorkerWaitMs);
        QCOMPARE(write->sources()->collected().instances.size(), 2);
        QCOMPARE(write->patients()->chosenId(), QStringLiteral("ARC001"));
        auto* list = write->findChild<QListWidget*>(QStringLiteral("sources"));
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Local archive: 山田 太郎")),
                 qPrintable(list->item(0)->text()));

        const QString iso = tmp_.filePath(QStringLiteral("from-archive.iso"));
        write->target()->setTarget(WriteTarget::IsoFile, iso);
        QVERIFY2(write->canWrite(), qPrintable(write->planMessage()));
        QVERIFY(writeAndWait(write));
        QVERIFY2(write->outcome()->status == WriteOutcome::Status::Written,
                 qPrintable(write->outcome()->message));
        QCOMPARE(write->outcome()->plan.patient.id, QStringLiteral("ARC001"));
        QCOMPARE(write->outcome()->plan.instanceCount(), 2);
        const test::ProcessResult check = test::runPdi({QStringLiteral("check"), iso});
        QVERIFY2(check.exitCode == 0, qPrintable(check.outText() + check.errText()));
        QVERIFY(check.outText().contains(QLatin1String("ARC001")));
    }

    // Issue 11: the archive as a write source means the same in the Write workspace and in
    // `pdi write local` (both resolve it with PatientSource): the same objects of a patient the
    // archive files once, and the same refusal of a Patient ID it files under two issuers, even
    // after a person picked one of the two in the archive dialog.
    void archiveSourceGivesTheSameAnswerInGuiAndCli() {
        const auto store = [this](const QString& id, const QString& issuer, const QString& study,
                                  int number) {
            test::InstanceSpec s = yamada(1, number);
            s.patientId = id;
            s.issuer = issuer;
            s.studyUid = test::uid(study);
            s.seriesUid = test::uid(study + QStringLiteral(".1"));
            s.sopInstanceUid = test::uid(study + QStringLiteral(".1.%1").arg(number));
            const QString path =
                tmp_.filePath(QStringLiteral("%1-%2-%3.dcm").arg(id, study).arg(number));
            DcmFileFormat ff;
            return test::writeInstance(path, s) &&
                   ff.loadFile(QFile::encodeName(path).constData()).good() &&
                   LocalArchive(f_.station()).store(ff, QStringLiteral("admin")).ok();
        };
        QVERIFY(store(QStringLiteral("SOLO01"), QString(), QStringLiteral("305.1"), 1));
        QVERIFY(store(QStringLiteral("SOLO01"), QString(), QStringLiteral("305.1"), 2));
        QVERIFY(store(QStringLiteral("TWIN02"), QString(), QStringLiteral("306.1"), 1));
        QVERIFY(store(QStringLiteral("TWIN02"), QStringLiteral("OTHERHOSP"),
                      QStringLiteral("306.2"), 1));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), f_.station().directory().path());
        env.insert(QStringLiteral("PDI_USER"), test::StationFixture::AdminName);
        env.insert(QStringLiteral("PDI_PASSWORD"), test::StationFixture::AdminPassword);

        // Filed once: the workspace reads the objects the command writes.
        SourceList gui(f_.station(), *desk_);
        gui.addArchivePatient(
            {QStringLiteral("SOLO01"), QString(), yamada(1, 1).patientName, QString(), QString()},
            {}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!gui.isCollecting() && gui.sourceCount() == 1, WorkerWaitMs);
        QSet<QString> guiStudies;
        for (const SourceInstance& i : gui.collected().instances)
            guiStudies.insert(i.summary.studyUid);
        QCOMPARE(gui.collected().instances.size(), 2);
        const QString iso = tmp_.filePath(QStringLiteral("solo-cli.iso"));
        test::ProcessResult cli = test::runPdi({QStringLiteral("write"), QStringLiteral("local"),
                                                QStringLiteral("--patient-id"),
                                                QStringLiteral("SOLO01"), QStringLiteral("--out"),
                                                iso, QStringLiteral("--json"), QStringLiteral("-")},
                                               QByteArray(), env);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.outText() + cli.errText()));
        const QJsonObject plan =
            QJsonDocument::fromJson(cli.out).object().value(QLatin1String("plan")).toObject();
        QCOMPARE(
            plan.value(QLatin1String("patient")).toObject().value(QLatin1String("id")).toString(),
            QStringLiteral("SOLO01"));
        QSet<QString> cliStudies;
        int cliObjects = 0;
        for (const QJsonValue& st : plan.value(QLatin1String("studies")).toArray()) {
            cliStudies.insert(st.toObject().value(QLatin1String("uid")).toString());
            for (const QJsonValue& se : st.toObject().value(QLatin1String("series")).toArray())
                cliObjects += se.toObject().value(QLatin1String("instances")).toInt();
        }
        QCOMPARE(cliStudies, guiStudies);
        QCOMPARE(cliObjects, 2);

        // Filed under two issuers: refused by both with the same sentence, nothing written.
        const QString refusal = QStringLiteral("The local archive holds patient ID TWIN02 from "
                                               "several issuers (no issuer, OTHERHOSP); one "
                                               "patient per medium.");
        gui.addArchivePatient({QStringLiteral("TWIN02"), QStringLiteral("OTHERHOSP"),
                               yamada(1, 1).patientName, QString(), QString()},
                              {}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!gui.isCollecting(), WorkerWaitMs);
        QCOMPARE(gui.statusText(), refusal);
        QCOMPARE(gui.sourceCount(), 1); // the refused source is not in the list
        const QString twinIso = tmp_.filePath(QStringLiteral("twin-cli.iso"));
        cli = test::runPdi({QStringLiteral("write"), QStringLiteral("local"),
                            QStringLiteral("--patient-id"), QStringLiteral("TWIN02"),
                            QStringLiteral("--out"), twinIso},
                           QByteArray(), env);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.errText().contains(refusal), qPrintable(cli.errText()));
        QVERIFY(!QFile::exists(twinIso));
    }

    // Issue 6: a source "from a PACS" (Orthanc on loopback): search by name in kanji, choose
    // the patient and one of the studies, retrieve with C-GET, write an ISO; the retrieval is a
    // transfer on the record, and its folder goes with the source.
    void writeIsoFromAPacs() {
        test::OrthancServer orthanc;
        test::OrthancServer::Options o;
        o.modalities.insert(
            QStringLiteral("pdi"),
            {QStringLiteral("PDISTATION"), QStringLiteral("127.0.0.1"), QStringLiteral("104")});
        QVERIFY2(orthanc.start(o), qPrintable(orthanc.error()));
        QStringList files;
        for (int study = 1; study <= 2; ++study) {
            for (int i = 1; i <= 3; ++i) {
                test::InstanceSpec s = yamada(1, i);
                s.patientId = QStringLiteral("PACS05");
                s.patientName = QStringLiteral("SUZUKI^HANAKO=鈴木^花子=すずき^はなこ");
                s.studyUid = test::uid(QStringLiteral("305.%1").arg(study));
                s.studyDate = QStringLiteral("2025060%1").arg(study);
                s.studyDescription = QStringLiteral("CT %1").arg(study);
                s.seriesUid = test::uid(QStringLiteral("305.%1.1").arg(study));
                s.sopInstanceUid = test::uid(QStringLiteral("305.%1.1.%2").arg(study).arg(i));
                files << tmp_.filePath(QStringLiteral("pacs/%1-%2.dcm").arg(study).arg(i));
                QVERIFY(test::writeInstance(files.constLast(), s));
            }
        }
        const QStringList args{QStringLiteral("-aet"),      QStringLiteral("PDISTATION"),
                               QStringLiteral("-aec"),      QStringLiteral("ORTHANC"),
                               QStringLiteral("127.0.0.1"), QString::number(orthanc.dicomPort())};
        QCOMPARE(test::run(QStringLiteral("storescu"), args + files).exitCode, 0);
        DicomNode pacs;
        pacs.name = QStringLiteral("pacs");
        pacs.aeTitle = QStringLiteral("ORTHANC");
        pacs.host = QStringLiteral("127.0.0.1");
        pacs.port = orthanc.dicomPort();
        pacs.roles = DicomNode::Store | DicomNode::Find;
        QVERIFY(NodeStore(f_.station().database()).add(f_.admin(), pacs).ok());
        const int transfersBefore = f_.records(AuditEventType::Transfer).size();
        const QDir retrieveDir(f_.station().directory().filePath(QStringLiteral("retrieve")));

        {
            MainWindow window(desk());
            window.show();
            WriteWorkspace* write = window.writeWorkspace();
            write->findChild<QPushButton*>(QStringLiteral("addFromPacs"))->click();
            auto* dialog =
                write->findChild<PacsPatientDialog*>(QStringLiteral("pacsPatientDialog"));
            QVERIFY(dialog && dialog->isVisible());
            QVERIFY(dialog->setNode(QStringLiteral("pacs")));
            QSignalSpy searched(dialog, &PacsPatientDialog::searched);
            dialog->search(QStringLiteral("鈴木"));
            QVERIFY(searched.wait(WorkerWaitMs));
            QVERIFY2(dialog->patientCount() == 1, qPrintable(dialog->message()));
            // One patient found: chosen, both studies ticked, the newest first.
            QCOMPARE(dialog->selection().patient.id, QStringLiteral("PACS05"));
            QCOMPARE(dialog->selection().studies.size(), 2);
            QCOMPARE(dialog->selection().studies.constFirst().date, QStringLiteral("20250602"));
            QVERIFY(dialog->setStudyIncluded(test::uid(QStringLiteral("305.2")), false));
            QCOMPARE(dialog->selection().studyUids(),
                     QStringList{test::uid(QStringLiteral("305.1"))});
            dialog->findChild<QPushButton*>(QStringLiteral("addPacsSource"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!write->sources()->isCollecting() &&
                                         write->sources()->sourceCount() == 1,
                                     WorkerWaitMs);
            QVERIFY2(write->sources()->locations().size() == 3,
                     qPrintable(write->sources()->statusText()));
            QCOMPARE(write->sources()->collected().instances.size(), 3);
            QCOMPARE(write->patients()->chosenId(), QStringLiteral("PACS05"));
            auto* list = write->findChild<QListWidget*>(QStringLiteral("sources"));
            QVERIFY2(list->item(0)->text().contains(QStringLiteral("PACS pacs: 鈴木 花子")),
                     qPrintable(list->item(0)->text()));
            // The retrieved objects wait in the data directory while the source is listed.
            QCOMPARE(retrieveDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

            const QString iso = tmp_.filePath(QStringLiteral("from-pacs.iso"));
            write->target()->setTarget(WriteTarget::IsoFile, iso);
            QVERIFY2(write->canWrite(), qPrintable(write->planMessage()));
            QVERIFY(writeAndWait(write));
            QVERIFY2(write->outcome()->status == WriteOutcome::Status::Written,
                     qPrintable(write->outcome()->message));
            QCOMPARE(write->outcome()->plan.instanceCount(), 3);
            const test::ProcessResult check = test::runPdi(
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("-"), iso});
            QVERIFY2(check.exitCode == 0, qPrintable(check.outText() + check.errText()));
            QVERIFY(check.outText().contains(QLatin1String("PACS05")));
            QVERIFY(check.outText().contains(test::uid(QStringLiteral("305.1"))));
            QVERIFY(!check.outText().contains(test::uid(QStringLiteral("305.2"))));
        }
        // The window closed: the retrieved folder is gone; the retrieval is on the record,
        // by the person who asked.
        QVERIFY(retrieveDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        const QVector<AuditRecord> transfers = f_.records(AuditEventType::Transfer);
        QCOMPARE(transfers.size(), transfersBefore + 1);
        const AuditEvent& retrieval = transfers.constLast().event;
        QCOMPARE(retrieval.actor.userName, QStringLiteral("desk"));
        QCOMPARE(retrieval.details.value(QStringLiteral("direction")).toString(),
                 QStringLiteral("retrieve"));
        QCOMPARE(retrieval.details.value(QStringLiteral("objects")).toInt(), 3);
        QCOMPARE(retrieval.studies, QStringList{test::uid(QStringLiteral("305.1"))});
    }

    // A PACS that is not there: the source is not added, and the message says why.
    void unreachablePacsSaysSo() {
        DicomNode gone;
        gone.name = QStringLiteral("gone");
        gone.aeTitle = QStringLiteral("GONE");
        gone.host = QStringLiteral("127.0.0.1");
        gone.port = test::freePort();
        gone.roles = DicomNode::Find;
        QVERIFY(NodeStore(f_.station().database()).add(f_.admin(), gone).ok());
        MainWindow window(desk());
        WriteWorkspace* write = window.writeWorkspace();
        write->findChild<QPushButton*>(QStringLiteral("addFromPacs"))->click();
        auto* dialog = write->findChild<PacsPatientDialog*>(QStringLiteral("pacsPatientDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->setNode(QStringLiteral("gone")));
        QSignalSpy searched(dialog, &PacsPatientDialog::searched);
        dialog->search(QStringLiteral("PACS05"));
        QVERIFY(searched.wait(WorkerWaitMs));
        QCOMPARE(dialog->patientCount(), 0);
        QVERIFY2(dialog->message().contains(QStringLiteral("GONE")), qPrintable(dialog->message()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("addPacsSource"))->isEnabled());
        // A retrieval that fails when the source is read leaves no source and says why.
        write->sources()->addPacsPatient(QStringLiteral("gone"),
                                         {QStringLiteral("PACS05"), {}, {}, {}, {}}, {});
        QTRY_VERIFY_WITH_TIMEOUT(!write->sources()->isCollecting(), WorkerWaitMs);
        QCOMPARE(write->sources()->sourceCount(), 0);
        QVERIFY2(write->sources()->statusText().contains(QStringLiteral("GONE")),
                 qPrintable(write->sources()->statusText()));
    }

    // Cancel while the image is being written: no ISO, no leftover, the job says cancelled.
    void cancelDuringWriteLeavesNoIso() {
        MainWindow window(desk());
        WriteWorkspace* write = window.writeWorkspace();
        QVERIFY(addAndWait(write, {larger_}));
        QCOMPARE(write->patients()->chosenId(), QStringLiteral("PAT777")); // the only one
        const QString iso = tmp_.filePath(QStringLiteral("cancelled.iso"));
        write->target()->setTarget(WriteTarget::IsoFile, iso);
        QVERIFY2(write->canWrite(), qPrintable(write->planMessage()));
        const int exportsBefore = f_.records(AuditEventType::Export).size();

        QStringList steps;
        connect(write, &WriteWorkspace::stepChanged, write, [&](const QString& step) {
            steps << step;
            if (step.startsWith(QLatin1String("Writing"))) {
                // Signing out meanwhile is refused with "wait until it is finished".
                window.findChild<QPushButton*>(QStringLiteral("signOut"))->click();
                write->findChild<QPushButton*>(QStringLiteral("cancelWrite"))->click();
            }
        });
        QVERIFY(writeAndWait(write));
        QVERIFY(steps.join(QLatin1Char(',')).contains(QLatin1String("Writing")));
        // The "wait" ends with the write (issue 12: it stayed after the job ended).
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(steps.join(QLatin1Char(',')).contains(QLatin1String("Writing")),
                 qPrintable(steps.join(QLatin1Char(','))));
        QVERIFY(write->outcome());
        QCOMPARE(write->outcome()->statusName(), QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(iso));
        QVERIFY(!QFile::exists(iso + QStringLiteral(".part")));
        QCOMPARE(write->result()->headline(), QStringLiteral("Cancelled"));
        QVERIFY(!write->label()->isWritten());
        // Recorded as what it was.
        const QVector<AuditRecord> exports = f_.records(AuditEventType::Export);
        QCOMPARE(exports.size(), exportsBefore + 1);
        QCOMPARE(exports.constLast().event.outcome, AuditOutcome::MinorFailure);
        QVERIFY(exports.constLast().event.details.value(QLatin1String("cancelled")).toBool());
        // In the audit list a cancel is a cancel: not "failure", not red (issue 12).
        {
            AuditWorkspace audit({f_.station(), f_.admin()});
            QSignalSpy refreshed(&audit, &AuditWorkspace::refreshed);
            audit.refresh();
            QVERIFY(refreshed.wait(30000));
            QTableWidget* table = audit.table();
            QTableWidgetItem* newest = nullptr;
            for (int row = 0; row < table->rowCount() && !newest; ++row) {
                if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == exports.constLast().seq)
                    newest = table->item(row, 5);
            }
            QVERIFY(newest);
            QCOMPARE(newest->text(), QStringLiteral("cancelled"));
            QVERIFY(newest->foreground().color() != QColor(0xb7, 0x1c, 0x1c));
            // Details in words, not JSON; the record opens whole below the list.
            const QString summary = table->item(newest->row(), 8)->text();
            QVERIFY2(!summary.contains(QLatin1Char('{')) && !summary.contains(QLatin1Char('"')),
                     qPrintable(summary));
            QVERIFY2(summary.contains(QLatin1String("Cancelled by the person: yes")),
                     qPrintable(summary));
            QCOMPARE(table->item(newest->row(), 7)->text().left(2), QStringLiteral("CD"));
            table->selectRow(newest->row());
            const QString whole = audit.findChild<QLabel*>(QStringLiteral("recordDetail"))->text();
            QVERIFY2(whole.contains(QLatin1String("Reason: ")), qPrintable(whole));
            QVERIFY(whole.contains(QLatin1String("Medium written")));
        }
        // Nothing stops a second try.
        QVERIFY(write->canWrite());
    }

    // A write runs past the idle time: the sign-out waits for it, then comes.
    void idleSignOutWaitsForRunningWrite() {
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QVERIFY(test::signIn(shell, QStringLiteral("desk"), QStringLiteral("Dsk-Pa55word")));
        QPointer<MainWindow> window = shell.mainWindow();
        QPointer<WriteWorkspace> write = window->writeWorkspace();
        QVERIFY(addAndWait(write, {yamada_}));
        const QString iso = tmp_.filePath(QStringLiteral("idle.iso"));
        write->target()->setTarget(WriteTarget::IsoFile, iso);
        QVERIFY2(write->canWrite(), qPrintable(write->planMessage()));

        // What the write and the sign-out saw, recorded when they happen: with an idle time of
        // a millisecond the sign-out may come while the test still waits for the write's
        // signal, and the window (with the workspace) is gone right after.
        std::optional<WriteOutcome> outcome;
        bool writeEnded = false;
        bool signedOut = false;
        bool writtenBeforeSignOut = false;
        connect(write, &WriteWorkspace::writeFinished, this, [&] {
            writeEnded = true;
            outcome = write->outcome();
        });
        connect(&shell, &StationShell::signedOut, this, [&] {
            signedOut = true;
            writtenBeforeSignOut = writeEnded && QFile::exists(iso);
        });
        SessionGuard* guard = window->sessionGuard();
        write->findChild<QPushButton*>(QStringLiteral("write"))->click();
        write->confirmation()->findChild<QPushButton*>(QStringLiteral("confirmWrite"))->click();
        QVERIFY(write->isWriting());
        QVERIFY(guard->isHeld());
        // Idle at once: without the hold this would sign out in the middle of the write.
        guard->setIdleTimeout(std::chrono::milliseconds(1));
        QVERIFY(!guard->isActive());
        // Signing out by hand is refused too while the medium is written.
        window->findChild<QPushButton*>(QStringLiteral("signOut"))->click();
        QVERIFY(!signedOut);

        // The idle time starts when the write ends: the sign-out comes, after the medium.
        QTRY_VERIFY_WITH_TIMEOUT(writeEnded, WorkerWaitMs);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == WriteOutcome::Status::Written, qPrintable(outcome->message));
        QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
        QVERIFY(writtenBeforeSignOut);
        QTRY_VERIFY(!window);
        QVERIFY(!shell.session());
        QVERIFY(QFile::exists(iso));
    }

    // A disc or USB stick put in while writing is being prepared is offered as a source.
    void insertedMediumIsOfferedAsSource() {
        const test::FakeDrives fake(tmp_.path());
        const QString stick = fake.stickPath(QStringLiteral("STICK"));
        QVERIFY(test::writeConformantMedium(stick, {yamada(1, 1)}, QStringLiteral("USBSRC")));
        MainWindow window(desk());
        QVERIFY(fake.watchWith(window.driveWatcher()));
        WriteWorkspace* write = window.writeWorkspace();
        auto* offer = write->findChild<QWidget*>(QStringLiteral("mediumOffer"));
        QVERIFY(offer->isHidden());

        QVERIFY(fake.plugIn(stick));
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isHidden(), 30000);
        // Offered, not taken: the person decides.
        QCOMPARE(write->sources()->sourceCount(), 0);
        write->findChild<QPushButton*>(QStringLiteral("useMedium"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(write->sources()->locations() == QStringList{stick}, WorkerWaitMs);
        QCOMPARE(write->sources()->collected().instances.size(), 1);
        QCOMPARE(write->patients()->chosenId(), QStringLiteral("PAT001"));
    }

    // 5,000 images: reading, planning and writing keep the window drawing; progress is shown.
    void largeSourceKeepsTheWindowResponsive() {
        const QString root = tmp_.filePath(QStringLiteral("large"));
        for (int i = 1; i <= 5000; ++i) {
            test::InstanceSpec s = yamada(10 + i / 1000, i);
            s.patientId = QStringLiteral("PAT5000");
            s.studyUid = test::uid(QStringLiteral("303.1"));
            s.seriesUid = test::uid(QStringLiteral("303.1.%1").arg(i / 1000));
            s.sopInstanceUid = test::uid(QStringLiteral("303.1.1.%1").arg(i));
            s.rows = 16;
            s.columns = 16;
            QVERIFY(test::writeInstance(
                QStringLiteral("%1/S%2/I%3.dcm").arg(root).arg(i / 1000).arg(i), s));
        }
        MainWindow window(desk());
        window.show();
        WriteWorkspace* write = window.writeWorkspace();
        auto* reading = write->findChild<QProgressBar*>(QStringLiteral("readingProgress"));
        auto* writing = write->findChild<QProgressBar*>(QStringLiteral("writeProgress"));
        bool readingMidway = false;
        bool writingMidway = false;
        QTimer sample;
        connect(&sample, &QTimer::timeout, this, [&] {
            if (reading->isVisible() && reading->maximum() > 0 && reading->value() > 0 &&
                reading->value() < reading->maximum())
                readingMidway = true;
            if (writing->isVisible() && writing->maximum() > 0 && writing->value() > 0 &&
                writing->value() < writing->maximum())
                writingMidway = true;
        });
        sample.start(5);
        QVERIFY(addAndWait(write, {root}));
        QVERIFY2(readingMidway, "no progress was shown while the sources were read");
        QCOMPARE(write->sources()->collected().instances.size(), 5000);
        QVERIFY2(!write->plan().refused, qPrintable(write->plan().refusal));
        // Every tick plans the medium again, on the GUI thread: fast enough for 5,000 images.
        for (int k = 0; k < 5; ++k) {
            write->content()->setIncluded(test::uid(QStringLiteral("303.1.%1").arg(k)), false);
            write->content()->setIncluded(test::uid(QStringLiteral("303.1.%1").arg(k)), true);
        }
        QCOMPARE(write->plan().instanceCount(), 5000);

        write->target()->setTarget(WriteTarget::IsoFile,
                                   tmp_.filePath(QStringLiteral("large.iso")));
        QVERIFY(writeAndWait(write));
        QVERIFY2(write->outcome()->status == WriteOutcome::Status::Written,
                 qPrintable(write->outcome()->message));
        QVERIFY2(writingMidway, "no progress was shown while the medium was written");
    }

    // Content that does not fit turns the gauge red.
    void gaugeTurnsRedWhenContentDoesNotFit() {
        MediaGauge gauge;
        gauge.setUsage(350 * 1024 * 1024, 700 * 1024 * 1024, QStringLiteral("CD"));
        QVERIFY(gauge.fits());
        QCOMPARE(gauge.value(), 500);
        gauge.setUsage(800 * 1024 * 1024, 700 * 1024 * 1024, QStringLiteral("CD"));
        QVERIFY(!gauge.fits());
        QCOMPARE(gauge.value(), 1000);
        QVERIFY(gauge.format().contains(QLatin1String("does not fit")));
        QVERIFY(gauge.styleSheet().contains(QLatin1String("#ef9a9a")));

        // A USB stick or folder: the gauge measures against its free space.
        MainWindow window(desk());
        WriteWorkspace* write = window.writeWorkspace();
        QVERIFY(addAndWait(write, {larger_}));
        write->target()->setTarget(WriteTarget::Folder, tmp_.filePath(QStringLiteral("usb")));
        QCOMPARE(write->target()->media(), TargetMedia::Usb);
        QVERIFY2(!write->plan().refused, qPrintable(write->plan().refusal));
        QVERIFY(write->target()->gauge()->capacity() > 0);
        QCOMPARE(write->target()->gauge()->capacity(), write->plan().capacityBytes);
        // A disc image is a CD, DVD or BD, never "USB".
        write->target()->setTarget(WriteTarget::IsoFile, tmp_.filePath(QStringLiteral("x.iso")));
        QCOMPARE(write->target()->media(), TargetMedia::Cd);
        QCOMPARE(write->plan().capacityBytes, TargetMedia::capacity(TargetMedia::Cd));
    }
};

QTEST_MAIN(TestGuiWrite)
#include "tst_gui_write.moc"

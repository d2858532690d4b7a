// The Check workspace, driven offscreen: open a medium, wait for the check, read what a
// reception desk would see, and what the audit trail says about it.
#include "CheckSupport.h"
#include "GuiFixtures.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "gui/BackgroundTask.h"
#include "gui/CheckBadges.h"
#include "gui/CheckReportDocument.h"
#include "gui/CheckWorkspace.h"
#include "gui/DriveWatcher.h"
#include "gui/FindingList.h"
#include "gui/MainWindow.h"
#include "gui/UiLanguage.h"
#include "job/WorkerThreads.h"
#include "rules/MediumFlags.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace pdi;

class TestGuiCheck : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture f_;
    std::optional<Session> reception_;

    static QStringList badges(QWidget* w) {
        QStringList out;
        for (QLabel* l : w->findChildren<QLabel*>(QStringLiteral("badge")))
            out << l->text();
        return out;
    }
    static QString labelText(QWidget* w, const char* name) {
        auto* l = w->findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : QString();
    }
    WorkspaceContext reception() { return {f_.station(), *reception_}; }

    QString autorunMedium() {
        const QString root = tmp_.filePath(QStringLiteral("autorun"));
        if (QFileInfo::exists(root))
            return root;
        test::InstanceSpec a;
        a.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        if (!test::writeConformantMedium(root, {a}) ||
            !test::writeText(root + QStringLiteral("/AUTORUN.INF"), "[autorun]\r\n"))
            return QString();
        return root;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        reception_ = f_.addAndLogin(QStringLiteral("uketsuke"), Role::Reception,
                                    QStringLiteral("Rcptn-Pa55"));
        QVERIFY2(reception_, qPrintable(f_.error()));
    }

    // Several patients: whose disc it is shows for each of them, without scrolling (issue 12:
    // "見本 花子 (ほか 1 名)").
    void everyPatientOfTheMediumIsListed() {
        test::InstanceSpec a;
        a.patientName = QStringLiteral("MIHON^HANAKO=見本^花子=みほん^はなこ");
        a.patientId = QStringLiteral("P-0001");
        a.birthDate = QStringLiteral("19800202");
        test::InstanceSpec b;
        b.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        b.patientId = QStringLiteral("P-0002");
        b.birthDate = QStringLiteral("19700101");
        b.studyUid = test::uid(QStringLiteral("700.2"));
        b.seriesUid = test::uid(QStringLiteral("700.2.1"));
        b.sopInstanceUid = test::uid(QStringLiteral("700.2.1.1"));
        const QString root = tmp_.filePath(QStringLiteral("two-patients"));
        QVERIFY(test::writeConformantMedium(root, {a, b}));
        MainWindow window(reception());
        window.resize(1280, 720);
        window.show();
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(root);
        QVERIFY(done.wait(60000));
        QCOMPARE(labelText(check, "patientName"), QStringLiteral("2 patients on this medium"));
        auto* details = check->findChild<QLabel*>(QStringLiteral("patientDetails"));
        for (const char* expected :
             {"見本 花子", "P-0001", "1980-02-02", "山田 太郎", "P-0002", "1970-01-01"})
            QVERIFY2(details->text().contains(QString::fromUtf8(expected)),
                     qPrintable(details->text()));
        // Seen whole, not cut by the pane, once the layout has taken the new text.
        QTRY_VERIFY2(details->height() >= details->heightForWidth(details->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(details->height())
                                    .arg(details->heightForWidth(details->width()))));
        QVERIFY(details->visibleRegion() == QRegion(details->rect()));
    }

    // Findings by code with their count, errors first and the medium's own before the files'
    // (issue 12: "several patients" was buried among dozens of file rows).
    void findingsAreGroupedByCode() {
        UiLanguage::apply(QStringLiteral("en")); // the English plural forms
        QVector<Finding> findings;
        for (int i = 0; i < 30; ++i)
            findings << Finding{QStringLiteral("PDI-W100"), Severity::Warning,
                                QStringLiteral("DICOM/S1/I%1").arg(i), QStringLiteral("thin")};
        findings << Finding{QStringLiteral("PDI-E200"), Severity::Error, QStringLiteral("DICOM/X"),
                            QStringLiteral("damaged")};
        findings << Finding{QStringLiteral("PDI-E200"), Severity::Error, QStringLiteral("DICOM/Y"),
                            QStringLiteral("damaged")};
        findings << Finding{QStringLiteral("PDI-E300"), Severity::Error, QString(),
                            QStringLiteral("several patients")};
        findings << Finding{QStringLiteral("PDI-I400"), Severity::Info, QString(),
                            QStringLiteral("web content")};
        FindingList list;
        list.setFindings(findings);
        QTreeWidget* tree = list.tree();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QStringList codes;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            codes << tree->topLevelItem(i)->text(1);
        QCOMPARE(codes, (QStringList{QStringLiteral("PDI-E300"), QStringLiteral("PDI-E200"),
                                     QStringLiteral("PDI-W100"), QStringLiteral("PDI-I400")}));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("the medium"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 0);
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("2 places"));
        QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(2)->text(2), QStringLiteral("30 places"));
        QCOMPARE(tree->topLevelItem(2)->child(29)->text(2), QStringLiteral("DICOM/S1/I29"));
    }

    // Every warning flag `pdi check` prints has a badge in the window (issue 12: Lossy and
    // Unlisted images had none). Web content is a feature, not a warning.
    void everyWarningFlagHasABadge() {
        CheckReport report;
        for (int f = 0; f < MediumFlags::FlagCount; ++f)
            report.flags.set[f] = true;
        QStringList keys;
        for (const CheckBadge& b : CheckBadges::of(report))
            keys << b.key;
        for (int f = 0; f < MediumFlags::FlagCount; ++f) {
            if (f == MediumFlags::WebContent)
                continue;
            QVERIFY2(keys.contains(MediumFlags::key(MediumFlags::Flag(f))),
                     qPrintable(MediumFlags::key(MediumFlags::Flag(f))));
        }
    }

    void checkShowsPatientBadgesAndExplanations() {
        const QString root = autorunMedium();
        QVERIFY(!root.isEmpty());
        MainWindow window(reception());
        window.show();
        CheckWorkspace* check = window.checkWorkspace();
        QVERIFY(check);
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(root);
        QVERIFY(done.wait(60000));
        QVERIFY(check->report());

        QVERIFY2(labelText(check, "patientName").contains(QStringLiteral("山田 太郎")),
                 qPrintable(labelText(check, "patientName")));
        QCOMPARE(labelText(check, "patientReading"), QStringLiteral("やまだ たろう"));
        QVERIFY(labelText(check, "patientDetails").contains(QStringLiteral("PAT001")));
        QVERIFY(labelText(check, "patientDetails").contains(QStringLiteral("1970-01-01")));
        QVERIFY(labelText(check, "source").contains(QStringLiteral("TEST HOSPITAL")));

        const QStringList b = badges(check);
        QVERIFY2(b.contains(QStringLiteral("Autorun")), qPrintable(b.join(QLatin1Char(','))));
        QVERIFY(b.contains(QStringLiteral("Not PDI")));
        QVERIFY(!b.contains(QStringLiteral("Several patients")));
        // The explanation is on the screen, not only in a tooltip.
        const QString explanations = labelText(check, "badgeExplanations");
        QVERIFY2(explanations.contains(MediumFlags::explanation(MediumFlags::Autorun)),
                 qPrintable(explanations));
        QVERIFY(explanations.contains(QStringLiteral("Not PDI:")));

        auto* findings = check->findChild<QTreeWidget*>(QStringLiteral("findings"));
        bool listed = false;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            listed = listed || findings->topLevelItem(i)->text(1) == QLatin1String("PDI-S001");
        QVERIFY(listed);
        auto* contents = check->findChild<QTreeWidget*>(QStringLiteral("contents"));
        QCOMPARE(contents->topLevelItemCount(), 1);
        QCOMPARE(contents->topLevelItem(0)->text(1), QStringLiteral("2024-01-05"));
        QCOMPARE(contents->topLevelItem(0)->text(2), QStringLiteral("CT"));
    }

    void checkIsRecordedWithItsAlert() {
        const int before = f_.records(AuditEventType::Check).size();
        MainWindow window(reception());
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(autorunMedium());
        QVERIFY(done.wait(60000));

        const QVector<AuditRecord> checks = f_.records(AuditEventType::Check);
        QCOMPARE(checks.size(), before + 1);
        const AuditEvent& e = checks.constLast().event;
        QCOMPARE(e.actor.userName, QStringLiteral("uketsuke"));
        QCOMPARE(e.actor.role, QStringLiteral("reception"));
        QCOMPARE(e.mediumId, QStringLiteral("PDITEST"));
        QCOMPARE(e.mediaType, MediaType::Other); // a folder; the drive would say CD or USB
        QCOMPARE(e.patients.size(), 1);
        QCOMPARE(e.patients.constFirst().id, QStringLiteral("PAT001"));
        QCOMPARE(e.studies, QStringList{QStringLiteral("1.2.826.0.1.3680043.9.7777.1")});
        const QJsonArray flags = e.details.value(QLatin1String("flags")).toArray();
        QVERIFY(flags.contains(QStringLiteral("autorun")));
        QCOMPARE(e.details.value(QLatin1String("conformant")).toBool(), false);

        const QVector<AuditRecord> alerts = f_.records(AuditEventType::SecurityAlert);
        QVERIFY(!alerts.isEmpty());
        QCOMPARE(alerts.constLast().event.alert, SecurityAlert::MediumContent);
        QCOMPARE(alerts.constLast().event.target, QStringLiteral("AUTORUN.INF"));
        QCOMPARE(alerts.constLast().seq, checks.constLast().seq + 1);
    }

    void reportSavesAsPdfWithJapaneseName() {
        MainWindow window(reception());
        CheckWorkspace* check = window.checkWorkspace();
        QVERIFY(!check->saveReportPdf(tmp_.filePath(QStringLiteral("none.pdf"))));
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(autorunMedium());
        QVERIFY(done.wait(60000));
        const QString pdf = tmp_.filePath(QStringLiteral("report.pdf"));
        const Result<void> saved = check->saveReportPdf(pdf);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const test::ProcessResult text =
            test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString t = text.outText();
        QVERIFY2(t.contains(QStringLiteral("山田 太郎")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("やまだ たろう")));
        QVERIFY(t.contains(QStringLiteral("PDI-S001")));
        QVERIFY(t.contains(QStringLiteral("1970-01-01")));
        QVERIFY(t.contains(MediumFlags::explanation(MediumFlags::Autorun)));

        // Saved from the window: the red "not conformant" line stays, the note beside the
        // buttons says where the report went, and it is not red (issue 12).
        const QString status = check->statusText();
        QVERIFY(status.contains(QLatin1String("Not a conformant")));
        check->exportReportPdf(tmp_.filePath(QStringLiteral("again.pdf")));
        QCOMPARE(check->statusText(), status);
        QVERIFY2(check->exportNote().contains(QLatin1String("again.pdf")),
                 qPrintable(check->exportNote()));
        QVERIFY(!check->findChild<QLabel*>(QStringLiteral("exportNote"))
                     ->styleSheet()
                     .contains(QLatin1String("b71c1c")));

        // Print... hands the same document to the printer the dialog set up.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = tmp_.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(CheckReportDocument::print(
            *check->report(),
            {QStringLiteral("UKETSUKE"), QStringLiteral("vm"), QDateTime::currentDateTime()},
            printer));
        QVERIFY(QFileInfo(printed).size() > 0);
    }

    void unreadableMediumSaysSo() {
        MainWindow window(reception());
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(QStringLiteral("/nonexistent/disc"));
        QVERIFY(done.wait(30000));
        QVERIFY(!check->report());
        QVERIFY2(check->statusText().contains(QLatin1String("does not exist")),
                 qPrintable(check->statusText()));
    }

    // A thread that cannot be started (no memory, a thread limit; here a stack no system can
    // give) ends the check with an error the person reads, never a check that runs for ever.
    void threadThatCannotStartIsShown() {
        const QString medium = autorunMedium();
        QVERIFY(!medium.isEmpty());
        MainWindow window(reception());
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        BackgroundTask::setThreadStack(std::size_t(1) << 46);
        check->openMedium(medium);
        BackgroundTask::setThreadStack(WorkerThreads::kStackBytes);
        QVERIFY(done.wait(10000));
        QVERIFY(!check->report());
        QVERIFY2(check->statusText().contains(QLatin1String("no thread could be started")),
                 qPrintable(check->statusText()));
        QVERIFY(!check->isChecking());

        // The next check runs as usual.
        check->openMedium(medium);
        QVERIFY(done.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(check->report(), 30000);
    }

    void mountTableParsing() {
        const QByteArray table = "proc /proc proc rw 0 0\n"
                                 "/dev/sda1 / ext4 rw 0 0\n"
                                 "/dev/sr0 /media/user/PDI\\040DISC iso9660 ro 0 0\n"
                                 "/dev/sdb1 /media/user/STICK vfat rw 0 0\n"
                                 "/dev/sdc1 /media/user/BACKUP ext4 rw 0 0\n"
                                 "/dev/sdd1 /home/user/usb vfat rw 0 0\n";
        const QVector<Drive> drives =
            DriveWatcher::parseMountTable(table, {QStringLiteral("/media")});
        QCOMPARE(drives.size(), 2);
        QCOMPARE(drives.at(0).path, QStringLiteral("/media/user/PDI DISC"));
        QCOMPARE(drives.at(0).label, QStringLiteral("PDI DISC"));
        QVERIFY(drives.at(0).optical);
        QCOMPARE(drives.at(1).path, QStringLiteral("/media/user/STICK"));
        QVERIFY(!drives.at(1).optical);
        QCOMPARE(drives.at(1).mediaType(), MediaType::Usb);
    }

    void insertedMediumOpensByItself() {
        const test::FakeDrives fake(tmp_.path());
        const QString stick = fake.stickPath(QStringLiteral("STICK"));
        test::InstanceSpec a;
        a.patientName = QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ");
        QVERIFY(test::writeConformantMedium(stick, {a}, QStringLiteral("USBTEST")));

        MainWindow window(reception());
        DriveWatcher* drives = window.driveWatcher();
        QVERIFY(fake.watchWith(drives));
        QVERIFY(drives->drives().isEmpty());
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);

        // The stick is plugged in: the desktop mounts it.
        QVERIFY(fake.plugIn(stick));
        QVERIFY(done.wait(60000));
        QVERIFY(check->report());
        QCOMPARE(check->report()->inventory.location, stick);
        QVERIFY(labelText(check, "patientName").contains(QStringLiteral("佐藤 花子")));
        QCOMPARE(drives->drives().size(), 1);
        const QVector<AuditRecord> checks = f_.records(AuditEventType::Check);
        QCOMPARE(checks.constLast().event.mediaType, MediaType::Usb);
        QCOMPARE(checks.constLast().event.mediumId, QStringLiteral("USBTEST"));
    }

    void cancelLeavesNoReport() {
        MainWindow window(reception());
        CheckWorkspace* check = window.checkWorkspace();
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        const int before = f_.records(AuditEventType::Check).size();
        check->openMedium(autorunMedium());
        check->cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(!check->report());
        QVERIFY(check->statusText().contains(QLatin1String("cancelled")));
        QCOMPARE(f_.records(AuditEventType::Check).size(), before);
    }

    // A medium with a directory: the first look (who, from where, the directory's warnings)
    // comes at once and says that every file is still being checked; the full result replaces
    // it. Damage only the full check can see (after the pixel data of each object) shows how the
    // two differ. Stopped after the first look, the status says the files were not checked.
    static int damagedFindings(const CheckReport* report) {
        int n = 0;
        for (const Finding& f : report->findings)
            n += f.code == QLatin1String("PDI-F002") ? 1 : 0;
        return n;
    }

    void firstLookComesFirstThenEveryFile() {
        const QString root = tmp_.filePath(QStringLiteral("first-look"));
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
            s.sopInstanceUid = test::uid(QStringLiteral("770.%1").arg(i));
            s.instanceNumber = QString::number(i);
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(root, specs));
        QDirIterator it(root + QStringLiteral("/DICOM"), QDir::Files, QDirIterator::Subdirectories);
        int cut = 0;
        while (it.hasNext()) {
            // The first object stays whole: it is the one the first look reads, and a damaged
            // one there would rightly make the first look a full check.
            const QString file = it.next();
            if (file.endsWith(QLatin1String("/I1")))
                continue;
            QVERIFY(test::cutInsideTrailingSequence(file));
            ++cut;
        }
        QCOMPARE(cut, 2);

        MainWindow window(reception());
        window.show();
        CheckWorkspace* check = window.checkWorkspace();
        auto* pdf = check->findChild<QPushButton*>(QStringLiteral("savePdf"));
        QString firstStatus, firstName;
        int firstDamaged = -1;
        bool firstPdfEnabled = true;
        connect(check, &CheckWorkspace::quickLookShown, this, [&] {
            QVERIFY(check->showsQuickLook());
            firstStatus = check->statusText();
            firstName = labelText(check, "patientName");
            firstDamaged = damagedFindings(check->report());
            firstPdfEnabled = pdf && pdf->isEnabled();
        });
        QSignalSpy first(check, &CheckWorkspace::quickLookShown);
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(root);
        QVERIFY(done.wait(60000));
        QCOMPARE(first.size(), 1);
        QVERIFY2(firstStatus.contains(QLatin1String("checking every file")),
                 qPrintable(firstStatus));
        QVERIFY2(firstName.contains(QStringLiteral("山田 太郎")), qPrintable(firstName));
        QVERIFY(!firstPdfEnabled);
        QCOMPARE(firstDamaged, 0);
        // The full result replaced it.
        QVERIFY(!check->showsQuickLook());
        QCOMPARE(damagedFindings(check->report()), 2);
        QVERIFY2(check->statusText().contains(QLatin1String("Not a conformant")),
                 qPrintable(check->statusText()));
        QVERIFY(pdf && pdf->isEnabled());

        // Stopped after the first look: it stays, and says what it is; nothing is recorded.
        const int before = f_.records(AuditEventType::Check).size();
        QMetaObject::Connection stop =
            connect(check, &CheckWorkspace::quickLookShown, check, &CheckWorkspace::cancel);
        check->openMedium(root);
        QVERIFY(done.wait(60000));
        disconnect(stop);
        QVERIFY(check->showsQuickLook());
        QVERIFY2(check->statusText().contains(QLatin1String("were not checked")),
                 qPrintable(check->statusText()));
        QVERIFY(!pdf->isEnabled());
        QCOMPARE(f_.records(AuditEventType::Check).size(), before);
    }

    // Thousands of files: the window keeps drawing progress while the worker checks.
    void largeMediumShowsProgress() {
        const QString root = tmp_.filePath(QStringLiteral("large"));
        test::InstanceSpec spec;
        for (int i = 1; i <= 5000; ++i) {
            spec.sopInstanceUid = test::uid(QStringLiteral("900.%1").arg(i));
            spec.instanceNumber = QString::number(i);
            QVERIFY(test::writeInstance(
                QStringLiteral("%1/DICOM/S%2/I%3").arg(root).arg(i / 1000).arg(i % 1000), spec));
        }
        MainWindow window(reception());
        window.show();
        CheckWorkspace* check = window.checkWorkspace();
        auto* bar = check->findChild<QProgressBar*>(QStringLiteral("progress"));
        bool midway = false;
        QTimer sample;
        connect(&sample, &QTimer::timeout, this, [&] {
            if (bar->isVisible() && bar->maximum() > 0 && bar->value() > 0 &&
                bar->value() < bar->maximum())
                midway = true;
        });
        sample.start(5);
        QSignalSpy done(check, &CheckWorkspace::checkFinished);
        check->openMedium(root);
        QVERIFY(done.wait(300000));
        QVERIFY(check->report());
        QCOMPARE(check->report()->dicomCount(), 5000);
        QVERIFY2(midway, "no progress was shown while the check ran");
    }
};

QTEST_MAIN(TestGuiCheck)
#include "tst_gui_check.moc"

// The administrator's workspaces, driven offscreen: settings saved and audited through the
// library, the live label and README previews, the language switch, the users table, and the
// audit list with its chain status, export and forwarding.
#include "DicomServers.h"
#include "DirectoryServer.h"
#include "PostgresServer.h"
#include "StationFixture.h"
#include "SyslogReceiver.h"
#include "TestSupport.h"

#include "account/DirectorySettings.h"
#include "gui/AuditForwardingForm.h"
#include "gui/AuditWorkspace.h"
#include "gui/BackgroundTask.h"
#include "gui/CheckRulesForm.h"
#include "gui/CheckWorkspace.h"
#include "gui/DirectoryForm.h"
#include "gui/ImportWorkspace.h"
#include "gui/InstitutionForm.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/NodeTable.h"
#include "gui/SessionGuard.h"
#include "gui/SettingsWorkspace.h"
#include "gui/StationForm.h"
#include "gui/UiLanguage.h"
#include "gui/UserTable.h"
#include "node/NodeStore.h"
#include "settings/ImportSettings.h"
#include "settings/SiteSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace pdi;

class TestGuiAdmin : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture f_;

    WorkspaceContext admin() { return {f_.station(), f_.admin()}; }

    static QPushButton* button(QWidget* parent, const char* name) {
        return parent->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    static int rowOf(QTableWidget* table, const QString& firstColumn) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0) && table->item(r, 0)->text() == firstColumn)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        UiLanguage::apply(QStringLiteral("en"));
    }

    void institutionIsSavedAuditedAndPreviewed() {
        MainWindow window(admin());
        window.show();
        InstitutionForm* form = window.settingsWorkspace()->institutionForm();
        QVERIFY(form);
        form->findChild<QLineEdit*>(QStringLiteral("institutionName"))
            ->setText(QStringLiteral("さくら総合病院"));
        form->findChild<QLineEdit*>(QStringLiteral("institutionPhone"))
            ->setText(QStringLiteral("03-1234-5678"));
        // The previews follow the typing.
        QTRY_VERIFY(form->readmePreview().contains(QStringLiteral("さくら総合病院")));
        QVERIFY(form->readmePreview().contains(QStringLiteral("03-1234-5678")));
        QVERIFY(form->readmePreview().contains(QStringLiteral("見本")));
        QVERIFY(!form->findChild<QLabel*>(QStringLiteral("labelPreview"))->pixmap().isNull());

        const int before = f_.records(AuditEventType::SettingsChange).size();
        button(form, "save")->click();
        // Said with the form's words, not the settings' keys (issue 12).
        QVERIFY2(form->message().contains(QLatin1String("Institution")) &&
                     form->message().contains(QLatin1String("Telephone")) &&
                     !form->message().contains(QLatin1String("institution.")),
                 qPrintable(form->message()));
        const Settings settings = f_.station().settings();
        QCOMPARE(settings.institution().name, QStringLiteral("さくら総合病院"));
        QCOMPARE(settings.institution().phone, QStringLiteral("03-1234-5678"));
        const QVector<AuditRecord> changes = f_.records(AuditEventType::SettingsChange);
        QCOMPARE(changes.size(), before + 2); // only the two fields that changed
        QCOMPARE(changes.constLast().event.actor.userName, test::StationFixture::AdminName);
        QStringList keys{changes.at(before).event.target, changes.at(before + 1).event.target};
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("institution.name"),
                                    QStringLiteral("institution.phone")}));
        // The window title names the institution.
        QVERIFY(window.windowTitle().contains(QStringLiteral("さくら総合病院")));

        // Saving again changes nothing and records nothing.
        button(form, "save")->click();
        QCOMPARE(f_.records(AuditEventType::SettingsChange).size(), before + 2);
    }

    void refusedValueSavesNothing() {
        MainWindow window(admin());
        InstitutionForm* form = window.settingsWorkspace()->institutionForm();
        form->findChild<QLineEdit*>(QStringLiteral("institutionDepartment"))
            ->setText(QStringLiteral("放射線科"));
        form->findChild<QLineEdit*>(QStringLiteral("institutionPhone"))
            ->setText(QString(40, QLatin1Char('9')));
        const int before = f_.records(AuditEventType::SettingsChange).size();
        button(form, "save")->click();
        QVERIFY2(form->message().startsWith(QLatin1String("Telephone takes at most 32")),
                 qPrintable(form->message()));
        QCOMPARE(f_.records(AuditEventType::SettingsChange).size(), before);
        QVERIFY(f_.station().settings().institution().department.isEmpty());
        button(form, "revert")->click();
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("institutionPhone"))->text(),
                 QStringLiteral("03-1234-5678"));
    }

    void idleTimeAndAiProducts() {
        MainWindow window(admin());
        SettingsWorkspace* settings = window.settingsWorkspace();
        StationForm* station = settings->stationForm();
        station->findChild<QSpinBox*>(QStringLiteral("idleLogoutMinutes"))->setValue(5);
        button(station, "save")->click();
        QCOMPARE(f_.station().settings().idleLogoutMinutes(), 5);
        // The running session follows at once.
        QCOMPARE(window.sessionGuard()->idleTimeout(),
                 std::chrono::milliseconds(std::chrono::minutes(5)));

        CheckRulesForm* rules = settings->checkRulesForm();
        const int products = rules->aiProducts()->count();
        QVERIFY(products > 0);
        rules->addProduct(QStringLiteral("Kensa AI, Inc."));
        button(rules, "save")->click();
        const QStringList stored = f_.station().settings().list(QStringLiteral("ai.products"));
        QCOMPARE(stored.size(), products + 1);
        QVERIFY(stored.contains(QStringLiteral("Kensa AI, Inc."))); // the comma survives
        QVERIFY(f_.station().settings().reset(f_.admin(), QStringLiteral("ai.products")));
        QVERIFY(
            f_.station().settings().reset(f_.admin(), QStringLiteral("session.idleLogoutMinutes")));
    }

    void languageSwitchShowsJapanese() {
        MainWindow window(admin());
        window.show();
        StationForm* station = window.settingsWorkspace()->stationForm();
        auto* language = station->findChild<QComboBox*>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        button(station, "save")->click();
        QCOMPARE(f_.station().settings().uiLanguage(), QStringLiteral("ja"));
        QTRY_COMPARE(window.workspaceTitles(),
                     (QStringList{QStringLiteral("確認"), QStringLiteral("書き込み"),
                                  QStringLiteral("取り込み"), QStringLiteral("ジョブ"),
                                  QStringLiteral("監査"), QStringLiteral("設定")}));
        QTRY_COMPARE(button(station, "save")->text(), QStringLiteral("保存"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedInAs"))
                    ->text()
                    .contains(QStringLiteral("管理者")));
        QVERIFY(window.checkWorkspace()->statusText().contains(QStringLiteral("開いてください")));
        // And back, as the rest of the tests read English.
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        button(station, "save")->click();
        QTRY_COMPARE(window.workspaceTitles().constFirst(), QStringLiteral("Check"));
        QVERIFY(f_.station().settings().reset(f_.admin(), QStringLiteral("ui.language")));
    }

    void usersAreManagedThroughTheLibrary() {
        MainWindow window(admin());
        UserTable* users = window.settingsWorkspace()->userTable();
        QVERIFY(users);
        QTableWidget* table = users->table();
        QVERIFY(rowOf(table, test::StationFixture::AdminName) >= 0);

        QSignalSpy changed(users, &UserTable::changed);
        users->addAccount({QStringLiteral("ito"), QStringLiteral("伊藤 美咲"), Role::Technologist,
                           QStringLiteral("Tt-Pa55word")});
        QVERIFY(changed.wait(30000));
        QVERIFY2(users->message().contains(QLatin1String("added")), qPrintable(users->message()));
        const int row = rowOf(table, QStringLiteral("ito"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("伊藤 美咲"));
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Technologist"));

        // Refused by the library, shown in the table's message.
        users->addAccount(
            {QStringLiteral("ITO"), QString(), Role::Reception, QStringLiteral("Other-Pa55word")});
        QVERIFY(changed.wait(30000));
        QVERIFY(users->message().contains(QLatin1String("exists already")));

        users->setRole(QStringLiteral("ito"), Role::FrontDesk);
        QCOMPARE(f_.station().accounts().find(f_.admin(), QStringLiteral("ito"))->role,
                 Role::FrontDesk);
        users->setDisabled(QStringLiteral("ito"), true);
        QVERIFY(f_.station().accounts().find(f_.admin(), QStringLiteral("ito"))->disabled);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("ito")), 3)->text(),
                 QStringLiteral("disabled"));
        users->setDisabled(QStringLiteral("ito"), false);

        // Locked by wrong passwords, unlocked here.
        for (int i = 0; i < f_.station().settings().maxLoginFailures(); ++i)
            (void)f_.station().authenticator().login(QStringLiteral("ito"), QStringLiteral("x"));
        users->reload();
        QVERIFY(table->item(rowOf(table, QStringLiteral("ito")), 3)
                    ->text()
                    .contains(QLatin1String("locked")));
        table->selectRow(rowOf(table, QStringLiteral("ito")));
        QPushButton* unlock = button(users, "unlockAccount");
        QVERIFY(unlock->isEnabled());
        unlock->click();
        QVERIFY(!f_.station().accounts().find(f_.admin(), QStringLiteral("ito"))->locked);

        users->resetPassword(QStringLiteral("ito"), QStringLiteral("Tt-New-Pa55"));
        QVERIFY(changed.wait(30000));
        QVERIFY(f_.station().authenticator().login(QStringLiteral("ito"),
                                                   QStringLiteral("Tt-New-Pa55")));

        // The last administrator stays.
        users->setDisabled(test::StationFixture::AdminName, true);
        QVERIFY2(users->message().contains(QLatin1String("last administrator")),
                 qPrintable(users->message()));

        QStringList changes;
        for (const AuditRecord& r : f_.records(AuditEventType::UserChange)) {
            if (r.event.target == QLatin1String("ito"))
                changes << r.event.details.value(QLatin1String("change")).toString();
        }
        QCOMPARE(changes, (QStringList{QStringLiteral("add"), QStringLiteral("role"),
                                       QStringLiteral("disable"), QStringLiteral("enable"),
                                       QStringLiteral("unlock"), QStringLiteral("password")}));
    }

    void auditListShowsRecordsAndIntactChain() {
        MainWindow window(admin());
        AuditWorkspace* audit = window.auditWorkspace();
        QVERIFY(audit);
        QTRY_VERIFY_WITH_TIMEOUT(!audit->isBusy(), 30000);
        const Result<QVector<AuditRecord>> all = f_.station().audit().list(f_.admin());
        QCOMPARE(audit->table()->rowCount(), all->size());
        QVERIFY2(audit->chainStatus().contains(QLatin1String("intact")),
                 qPrintable(audit->chainStatus()));
        QVERIFY(audit->chainStatus().contains(QString::number(all->size())));
        // Newest first.
        QCOMPARE(audit->table()->item(0, 0)->data(Qt::UserRole).toLongLong(), all->constLast().seq);

        // Filters go to the library's query.
        audit->findChild<QComboBox*>(QStringLiteral("event"))
            ->setCurrentIndex(audit->findChild<QComboBox*>(QStringLiteral("event"))
                                  ->findData(QStringLiteral("login-failed")));
        QSignalSpy refreshed(audit, &AuditWorkspace::refreshed);
        button(audit, "search")->click();
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY(!audit->isBusy());
        QCOMPARE(audit->table()->rowCount(), f_.records(AuditEventType::LoginFailed).size());
        QVERIFY(audit->table()->rowCount() > 0);
        QCOMPARE(audit->table()->item(0, 4)->text(), QStringLiteral("Sign-in refused"));

        // Export what is listed.
        const QString folder = tmp_.filePath(QStringLiteral("audit-xml"));
        QSignalSpy exported(audit, &AuditWorkspace::exported);
        audit->exportTo(folder);
        QVERIFY(exported.wait(30000));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), audit->table()->rowCount());
        QVERIFY(audit->statusText().contains(folder));
    }

    void brokenChainIsShownInRed() {
        test::StationFixture broken;
        QVERIFY(broken.ok());
        const test::ProcessResult edited = test::outsideSql(
            broken.station().directory().path(),
            test::switchOffAuditTriggers() +
                QStringLiteral(" UPDATE audit_log SET target = 'someone' WHERE seq = 1"));
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        MainWindow window(WorkspaceContext{broken.station(), broken.admin()});
        AuditWorkspace* audit = window.auditWorkspace();
        QTRY_VERIFY_WITH_TIMEOUT(!audit->isBusy(), 30000);
        QVERIFY2(audit->chainStatus().contains(QLatin1String("BROKEN at record 1")),
                 qPrintable(audit->chainStatus()));
        QVERIFY(audit->findChild<QLabel*>(QStringLiteral("chainStatus"))
                    ->styleSheet()
                    .contains(QLatin1String("#b71c1c")));
    }

    void forwardingSendsTheQueue() {
        test::SyslogReceiver receiver;
        QVERIFY2(receiver.start(test::SyslogReceiver::Transport::Udp),
                 qPrintable(receiver.error()));
        MainWindow window(admin());
        AuditForwardingForm* form = window.settingsWorkspace()->auditForwardingForm();
        form->findChild<QCheckBox*>(QStringLiteral("syslogEnabled"))->setChecked(true);
        button(form, "save")->click();
        // The library wants the host first.
        QVERIFY2(form->message().contains(QLatin1String("audit.syslog.host")),
                 qPrintable(form->message()));
        QVERIFY(!f_.station().settings().syslog().enabled);

        auto* transport = form->findChildren<QComboBox*>().constFirst();
        transport->setCurrentIndex(transport->findData(QStringLiteral("udp")));
        form->findChild<QLineEdit*>(QStringLiteral("syslogHost"))
            ->setText(QStringLiteral("127.0.0.1"));
        for (QSpinBox* box : form->findChildren<QSpinBox*>()) {
            if (box->maximum() == 65535)
                box->setValue(receiver.port());
        }
        button(form, "save")->click();
        QVERIFY2(f_.station().settings().syslog().enabled, qPrintable(form->message()));
        // Records made from now on are queued, and the button sends them.
        QVERIFY(f_.station().settings().set(f_.admin(), QStringLiteral("institution.address"),
                                            QStringLiteral("東京都")));
        QVERIFY(f_.station().syslog().queued() > 0);
        QSignalSpy sent(form, &AuditForwardingForm::sent);
        button(form, "sendQueued")->click();
        QVERIFY(sent.wait(30000));
        QCOMPARE(f_.station().syslog().queued(), 0);
        QVERIFY(receiver.waitForMessages(1));
        QVERIFY(receiver.received().contains("institution.address"));
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("sendResult"))
                    ->text()
                    .contains(QLatin1String("sent")));
        form->findChild<QCheckBox*>(QStringLiteral("syslogEnabled"))->setChecked(false);
        form->findChild<QLineEdit*>(QStringLiteral("syslogHost"))->clear();
        button(form, "save")->click(); // off first, then the host: in one save
        QVERIFY2(!f_.station().settings().syslog().enabled, qPrintable(form->message()));
        QVERIFY(f_.station().settings().syslog().host.isEmpty());
    }

    // Settings, DICOM nodes: a node added with the dialog, C-ECHO to a real Orthanc and to a
    // port where nobody listens, each answer on the node's row and on the record.
    void nodesAreAddedAndEchoed() {
        test::OrthancServer orthanc;
        QVERIFY2(orthanc.start({}), qPrintable(orthanc.error()));
        MainWindow window(admin());
        window.show();
        NodeTable* nodes = window.settingsWorkspace()->nodeTable();
        QVERIFY(nodes);
        // The station's own archive is always there, and is the import destination.
        QVERIFY(nodes->row(QStringLiteral("local")) >= 0);
        QCOMPARE(window.importWorkspace()->destination(), QStringLiteral("local"));

        button(nodes, "addNode")->click();
        NodeDialog* dialog = nodes->findChild<NodeDialog*>(QStringLiteral("nodeDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit*>(QStringLiteral("nodeName"))->setText(QStringLiteral("pacs"));
        dialog->findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(orthanc.dicomPort());
        // The library's check keeps the dialog open with what is wrong.
        button(dialog, "ok")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->message().contains(QLatin1String("AE title")),
                 qPrintable(dialog->message()));
        dialog->findChild<QLineEdit*>(QStringLiteral("aeTitle"))
            ->setText(QStringLiteral("ORTHANC"));
        const int before = f_.records(AuditEventType::NodeChange).size();
        button(dialog, "ok")->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY2(nodes->message().contains(QLatin1String("added")), qPrintable(nodes->message()));
        const int row = nodes->row(QStringLiteral("pacs"));
        QVERIFY(row >= 0);
        QCOMPARE(nodes->table()->item(row, 1)->text(), QStringLiteral("ORTHANC"));
        QCOMPARE(f_.records(AuditEventType::NodeChange).size(), before + 1);
        QVERIFY(NodeStore(f_.station().database()).find(QStringLiteral("pacs")));
        // A configured PACS becomes the import destination.
        QCOMPARE(window.importWorkspace()->destination(), QStringLiteral("pacs"));

        // C-ECHO on a worker thread: Orthanc answers.
        QSignalSpy echoed(nodes, &NodeTable::echoFinished);
        button(nodes, "echo-pacs")->click();
        QVERIFY(nodes->isEchoing(QStringLiteral("pacs")));
        QVERIFY(echoed.wait(60000));
        QCOMPARE(echoed.constFirst().at(1).toBool(), true);
        QCOMPARE(nodes->echoResult(QStringLiteral("pacs")), QStringLiteral("answered"));
        QCOMPARE(nodes->table()->item(nodes->row(QStringLiteral("pacs")), 7)->text(),
                 QStringLiteral("answered"));
        const AuditEvent echo = f_.records(AuditEventType::NodeChange).constLast().event;
        QCOMPARE(echo.details.value(QLatin1String("change")).toString(), QStringLiteral("echo"));
        QCOMPARE(echo.outcome, AuditOutcome::Success);

        // Nobody on the port: a clear message that names the node and what to check.
        DicomNode dead;
        dead.name = QStringLiteral("dead");
        dead.aeTitle = QStringLiteral("NOBODY");
        dead.host = QStringLiteral("127.0.0.1");
        dead.port = test::freePort();
        QVERIFY(nodes->addNode(dead));
        echoed.clear();
        button(nodes, "echo-dead")->click();
        QVERIFY(echoed.wait(60000));
        QCOMPARE(echoed.constFirst().at(1).toBool(), false);
        const QString failure = nodes->echoResult(QStringLiteral("dead"));
        QVERIFY2(failure.contains(QLatin1String("cannot be reached")) &&
                     failure.contains(QLatin1String("NOBODY")) &&
                     failure.contains(QLatin1String("Check that it is running")),
                 qPrintable(failure));
        QCOMPARE(nodes->message(), failure);
        QCOMPARE(f_.records(AuditEventType::NodeChange).constLast().event.outcome,
                 AuditOutcome::MinorFailure);

        // "local" cannot be removed; the others can.
        QVERIFY(!nodes->removeNode(QStringLiteral("local")));
        QVERIFY(nodes->removeNode(QStringLiteral("pacs")));
        QCOMPARE(nodes->row(QStringLiteral("pacs")), -1);
        // The only PACS left just failed its C-ECHO: it is not offered as the destination
        // (issue 12).
        QCOMPARE(window.importWorkspace()->destination(), QStringLiteral("local"));
        QVERIFY(nodes->removeNode(QStringLiteral("dead")));
        QCOMPARE(window.importWorkspace()->destination(), QStringLiteral("local"));
    }

    // The station on the DICOM network, in Station and sign-in.
    void stationNetworkSettingsAreSaved() {
        MainWindow window(admin());
        StationForm* station = window.settingsWorkspace()->stationForm();
        station->findChild<QLineEdit*>(QStringLiteral("stationAeTitle"))
            ->setText(QStringLiteral("RAD_PDI1"));
        station->findChild<QSpinBox*>(QStringLiteral("worklistDays"))->setValue(3);
        station->findChild<QSpinBox*>(QStringLiteral("commitTimeout"))->setValue(300);
        button(station, "save")->click();
        const Settings settings = SiteSettings::of(f_.station());
        QCOMPARE(ImportSettings(settings).aeTitle(), QStringLiteral("RAD_PDI1"));
        QCOMPARE(settings.integer(QStringLiteral("reconcile.worklistDays")), 3);
        QCOMPARE(settings.integer(QStringLiteral("import.commitTimeoutSeconds")), 300);
        // An AE title DICOM does not allow is refused, and nothing is saved.
        station->findChild<QLineEdit*>(QStringLiteral("stationAeTitle"))
            ->setText(QStringLiteral("ÄÖ"));
        button(station, "save")->click();
        // Said of the field, not of the setting key (issue 12).
        QVERIFY2(!station->message().contains(QLatin1String("station.aeTitle")),
                 qPrintable(station->message()));
        QCOMPARE(ImportSettings(f_.station().settings()).aeTitle(), QStringLiteral("RAD_PDI1"));
        for (const char* key :
             {"station.aeTitle", "reconcile.worklistDays", "import.commitTimeoutSeconds"})
            QVERIFY(SiteSettings::of(f_.station()).reset(f_.admin(), QString::fromLatin1(key)));
    }

    // Settings, Directory sign-in: the page saves the directory of a real slapd, "test" connects
    // off the GUI thread and says what it found or what failed; a directory person's first
    // sign-in puts them on the Users page as signing in with the hospital directory; the sign-in
    // dialog says in words that the directory cannot be reached.
    void directorySignInPage() {
        test::DirectoryServer ldap;
        QVERIFY2(ldap.start(), qPrintable(ldap.error()));
        MainWindow window(admin());
        DirectoryForm* form = window.settingsWorkspace()->directoryForm();
        QVERIFY(form);
        auto text = [form](const char* name, const QString& value) {
            auto* edit = form->findChild<QLineEdit*>(QString::fromLatin1(name));
            QVERIFY2(edit, name);
            edit->setText(value);
        };
        text("directoryUrl", ldap.url());
        text("directoryCaFile", ldap.otherCaFile());
        text("directoryPersonTemplate", QStringLiteral("uid=%1,ou=people,") + ldap.Base);
        text("directorySearchBase", ldap.Base);
        text(DirectorySettings::AdminGroup,
             test::DirectoryServer::groupDn(QStringLiteral("pdi-admins")));
        text(DirectorySettings::TechnologistGroup, QStringLiteral("not a group"));
        button(form, "save")->click();
        // Refused in words that name the field, not the setting's key; nothing saved.
        QVERIFY2(form->message().contains(QLatin1String("Technologist")),
                 qPrintable(form->message()));
        QVERIFY2(!form->message().contains(QLatin1String("directory.")),
                 qPrintable(form->message()));
        QVERIFY(!DirectorySettings(f_.station().database()).enabled());
        text(DirectorySettings::TechnologistGroup, QString());

        // The wrong CA: StartTLS fails, said on the page.
        QSignalSpy tested(form, &DirectoryForm::tested);
        button(form, "testDirectory")->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(form->testResult().contains(QLatin1String("StartTLS")),
                 qPrintable(form->testResult()));
        QVERIFY(DirectorySettings(f_.station().database()).enabled()); // saved before testing
        text("directoryCaFile", ldap.caFile());
        button(form, "testDirectory")->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(form->testResult().contains(QLatin1String("Connected")),
                 qPrintable(form->testResult()));

        Result<Session> alice = f_.station().authenticator().login(
            QStringLiteral("alice"), test::DirectoryServer::password(QStringLiteral("alice")));
        QVERIFY(alice);
        UserTable* users = window.settingsWorkspace()->userTable();
        users->reload();
        const int aliceRow = rowOf(users->table(), QStringLiteral("alice"));
        const int adminRow = rowOf(users->table(), test::StationFixture::AdminName);
        QVERIFY(aliceRow >= 0 && adminRow >= 0);
        QCOMPARE(users->table()->horizontalHeaderItem(4)->text(), QStringLiteral("Signs in with"));
        QCOMPARE(users->table()->item(aliceRow, 4)->text(), QStringLiteral("hospital directory"));
        QCOMPARE(users->table()->item(adminRow, 4)->text(), QStringLiteral("this station"));
        users->table()->selectRow(aliceRow);
        QVERIFY(!button(users, "changeRole")->isEnabled());

        ldap.stop();
        LoginDialog login(f_.station());
        login.setUserName(QStringLiteral("alice"));
        login.findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(test::DirectoryServer::password(QStringLiteral("alice")));
        QSignalSpy refused(&login, &LoginDialog::refused);
        login.submit();
        QVERIFY(refused.wait(30000));
        const QString said = refused.first().first().toString();
        QVERIFY2(said.contains(QLatin1String("cannot be reached")), qPrintable(said));
        QVERIFY(SiteSettings::of(f_.station())
                    .reset(f_.admin(), QString::fromLatin1(DirectorySettings::Url)));
    }

    // The catalogue the settings pages and `pdi config` use holds every library's keys, and
    // the administrator's guide describes each of them.
    void adminGuideDescribesEverySetting() {
        const SettingCatalog& catalog = SiteSettings::catalog();
        for (const char* key : {"institution.name", "ui.language", "station.aeTitle",
                                "import.overrideApproval", "write.bulkInstanceCount"})
            QVERIFY2(catalog.find(QString::fromLatin1(key)), key);
        QFile guide(QStringLiteral(PDI_SOURCE_DIR "/docs/admin.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        // ...in the order `pdi config list` shows them.
        qsizetype previous = -1;
        for (const SettingDefinition* d : catalog.all()) {
            const qsizetype row = text.indexOf(QStringLiteral("| `%1` |").arg(d->key));
            QVERIFY2(row > previous, qPrintable(d->key));
            QVERIFY2(!d->describe().isEmpty(), qPrintable(d->key));
            previous = row;
        }
    }

    // Only the command line names its options and commands: a library message reaches GUI users
    // too, so it says what is wrong and what to do in words (the catalogue holds every message).
    void onlyTheCommandLineNamesItsOptions() {
        QFile catalogue(QStringLiteral(PDI_SOURCE_DIR "/translations/pdistation_en.ts"));
        QVERIFY(catalogue.open(QIODevice::ReadOnly));
        const QRegularExpression option(
            QStringLiteral("(^|[\\s(`\"])--[a-z]|`pdi [a-z]|\\bpdi (user|node|config|audit) "));
        QXmlStreamReader xml(&catalogue);
        QString context;
        QStringList offending;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                const QString text = xml.readElementText();
                ++messages;
                if (!context.startsWith(QLatin1String("pdi::cli")) && text.contains(option))
                    offending << context + QStringLiteral(": ") + text;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 1000);
        QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QLatin1Char('\n'))));
    }

    // Nobody but an administrator gets here, and the library refuses even if a widget did.
    void frontDeskHasNoSettings() {
        const std::optional<Session> frontDesk =
            f_.addAndLogin(QStringLiteral("mado"), Role::FrontDesk, QStringLiteral("Md-Pa55word"));
        QVERIFY(frontDesk);
        MainWindow window(WorkspaceContext{f_.station(), *frontDesk});
        QVERIFY(!window.settingsWorkspace());
        QVERIFY(!window.auditWorkspace());
        InstitutionForm form(WorkspaceContext{f_.station(), *frontDesk});
        form.findChild<QLineEdit*>(QStringLiteral("institutionName"))
            ->setText(QStringLiteral("Elsewhere"));
        QVERIFY(!form.save());
        QVERIFY(form.message().contains(QLatin1String("may not")));
        QCOMPARE(f_.records(AuditEventType::SecurityAlert).constLast().event.actor.userName,
                 QStringLiteral("mado"));
    }

    void cleanupTestCase() { QTRY_COMPARE(BackgroundTask::running(), 0); }
};

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"

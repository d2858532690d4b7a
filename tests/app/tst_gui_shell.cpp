// The application's shell, driven offscreen: the first-run wizard of a new station, signing in
// (and failing to), the lock after too many failures, the workspaces each role sees, and
// signing out by hand, after the idle time and by closing the window.
#include "GuiFixtures.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "gui/CheckWorkspace.h"
#include "gui/FirstRunWizard.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/SessionGuard.h"
#include "gui/StationShell.h"
#include "gui/UiLanguage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class TestGuiShell : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture f_;

    static void type(QWidget* parent, const char* name, const QString& text) {
        auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->setText(text);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        UiLanguage::apply(QStringLiteral("en"));
    }

    void firstRunWizardSetsUpTheStation() {
        Result<Station> station = Station::open(tmp_.filePath(QStringLiteral("fresh")));
        QVERIFY(station);
        StationShell shell(*station);
        QVERIFY(shell.start());
        QVERIFY(!shell.loginDialog());
        FirstRunWizard* wizard = shell.firstRunWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        auto* language = wizard->findChild<QComboBox*>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPage));

        type(wizard, "adminName", QStringLiteral("sato"));
        type(wizard, "adminDisplayName", QStringLiteral("佐藤 一郎"));
        type(wizard, "adminPassword", QStringLiteral("First-Pa55word"));
        type(wizard, "adminPasswordRepeat", QStringLiteral("First-Pa55worx"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPage));
        QVERIFY2(wizard->message().contains(QLatin1String("differ")),
                 qPrintable(wizard->message()));
        type(wizard, "adminPassword", QStringLiteral("short"));
        type(wizard, "adminPasswordRepeat", QStringLiteral("short"));
        wizard->next();
        QVERIFY(wizard->message().contains(QLatin1String("at least 8")));
        type(wizard, "adminPassword", QStringLiteral("First-Pa55word"));
        type(wizard, "adminPasswordRepeat", QStringLiteral("First-Pa55word"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::InstitutionPage));

        type(wizard, "institutionName", QStringLiteral("さくら総合病院"));
        type(wizard, "institutionDepartment", QStringLiteral("放射線科"));
        type(wizard, "institutionPhone", QStringLiteral("03-1234-5678"));
        type(wizard, "institutionAddress", QStringLiteral("東京都千代田区1-2-3"));
        type(wizard, "stationName", QStringLiteral("RECEPTION-1"));
        // Issue 12: the last page goes back too, to fix the administrator's name.
        QVERIFY(wizard->button(QWizard::BackButton)->isVisible());
        QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
        QSignalSpy completed(wizard, &FirstRunWizard::completed);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(completed.wait(30000));
        QCOMPARE(completed.first().at(0).toString(), QStringLiteral("sato"));
        QVERIFY(completed.first().at(1).toString().isEmpty());

        // Read back through the library.
        const Settings settings = station->settings();
        QCOMPARE(settings.institution().name, QStringLiteral("さくら総合病院"));
        QCOMPARE(settings.institution().department, QStringLiteral("放射線科"));
        QCOMPARE(settings.institution().phone, QStringLiteral("03-1234-5678"));
        QCOMPARE(settings.institution().address, QStringLiteral("東京都千代田区1-2-3"));
        QCOMPARE(settings.stationName(), QStringLiteral("RECEPTION-1"));
        QCOMPARE(settings.uiLanguage(), QStringLiteral("en"));
        Result<Session> admin = station->authenticator().login(QStringLiteral("sato"),
                                                               QStringLiteral("First-Pa55word"));
        QVERIFY(admin);
        QCOMPARE(admin->role(), Role::Admin);
        QCOMPARE(admin->displayName(), QStringLiteral("佐藤 一郎"));

        // Next: the login dialog, with the new name filled in.
        QTRY_VERIFY(shell.loginDialog() && shell.loginDialog()->isVisible());
        QCOMPARE(shell.loginDialog()->findChild<QLineEdit*>(QStringLiteral("user"))->text(),
                 QStringLiteral("sato"));
        QVERIFY(test::signIn(shell, QStringLiteral("sato"), QStringLiteral("First-Pa55word")));
        QVERIFY(shell.mainWindow());
    }

    void wrongPasswordIsRefusedAndRecorded() {
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QVERIFY(!shell.firstRunWizard());
        const int failedBefore = f_.records(AuditEventType::LoginFailed).size();
        QVERIFY(!test::signIn(shell, test::StationFixture::AdminName, QStringLiteral("not-it")));
        LoginDialog* login = shell.loginDialog();
        QVERIFY(login->isVisible());
        QVERIFY2(login->message().contains(QLatin1String("Wrong user name or password")),
                 qPrintable(login->message()));
        QVERIFY(login->findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
        QVERIFY(!shell.mainWindow());
        const QVector<AuditRecord> failed = f_.records(AuditEventType::LoginFailed);
        QCOMPARE(failed.size(), failedBefore + 1);
        QCOMPARE(failed.constLast().event.details.value(QLatin1String("reason")).toString(),
                 QStringLiteral("wrong-password"));

        // An empty name is answered without asking the library.
        login->findChild<QLineEdit*>(QStringLiteral("user"))->clear();
        login->submit();
        QVERIFY(login->message().contains(QLatin1String("login name")));
        QCOMPARE(f_.records(AuditEventType::LoginFailed).size(), failedBefore + 1);

        QVERIFY(test::signIn(shell, test::StationFixture::AdminName,
                             test::StationFixture::AdminPassword));
        MainWindow* window = shell.mainWindow();
        QVERIFY(window && window->isVisible());
        QVERIFY(!shell.loginDialog() || !shell.loginDialog()->isVisible());
        QCOMPARE(window->workspaceTitles(),
                 (QStringList{QStringLiteral("Check"), QStringLiteral("Write"),
                              QStringLiteral("Import"), QStringLiteral("Jobs"),
                              QStringLiteral("Audit"), QStringLiteral("Settings")}));
        const QString who = window->findChild<QLabel*>(QStringLiteral("signedInAs"))->text();
        QVERIFY2(who.contains(QStringLiteral("Ada Admin")), qPrintable(who));
        QVERIFY(who.contains(QStringLiteral("Administrator")));
    }

    void tooManyFailuresLockTheAccount() {
        QVERIFY(f_.station().settings().set(f_.admin(), QStringLiteral("login.maxFailures"),
                                            QStringLiteral("3")));
        QVERIFY(f_.station().accounts().add(f_.admin(),
                                            {QStringLiteral("tanaka"), QStringLiteral("Tanaka Ken"),
                                             Role::FrontDesk, QStringLiteral("Tnk-Pa55")}));
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!test::signIn(shell, QStringLiteral("tanaka"), QStringLiteral("guess")));
        QVERIFY2(shell.loginDialog()->message().contains(QLatin1String("locked")),
                 qPrintable(shell.loginDialog()->message()));
        // The right password no longer helps.
        QVERIFY(!test::signIn(shell, QStringLiteral("tanaka"), QStringLiteral("Tnk-Pa55")));
        QVERIFY(shell.loginDialog()->message().contains(QLatin1String("locked")));
        QVERIFY(f_.station().accounts().find(f_.admin(), QStringLiteral("tanaka"))->locked);
        QVERIFY(f_.station().settings().reset(f_.admin(), QStringLiteral("login.maxFailures")));
    }

    void receptionSeesOnlyCheck() {
        QVERIFY(f_.station().accounts().add(
            f_.admin(), {QStringLiteral("suzuki"), QStringLiteral("Suzuki Hanako"), Role::Reception,
                         QStringLiteral("Szk-Pa55")}));
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QVERIFY(test::signIn(shell, QStringLiteral("suzuki"), QStringLiteral("Szk-Pa55")));
        MainWindow* window = shell.mainWindow();
        QCOMPARE(window->workspaceTitles(), QStringList{QStringLiteral("Check")});
        QVERIFY(window->checkWorkspace());
        QVERIFY(!window->auditWorkspace());
        QVERIFY(!window->settingsWorkspace());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("signedInAs"))
                    ->text()
                    .contains(QStringLiteral("Reception")));
    }

    void idleTimeSignsOut() {
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QVERIFY(test::signIn(shell, QStringLiteral("suzuki"), QStringLiteral("Szk-Pa55")));
        QPointer<MainWindow> window = shell.mainWindow();
        SessionGuard* guard = window->sessionGuard();
        QCOMPARE(guard->idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(15)));

        // Input starts the time again.
        guard->setIdleTimeout(std::chrono::seconds(60));
        QTRY_VERIFY(guard->remaining() < std::chrono::milliseconds(59500));
        QTest::keyClick(window->checkWorkspace(), Qt::Key_Shift);
        QVERIFY(guard->remaining() > std::chrono::milliseconds(59500));

        QSignalSpy out(&shell, &StationShell::signedOut);
        guard->setIdleTimeout(std::chrono::milliseconds(200));
        QVERIFY(out.wait(10000));
        QTRY_VERIFY(!window); // closed and gone, with everything in it
        QVERIFY(!shell.session());
        QVERIFY(shell.loginDialog() && shell.loginDialog()->isVisible());
        QCOMPARE(shell.loginDialog()->findChild<QLineEdit*>(QStringLiteral("user"))->text(),
                 QStringLiteral("suzuki"));
        QVERIFY(shell.loginDialog()->message().contains(QLatin1String("signed out")));
        const AuditEvent logout = f_.records(AuditEventType::Logout).constLast().event;
        QCOMPARE(logout.actor.userName, QStringLiteral("suzuki"));
        QCOMPARE(logout.details.value(QLatin1String("reason")).toString(), QStringLiteral("idle"));

        // 0 minutes: never.
        QVERIFY(f_.station().settings().set(f_.admin(), QStringLiteral("session.idleLogoutMinutes"),
                                            QStringLiteral("0")));
        QVERIFY(test::signIn(shell, QStringLiteral("suzuki"), QStringLiteral("Szk-Pa55")));
        QVERIFY(!shell.mainWindow()->sessionGuard()->isActive());
        QVERIFY(
            f_.station().settings().reset(f_.admin(), QStringLiteral("session.idleLogoutMinutes")));
    }

    // A job that must not be cut short holds the guard: no sign-out while held, and the idle
    // time starts again when the last hold ends.
    void holdDefersIdleSignOut() {
        SessionGuard guard;
        QSignalSpy expired(&guard, &SessionGuard::expired);
        guard.setIdleTimeout(std::chrono::seconds(60));
        QVERIFY(guard.isActive());
        guard.hold();
        guard.hold();
        QVERIFY(guard.isHeld());
        QVERIFY(!guard.isActive());
        // Neither input nor a new idle time starts the clock while held.
        QWidget input;
        QTest::keyClick(&input, Qt::Key_Shift);
        guard.setIdleTimeout(std::chrono::milliseconds(1));
        QVERIFY(!guard.isActive());
        guard.release();
        QVERIFY(guard.isHeld());
        QVERIFY(!guard.isActive());
        guard.release();
        QVERIFY(!guard.isHeld());
        QVERIFY(guard.isActive());
        QVERIFY(expired.wait(10000));
        guard.release(); // one too many does no harm
        QVERIFY(!guard.isHeld());
        // Held at 0 minutes (never) stays never.
        guard.setIdleMinutes(0);
        guard.hold();
        guard.release();
        QVERIFY(!guard.isActive());
    }

    // A dialog left open (here the folder chooser, in its own event loop) does not keep the
    // session alive: the idle sign-out closes it and everything under it.
    void idleSignOutClosesOpenDialogs() {
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QVERIFY(test::signIn(shell, QStringLiteral("suzuki"), QStringLiteral("Szk-Pa55")));
        QPointer<MainWindow> window = shell.mainWindow();
        QSignalSpy out(&shell, &StationShell::signedOut);
        window->sessionGuard()->setIdleTimeout(std::chrono::milliseconds(300));
        QPushButton* open = nullptr;
        for (QPushButton* b : window->checkWorkspace()->findChildren<QPushButton*>()) {
            if (b->text().startsWith(QLatin1String("Open folder")))
                open = b;
        }
        QVERIFY(open);
        open->click(); // returns when the dialog is closed
        QCOMPARE(out.count(), 1);
        QTRY_VERIFY(!window);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(shell.loginDialog()->isVisible());
    }

    void signOutAndClose() {
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QVERIFY(test::signIn(shell, QStringLiteral("suzuki"), QStringLiteral("Szk-Pa55")));
        QSignalSpy out(&shell, &StationShell::signedOut);
        shell.mainWindow()->findChild<QPushButton*>(QStringLiteral("signOut"))->click();
        QCOMPARE(out.count(), 1);
        QCOMPARE(f_.records(AuditEventType::Logout)
                     .constLast()
                     .event.details.value(QLatin1String("reason")),
                 QJsonValue(QStringLiteral("user")));
        QTRY_VERIFY(shell.loginDialog() && shell.loginDialog()->isVisible());
        QVERIFY(shell.loginDialog()->message().isEmpty());

        QVERIFY(test::signIn(shell, QStringLiteral("suzuki"), QStringLiteral("Szk-Pa55")));
        QSignalSpy finished(&shell, &StationShell::finished);
        shell.mainWindow()->close();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(f_.records(AuditEventType::Logout)
                     .constLast()
                     .event.details.value(QLatin1String("reason")),
                 QJsonValue(QStringLiteral("exit")));
    }

    // Closing the login dialog ends the application.
    void quitFromLogin() {
        StationShell shell(f_.station());
        QVERIFY(shell.start());
        QSignalSpy finished(&shell, &StationShell::finished);
        shell.loginDialog()->reject();
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_MAIN(TestGuiShell)
#include "tst_gui_shell.moc"

#include "ScreenshotTour.h"

#include "AuditWorkspace.h"
#include "CheckWorkspace.h"
#include "FirstRunWizard.h"
#include "InstitutionForm.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SettingsWorkspace.h"
#include "UiLanguage.h"
#include "UserTable.h"
#include "station/FirstRun.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

namespace pdi {

namespace {

bool copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Lets queued work (checks, audit queries) finish and layouts settle.
template <typename Done> void waitFor(Done done, int timeoutMs = 60000) {
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle() {
    waitFor([] { return false; }, 300);
}

} // namespace

Result<QStringList> ScreenshotTour::render(const QString& language, const QString& outputFolder,
                                           const QString& sampleMedium) {
    UiLanguage::apply(language);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error::storage(QStringLiteral("no temporary folder"));
    Result<Station> opened = Station::open(tmp.filePath(QStringLiteral("data")));
    if (!opened)
        return opened.error();
    const Station station = *opened;
    const QString out = QDir(outputFolder).filePath(language);
    if (!QDir().mkpath(out))
        return Error::storage(QStringLiteral("cannot create %1").arg(out));
    QStringList written;
    auto save = [&](QWidget* w, const QString& name) -> bool {
        settle();
        const QString path = QDir(out).filePath(name + QStringLiteral(".png"));
        if (!w->grab().save(path))
            return false;
        written << path;
        return true;
    };

    const bool ja = language == QLatin1String("ja");
    FirstRunSetup setup;
    setup.administrator = {QStringLiteral("sato"),
                           ja ? QStringLiteral("佐藤 一郎") : QStringLiteral("Ichiro Sato"),
                           Role::Admin, QStringLiteral("Sample-Pa55word")};
    setup.institution = {QStringLiteral("さくら総合病院"), QStringLiteral("放射線科"),
                         QStringLiteral("03-1234-5678"),
                         QStringLiteral("東京都千代田区見本町1-2-3")};
    setup.stationName = QStringLiteral("RECEPTION-1");
    setup.language = language;

    // First run, before the station has an account.
    {
        FirstRunWizard wizard(station);
        wizard.resize(720, 520);
        wizard.show();
        if (!save(&wizard, QStringLiteral("first-run-language")))
            return Error::storage(QStringLiteral("cannot write screenshots to %1").arg(out));
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("adminName"))
            ->setText(setup.administrator.name);
        wizard.findChild<QLineEdit*>(QStringLiteral("adminDisplayName"))
            ->setText(setup.administrator.displayName);
        for (const char* field : {"adminPassword", "adminPasswordRepeat"})
            wizard.findChild<QLineEdit*>(QString::fromLatin1(field))
                ->setText(setup.administrator.password);
        save(&wizard, QStringLiteral("first-run-administrator"));
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionName"))
            ->setText(setup.institution.name);
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionDepartment"))
            ->setText(setup.institution.department);
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionPhone"))
            ->setText(setup.institution.phone);
        wizard.findChild<QLineEdit*>(QStringLiteral("institutionAddress"))
            ->setText(setup.institution.address);
        wizard.findChild<QLineEdit*>(QStringLiteral("stationName"))->setText(setup.stationName);
        save(&wizard, QStringLiteral("first-run-institution"));
    }
    if (Result<void> done = FirstRun::apply(station, setup); !done)
        return done.error();
    UiLanguage::apply(language);

    Result<Session> admin =
        station.authenticator().login(setup.administrator.name, setup.administrator.password);
    if (!admin)
        return admin.error();
    const struct {
        const char* name;
        const char* ja;
        const char* en;
        Role role;
    } people[] = {{"suzuki", "鈴木 花子", "Hanako Suzuki", Role::Reception},
                  {"tanaka", "田中 健", "Ken Tanaka", Role::FrontDesk},
                  {"ito", "伊藤 美咲", "Misaki Ito", Role::Technologist}};
    for (const auto& p : people) {
        const NewAccount a{QString::fromLatin1(p.name),
                           ja ? QString::fromUtf8(p.ja) : QString::fromUtf8(p.en), p.role,
                           QStringLiteral("Sample-Pa55word")};
        if (Result<Account> added = station.accounts().add(*admin, a); !added)
            return added.error();
    }
    // A wrong password, so the audit trail shows a refusal.
    (void)station.authenticator().login(QStringLiteral("suzuki"), QStringLiteral("wrong"));

    {
        LoginDialog login(station);
        login.setUserName(QStringLiteral("suzuki"));
        login.resize(460, 280);
        login.show();
        save(&login, QStringLiteral("login"));
    }

    // A sample medium with something to warn about.
    const QString medium = tmp.filePath(QStringLiteral("medium"));
    if (!copyTree(sampleMedium, medium) ||
        !writeFile(medium + QStringLiteral("/AUTORUN.INF"), "[autorun]\r\nopen=VIEWER.EXE\r\n") ||
        !writeFile(medium + QStringLiteral("/OTHER/LETTER.TXT"),
                   QStringLiteral("紹介状\r\n").toUtf8()))
        return Error::storage(QStringLiteral("cannot prepare the sample medium"));

    MainWindow window(WorkspaceContext{station, *admin});
    window.resize(1280, 860);
    window.show();
    CheckWorkspace* check = window.checkWorkspace();
    check->openMedium(medium, MediaType::Cd);
    waitFor([check] { return !check->isChecking(); });
    save(&window, QStringLiteral("check"));

    AuditWorkspace* audit = window.auditWorkspace();
    window.showWorkspace(audit);
    waitFor([audit] { return !audit->isBusy(); });
    save(&window, QStringLiteral("audit"));

    SettingsWorkspace* settings = window.settingsWorkspace();
    window.showWorkspace(settings);
    const QStringList pages{QStringLiteral("settings-institution"),
                            QStringLiteral("settings-station"), QStringLiteral("settings-rules"),
                            QStringLiteral("settings-forwarding"),
                            QStringLiteral("settings-users")};
    for (int i = 0; i < settings->pages()->count() && i < pages.size(); ++i) {
        settings->pages()->setCurrentIndex(i);
        save(&window, pages.at(i));
    }
    window.hide();
    (void)station.authenticator().logout(*admin, QStringLiteral("exit"));
    return written;
}

} // namespace pdi

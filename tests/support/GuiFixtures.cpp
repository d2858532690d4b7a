#include "GuiFixtures.h"
#include "TestSupport.h"

#include "gui/DriveWatcher.h"
#include "gui/LoginDialog.h"
#include "gui/StationShell.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace pdi::test {

namespace {

const char kSystemDisk[] = "/dev/sda1 / ext4 rw 0 0\n";

} // namespace

bool signIn(StationShell& shell, const QString& user, const QString& password) {
    LoginDialog* login = shell.loginDialog();
    if (!login || !login->isVisible())
        return false;
    login->findChild<QLineEdit*>(QStringLiteral("user"))->setText(user);
    login->findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    QSignalSpy in(&shell, &StationShell::signedIn);
    QSignalSpy refused(login, &LoginDialog::refused);
    login->findChild<QPushButton*>(QStringLiteral("signIn"))->click();
    return QTest::qWaitFor([&] { return in.count() > 0 || refused.count() > 0; }, 30000) &&
           in.count() > 0;
}

FakeDrives::FakeDrives(const QString& folder)
    : mounts_(folder + QStringLiteral("/mounts"))
    , media_(folder + QStringLiteral("/media")) {}

QString FakeDrives::stickPath(const QString& label) const {
    return media_ + QStringLiteral("/user/") + label;
}

bool FakeDrives::watchWith(DriveWatcher* watcher) const {
    if (!writeText(mounts_, kSystemDisk))
        return false;
    watcher->stop();
    watcher->setMountTable(mounts_);
    watcher->setRemovableRoots({media_});
    watcher->setOpticalDevices({});
    watcher->setInterval(50);
    watcher->start();
    return true;
}

bool FakeDrives::plugIn(const QString& mountPoint) const {
    return writeText(mounts_,
                     QByteArray(kSystemDisk) +
                         QStringLiteral("/dev/sdb1 %1 vfat rw 0 0\n").arg(mountPoint).toUtf8());
}

} // namespace pdi::test

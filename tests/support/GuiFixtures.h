#pragma once

#include <QString>

namespace pdi {
class DriveWatcher;
class StationShell;
} // namespace pdi

namespace pdi::test {

// Types a name and password into the shell's login dialog, presses Sign in and waits for the
// answer: true when the shell signed the person in, false when the dialog refused (or was not
// shown).
bool signIn(StationShell& shell, const QString& user, const QString& password);

// A mount table the test writes, watched by a window's DriveWatcher instead of the system's:
// plugging a USB stick in is a line added to the table, as the desktop's automounter would.
class FakeDrives {
public:
    // The table and the removable-media folder go under `folder` (mounts, media/).
    explicit FakeDrives(const QString& folder);

    // Where a stick called `label` is mounted: media/user/LABEL (write the medium there first).
    QString stickPath(const QString& label) const;
    // Writes a table with only the system disk and makes `watcher` poll it every 50 ms, with no
    // optical drives. False when the table cannot be written.
    bool watchWith(DriveWatcher* watcher) const;
    // Mounts the stick at `mountPoint` (a line added to the table). False when not written.
    bool plugIn(const QString& mountPoint) const;

private:
    QString mounts_;
    QString media_;
};

} // namespace pdi::test

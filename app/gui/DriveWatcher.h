#pragma once

#include "audit/AuditEvent.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace pdi {

// A disc or USB stick this station can read: a mounted removable file system, or an optical
// drive's block device that is not mounted (the checker reads ISO 9660 from it directly).
struct Drive {
    QString path;   // what to open: the mount point, or the device when not mounted
    QString device; // /dev/sr0, /dev/sdb1
    QString label;  // the mount point's last component, usually the volume label
    QString fileSystem;
    bool optical = false;
    bool mounted = true;

    // CD, DVD or BD for optical media, told apart by capacity (the kernel does not say which
    // without a drive ioctl); USB for anything else.
    MediaType mediaType() const;
    bool operator==(const Drive& other) const {
        return path == other.path && device == other.device;
    }
};

// Watches for media people insert. Linux desktops mount them under /media/USER, /run/media/USER
// or /mnt; the kernel's mount table (/proc/self/mounts) is read every few seconds, which is
// cheap and, unlike asking each file system for its size, never blocks on a slow drive.
// Drives present when watching starts are listed; drives that appear later are also announced
// with driveArrived(), so a workspace can open a new medium by itself.
class DriveWatcher : public QObject {
    Q_OBJECT
public:
    explicit DriveWatcher(QObject* parent = nullptr);

    // Where to look; tests point these at files and folders of their own.
    void setMountTable(const QString& path) { mountTable_ = path; }
    void setRemovableRoots(const QStringList& roots) { roots_ = roots; }
    void setOpticalDevices(const QStringList& devices) { opticalDevices_ = devices; }
    void setInterval(int milliseconds) { timer_.setInterval(milliseconds); }

    void start();
    void stop() { timer_.stop(); }
    const QVector<Drive>& drives() const { return drives_; }

    // The removable media in a mount table (the format of /proc/self/mounts).
    static QVector<Drive> parseMountTable(const QByteArray& table, const QStringList& roots);
    // Octal escapes of /proc/self/mounts ("\040" for a space) decoded.
    static QString unescapeMountField(const QByteArray& field);

public Q_SLOTS:
    void rescan();

Q_SIGNALS:
    void drivesChanged();
    void driveArrived(const pdi::Drive& drive);

private:
    QString mountTable_;
    QStringList roots_;
    QStringList opticalDevices_;
    QTimer timer_;
    QVector<Drive> drives_;
    bool started_ = false;
};

} // namespace pdi

Q_DECLARE_METATYPE(pdi::Drive)

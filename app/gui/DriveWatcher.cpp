#include "DriveWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace pdi {

namespace {

bool isOpticalFileSystem(const QString& type) {
    return type == QLatin1String("iso9660") || type == QLatin1String("udf");
}

// File systems of USB sticks and memory cards; anything else under /media (a second internal
// disk with ext4, say) is not a medium someone handed in.
bool isRemovableFileSystem(const QString& type) {
    static const QStringList types{QStringLiteral("vfat"),    QStringLiteral("exfat"),
                                   QStringLiteral("ntfs"),    QStringLiteral("ntfs3"),
                                   QStringLiteral("fuseblk"), QStringLiteral("msdos"),
                                   QStringLiteral("hfsplus")};
    return types.contains(type);
}

bool isUnder(const QString& path, const QStringList& roots) {
    for (const QString& root : roots) {
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

MediaType Drive::mediaType() const {
    if (!optical)
        return MediaType::Usb;
    if (!mounted)
        return MediaType::Other;
    const qint64 bytes = QStorageInfo(path).bytesTotal();
    if (bytes <= 0)
        return MediaType::Other;
    if (bytes <= 900LL * 1024 * 1024)
        return MediaType::Cd;
    if (bytes <= 9LL * 1024 * 1024 * 1024)
        return MediaType::Dvd;
    return MediaType::Bd;
}

DriveWatcher::DriveWatcher(QObject* parent)
    : QObject(parent)
    , mountTable_(QStringLiteral("/proc/self/mounts"))
    , roots_{QStringLiteral("/media"), QStringLiteral("/run/media"), QStringLiteral("/mnt")}
    , opticalDevices_{QStringLiteral("/dev/sr0"), QStringLiteral("/dev/sr1")} {
    qRegisterMetaType<pdi::Drive>();
    timer_.setInterval(2000);
    connect(&timer_, &QTimer::timeout, this, &DriveWatcher::rescan);
}

void DriveWatcher::start() {
    started_ = false;
    rescan();
    started_ = true;
    timer_.start();
}

QString DriveWatcher::unescapeMountField(const QByteArray& field) {
    QByteArray out;
    out.reserve(field.size());
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QString::fromUtf8(out);
}

QVector<Drive> DriveWatcher::parseMountTable(const QByteArray& table, const QStringList& roots) {
    QVector<Drive> out;
    for (const QByteArray& line : table.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        Drive d;
        d.device = unescapeMountField(fields.at(0));
        d.path = unescapeMountField(fields.at(1));
        d.fileSystem = QString::fromLatin1(fields.at(2));
        d.optical =
            isOpticalFileSystem(d.fileSystem) || d.device.startsWith(QLatin1String("/dev/sr"));
        const bool removable =
            d.optical || (isRemovableFileSystem(d.fileSystem) && isUnder(d.path, roots));
        if (!removable || d.path == QLatin1String("/"))
            continue;
        d.label = QFileInfo(d.path).fileName();
        if (!out.contains(d))
            out << d;
    }
    return out;
}

void DriveWatcher::rescan() {
    QFile file(mountTable_);
    QByteArray table;
    if (file.open(QIODevice::ReadOnly))
        table = file.readAll(); // /proc files report size 0: read to the end
    QVector<Drive> now = parseMountTable(table, roots_);
    for (const QString& device : std::as_const(opticalDevices_)) {
        const bool mounted = std::any_of(now.cbegin(), now.cend(),
                                         [&](const Drive& d) { return d.device == device; });
        if (mounted || !QFileInfo(device).isReadable())
            continue;
        Drive d;
        d.path = device;
        d.device = device;
        d.label = QFileInfo(device).fileName();
        d.optical = true;
        d.mounted = false;
        now << d;
    }
    if (now == drives_)
        return;
    const QVector<Drive> before = drives_;
    drives_ = now;
    Q_EMIT drivesChanged();
    if (!started_)
        return;
    for (const Drive& d : std::as_const(drives_)) {
        // An unmounted drive is only a device that may hold a disc; a disc that was put in shows
        // up as a mount.
        if (d.mounted && !before.contains(d))
            Q_EMIT driveArrived(d);
    }
}

} // namespace pdi

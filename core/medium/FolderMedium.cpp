#include "FolderMedium.h"
#include "LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statfs.h>

namespace pdi {

namespace {

constexpr long kIsoFsMagic = 0x9660;
constexpr long kUdfMagic = 0x15013346;
constexpr long kMsdosMagic = 0x4d44;
constexpr long kExfatMagic = 0x2011BAB0;

// The volume identifier of the ISO 9660 file system mounted at root, read from its device when
// this process may read it.
QString isoVolumeIdOfMount(const QString& root) {
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountinfo.open(QIODevice::ReadOnly))
        return QString();
    const QString canonical = QFileInfo(root).canonicalFilePath();
    const QList<QByteArray> lines = mountinfo.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        const int dash = parts.indexOf("-");
        if (parts.size() < 5 || dash < 0 || dash + 2 >= parts.size())
            continue;
        if (QString::fromUtf8(parts.at(4)) != canonical)
            continue;
        QFile device(QString::fromUtf8(parts.at(dash + 2)));
        if (!device.open(QIODevice::ReadOnly) || !device.seek(32768))
            return QString();
        const QByteArray pvd = device.read(2048);
        if (pvd.size() == 2048 && pvd.mid(1, 5) == "CD001")
            return QString::fromLatin1(pvd.mid(40, 32)).trimmed();
    }
    return QString();
}

} // namespace

FolderMedium::FolderMedium(const QString& root, const MediumLimits& limits)
    : root_(QDir(root).absolutePath()) {
    limits_ = limits;
    setLocation(root_);
    canonicalRoot_ = QFileInfo(root_).canonicalFilePath();
    inspectFileSystem();
    walk(root_, QString(), 1);
}

void FolderMedium::inspectFileSystem() {
    struct statfs fs {};
    if (statfs(QFile::encodeName(root_).constData(), &fs) != 0)
        return;
    const long type = long(fs.f_type);
    if (type == kIsoFsMagic || type == kUdfMagic) {
        // Linux shows ISO 9660 names in lower case unless Rock Ridge says otherwise; letter case
        // is a property of the mount, not of the disc.
        namesKeepCase_ = false;
        volumeId_ = isoVolumeIdOfMount(root_);
    } else if (type == kMsdosMagic || type == kExfatMagic) {
        namesKeepCase_ = false;
    }
}

void FolderMedium::walk(const QString& dir, const QString& relative, int depth) {
    if (depth > limits_.maxDepth) {
        addProblem(ListingProblem::Kind::LimitReached, relative,
                   QCoreApplication::translate("pdi::FolderMedium",
                                               "folders nested deeper than %1 levels were not read")
                       .arg(limits_.maxDepth));
        return;
    }
    const QFileInfoList infos = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                            QDir::System | QDir::NoDotAndDotDot,
                                                        QDir::Name | QDir::DirsLast);
    for (const QFileInfo& info : infos) {
        if (entries().size() >= limits_.maxEntries) {
            addProblem(ListingProblem::Kind::LimitReached, relative,
                       QCoreApplication::translate("pdi::FolderMedium",
                                                   "more than %1 entries; the rest was not read")
                           .arg(limits_.maxEntries));
            return;
        }
        MediumEntry e;
        e.path =
            relative.isEmpty() ? info.fileName() : relative + QLatin1Char('/') + info.fileName();
        if (e.path.size() > limits_.maxPathLength) {
            addProblem(ListingProblem::Kind::LimitReached, e.path.left(80),
                       QCoreApplication::translate("pdi::FolderMedium",
                                                   "path longer than %1 characters skipped")
                           .arg(limits_.maxPathLength));
            continue;
        }
        if (info.isSymLink()) {
            e.type = MediumEntry::Type::Link;
            e.linkTarget = info.symLinkTarget();
            const QString resolved = QFileInfo(info.absoluteFilePath()).canonicalFilePath();
            e.linkLeavesMedium =
                resolved.isEmpty() || !(resolved == canonicalRoot_ ||
                                        resolved.startsWith(canonicalRoot_ + QLatin1Char('/')));
            addEntry(std::move(e));
            continue;
        }
        if (info.isDir()) {
            e.type = MediumEntry::Type::Directory;
            const QString path = e.path;
            addEntry(std::move(e));
            walk(info.absoluteFilePath(), path, depth + 1);
            continue;
        }
        if (!info.isFile()) {
            e.type = MediumEntry::Type::Other;
            addEntry(std::move(e));
            continue;
        }
        e.type = MediumEntry::Type::File;
        e.size = info.size();
        if (!info.isReadable()) {
            e.unreadable = true;
            e.note = QCoreApplication::translate("pdi::FolderMedium", "no permission to read");
        }
        addEntry(std::move(e));
    }
}

std::unique_ptr<MediumFile> FolderMedium::open(const QString& path) const {
    const MediumEntry* entry = find(path);
    if (!entry || entry->type != MediumEntry::Type::File)
        return nullptr;
    auto file = std::make_unique<LocalFile>(root_ + QLatin1Char('/') + entry->path);
    if (!file->open())
        return nullptr;
    return file;
}

} // namespace pdi

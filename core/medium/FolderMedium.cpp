#include "FolderMedium.h"
#include "LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <sys/stat.h>
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
                   tr("folders nested deeper than %1 levels were not read").arg(limits_.maxDepth));
        return;
    }
    // readdir's file types spare a stat per file: on a disc with thousands of images the listing
    // is then a matter of directory blocks, not of every file's metadata. Sizes come when a file
    // is opened.
    struct Item {
        QString name;
        unsigned char type;
    };
    QVector<Item> items;
    const QByteArray encoded = QFile::encodeName(dir);
    DIR* d = ::opendir(encoded.constData());
    if (!d) {
        addProblem(ListingProblem::Kind::Unreadable, relative, tr("the folder cannot be read"));
        return;
    }
    while (dirent* ent = ::readdir(d)) {
        if (qstrcmp(ent->d_name, ".") == 0 || qstrcmp(ent->d_name, "..") == 0)
            continue;
        unsigned char type = ent->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st {};
            if (::lstat((encoded + '/' + ent->d_name).constData(), &st) == 0)
                type = S_ISDIR(st.st_mode)   ? DT_DIR
                       : S_ISREG(st.st_mode) ? DT_REG
                       : S_ISLNK(st.st_mode) ? DT_LNK
                                             : DT_UNKNOWN;
        }
        items.append({QFile::decodeName(ent->d_name), type});
    }
    ::closedir(d);
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        const bool aDir = a.type == DT_DIR;
        const bool bDir = b.type == DT_DIR;
        return aDir != bDir ? bDir : a.name < b.name;
    });

    for (const Item& item : std::as_const(items)) {
        if (entries().size() >= limits_.maxEntries) {
            addProblem(ListingProblem::Kind::LimitReached, relative,
                       tr("more than %1 entries; the rest was not read").arg(limits_.maxEntries));
            return;
        }
        MediumEntry e;
        e.path = relative.isEmpty() ? item.name : relative + QLatin1Char('/') + item.name;
        if (e.path.size() > limits_.maxPathLength) {
            addProblem(ListingProblem::Kind::LimitReached, e.path.left(80),
                       tr("path longer than %1 characters skipped").arg(limits_.maxPathLength));
            continue;
        }
        const QString absolute = dir + QLatin1Char('/') + item.name;
        switch (item.type) {
        case DT_LNK: {
            e.type = MediumEntry::Type::Link;
            e.linkTarget = QFileInfo(absolute).symLinkTarget();
            const QString resolved = QFileInfo(absolute).canonicalFilePath();
            e.linkLeavesMedium =
                resolved.isEmpty() || !(resolved == canonicalRoot_ ||
                                        resolved.startsWith(canonicalRoot_ + QLatin1Char('/')));
            addEntry(std::move(e));
            break;
        }
        case DT_DIR: {
            e.type = MediumEntry::Type::Directory;
            const QString path = e.path;
            addEntry(std::move(e));
            walk(absolute, path, depth + 1);
            break;
        }
        case DT_REG:
            e.type = MediumEntry::Type::File;
            addEntry(std::move(e));
            break;
        default:
            e.type = MediumEntry::Type::Other;
            addEntry(std::move(e));
            break;
        }
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

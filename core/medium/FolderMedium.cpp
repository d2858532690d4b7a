#include "FolderMedium.h"
#include "LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QStringDecoder>

#include <climits>
#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

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

FolderMedium::FolderMedium(const QString& root, const MediumLimits& limits,
                           const QString& stagedDicomdir)
    : root_(QDir(root).absolutePath())
    , stagedDicomdir_(QFile::encodeName(stagedDicomdir)) {
    limits_ = limits;
    setLocation(root_);
    canonicalRoot_ = QFileInfo(root_).canonicalFilePath();
    inspectFileSystem();
    // The root is the folder the person named; everything below it is reached from this
    // descriptor without following a link, so a medium that changes after the listing cannot
    // lead a reader elsewhere.
    rootFd_ = ::open(QFile::encodeName(root_).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd_ < 0) {
        addProblem(ListingProblem::Kind::Unreadable, QString(), tr("the folder cannot be read"));
        return;
    }
    walk(::dup(rootFd_), QByteArray(), QString(), 1);
}

FolderMedium::~FolderMedium() {
    if (rootFd_ >= 0)
        ::close(rootFd_);
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

bool FolderMedium::isFileSystemEntry(const QString& name) {
    return name == QLatin1String("System Volume Information") ||
           name == QLatin1String("lost+found") || name == QLatin1String("$RECYCLE.BIN") ||
           name.startsWith(QLatin1String(".Trash")) || name == QLatin1String(".fseventsd") ||
           name == QLatin1String(".Spotlight-V100");
}

QString FolderMedium::displayName(const QByteArray& raw, bool* exact) {
    // Most names are ASCII, which reads the same as Latin-1 and UTF-8.
    bool ascii = true;
    for (const char c : raw) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        *exact = true;
        return QString::fromLatin1(raw);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(raw);
    *exact = !decoder.hasError();
    if (*exact)
        return decoded;
    // Not UTF-8: bytes outside ASCII are named by their value, so the name is unique, printable
    // and says what is there.
    QString out;
    for (const char c : raw) {
        const uchar u = uchar(c);
        if (u < 0x80)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x") + QString::number(u, 16).toUpper();
    }
    return out;
}

void FolderMedium::walk(int dirFd, const QByteArray& rawRelative, const QString& relative,
                        int depth) {
    if (depth > limits_.maxDepth) {
        ::close(dirFd);
        addProblem(ListingProblem::Kind::LimitReached, relative,
                   tr("folders nested deeper than %1 levels were not read").arg(limits_.maxDepth));
        return;
    }
    // readdir's file types spare a stat per file: on a disc with thousands of images the listing
    // is then a matter of directory blocks, not of every file's metadata. Sizes come when a file
    // is opened.
    struct Item {
        QString name;
        QByteArray raw; // null when the name is ASCII and listed as it is (its bytes are name's)
        unsigned char type;
        QByteArray rawName() const { return raw.isNull() ? name.toLatin1() : raw; }
    };
    // The folder's path bytes are its path's UTF-8, so a file's are too when its name is ASCII.
    const bool relativeExact = QFile::encodeName(relative) == rawRelative;
    QVector<Item> items;
    DIR* d = ::fdopendir(dirFd);
    if (!d) {
        ::close(dirFd);
        addProblem(ListingProblem::Kind::Unreadable, relative, tr("the folder cannot be read"));
        return;
    }
    while (dirent* ent = ::readdir(d)) {
        if (qstrcmp(ent->d_name, ".") == 0 || qstrcmp(ent->d_name, "..") == 0)
            continue;
        unsigned char type = ent->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st {};
            if (::fstatat(dirFd, ent->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
                type = S_ISDIR(st.st_mode)    ? DT_DIR
                       : S_ISREG(st.st_mode)  ? DT_REG
                       : S_ISLNK(st.st_mode)  ? DT_LNK
                       : S_ISFIFO(st.st_mode) ? DT_FIFO
                       : S_ISCHR(st.st_mode)  ? DT_CHR
                       : S_ISBLK(st.st_mode)  ? DT_BLK
                       : S_ISSOCK(st.st_mode) ? DT_SOCK
                                              : DT_UNKNOWN;
        }
        bool exact = true;
        // The name's bytes, valid until the next readdir: copied only when they are kept.
        const QByteArray raw = QByteArray::fromRawData(ent->d_name, qstrlen(ent->d_name));
        if (depth == 1 && isFileSystemEntry(QFile::decodeName(raw)))
            continue;
        if (depth == 1 && !stagedDicomdir_.isEmpty()) {
            if (raw == "DICOMDIR")
                continue; // not the one being verified
            if (raw == stagedDicomdir_) {
                rawPaths_.insert(QStringLiteral("DICOMDIR"), stagedDicomdir_);
                items.append({QStringLiteral("DICOMDIR"), stagedDicomdir_, type});
                continue;
            }
        }
        QString name = displayName(raw, &exact);
        const bool ascii = exact && name.size() == raw.size(); // UTF-8 of one byte a character
        items.append({std::move(name),
                      ascii ? QByteArray() : QByteArray(raw.constData(), raw.size()), type});
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        const bool aDir = a.type == DT_DIR;
        const bool bDir = b.type == DT_DIR;
        return aDir != bDir ? bDir : a.name < b.name;
    });

    for (const Item& item : std::as_const(items)) {
        if (entries().size() >= limits_.maxEntries) {
            addProblem(ListingProblem::Kind::LimitReached, relative,
                       tr("more than %1 entries; the rest was not read").arg(limits_.maxEntries));
            break;
        }
        MediumEntry e;
        e.path = relative.isEmpty() ? item.name : relative + QLatin1Char('/') + item.name;
        if (e.path.size() > limits_.maxPathLength) {
            addProblem(ListingProblem::Kind::LimitReached, e.path.left(80),
                       tr("path longer than %1 characters skipped").arg(limits_.maxPathLength));
            continue;
        }
        // A regular file with an ASCII name in a folder listed as it is needs no bytes of its own
        // (most of a disc's files); any other entry has its path's bytes kept where they differ.
        QByteArray raw;
        if (item.type != DT_REG || !item.raw.isNull() || !relativeExact) {
            raw = rawRelative.isEmpty() ? item.rawName() : rawRelative + '/' + item.rawName();
            if (QFile::encodeName(e.path) != raw)
                rawPaths_.insert(e.path, raw);
        }
        switch (item.type) {
        case DT_LNK: {
            e.type = MediumEntry::Type::Link;
            char target[4096];
            const ssize_t n =
                ::readlinkat(dirFd, item.rawName().constData(), target, sizeof target);
            bool exact = true;
            e.linkTarget = n > 0 ? displayName(QByteArray(target, int(n)), &exact) : QString();
            char resolved[PATH_MAX];
            const QByteArray absolute = QFile::encodeName(root_) + '/' + raw;
            const QString real = ::realpath(absolute.constData(), resolved)
                                     ? QFile::decodeName(resolved)
                                     : QString();
            e.linkLeavesMedium =
                real.isEmpty() ||
                !(real == canonicalRoot_ || real.startsWith(canonicalRoot_ + QLatin1Char('/')));
            addEntry(std::move(e));
            break;
        }
        case DT_DIR: {
            e.type = MediumEntry::Type::Directory;
            const QString path = e.path;
            addEntry(std::move(e));
            const int child = ::openat(dirFd, item.rawName().constData(),
                                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0)
                addProblem(ListingProblem::Kind::Unreadable, path, tr("the folder cannot be read"));
            else
                walk(child, raw, path, depth + 1);
            break;
        }
        case DT_REG:
            e.type = MediumEntry::Type::File;
            addEntry(std::move(e));
            break;
        case DT_FIFO:
        case DT_CHR:
        case DT_BLK:
        case DT_SOCK: {
            e.type = MediumEntry::Type::Other;
            addProblem(ListingProblem::Kind::SpecialFile, e.path,
                       item.type == DT_FIFO   ? tr("A named pipe (FIFO)")
                       : item.type == DT_SOCK ? tr("A socket")
                                              : tr("A device node"));
            addEntry(std::move(e));
            break;
        }
        default:
            e.type = MediumEntry::Type::Other;
            addEntry(std::move(e));
            break;
        }
    }
    ::closedir(d); // closes dirFd
}

std::unique_ptr<MediumFile> FolderMedium::open(const QString& path) const {
    const MediumEntry* entry = find(path);
    if (!entry || entry->type != MediumEntry::Type::File || rootFd_ < 0)
        return nullptr;
    const QByteArray raw = rawPaths_.value(entry->path, QFile::encodeName(entry->path));
    // Folder by folder from the root, none of them a link now, whatever the listing saw.
    const QList<QByteArray> parts = raw.split('/');
    int dirFd = rootFd_;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const int next = ::openat(dirFd, parts.at(i).constData(),
                                  O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dirFd != rootFd_)
            ::close(dirFd);
        if (next < 0)
            return nullptr;
        dirFd = next;
    }
    QString error;
    std::unique_ptr<LocalFile> file = LocalFile::openAt(dirFd, parts.constLast(), &error);
    if (dirFd != rootFd_)
        ::close(dirFd);
    return file;
}

} // namespace pdi

#include "ZipMedium.h"

#include <QCoreApplication>
#include <QSet>

#include <unzip.h>

#include <cstring>

namespace pdi {

namespace {

// minizip reads the archive through these callbacks, over a MediumFile of the container, so
// files, devices and memory buffers are handled alike.
struct Stream {
    std::unique_ptr<MediumFile> file;
    qint64 pos = 0;
    bool error = false;
};

voidpf ZCALLBACK zOpen(voidpf opaque, const void*, int) {
    auto* opener = static_cast<ZipMedium::ContainerOpener*>(opaque);
    std::unique_ptr<MediumFile> file = (*opener)();
    if (!file)
        return nullptr;
    return new Stream{std::move(file), 0, false};
}

uLong ZCALLBACK zRead(voidpf, voidpf stream, void* buf, uLong size) {
    auto* s = static_cast<Stream*>(stream);
    const qint64 n = s->file->readAt(s->pos, static_cast<char*>(buf), qint64(size));
    if (n < 0) {
        s->error = true;
        return 0;
    }
    s->pos += n;
    return uLong(n);
}

uLong ZCALLBACK zWrite(voidpf, voidpf, const void*, uLong) {
    return 0;
}

ZPOS64_T ZCALLBACK zTell(voidpf, voidpf stream) {
    return ZPOS64_T(static_cast<Stream*>(stream)->pos);
}

long ZCALLBACK zSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* s = static_cast<Stream*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = s->pos;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = s->file->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > s->file->size())
        return -1;
    s->pos = target;
    return 0;
}

int ZCALLBACK zClose(voidpf, voidpf stream) {
    delete static_cast<Stream*>(stream);
    return 0;
}

int ZCALLBACK zError(voidpf, voidpf stream) {
    return static_cast<Stream*>(stream)->error ? 1 : 0;
}

unzFile openArchive(ZipMedium::ContainerOpener* opener) {
    zlib_filefunc64_def funcs{};
    funcs.zopen64_file = zOpen;
    funcs.zread_file = zRead;
    funcs.zwrite_file = zWrite;
    funcs.ztell64_file = zTell;
    funcs.zseek64_file = zSeek;
    funcs.zclose_file = zClose;
    funcs.zerror_file = zError;
    funcs.opaque = opener;
    return unzOpen2_64("archive", &funcs);
}

// A member name is safe when it stays inside the archive root.
bool isSafeName(const QString& name) {
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        if (p == QLatin1String("..") || p == QLatin1String("."))
            return false;
    }
    return true;
}

constexpr uLong kUnixHost = 3;
constexpr uLong kLinkMode = 0120000;
constexpr uLong kTypeMask = 0170000;

} // namespace

struct ZipMedium::Handle {
    unzFile zip = nullptr;
};

class ZipMemberReader : public MediumFile {
public:
    ZipMemberReader(const ZipMedium& medium, ZipMedium::Handle* handle,
                    const ZipMedium::Member& member)
        : medium_(medium)
        , handle_(handle)
        , member_(member) {}
    ~ZipMemberReader() override {
        if (opened_)
            unzCloseCurrentFile(handle_->zip);
        medium_.release(handle_);
    }
    bool start() {
        unz64_file_pos pos{member_.posInCentralDir, member_.numOfFile};
        if (unzGoToFilePos64(handle_->zip, &pos) != UNZ_OK)
            return false;
        if (unzOpenCurrentFile(handle_->zip) != UNZ_OK)
            return false;
        opened_ = true;
        position_ = 0;
        if (member_.stored) {
            // Stored members are read straight from the container: random access, no inflating.
            rawOffset_ = qint64(unzGetCurrentFileZStreamPos64(handle_->zip));
            raw_ = medium_.opener_();
        }
        return true;
    }
    qint64 size() const override { return member_.size; }
    qint64 readAt(qint64 pos, char* buffer, qint64 len) override {
        if (pos < 0 || len < 0)
            return -1;
        if (pos >= member_.size)
            return 0;
        len = qMin(len, member_.size - pos);
        if (raw_)
            return raw_->readAt(rawOffset_ + pos, buffer, len);
        if (pos < position_) {
            // Inflating only goes forward: start again from the beginning of the member.
            unzCloseCurrentFile(handle_->zip);
            opened_ = false;
            if (!start())
                return -1;
        }
        char scratch[16384];
        while (position_ < pos) {
            const int want = int(qMin<qint64>(sizeof scratch, pos - position_));
            const int got = unzReadCurrentFile(handle_->zip, scratch, unsigned(want));
            if (got <= 0)
                return got < 0 ? -1 : 0;
            position_ += got;
        }
        qint64 done = 0;
        while (done < len) {
            const unsigned want = unsigned(qMin<qint64>(len - done, 1 << 20));
            const int got = unzReadCurrentFile(handle_->zip, buffer + done, want);
            if (got < 0)
                return done > 0 ? done : -1;
            if (got == 0)
                break;
            done += got;
            position_ += got;
        }
        return done;
    }

private:
    const ZipMedium& medium_;
    ZipMedium::Handle* handle_;
    ZipMedium::Member member_;
    bool opened_ = false;
    qint64 position_ = 0;
    qint64 rawOffset_ = 0;
    std::unique_ptr<MediumFile> raw_;
};

std::unique_ptr<ZipMedium> ZipMedium::load(const QString& location, ContainerOpener opener,
                                           const MediumLimits& limits, QString* error) {
    std::unique_ptr<ZipMedium> medium(new ZipMedium);
    medium->limits_ = limits;
    medium->setLocation(location);
    medium->opener_ = std::move(opener);

    unzFile zip = openArchive(&medium->opener_);
    if (!zip) {
        *error = QCoreApplication::translate(
            "pdi::ZipMedium", "not a readable ZIP archive (central directory missing or damaged)");
        return nullptr;
    }

    struct Raw {
        QString name;
        Member member;
        bool directory;
        bool link;
    };
    QVector<Raw> raws;
    int rc = unzGoToFirstFile(zip);
    while (rc == UNZ_OK) {
        if (raws.size() >= limits.maxEntries) {
            medium->addProblem(ListingProblem::Kind::LimitReached, QString(),
                               QCoreApplication::translate(
                                   "pdi::ZipMedium", "more than %1 members; the rest was not read")
                                   .arg(limits.maxEntries));
            break;
        }
        unz_file_info64 info{};
        char name[4096];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            break;
        name[sizeof name - 1] = 0;
        // Bit 11 says UTF-8; older archives use the DOS code page, where ASCII names are safe.
        const QString memberName =
            (info.flag & (1u << 11)) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        unz64_file_pos pos{};
        unzGetFilePos64(zip, &pos);
        Raw raw;
        raw.name = memberName;
        raw.member.posInCentralDir = pos.pos_in_zip_directory;
        raw.member.numOfFile = pos.num_of_file;
        raw.member.stored = info.compression_method == 0;
        raw.member.encrypted = (info.flag & 1u) != 0;
        raw.member.size = qint64(info.uncompressed_size);
        raw.directory = memberName.endsWith(QLatin1Char('/'));
        raw.link =
            (info.version >> 8) == kUnixHost && ((info.external_fa >> 16) & kTypeMask) == kLinkMode;
        raws.append(raw);
        rc = unzGoToNextFile(zip);
    }
    if (rc != UNZ_OK && rc != UNZ_END_OF_LIST_OF_FILE) {
        medium->addProblem(ListingProblem::Kind::Unreadable, QString(),
                           QCoreApplication::translate(
                               "pdi::ZipMedium", "the archive's central directory is damaged; "
                                                 "members after the damage are missing"));
    }
    unzClose(zip);

    // One top-level folder holding the DICOMDIR and everything else becomes the root.
    QSet<QString> tops;
    bool wrappedDicomdir = false;
    bool rootDicomdir = false;
    for (const Raw& r : std::as_const(raws)) {
        const QString clean = r.name.section(QLatin1Char('/'), 0, -1, QString::SectionSkipEmpty);
        tops.insert(clean.section(QLatin1Char('/'), 0, 0));
        if (clean.compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
            rootDicomdir = true;
        if (clean.count(QLatin1Char('/')) == 1 &&
            clean.section(QLatin1Char('/'), 1)
                    .compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
            wrappedDicomdir = true;
    }
    if (tops.size() == 1 && wrappedDicomdir && !rootDicomdir)
        medium->topFolder_ = *tops.constBegin();

    QSet<QString> directories;
    auto addDirectories = [&](const QString& path) {
        QStringList parts = path.split(QLatin1Char('/'));
        parts.removeLast();
        QString dir;
        for (const QString& p : std::as_const(parts)) {
            dir = dir.isEmpty() ? p : dir + QLatin1Char('/') + p;
            if (!directories.contains(dir)) {
                directories.insert(dir);
                MediumEntry d;
                d.path = dir;
                d.type = MediumEntry::Type::Directory;
                medium->addEntry(d);
            }
        }
    };

    for (const Raw& r : std::as_const(raws)) {
        if (!isSafeName(r.name)) {
            medium->addProblem(
                ListingProblem::Kind::UnsafePath, r.name.left(200),
                QCoreApplication::translate(
                    "pdi::ZipMedium", "member name leaves the archive root; it was not read"));
            continue;
        }
        QString path = r.name.section(QLatin1Char('/'), 0, -1, QString::SectionSkipEmpty);
        if (!medium->topFolder_.isEmpty()) {
            path = path.mid(medium->topFolder_.size() + 1);
            if (path.isEmpty())
                continue;
        }
        if (path.size() > limits.maxPathLength || path.count(QLatin1Char('/')) >= limits.maxDepth) {
            medium->addProblem(ListingProblem::Kind::LimitReached, path.left(200),
                               QCoreApplication::translate(
                                   "pdi::ZipMedium", "member path too long or too deep; skipped"));
            continue;
        }
        addDirectories(path);
        if (r.directory) {
            if (!directories.contains(path)) {
                directories.insert(path);
                MediumEntry d;
                d.path = path;
                d.type = MediumEntry::Type::Directory;
                medium->addEntry(d);
            }
            continue;
        }
        MediumEntry e;
        e.path = path;
        if (r.link) {
            e.type = MediumEntry::Type::Link;
            e.linkLeavesMedium = true; // links in an archive are never followed
            medium->addEntry(e);
            continue;
        }
        e.type = MediumEntry::Type::File;
        e.size = r.member.size;
        if (r.member.encrypted) {
            e.unreadable = true;
            e.note = QCoreApplication::translate("pdi::ZipMedium", "encrypted member; not read");
        }
        medium->members_.insert(path, r.member);
        medium->addEntry(e);
    }
    return medium;
}

ZipMedium::~ZipMedium() {
    for (Handle* h : std::as_const(pool_)) {
        unzClose(h->zip);
        delete h;
    }
}

ZipMedium::Handle* ZipMedium::acquire() const {
    {
        QMutexLocker lock(&poolMutex_);
        if (!pool_.isEmpty())
            return pool_.takeLast();
    }
    unzFile zip = openArchive(const_cast<ContainerOpener*>(&opener_));
    if (!zip)
        return nullptr;
    return new Handle{zip};
}

void ZipMedium::release(Handle* handle) const {
    QMutexLocker lock(&poolMutex_);
    pool_.append(handle);
}

std::unique_ptr<MediumFile> ZipMedium::open(const QString& path) const {
    const MediumEntry* entry = find(path);
    if (!entry || entry->type != MediumEntry::Type::File || entry->unreadable)
        return nullptr;
    auto it = members_.constFind(entry->path);
    if (it == members_.constEnd())
        return nullptr;
    Handle* handle = acquire();
    if (!handle)
        return nullptr;
    auto reader = std::make_unique<ZipMemberReader>(*this, handle, *it);
    if (!reader->start())
        return nullptr;
    return reader;
}

} // namespace pdi

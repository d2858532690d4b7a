#pragma once

#include <QCoreApplication>

#include "MediumFile.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace pdi {

enum class MediumKind { Folder, Iso, Zip };
QString mediumKindName(MediumKind kind); // "folder", "iso", "zip"

struct MediumEntry {
    enum class Type { File, Directory, Link, Other };
    QString path; // relative to the medium root, '/'-separated, as the medium spells it
    Type type = Type::File;
    qint64 size = 0;               // 0 when the listing does not tell (folders); the open file does
    QString linkTarget;            // links only
    bool linkLeavesMedium = false; // links only: the target resolves outside the root
    bool unreadable = false;       // listed but cannot be opened (permissions, encrypted member)
    QString note;                  // why it is unreadable or odd, for a person

    QString name() const { return path.section(QLatin1Char('/'), -1); }
    int depth() const { return path.count(QLatin1Char('/')) + 1; }
};

// Limits that keep a hostile or broken medium from exhausting memory or time.
struct MediumLimits {
    int maxEntries = 500000;
    int maxDepth = 64;
    int maxPathLength = 1024;
};

// What the listing of a medium could not cover, each a sentence for a person.
struct ListingProblem {
    enum class Kind {
        LimitReached,
        UnsafePath,
        Unreadable,
        Loop,        // a folder that leads back to one that contains it (ISO directory records)
        SpecialFile, // a FIFO, device node or socket: never opened
    };
    Kind kind;
    QString path;
    QString detail;
};

// A portable medium opened read-only: a folder (mounted disc, USB stick), an ISO 9660 image or a
// ZIP archive. Entries are listed once on open; files are opened by their listed path only, so
// nothing outside the medium can be reached through it.
class Medium {
public:
    virtual ~Medium() = default;

    virtual MediumKind kind() const = 0;
    // The volume identifier of an ISO image or a mounted file system, when there is one.
    virtual QString volumeId() const { return QString(); }
    // False when names were read through a layer that does not keep letter case (a mounted
    // ISO 9660 file system); name-case rules are then not checkable.
    virtual bool namesKeepCase() const { return true; }
    // Opens a listed regular file; nullptr for anything else. Thread-safe.
    virtual std::unique_ptr<MediumFile> open(const QString& path) const = 0;

    QString location() const { return location_; }
    const QVector<MediumEntry>& entries() const { return entries_; }
    const QVector<ListingProblem>& listingProblems() const { return problems_; }

    // The listed entry with this path, matched exactly, then ignoring letter case (DICOM File
    // IDs are upper case but mounted discs often show lower case).
    const MediumEntry* find(const QString& path) const;

protected:
    void setLocation(const QString& location) { location_ = location; }
    void addEntry(MediumEntry entry);
    void addProblem(ListingProblem::Kind kind, const QString& path, const QString& detail);
    MediumLimits limits_;

private:
    QString location_;
    QVector<MediumEntry> entries_;
    QVector<ListingProblem> problems_;
    QHash<QString, int> byPath_;
    QHash<QString, int> byFoldedPath_;
};

// Opens whatever a person points at: recognises folders, ISO 9660 images (any file name, block
// devices too) and ZIP archives by their content, not by their extension.
class MediumOpener {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumOpener)

public:
    struct Result {
        std::unique_ptr<Medium> medium;
        QString error; // set when medium is null: what is wrong and what to do
    };
    // stagedDicomdir: see FolderMedium (folders only).
    static Result open(const QString& location, const MediumLimits& limits = MediumLimits(),
                       const QString& stagedDicomdir = QString());
    static Result openBytes(const QByteArray& image, const QString& label); // fuzzing, tests
};

} // namespace pdi

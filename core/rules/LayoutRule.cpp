#include "LayoutRule.h"
#include "FileIdRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace pdi {

namespace {

bool isWebContentType(const ScannedFile& f) {
    const QString ext = f.path.section(QLatin1Char('.'), -1).toUpper();
    static const QSet<QString> kWeb = {
        QStringLiteral("HTM"), QStringLiteral("HTML"), QStringLiteral("CSS"),
        QStringLiteral("JPG"), QStringLiteral("JPEG"), QStringLiteral("PNG"),
        QStringLiteral("GIF"), QStringLiteral("SVG"),  QStringLiteral("TXT")};
    return f.path.contains(QLatin1Char('.')) && kWeb.contains(ext) && !f.program;
}

// The parts of a '/'-separated path, without copies: a check of 5,000 entries looks at every name.
QStringView rootName(QStringView path) {
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.left(slash);
}

QStringView lastName(QStringView path) {
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// The name upper-cased as QString::toUpper does it; the name itself when that changes nothing
// (ASCII without lower-case letters: what a PDI medium's names are), else a copy in buffer.
QStringView upper(QStringView name, QString& buffer) {
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= 'a' && u <= 'z')) {
            buffer = name.toString().toUpper();
            return buffer;
        }
    }
    return name;
}

bool isUpper(QStringView name, QLatin1StringView upperAscii) {
    QString buffer;
    return upper(name, buffer) == upperAscii;
}

// The name as the rules compare it: upper-cased when the medium's file system does not keep case.
QStringView normalName(const MediumInventory& inv, QStringView name, QString& buffer) {
    return inv.namesKeepCase ? name : upper(name, buffer);
}

void checkNameCase(const MediumInventory& inv, Findings& out) {
    const bool keepCase = inv.namesKeepCase;
    if (inv.namesLowerCased) {
        out << FindingCatalog::make(
            FindingCode::NamesLowerCased, QString(),
            LayoutRule::tr(
                "Every name on the medium is in lower case, as Linux shows a disc mounted with "
                "lower-cased names (map=normal, the default for ISO 9660 without Rock Ridge) or "
                "a copy made from such a mount; the names were checked as upper case. To see the "
                "real names, mount the disc with the option map=off (for example "
                "\"mount -o ro,map=off /dev/sr0 /mnt\") or check the disc image or the device "
                "itself."));
    } else if (!keepCase) {
        out << FindingCatalog::make(
            FindingCode::NameCaseNotCheckable, QString(),
            LayoutRule::tr(
                "The medium is read through a mounted file system that does not keep letter "
                "case, so upper-case names cannot be checked; check the disc image or the "
                "device (e.g. /dev/sr0) for that."));
    }
}

// The DICOMDIR: exactly one, in the root.
void checkDicomdirPlace(const MediumInventory& inv, Findings& out) {
    if (inv.dicomdirPath.isEmpty()) {
        out << FindingCatalog::make(
            FindingCode::NoDicomdir, QString(),
            LayoutRule::tr(
                "There is no DICOMDIR in the root of the medium, so a viewer cannot find the "
                "images; the medium was checked file by file. Write it again with PDI "
                "software."));
    }
    for (const ScannedFile& f : inv.files) {
        const bool namedDicomdir =
            lastName(f.path).compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
        if (f.path != inv.dicomdirPath &&
            (namedDicomdir || f.kind == ScannedFile::Kind::Dicomdir)) {
            out << FindingCatalog::make(
                FindingCode::SeveralDicomdirs, f.path,
                LayoutRule::tr(
                    "Another DICOMDIR besides the one in the root; a PDI medium holds exactly "
                    "one file set. Write each file set to its own medium."));
        }
    }
}

// README.TXT, INDEX.HTM with IHE_PDI, no other IHE names in the root.
void checkRootEntries(const MediumInventory& inv, Findings& out) {
    bool hasReadme = false;
    bool hasIndex = false;
    bool hasIhePdi = false;
    for (const MediumEntry& e : inv.entries) {
        if (e.path.contains(QLatin1Char('/')))
            continue;
        const QString upper = e.path.toUpper();
        if (e.type == MediumEntry::Type::File && upper == QLatin1String("README.TXT"))
            hasReadme = true;
        if (e.type == MediumEntry::Type::File && upper == QLatin1String("INDEX.HTM"))
            hasIndex = true;
        if (e.type == MediumEntry::Type::Directory && upper == QLatin1String("IHE_PDI"))
            hasIhePdi = true;
        if (upper.startsWith(QLatin1String("IHE")) && upper != QLatin1String("IHE_PDI")) {
            out << FindingCatalog::make(
                FindingCode::StrayIheEntry, e.path,
                LayoutRule::tr(
                    "Only the IHE_PDI folder may have a root name starting with \"IHE\"; "
                    "rename or remove this entry."));
        }
    }
    if (!hasReadme) {
        out << FindingCatalog::make(
            FindingCode::NoReadme, QString(),
            LayoutRule::tr(
                "There is no README.TXT in the root; IHE PDI requires one that names the "
                "issuing institution and how to read the medium."));
    }
    if (hasIndex != hasIhePdi) {
        out << FindingCatalog::make(
            FindingCode::WebContentIncomplete,
            hasIndex ? QStringLiteral("INDEX.HTM") : QStringLiteral("IHE_PDI"),
            hasIndex
                ? LayoutRule::tr("INDEX.HTM is present but the IHE_PDI folder with the web content "
                                 "is missing; the web view of this medium is incomplete.")
                : LayoutRule::tr("The IHE_PDI folder is present but INDEX.HTM is missing from the "
                                 "root; the web content cannot be opened."));
    } else if (hasIndex && hasIhePdi) {
        out << FindingCatalog::make(
            FindingCode::WebContent, QString(),
            LayoutRule::tr("The medium has web content (INDEX.HTM and IHE_PDI): DICOM PLUS WEB."));
    }
}

// DICOM files must have File ID component names, in folders that are not the root or IHE_PDI;
// returns the folders that hold DICOM files, whose names must be File ID components too (views
// of the inventory's paths).
QSet<QStringView> checkDicomFileNames(const MediumInventory& inv, Findings& out) {
    QSet<QStringView> dicomFolders;
    QString buffer;
    for (const ScannedFile& f : inv.files) {
        const bool dicom =
            inv.isDicomKind(f) || (f.kind == ScannedFile::Kind::NotOpened && f.recordIndex >= 0);
        if (!dicom)
            continue;
        const QStringView path(f.path);
        // Every folder above the file, from its own up; one already known has its parents known.
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash >= 0;
             slash = path.left(slash).lastIndexOf(QLatin1Char('/'))) {
            const QStringView folder = path.left(slash);
            if (dicomFolders.contains(folder))
                break;
            dicomFolders.insert(folder);
        }
        if (isUpper(rootName(path), QLatin1StringView("IHE_PDI"))) {
            out << FindingCatalog::make(
                FindingCode::DicomFileInIhePdi, f.path,
                LayoutRule::tr(
                    "A DICOM file inside IHE_PDI, which may hold only web content; DICOM files "
                    "belong outside it and in the DICOMDIR."));
        }
        const qsizetype parts = path.count(QLatin1Char('/')) + 1;
        if (parts == 1) {
            out << FindingCatalog::make(
                FindingCode::DicomFileInRoot, f.path,
                LayoutRule::tr(
                    "A DICOM file in the root of the medium; only the DICOMDIR may be there. "
                    "Put images in a folder and reference them from the DICOMDIR."));
        }
        if (parts > FileIdRules::kMaxComponents) {
            out << FindingCatalog::make(
                FindingCode::FileIdTooDeep, f.path,
                LayoutRule::tr(
                    "The file is %1 levels deep; a File ID has at most 8 components, so this "
                    "file cannot be referenced from a DICOMDIR.")
                    .arg(parts));
        }
        const QStringView fileName = lastName(path);
        const QStringView name = normalName(inv, fileName, buffer);
        if (!FileIdRules::isValidComponent(name)) {
            out << FindingCatalog::make(
                FindingCode::InvalidFileIdComponent, f.path,
                LayoutRule::tr(
                    "The DICOM file name \"%1\" is not a valid File ID component (%2); names "
                    "must be 1 to 8 characters of A-Z, 0-9 and _ without an extension.")
                    .arg(fileName.toString(), FileIdRules::problem(name.toString())));
        }
    }
    return dicomFolders;
}

// Two names in one folder that differ only in letter case (QString::toUpper), each reported
// after the first. The key is the entry's path with its name upper-cased: the path itself for
// the names of a PDI medium, a copy only for the others.
class CaseClashes {
public:
    explicit CaseClashes(qsizetype entries) { first_.reserve(entries); }

    // The first name seen with the same folded name in the same folder, or an empty view.
    QStringView note(QStringView path, QStringView name) {
        QString buffer;
        const QStringView upperName = upper(name, buffer);
        QStringView key = path;
        if (upperName.data() != name.data()) {
            copies_.append(path.left(path.size() - name.size()).toString() + buffer);
            key = copies_.constLast();
        }
        auto it = first_.constFind(key);
        if (it != first_.constEnd())
            return *it;
        first_.insert(key, name);
        return {};
    }

private:
    QHash<QStringView, QStringView> first_; // folded path -> first name
    QList<QString> copies_;                 // folded paths that are not the path (views above)
};

// Every other entry must have an ISO 9660 Level 1 name, and no two names may differ only in case.
void checkEntryNames(const MediumInventory& inv, const QSet<QStringView>& dicomFolders,
                     Findings& out) {
    // Only a medium whose names keep case can have two that differ only in it.
    std::optional<CaseClashes> clashes;
    if (inv.namesKeepCase)
        clashes.emplace(inv.entries.size());
    QString buffer;
    for (const MediumEntry& e : inv.entries) {
        const QStringView entryName = lastName(e.path);
        if (clashes) {
            const QStringView first = clashes->note(e.path, entryName);
            if (!first.isNull()) {
                out << FindingCatalog::make(
                    FindingCode::NamesDifferOnlyInCase, e.path,
                    LayoutRule::tr(
                        "\"%1\" and \"%2\" differ only in letter case; on a disc or a FAT USB "
                        "stick they are the same name.")
                        .arg(first.toString(), entryName.toString()));
            }
        }

        const QStringView name = normalName(inv, entryName, buffer);
        if (e.type == MediumEntry::Type::Directory) {
            if (FileIdRules::isLevel1DirectoryName(name))
                continue;
            if (dicomFolders.contains(e.path)) {
                out << FindingCatalog::make(
                    FindingCode::InvalidFileIdComponent, e.path,
                    LayoutRule::tr(
                        "The folder name \"%1\" of DICOM files is not a valid File ID component "
                        "(%2); names must be 1 to 8 characters of A-Z, 0-9 and _.")
                        .arg(entryName.toString(), FileIdRules::problem(name.toString())));
            } else {
                out << FindingCatalog::make(
                    FindingCode::OtherContentNameNot83, e.path,
                    LayoutRule::tr("The folder name \"%1\" is not an ISO 9660 Level 1 name (1 to 8 "
                                   "characters of A-Z, 0-9 and _); some computers cannot open it.")
                        .arg(entryName.toString()));
            }
            continue;
        }
        if (e.type != MediumEntry::Type::File)
            continue;
        const ScannedFile* f = inv.file(e.path);
        if (!f || inv.isDicomKind(*f) || f->kind == ScannedFile::Kind::Dicomdir ||
            (f->kind == ScannedFile::Kind::NotOpened && f->recordIndex >= 0))
            continue;
        if (!FileIdRules::isLevel1FileName(name)) {
            out << FindingCatalog::make(
                FindingCode::OtherContentNameNot83, e.path,
                LayoutRule::tr(
                    "The file name \"%1\" is not an 8.3 ISO 9660 Level 1 name (upper-case "
                    "A-Z, 0-9 and _, at most 8 characters, a 3-character extension); some "
                    "computers cannot open it.")
                    .arg(entryName.toString()));
        }
        if (isUpper(rootName(e.path), QLatin1StringView("IHE_PDI")) &&
            e.path.contains(QLatin1Char('/')) && f->kind == ScannedFile::Kind::NonDicom &&
            !isWebContentType(*f)) {
            out << FindingCatalog::make(
                FindingCode::NotWebContentInIhePdi, e.path,
                LayoutRule::tr(
                    "IHE_PDI should hold only the web pages and pictures that show the DICOM "
                    "content; this file (%1) belongs elsewhere.")
                    .arg(f->contentType));
        }
    }
}

} // namespace

void LayoutRule::check(const RuleInput& in, Findings& out) const {
    const MediumInventory& inv = in.inventory;
    checkNameCase(inv, out);
    checkDicomdirPlace(inv, out);
    checkRootEntries(inv, out);
    checkEntryNames(inv, checkDicomFileNames(inv, out), out);
}

} // namespace pdi

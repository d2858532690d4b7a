#include "MediumScanner.h"

#include "ContentSniffer.h"
#include "EarlyDicomdir.h"
#include "QuickCheckBasis.h"
#include "RepeatedText.h"
#include "dicom/Dcmtk.h"
#include "dicom/DicomSummaryReader.h"
#include "job/WorkerThreads.h"
#include "medium/IsoMedium.h"
#include "medium/ZipMedium.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace pdi {

namespace {

const char* const kMediaStorageDirectory = "1.2.840.10008.1.3.10";

} // namespace

void MediumScanner::read(const Medium& medium, ScannedFile& f, bool directoryKeys) {
    std::shared_ptr<MediumFile> file(medium.open(f.path).release());
    if (!file) {
        f.kind = ScannedFile::Kind::Unreadable;
        f.error = MediumScanner::tr("cannot be opened");
        return;
    }
    f.size = file->size();
    const QByteArray head = file->head(512);
    if (head.size() < qMin<qint64>(512, file->size())) {
        f.kind = ScannedFile::Kind::Unreadable;
        f.error = MediumScanner::tr("read error: %1").arg(file->errorString());
        return;
    }
    if (!DicomSummaryReader::looksLikeDicom(head)) {
        const ContentSniffer::Verdict v =
            ContentSniffer::sniff(head, f.path.section(QLatin1Char('/'), -1));
        f.kind = ScannedFile::Kind::NonDicom;
        f.contentType = v.contentType;
        f.program = v.program;
        return;
    }
    DicomSummaryReader::Result r = DicomSummaryReader::read(file, directoryKeys);
    switch (r.status) {
    case DicomSummaryReader::Status::Ok:
        // Another file set's DICOMDIR, whatever its name, is not an instance.
        f.kind = r.summary.metaSopClassUid == QLatin1String(kMediaStorageDirectory)
                     ? ScannedFile::Kind::Dicomdir
                     : ScannedFile::Kind::Dicom;
        break;
    case DicomSummaryReader::Status::Damaged:
        f.kind = ScannedFile::Kind::Damaged;
        f.error = r.error;
        break;
    case DicomSummaryReader::Status::NotDicom: {
        const ContentSniffer::Verdict v =
            ContentSniffer::sniff(head, f.path.section(QLatin1Char('/'), -1));
        f.kind = ScannedFile::Kind::NonDicom;
        f.contentType = v.contentType;
        f.program = v.program;
        break;
    }
    }
    f.summary = std::move(r.summary);
}

namespace {

// Names a PDI medium writes in upper case (File IDs, README.TXT, DICOMDIR) that all show in lower
// case were lower-cased on the way here, not written so.
bool looksLowerCased(const QVector<MediumEntry>& entries) {
    bool lowerDicomdir = false;
    for (const MediumEntry& e : entries) {
        const QString name = e.name();
        if (name != name.toLower())
            return false;
        if (e.type == MediumEntry::Type::File && name == QLatin1String("dicomdir") &&
            !e.path.contains(QLatin1Char('/')))
            lowerDicomdir = true;
    }
    return lowerDicomdir;
}

// Sorts entries by path. A listing names each folder's entries in order, so it is a few long
// runs in path order: they are found and merged (a natural merge sort, stable), which compares
// far fewer paths than sorting from scratch.
void sortByPath(QVector<const MediumEntry*>& entries) {
    const auto byPath = [](const MediumEntry* a, const MediumEntry* b) {
        return a->path < b->path;
    };
    QVector<qsizetype> runs; // where each run begins, then the end
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i == 0 || byPath(entries.at(i), entries.at(i - 1)))
            runs.append(i);
    }
    runs.append(entries.size());
    const auto at = [&](qsizetype i) {
        return entries.begin() + i;
    };
    while (runs.size() > 2) {
        QVector<qsizetype> merged;
        for (qsizetype r = 0; r + 1 < runs.size(); r += 2) {
            merged.append(runs.at(r));
            if (r + 2 < runs.size())
                std::inplace_merge(at(runs.at(r)), at(runs.at(r + 1)), at(runs.at(r + 2)), byPath);
        }
        merged.append(entries.size());
        runs = std::move(merged);
    }
}

bool isOptical(const Medium& medium) {
    return medium.kind() == MediumKind::Iso || !medium.namesKeepCase();
}

} // namespace

namespace {

// MediumScanner::resolve, with the path built in path (reused from record to record); the entry
// found, if any.
const MediumEntry* resolveInto(const Medium& medium, const DirectoryRecord& record,
                               FileReference& ref, QString& path) {
    path.resize(0);
    for (const QStringView part : record.fileIdParts()) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".") ||
            part.contains(QLatin1Char('/')) || part.contains(QLatin1Char(':'))) {
            ref.status = FileReference::Status::LeavesMedium;
            return nullptr;
        }
        if (!path.isEmpty())
            path += QLatin1Char('/');
        path += part;
    }
    const MediumEntry* entry = medium.find(path);
    if (!entry || entry->type != MediumEntry::Type::File) {
        ref.status = FileReference::Status::Missing;
        return nullptr;
    }
    ref.status = FileReference::Status::Found;
    ref.path = entry->path;
    return entry;
}

} // namespace

FileReference MediumScanner::resolve(const Medium& medium, const DirectoryRecord& record,
                                     int recordIndex) {
    FileReference ref;
    ref.recordIndex = recordIndex;
    QString path;
    resolveInto(medium, record, ref, path);
    return ref;
}

MediumInventory MediumScanner::scan(const Medium& medium, const Options& options) {
    initDcmtk();
    MediumInventory inv;
    inv.location = medium.location();
    inv.kind = medium.kind();
    inv.volumeId = medium.volumeId();
    inv.namesKeepCase = medium.namesKeepCase();
    if (inv.namesKeepCase && looksLowerCased(medium.entries())) {
        inv.namesLowerCased = true;
        inv.namesKeepCase = false;
    }
    inv.entries = medium.entries();
    inv.listingProblems = medium.listingProblems();
    if (const auto* iso = dynamic_cast<const IsoMedium*>(&medium))
        inv.bootable = iso->isBootable();
    if (const auto* zip = dynamic_cast<const ZipMedium*>(&medium))
        inv.strippedTopFolder = zip->strippedTopFolder();

    // Files in path order, whatever order the medium lists them in, so reports are stable.
    QVector<const MediumEntry*> fileEntries;
    for (const MediumEntry& e : std::as_const(inv.entries)) {
        if (e.type == MediumEntry::Type::File)
            fileEntries.append(&e);
    }
    inv.files.reserve(fileEntries.size());
    inv.fileByPath.reserve(fileEntries.size());
    sortByPath(fileEntries);
    // The file of each listed entry (-1: none), for the references the medium resolves to its
    // own entries (inv.entries shares them).
    const MediumEntry* const listed = inv.entries.constData();
    const bool sameEntries = listed == medium.entries().constData();
    QVector<int> fileOfEntry(sameEntries ? inv.entries.size() : 0, -1);
    for (const MediumEntry* entry : std::as_const(fileEntries)) {
        const MediumEntry& e = *entry;
        if (sameEntries)
            fileOfEntry[entry - listed] = inv.files.size();
        ScannedFile f;
        f.path = e.path;
        f.size = e.size;
        if (e.unreadable) {
            f.kind = ScannedFile::Kind::Unreadable;
            f.error = e.note;
        }
        inv.fileByPath.insert(f.path, inv.files.size());
        inv.files.append(std::move(f));
    }

    // The DICOMDIR in the root, whatever letter case the medium shows.
    for (const MediumEntry& e : std::as_const(inv.entries)) {
        if (e.type == MediumEntry::Type::File && !e.path.contains(QLatin1Char('/')) &&
            e.path.compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0) {
            inv.dicomdirPath = e.path;
            break;
        }
    }
    if (!inv.dicomdirPath.isEmpty()) {
        ScannedFile& f = inv.files[inv.fileByPath.value(inv.dicomdirPath)];
        f.kind = ScannedFile::Kind::Dicomdir;
        std::shared_ptr<MediumFile> file(medium.open(inv.dicomdirPath).release());
        if (!file) {
            inv.dicomdirError = MediumScanner::tr("the DICOMDIR cannot be opened");
        } else {
            DicomdirReader::Result r = options.early ? options.early->read(file, inv.dicomdirPath)
                                                     : DicomdirReader::read(file, inv.dicomdirPath);
            if (r.ok)
                inv.dicomdir = std::move(r.directory);
            else
                inv.dicomdirError = r.error;
        }
    }
    if (inv.dicomdir) {
        const QVector<DirectoryRecord>& records = inv.dicomdir->records;
        inv.references.reserve(records.size());
        QString path;
        for (int i = 0; i < records.size(); ++i) {
            if (!records.at(i).inUse || !records.at(i).hasFileId)
                continue;
            FileReference ref;
            ref.recordIndex = i;
            if (const MediumEntry* entry = resolveInto(medium, records.at(i), ref, path)) {
                const int file =
                    sameEntries ? fileOfEntry.at(entry - listed) : inv.fileByPath.value(ref.path);
                ScannedFile& f = inv.files[file];
                if (f.recordIndex < 0)
                    f.recordIndex = i;
            }
            inv.references.append(std::move(ref));
        }
    }

    inv.quick = options.quick && inv.dicomdir.has_value();
    if (inv.quick) {
        // Listed files are taken on the DICOMDIR's word once it has shown itself reliable;
        // otherwise the quick check becomes the full one.
        inv.quickFallback = QuickCheckBasis::establish(medium, inv);
        if (inv.quickFallback.isEmpty()) {
            for (ScannedFile& f : inv.files) {
                if (f.kind != ScannedFile::Kind::NotOpened || f.program)
                    continue;
                // Only a name with an extension can be a program's (most File IDs have none).
                const qsizetype slash = f.path.lastIndexOf(QLatin1Char('/'));
                if (f.path.indexOf(QLatin1Char('.'), slash + 1) >= 0)
                    f.program = ContentSniffer::isProgramName(f.path.sliced(slash + 1));
            }
            // The records keep the strings the DICOMDIR reader shared among them: sharing them
            // with objects' text is for the objects a full check reads.
            return inv;
        }
        inv.quick = false;
    }

    RepeatedText repeated;
    if (inv.dicomdir)
        repeated.share(*inv.dicomdir);

    QVector<int> todo;
    for (int i = 0; i < inv.files.size(); ++i) {
        if (inv.files.at(i).kind == ScannedFile::Kind::NotOpened &&
            !(options.known && options.known(inv.files[i])))
            todo.append(i);
    }
    const int threads = options.threads > 0 ? options.threads
                        : isOptical(medium) ? 1
                                            : QThread::idealThreadCount();
    std::atomic<int> done{0};
    const int total = todo.size();
    const QString step = tr("reading the medium");
    const Result<void> started = WorkerThreads::forEach(total, threads, [&](int n) {
        if (options.progress.cancelled())
            return;
        ScannedFile& f = inv.files[todo.at(n)];
        read(medium, f, options.directoryKeys);
        repeated.share(f, inv.dicomdir ? &*inv.dicomdir : nullptr);
        options.progress(step, ++done, total);
    });
    if (!started)
        inv.readError = started.error().message;
    return inv;
}

} // namespace pdi

#include "MediumScanner.h"

#include "ContentSniffer.h"
#include "QuickCheckBasis.h"
#include "RepeatedText.h"
#include "dicom/Dcmtk.h"
#include "dicom/DicomSummaryReader.h"
#include "job/WorkerThreads.h"
#include "medium/IsoMedium.h"
#include "medium/ZipMedium.h"

#include <QCoreApplication>
#include <QThread>

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

bool isOptical(const Medium& medium) {
    return medium.kind() == MediumKind::Iso || !medium.namesKeepCase();
}

} // namespace

FileReference MediumScanner::resolve(const Medium& medium, const DirectoryRecord& record,
                                     int recordIndex) {
    FileReference ref;
    ref.recordIndex = recordIndex;
    for (const QString& part : record.fileIdParts) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".") ||
            part.contains(QLatin1Char('/')) || part.contains(QLatin1Char(':'))) {
            ref.status = FileReference::Status::LeavesMedium;
            return ref;
        }
    }
    const MediumEntry* entry = medium.find(record.fileIdParts.join(QLatin1Char('/')));
    if (!entry || entry->type != MediumEntry::Type::File) {
        ref.status = FileReference::Status::Missing;
        return ref;
    }
    ref.status = FileReference::Status::Found;
    ref.path = entry->path;
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
    std::sort(fileEntries.begin(), fileEntries.end(),
              [](const MediumEntry* a, const MediumEntry* b) { return a->path < b->path; });
    for (const MediumEntry* entry : std::as_const(fileEntries)) {
        const MediumEntry& e = *entry;
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
            DicomdirReader::Result r = DicomdirReader::read(file, inv.dicomdirPath);
            if (r.ok)
                inv.dicomdir = std::move(r.directory);
            else
                inv.dicomdirError = r.error;
        }
    }
    if (inv.dicomdir) {
        const QVector<DirectoryRecord>& records = inv.dicomdir->records;
        for (int i = 0; i < records.size(); ++i) {
            if (!records.at(i).inUse || records.at(i).fileIdParts.isEmpty())
                continue;
            FileReference ref = resolve(medium, records.at(i), i);
            if (ref.status == FileReference::Status::Found) {
                ScannedFile& f = inv.files[inv.fileByPath.value(ref.path)];
                if (f.recordIndex < 0)
                    f.recordIndex = i;
            }
            inv.references.append(ref);
        }
    }

    RepeatedText repeated;
    if (inv.dicomdir)
        repeated.share(*inv.dicomdir);

    inv.quick = options.quick && inv.dicomdir.has_value();
    if (inv.quick) {
        // Listed files are taken on the DICOMDIR's word once it has shown itself reliable;
        // otherwise the quick check becomes the full one.
        inv.quickFallback = QuickCheckBasis::establish(medium, inv);
        if (inv.quickFallback.isEmpty()) {
            for (ScannedFile& f : inv.files) {
                if (f.kind == ScannedFile::Kind::NotOpened && !f.program)
                    f.program = ContentSniffer::isProgramName(f.path.section(QLatin1Char('/'), -1));
            }
            return inv;
        }
        inv.quick = false;
    }

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

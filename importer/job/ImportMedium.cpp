#include "ImportMedium.h"

#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"
#include "dicom/DicomStructureWalk.h"
#include "dicom/MediumInputStream.h"
#include "report/MediumChecker.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <dcmtk/dcmdata/dcfilefo.h>

namespace pdi {

Result<ImportMedium> ImportMedium::open(const QString& location, const CheckSettings& settings,
                                        const JobProgress& progress) {
    initDcmtk();
    MediumChecker::Options options;
    options.settings = settings;
    options.progress = progress;
    Result<CheckedMedium> checked = MediumChecker::check(location, options);
    if (!checked)
        return checked.error();
    ImportMedium m;
    m.medium = std::move(checked->medium);
    m.checked = std::make_shared<const CheckReport>(std::move(checked->report));

    QStringList uids;
    uids.reserve(m.report().contents.instances.size());
    for (const MediumInstance& i : std::as_const(m.report().contents.instances))
        uids << i.own().sopInstanceUid;
    uids.sort();
    m.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(uids.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    const QString volume = m.medium->volumeId().trimmed();
    const QString fileSet = m.report().fileSetId();
    m.identifier = !volume.isEmpty()    ? volume
                   : !fileSet.isEmpty() ? fileSet
                                        : QStringLiteral("sha256:") + m.contentHash.left(16);
    switch (m.medium->kind()) {
    case MediumKind::Iso: {
        const QFileInfo info(location);
        m.mediaType = info.isFile() ? MediaType::File : MediaType::Cd;
        break;
    }
    case MediumKind::Zip:
        m.mediaType = MediaType::File;
        break;
    case MediumKind::Folder:
        m.mediaType = MediaType::Other;
        break;
    }
    return m;
}

Result<std::unique_ptr<DcmFileFormat>>
ImportMedium::load(const QString& path, std::shared_ptr<MediumFile>* source) const {
    std::unique_ptr<MediumFile> file = medium->open(path);
    if (!file)
        return Error::invalid(tr("%1 cannot be opened on the medium.").arg(path));
    std::shared_ptr<MediumFile> shared(std::move(file));
    // The check walked every file already; the medium may have changed since, and DCMTK must
    // never see a file nested deeper than the walk allows.
    if (const DicomStructureWalk::Result walk = DicomStructureWalk::walk(*shared); !walk.intact())
        return Error::invalid(tr("%1 is damaged: %2").arg(path, walk.problem));
    // Values longer than DCM_MaxReadLength (the pixel data above all) are not read now: each
    // keeps a reader over the open file and DCMTK reads it in chunks when the object is written
    // or sent, so an object of any size takes the memory of its header. The reader holds the
    // descriptor opened above, never the name: a medium that swaps the file meanwhile is not
    // read again, and one that cuts it short ends the writing with an error.
    MediumInputStream stream(shared);
    auto ff = std::make_unique<DcmFileFormat>();
    ff->transferInit();
    const OFCondition c = guardedParse(
        [&] { return ff->read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength); });
    ff->transferEnd();
    if (c.bad())
        return Error::invalid(
            tr("%1 cannot be read as DICOM: %2").arg(path, DcmtkCondition::describe(c)));
    if (source)
        *source = shared;
    return ff;
}

void ImportMedium::keepOnlyWhatSendingReads() {
    if (!checked)
        return;
    CheckReport slim = *checked; // implicitly shared: nothing is copied yet
    MediumInventory& inv = slim.inventory;
    QVector<ScannedFile> kept;
    for (const ScannedFile& f : std::as_const(inv.files)) {
        const bool object =
            inv.isDicomKind(f) || (f.kind == ScannedFile::Kind::NotOpened && f.recordIndex >= 0);
        if (!object || f.program)
            kept << f;
    }
    inv.files = kept;
    inv.fileByPath.clear();
    for (int i = 0; i < inv.files.size(); ++i)
        inv.fileByPath.insert(inv.files.at(i).path, i);
    inv.entries = {};
    inv.references = {};
    if (inv.dicomdir)
        inv.dicomdir->records = {};
    slim.contents.instances = {};
    for (PatientContents& p : slim.contents.patients) {
        for (StudyContents& st : p.studies) {
            for (SeriesContents& se : st.series)
                se.instanceIndexes = {}; // they pointed into the instances let go
        }
    }
    std::shared_ptr<const CheckReport> whole =
        std::exchange(checked, std::make_shared<const CheckReport>(std::move(slim)));
    const bool last = whole.use_count() == 1;
    whole.reset();
#ifdef __GLIBC__
    // The check's small strings lie between what stays; the allocator gives whole free pages
    // in between back only when asked.
    if (last)
        malloc_trim(0);
#else
    Q_UNUSED(last);
#endif
}

QStringList ImportMedium::hazardousFiles() const {
    QStringList files;
    for (const ScannedFile& f : report().inventory.files) {
        const QString name = f.path.section(QLatin1Char('/'), -1);
        if (f.program || name.compare(QLatin1String("AUTORUN.INF"), Qt::CaseInsensitive) == 0)
            files << f.path;
    }
    return files;
}

} // namespace pdi

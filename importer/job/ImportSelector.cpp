#include "ImportSelector.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace pdi {

namespace {

// The plan's own copy of what is unique to an object. The check's copy lies among the object's
// summary and everything else read with it; once the check is let go before sending
// (ImportMedium::keepOnlyWhatSendingReads), a string kept from there would keep its whole page
// of memory from being given back, one page every few objects.
QString own(const QString& unique) {
    return unique.isNull() ? QString() : QString(unique.constData(), unique.size());
}

} // namespace

ImportSelection ImportSelector::select(const ImportMedium& medium, int patientIndex,
                                       const QStringList& studyUids,
                                       const QStringList& seriesUids) {
    ImportSelection out;
    const QVector<PatientContents>& patients = medium.report().contents.patients;
    const QSet<QString> studies(studyUids.cbegin(), studyUids.cend());
    const QSet<QString> series(seriesUids.cbegin(), seriesUids.cend());
    QSet<int> mine;
    if (patientIndex >= 0 && patientIndex < patients.size()) {
        for (const StudyContents& st : patients.at(patientIndex).studies) {
            for (const SeriesContents& se : st.series) {
                for (int i : se.instanceIndexes)
                    mine.insert(i);
            }
        }
    }
    const MediumInventory& inventory = medium.report().inventory;
    QHash<QString, QString> seenUids;
    const QVector<MediumInstance>& all = medium.report().contents.instances;
    out.instances.reserve(mine.size()); // the plan keeps it while sending: no room to grow
    for (int i = 0; i < all.size(); ++i) {
        const MediumInstance& inst = all.at(i);
        // Patient, study and series from the shared summary, the object's UIDs from its own
        // fields: no whole summary made per object.
        const DicomSummary& s = inst.shared();
        const InstanceFields& object = inst.own();
        LeftOutFile left{inst.path, own(object.sopInstanceUid), QString(),
                         LeftOutFile::Kind::Unusable};
        const ScannedFile* file = inventory.file(inst.path);
        if (!mine.contains(i)) {
            left.reason = tr("belongs to another patient on the medium (%1)")
                              .arg(s.patientId.isEmpty() ? tr("no Patient ID") : s.patientId);
            left.kind = LeftOutFile::Kind::OtherPatient;
        } else if (!studies.isEmpty() && !studies.contains(s.studyUid)) {
            left.reason = tr("study not chosen for import");
            left.kind = LeftOutFile::Kind::NotChosen;
        } else if (!series.isEmpty() && !series.contains(s.seriesUid)) {
            left.reason = tr("series not chosen for import");
            left.kind = LeftOutFile::Kind::NotChosen;
        } else if (file && file->kind == ScannedFile::Kind::Damaged) {
            left.reason = tr("damaged DICOM file: %1").arg(file->error);
        } else if (object.sopInstanceUid.isEmpty() || object.sopClassUid.isEmpty()) {
            left.reason = tr("no SOP Class or SOP Instance UID");
        } else if (seenUids.contains(object.sopInstanceUid)) {
            left.reason =
                tr("same SOP Instance UID as %1").arg(seenUids.value(object.sopInstanceUid));
        } else if (inst.fromDicomdir) {
            left.reason = tr("known only from the DICOMDIR, not read");
        } else {
            seenUids.insert(object.sopInstanceUid, inst.path);
            out.instances << ImportObject{inst.path,           object.sopClassUid,
                                          left.sopInstanceUid, object.transferSyntaxUid,
                                          s.studyUid,          s.seriesUid};
            continue;
        }
        out.leftOut << left;
    }
    addOtherFiles(inventory, out);
    return out;
}

void ImportSelector::addOtherFiles(const MediumInventory& inventory, ImportSelection& out) {
    for (const ScannedFile& f : inventory.files) {
        if (f.kind == ScannedFile::Kind::NonDicom) {
            const bool autorun =
                f.path.section(QLatin1Char('/'), -1)
                    .compare(QLatin1String("AUTORUN.INF"), Qt::CaseInsensitive) == 0;
            QString reason;
            if (autorun)
                reason = tr("an autorun file, never followed and never imported");
            else if (f.program)
                reason =
                    tr("not DICOM: %1; a program, never run and never imported").arg(f.contentType);
            else
                reason = tr("not DICOM: %1; only DICOM goes to the PACS")
                             .arg(f.contentType.isEmpty() ? tr("unknown content") : f.contentType);
            out.leftOut << LeftOutFile{f.path, QString(), reason,
                                       f.program || autorun ? LeftOutFile::Kind::Program
                                                            : LeftOutFile::Kind::NotDicom};
        } else if (f.kind == ScannedFile::Kind::Unreadable) {
            out.leftOut << LeftOutFile{f.path, QString(),
                                       tr("cannot be read from the medium: %1").arg(f.error),
                                       LeftOutFile::Kind::Unusable};
        }
    }
    for (const ListingProblem& p : inventory.listingProblems)
        out.leftOut << LeftOutFile{p.path, QString(), p.detail, LeftOutFile::Kind::Unusable};
}

QString ImportSelector::nothingUsable(const ImportSelection& selection) {
    if (!selection.instances.isEmpty())
        return QString();
    QStringList unusable;
    for (const LeftOutFile& f : selection.leftOut) {
        if (f.kind == LeftOutFile::Kind::NotChosen)
            return QString(); // a person's choice left the rest out, not the files' state
        if (f.kind == LeftOutFile::Kind::Unusable)
            unusable << QStringLiteral("%1 (%2)").arg(f.path, f.reason);
    }
    if (unusable.isEmpty())
        return QString();
    const int shown = 5;
    QString list = unusable.mid(0, shown).join(QLatin1String("; "));
    if (unusable.size() > shown)
        list += QLatin1String("; ") + tr("and %n more", nullptr, int(unusable.size()) - shown);
    return tr("None of the objects can be imported: %n file(s) cannot be used as they are: %1. "
              "Importing again will not change that; ask the sender for a new copy of these "
              "images.",
              nullptr, int(unusable.size()))
        .arg(list);
}

QJsonArray ImportSelector::toJson(const QVector<LeftOutFile>& files) {
    QJsonArray a;
    for (const LeftOutFile& f : files)
        a.append(QJsonObject{{QStringLiteral("path"), f.path},
                             {QStringLiteral("sopInstanceUid"), f.sopInstanceUid},
                             {QStringLiteral("reason"), f.reason}});
    return a;
}

} // namespace pdi

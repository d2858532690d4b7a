#include "QuickCheckBasis.h"

#include "ContentSniffer.h"
#include "MediumScanner.h"
#include "dicom/DicomSummaryReader.h"
#include "dicomdir/RecordMatch.h"
#include "medium/Medium.h"

#include <QMap>
#include <QVarLengthArray>
#include <QVector>

namespace pdi {

namespace {

// The PATIENT record above each record or -1 (RecordMatch::patientOf of every record), with every
// record's type looked at once instead of once for each record below it.
QVector<int> patientOfEach(const DicomDirectory& dir) {
    constexpr int kUnknown = -2;
    QVector<int> patient(dir.records.size(), kUnknown);
    QVarLengthArray<int, 8> below;
    for (int i = 0; i < dir.records.size(); ++i) {
        below.clear();
        int p = i;
        while (p >= 0 && patient.at(p) == kUnknown) {
            if (dir.records.at(p).level() == 1) {
                patient[p] = p;
                break;
            }
            below.append(p);
            p = dir.records.at(p).parent;
        }
        const int found = p < 0 ? -1 : patient.at(p);
        for (int record : below)
            patient[record] = found;
    }
    return patient;
}

// Why the DICOMDIR's own structure cannot be taken on its word, without reading any object.
QStringList structuralReasons(const MediumInventory& inv, const QVector<int>& patientOf) {
    const DicomDirectory& dir = *inv.dicomdir;
    QStringList reasons;
    if (!dir.offsetsValid)
        reasons << QuickCheckBasis::tr("the links between its records are broken");
    int missing = 0;
    for (const FileReference& ref : inv.references) {
        if (ref.status != FileReference::Status::Found)
            ++missing;
    }
    if (missing > 0)
        reasons << QuickCheckBasis::tr("it lists %n file(s) that are not on the medium", "",
                                       missing);
    int orphans = 0;
    bool undeclared = false;
    for (int i = 0; i < dir.records.size(); ++i) {
        const DirectoryRecord& r = dir.records.at(i);
        if (!r.inUse)
            continue;
        undeclared = undeclared || r.undeclaredText;
        if (r.hasFileId && patientOf.at(i) < 0 && r.level() == 4)
            ++orphans;
    }
    if (orphans > 0)
        reasons << QuickCheckBasis::tr("%n listed object(s) have no PATIENT record above them", "",
                                       orphans);
    if (!dir.invalidCharacterSets.isEmpty())
        reasons << QuickCheckBasis::tr("its Specific Character Set \"%1\" is not valid")
                       .arg(dir.invalidCharacterSets.join(QLatin1String("\\")));
    if (undeclared)
        reasons << QuickCheckBasis::tr(
            "its records hold names in a character set the DICOMDIR does not declare");
    return reasons;
}

} // namespace

void QuickCheckBasis::sniff(const Medium& medium, ScannedFile& f) {
    const QString name = f.path.section(QLatin1Char('/'), -1);
    f.program = ContentSniffer::isProgramName(name);
    std::unique_ptr<MediumFile> file = medium.open(f.path);
    if (!file)
        return;
    const QByteArray head = file->head(512);
    if (DicomSummaryReader::looksLikeDicom(head)) {
        f.looksDicom = true; // DICOM the DICOMDIR does not reference: the rules say so
        return;
    }
    const ContentSniffer::Verdict v = ContentSniffer::sniff(head, name);
    f.kind = ScannedFile::Kind::NonDicom;
    f.contentType = v.contentType;
    f.program = v.program;
}

QStringList QuickCheckBasis::establish(const Medium& medium, MediumInventory& inv) {
    const DicomDirectory& dir = *inv.dicomdir;
    const QVector<int> patientOf = patientOfEach(dir);
    QStringList reasons = structuralReasons(inv, patientOf);
    if (!reasons.isEmpty())
        return reasons;

    // Every file the DICOMDIR does not list: programs must show, and stray DICOM means the
    // DICOMDIR does not describe the medium.
    int unlisted = 0;
    QVector<int> fileOfRecord(dir.records.size(), -1);
    for (int i = 0; i < inv.files.size(); ++i) {
        ScannedFile& f = inv.files[i];
        if (f.recordIndex >= 0) {
            fileOfRecord[f.recordIndex] = i;
            continue;
        }
        if (f.kind != ScannedFile::Kind::NotOpened)
            continue;
        sniff(medium, f);
        if (f.looksDicom)
            ++unlisted;
    }
    if (unlisted > 0)
        return {tr("%n DICOM file(s) on the medium are not listed in it", "", unlisted)};

    // One object per PATIENT record: the first one listed below it.
    QMap<int, int> sampled; // patient record -> instance record, in record order
    for (int i = 0; i < dir.records.size(); ++i) {
        if (fileOfRecord.at(i) < 0 || !dir.records.at(i).inUse)
            continue;
        const int patient = patientOf.at(i);
        if (patient >= 0 && !sampled.contains(patient))
            sampled.insert(patient, i);
    }
    for (auto it = sampled.cbegin(); it != sampled.cend(); ++it) {
        ScannedFile& f = inv.files[fileOfRecord.at(it.value())];
        MediumScanner::read(medium, f);
        if (f.kind != ScannedFile::Kind::Dicom) {
            reasons << tr("the listed object %1 is damaged or not DICOM").arg(f.path);
            continue;
        }
        for (const KeyDisagreement& d : RecordMatch::compare(dir, it.value(), f.summary)) {
            reasons << tr("its records say %1 %2 where the object %3 says %4")
                           .arg(d.attribute, RecordMatch::quoted(d.recordValue), f.path,
                                RecordMatch::quoted(d.objectValue));
        }
    }
    return reasons;
}

} // namespace pdi

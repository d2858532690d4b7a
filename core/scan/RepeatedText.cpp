#include "RepeatedText.h"

namespace pdi {

void RepeatedText::share(QString& s) {
    if (s.isEmpty())
        return;
    auto it = strings_.constFind(s);
    if (it == strings_.constEnd())
        strings_.insert(s);
    else
        s = *it;
}

// A whole list repeats too (Image Type "ORIGINAL\PRIMARY\AXIAL", a File ID's folders): one list
// for all.
void RepeatedText::share(QStringList& list) {
    if (list.isEmpty())
        return;
    if (auto it = lists_.constFind(list); it != lists_.constEnd()) {
        list = *it;
        return;
    }
    for (QString& v : list)
        share(v);
    lists_.insert(list);
}

void RepeatedText::share(DicomDirectory& dir) {
    const QMutexLocker locker(&lock_);
    for (DirectoryRecord& r : dir.records) {
        share(r.type);
        share(r.refSopClassUid);
        share(r.refTransferSyntaxUid);
        for (auto& key : r.keys)
            share(key.second);
    }
}

void RepeatedText::share(ScannedFile& f, DicomDirectory* dir) {
    const QMutexLocker locker(&lock_);
    share(f.contentType);
    if (f.summary.isNull())
        return;
    DicomSummary& d = f.summary.edit();
    for (QString* s : {&d.transferSyntaxUid,  &d.metaSopClassUid,
                       &d.sopClassUid,        &d.specificCharacterSet,
                       &d.characterSetReadAs, &d.patientId,
                       &d.issuerOfPatientId,  &d.patientName,
                       &d.birthDate,          &d.sex,
                       &d.studyUid,           &d.studyDate,
                       &d.studyTime,          &d.studyId,
                       &d.accessionNumber,    &d.studyDescription,
                       &d.seriesUid,          &d.modality,
                       &d.seriesNumber,       &d.seriesDescription,
                       &d.instanceNumber,     &d.institutionName,
                       &d.manufacturer,       &d.modelName,
                       &d.softwareVersions,   &d.lossyImageCompression})
        share(*s);
    share(d.imageType);
    // What is unique to an object is its instance UID; the file meta information and the
    // DICOMDIR record name it again, equal as a rule: one string for the three.
    if (d.metaSopInstanceUid == d.sopInstanceUid)
        d.metaSopInstanceUid = d.sopInstanceUid;
    if (dir && f.recordIndex >= 0 && f.recordIndex < dir->records.size()) {
        DirectoryRecord& record = dir->records[f.recordIndex];
        if (record.refSopInstanceUid == d.sopInstanceUid)
            record.refSopInstanceUid = d.sopInstanceUid;
    }
}

} // namespace pdi

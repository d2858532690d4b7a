#include "MediumContents.h"

#include "AiDetector.h"
#include "dicom/TransferSyntax.h"
#include "dicomdir/RecordMatch.h"

#include <QHash>

#include <cmath>

namespace pdi {

namespace {

// The part of a summary the records above an instance give (series, study, patient): the same
// for every instance of a series, so a quick check makes it once per series record.
DicomSummary summaryFromParents(const DicomDirectory& dir, int parent) {
    DicomSummary s;
    for (int p = parent; p >= 0; p = dir.records.at(p).parent) {
        const DirectoryRecord& r = dir.records.at(p);
        switch (r.level()) {
        case 3:
            s.seriesUid = r.value(tagKey(0x0020, 0x000E));
            s.modality = r.value(tagKey(0x0008, 0x0060));
            s.seriesNumber = r.value(tagKey(0x0020, 0x0011));
            s.seriesDescription = r.value(tagKey(0x0008, 0x103E));
            s.manufacturer = r.value(tagKey(0x0008, 0x0070));
            s.modelName = r.value(tagKey(0x0008, 0x1090));
            s.institutionName = r.value(tagKey(0x0008, 0x0080));
            break;
        case 2:
            s.studyUid = r.value(tagKey(0x0020, 0x000D));
            s.studyDate = r.value(tagKey(0x0008, 0x0020));
            s.studyTime = r.value(tagKey(0x0008, 0x0030));
            s.studyId = r.value(tagKey(0x0020, 0x0010));
            s.accessionNumber = r.value(tagKey(0x0008, 0x0050));
            s.studyDescription = r.value(tagKey(0x0008, 0x1030));
            break;
        case 1:
            s.patientId = r.value(tagKey(0x0010, 0x0020));
            s.issuerOfPatientId = r.value(tagKey(0x0010, 0x0021));
            s.patientName = r.value(tagKey(0x0010, 0x0010));
            s.birthDate = r.value(tagKey(0x0010, 0x0030));
            s.sex = r.value(tagKey(0x0010, 0x0040));
            break;
        default:
            break;
        }
    }
    return s;
}

// What the instance record itself gives. Records of a series mostly repeat their Image Type:
// its values are split once (lastImageType, lastImageTypeValues) and shared.
void addLeafRecord(const DirectoryRecord& leaf, DicomSummary& s, QString& lastImageType,
                   QStringList& lastImageTypeValues) {
    s.sopClassUid = leaf.refSopClassUid;
    s.sopInstanceUid = leaf.refSopInstanceUid;
    s.transferSyntaxUid = leaf.refTransferSyntaxUid;
    s.instanceNumber = leaf.value(tagKey(0x0020, 0x0013));
    const QString imageType = leaf.value(tagKey(0x0008, 0x0008));
    if (imageType != lastImageType) {
        lastImageType = imageType;
        lastImageTypeValues = imageType.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    }
    s.imageType = lastImageTypeValues;
    bool ok = false;
    const double thickness = leaf.value(tagKey(0x0018, 0x0050)).toDouble(&ok);
    if (ok)
        s.sliceThickness = thickness;
    const int frames = leaf.value(tagKey(0x0028, 0x0008)).toInt(&ok);
    if (ok && frames > 0)
        s.numberOfFrames = frames;
}

// The study or series with this UID (UIDs are unique in the list), the last one tried first.
template <typename T> T* findByUid(QVector<T>& list, const QString& uid) {
    if (!list.isEmpty() && list.last().uid == uid)
        return &list.last();
    for (T& item : list) {
        if (item.uid == uid)
            return &item;
    }
    return nullptr;
}

void addUnique(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

int PatientContents::instanceCount() const {
    int n = 0;
    for (const StudyContents& study : studies) {
        for (const SeriesContents& series : study.series)
            n += series.instances;
    }
    return n;
}

bool SeriesContents::isThinSlice(const CheckSettings& settings) const {
    return thinnestSlice > 0 && thinnestSlice <= settings.bulkSliceThickness && frames > 1;
}

bool SeriesContents::isBulk(const CheckSettings& settings) const {
    return isThinSlice(settings) || frames >= settings.bulkInstanceCount;
}

bool SeriesContents::isVideo(const QVector<MediumInstance>& all) const {
    for (int i : instanceIndexes) {
        if (TransferSyntax::fromUid(all.at(i).summary->transferSyntaxUid).isVideo())
            return true;
    }
    return false;
}

MediumContents MediumContents::build(const MediumInventory& inv, const CheckSettings& settings) {
    // A quick check read one object per PATIENT record and found it to agree with the record;
    // the patient's identity is then the object's, which also fills what the record leaves out
    // (birth date, sex, issuer), so that no instance differs from its sibling only by that.
    QHash<int, const DicomSummary*> patientObject;
    if (inv.quick && inv.dicomdir) {
        for (const ScannedFile& f : inv.files) {
            const int patient = f.kind == ScannedFile::Kind::Dicom && f.recordIndex >= 0
                                    ? RecordMatch::patientOf(*inv.dicomdir, f.recordIndex)
                                    : -1;
            if (patient >= 0 && !patientObject.contains(patient))
                patientObject.insert(patient, &f.summary.get());
        }
    }
    QHash<int, DicomSummary> fromParents; // quick check: by the instance record's parent
    int lastKey = 0;
    const DicomSummary* lastAbove = nullptr; // fromParents' entry for lastKey (files of a series
                                             // come one after the other)
    QString lastImageType;
    QStringList lastImageTypeValues;
    QVector<MediumInstance> instances;
    instances.reserve(inv.files.size()); // growing by doubling would double the peak on big media
    for (const ScannedFile& f : inv.files) {
        if (inv.isDicomKind(f)) {
            instances.append({f.path, f.size, f.summary, false});
        } else if (f.kind == ScannedFile::Kind::NotOpened && f.recordIndex >= 0 && inv.dicomdir) {
            const DicomDirectory& dir = *inv.dicomdir;
            const DirectoryRecord& leaf = dir.records.at(f.recordIndex);
            // A record that is its own patient (no instance record is) has no shared part.
            const int key = leaf.level() == 1 ? -2 - f.recordIndex : leaf.parent;
            if (!lastAbove || key != lastKey) {
                auto above = fromParents.constFind(key);
                if (above == fromParents.constEnd()) {
                    DicomSummary s = summaryFromParents(dir, leaf.parent);
                    if (const DicomSummary* object =
                            patientObject.value(RecordMatch::patientOf(dir, f.recordIndex))) {
                        s.patientId = object->patientId;
                        s.issuerOfPatientId = object->issuerOfPatientId;
                        s.patientName = object->patientName;
                        s.birthDate = object->birthDate;
                        s.sex = object->sex;
                    }
                    above = fromParents.insert(key, std::move(s));
                }
                lastKey = key;
                lastAbove = &*above;
            }
            // Copied once into the instance's own summary (about 1 KB; constructed as a copy, not
            // made empty and then assigned to), which then takes the instance record's fields.
            MediumInstance instance{f.path, f.size, SharedSummary(*lastAbove), true};
            addLeafRecord(leaf, instance.summary.edit(), lastImageType, lastImageTypeValues);
            instances.append(std::move(instance));
        }
    }
    return fromInstances(std::move(instances), settings);
}

MediumContents MediumContents::fromInstances(QVector<MediumInstance> instances,
                                             const CheckSettings& settings) {
    MediumContents contents;
    contents.instances = std::move(instances);

    const AiDetector detector(settings);
    QHash<QString, int> patientIndex;
    // Instances come in path order, mostly a series after another: the patient, study, series
    // and transfer syntax of the one before are tried first.
    int lastPatient = -1;
    QString lastSyntax;
    bool lastSyntaxLossy = false;
    for (int i = 0; i < contents.instances.size(); ++i) {
        const MediumInstance& inst = contents.instances.at(i);
        const DicomSummary& s = inst.summary;
        if (lastPatient < 0 || contents.patients.at(lastPatient).id != s.patientId ||
            contents.patients.at(lastPatient).issuer != s.issuerOfPatientId) {
            const QString patientKey = s.patientId + QChar(0) + s.issuerOfPatientId;
            auto pit = patientIndex.constFind(patientKey);
            if (pit == patientIndex.constEnd()) {
                PatientContents p;
                p.id = s.patientId;
                p.issuer = s.issuerOfPatientId;
                p.name = s.patientName;
                p.birthDate = s.birthDate;
                p.sex = s.sex;
                pit = patientIndex.insert(patientKey, contents.patients.size());
                contents.patients.append(p);
            }
            lastPatient = *pit;
        }
        PatientContents& patient = contents.patients[lastPatient];
        if (s.patientName != patient.name)
            addUnique(patient.otherNames, s.patientName);
        if (s.birthDate != patient.birthDate)
            addUnique(patient.otherBirthDates, s.birthDate);
        if (s.sex != patient.sex)
            addUnique(patient.otherSexes, s.sex);
        addUnique(patient.institutions, s.institutionName);

        StudyContents* study = findByUid(patient.studies, s.studyUid);
        if (!study) {
            StudyContents st;
            st.uid = s.studyUid;
            st.date = s.studyDate;
            st.time = s.studyTime;
            st.id = s.studyId;
            st.accessionNumber = s.accessionNumber;
            st.description = s.studyDescription;
            patient.studies.append(st);
            study = &patient.studies.last();
        }
        addUnique(study->modalities, s.modality);

        SeriesContents* series = findByUid(study->series, s.seriesUid);
        if (!series) {
            SeriesContents se;
            se.uid = s.seriesUid;
            se.modality = s.modality;
            se.number = s.seriesNumber;
            se.description = s.seriesDescription;
            study->series.append(se);
            series = &study->series.last();
        }
        series->instances += 1;
        series->frames += qMax(1, s.numberOfFrames);
        series->bytes += inst.size;
        if (std::isfinite(s.sliceThickness) && s.sliceThickness > 0 &&
            (series->thinnestSlice == 0 || s.sliceThickness < series->thinnestSlice))
            series->thinnestSlice = s.sliceThickness;
        addUnique(series->transferSyntaxes, s.transferSyntaxUid);
        if (i == 0 || s.transferSyntaxUid != lastSyntax) {
            lastSyntax = s.transferSyntaxUid;
            lastSyntaxLossy = TransferSyntax::fromUid(lastSyntax).lossy;
        }
        if (s.lossyImageCompression == QLatin1String("01") || lastSyntaxLossy)
            series->lossy = true;
        for (const QString& reason : detector.reasons(s)) {
            series->aiDerived = true;
            addUnique(series->aiReasons, reason);
        }
        series->instanceIndexes.append(i);
    }

    // Reading order for people: studies by date, series by number.
    for (PatientContents& p : contents.patients) {
        std::sort(p.studies.begin(), p.studies.end(),
                  [](const StudyContents& a, const StudyContents& b) {
                      return a.date + a.time < b.date + b.time;
                  });
        for (StudyContents& st : p.studies) {
            std::stable_sort(st.series.begin(), st.series.end(),
                             [](const SeriesContents& a, const SeriesContents& b) {
                                 return a.number.toInt() < b.number.toInt();
                             });
        }
    }
    return contents;
}

} // namespace pdi

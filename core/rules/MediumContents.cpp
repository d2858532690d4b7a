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
InstanceFields leafFields(const DirectoryRecord& leaf, QString& lastImageType,
                          QStringList& lastImageTypeValues) {
    InstanceFields own;
    own.sopClassUid = leaf.refSopClassUid;
    own.sopInstanceUid = leaf.refSopInstanceUid;
    own.transferSyntaxUid = leaf.refTransferSyntaxUid;
    own.instanceNumber = leaf.value(tagKey(0x0020, 0x0013));
    const QString imageType = leaf.value(tagKey(0x0008, 0x0008));
    if (imageType != lastImageType) {
        lastImageType = imageType;
        lastImageTypeValues = imageType.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    }
    own.imageType = lastImageTypeValues;
    bool ok = false;
    const double thickness = leaf.value(tagKey(0x0018, 0x0050)).toDouble(&ok);
    if (ok)
        own.sliceThickness = thickness;
    const int frames = leaf.value(tagKey(0x0028, 0x0008)).toInt(&ok);
    if (ok && frames > 0)
        own.numberOfFrames = frames;
    return own;
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

// The patient, study and series of a summary in the contents, made when new. Instances come in
// path order, mostly a series after another: the patient of the one before is tried first.
class SeriesFinder {
public:
    explicit SeriesFinder(QVector<PatientContents>& patients)
        : patients_(patients) {}

    SeriesContents& seriesOf(const DicomSummary& s) {
        PatientContents& patient = patientOf(s);
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
        return *series;
    }

private:
    PatientContents& patientOf(const DicomSummary& s) {
        if (last_ < 0 || patients_.at(last_).id != s.patientId ||
            patients_.at(last_).issuer != s.issuerOfPatientId) {
            const QString key = s.patientId + QChar(0) + s.issuerOfPatientId;
            auto it = index_.constFind(key);
            if (it == index_.constEnd()) {
                PatientContents p;
                p.id = s.patientId;
                p.issuer = s.issuerOfPatientId;
                p.name = s.patientName;
                p.birthDate = s.birthDate;
                p.sex = s.sex;
                it = index_.insert(key, patients_.size());
                patients_.append(p);
            }
            last_ = *it;
        }
        return patients_[last_];
    }

    QVector<PatientContents>& patients_;
    QHash<QString, int> index_;
    int last_ = -1;
};

} // namespace

InstanceFields InstanceFields::of(const DicomSummary& s) {
    return {s.sopClassUid, s.sopInstanceUid, s.transferSyntaxUid, s.instanceNumber,
            s.imageType,   s.sliceThickness, s.numberOfFrames};
}

MediumInstance::MediumInstance(QString path, qint64 size, SharedSummary summary)
    : path(std::move(path))
    , size(size)
    , summary_(std::move(summary))
    , own_(InstanceFields::of(summary_)) {}

MediumInstance::MediumInstance(QString path, qint64 size, SharedSummary above, InstanceFields own)
    : path(std::move(path))
    , size(size)
    , fromDicomdir(true)
    , summary_(std::move(above))
    , own_(std::move(own)) {}

DicomSummary MediumInstance::summary() const {
    DicomSummary s = summary_;
    s.sopClassUid = own_.sopClassUid;
    s.sopInstanceUid = own_.sopInstanceUid;
    s.transferSyntaxUid = own_.transferSyntaxUid;
    s.instanceNumber = own_.instanceNumber;
    s.imageType = own_.imageType;
    s.sliceThickness = own_.sliceThickness;
    s.numberOfFrames = own_.numberOfFrames;
    return s;
}

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
        if (TransferSyntax::fromUid(all.at(i).own().transferSyntaxUid).isVideo())
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
    QHash<int, SharedSummary> fromParents; // quick check: by the instance record's parent
    int lastKey = 0;
    const SharedSummary* lastAbove = nullptr; // fromParents' entry for lastKey (files of a
                                              // series come one after the other)
    QString lastImageType;
    QStringList lastImageTypeValues;
    QVector<MediumInstance> instances;
    instances.reserve(inv.files.size()); // growing by doubling would double the peak on big media
    for (const ScannedFile& f : inv.files) {
        if (inv.isDicomKind(f)) {
            instances.append(MediumInstance(f.path, f.size, f.summary));
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
                    above = fromParents.insert(key, SharedSummary(std::move(s)));
                }
                lastKey = key;
                lastAbove = &*above;
            }
            instances.append(MediumInstance(f.path, f.size, *lastAbove,
                                            leafFields(leaf, lastImageType, lastImageTypeValues)));
        }
    }
    return fromInstances(std::move(instances), settings);
}

MediumContents MediumContents::fromInstances(QVector<MediumInstance> instances,
                                             const CheckSettings& settings) {
    MediumContents contents;
    contents.instances = std::move(instances);

    const AiDetector detector(settings);
    SeriesFinder finder(contents.patients);
    // A quick check's instances of one series record share their summary: such an instance is
    // in the series of the one before (the same values find the same patient, study and series).
    const DicomSummary* lastShared = nullptr;
    SeriesContents* series = nullptr;
    QString lastSyntax;
    bool lastSyntaxLossy = false;
    for (int i = 0; i < contents.instances.size(); ++i) {
        const MediumInstance& inst = contents.instances.at(i);
        const DicomSummary& s = inst.shared(); // its instance's own fields are in own
        const InstanceFields& own = inst.own();
        if (&s != lastShared) {
            series = &finder.seriesOf(s);
            lastShared = &s;
        }
        series->instances += 1;
        series->frames += qMax(1, own.numberOfFrames);
        series->bytes += inst.size;
        if (std::isfinite(own.sliceThickness) && own.sliceThickness > 0 &&
            (series->thinnestSlice == 0 || own.sliceThickness < series->thinnestSlice))
            series->thinnestSlice = own.sliceThickness;
        addUnique(series->transferSyntaxes, own.transferSyntaxUid);
        if (i == 0 || own.transferSyntaxUid != lastSyntax) {
            lastSyntax = own.transferSyntaxUid;
            lastSyntaxLossy = TransferSyntax::fromUid(lastSyntax).lossy;
        }
        if (s.lossyImageCompression == QLatin1String("01") || lastSyntaxLossy)
            series->lossy = true;
        for (const QString& reason : detector.reasons(s, own.sopClassUid, own.imageType)) {
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

#include "DirectoryKeys.h"

#include "Dcmtk.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrmb.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace pdi {

namespace {

// What the records read (DCMTK 3.6.7 DicomDirInterface, General Purpose profile): the keys of
// each level, the dates and times a missing Study Date/Time may be taken from, the SOP UIDs the
// record references, and what other profiles add (series: institution; image: size), so that
// the records of one object are made from the same elements whichever way they are built.
const DcmTagKey kKeys[] = {
    DCM_SpecificCharacterSet,
    DCM_ImageType,
    DCM_SOPClassUID,
    DCM_SOPInstanceUID,
    DCM_StudyDate,
    DCM_SeriesDate,
    DCM_AcquisitionDate,
    DCM_ContentDate,
    DCM_AcquisitionDateTime,
    DCM_StudyTime,
    DCM_SeriesTime,
    DCM_AcquisitionTime,
    DCM_ContentTime,
    DCM_AccessionNumber,
    DCM_Modality,
    DCM_InstitutionName,
    DCM_InstitutionAddress,
    DCM_StudyDescription,
    DCM_PerformingPhysicianName,
    DCM_ReferencedImageSequence,
    DCM_PatientName,
    DCM_PatientID,
    DCM_PatientBirthDate,
    DCM_PatientSex,
    DCM_StudyInstanceUID,
    DCM_SeriesInstanceUID,
    DCM_StudyID,
    DCM_SeriesNumber,
    DCM_InstanceNumber,
    DCM_Rows,
    DCM_Columns,
};

// Kept beside every planned object; an object whose keys need more (a referenced-image list of
// thousands of items) is read again by the DICOMDIR instead.
constexpr Uint32 kMaxKeyBytes = 16 * 1024;

} // namespace

QByteArray DirectoryKeys::capture(DcmItem& dataset) {
    static const std::vector<DcmTagKey> keyTags = [] {
        std::vector<DcmTagKey> tags(std::begin(kKeys), std::end(kKeys));
        std::sort(tags.begin(), tags.end());
        return tags;
    }();
    DcmDataset keys;
    // One pass over the data set (its elements are in tag order): a search per key would walk
    // it thirty times.
    for (DcmObject* object = dataset.nextInContainer(nullptr); object;
         object = dataset.nextInContainer(object)) {
        const DcmTagKey tag = object->getTag();
        if (keyTags.back() < tag)
            break;
        if (!std::binary_search(keyTags.begin(), keyTags.end(), tag))
            continue;
        auto* element = static_cast<DcmElement*>(object);
        // A value DCMTK left in the file (longer than the reader loads) is not copied.
        if (element->getLengthField() > kMaxKeyBytes && element->ident() != EVR_SQ)
            return QByteArray();
        auto* copy = static_cast<DcmElement*>(element->clone());
        if (!copy || keys.insert(copy, true).bad()) {
            delete copy;
            return QByteArray();
        }
    }
    const Uint32 length = keys.calcElementLength(EXS_LittleEndianExplicit, EET_ExplicitLength);
    if (length == 0 || length > kMaxKeyBytes)
        return QByteArray();
    QByteArray bytes(int(length), Qt::Uninitialized);
    DcmOutputBufferStream stream(bytes.data(), length);
    keys.transferInit();
    const OFCondition written =
        keys.write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr);
    keys.transferEnd();
    void* buffer = nullptr;
    offile_off_t used = 0;
    stream.flushBuffer(buffer, used);
    if (written.bad() || used <= 0)
        return QByteArray();
    bytes.truncate(int(used));
    return bytes;
}

bool DirectoryKeys::restore(const QByteArray& keys, DcmDataset& into) {
    if (keys.isEmpty())
        return false;
    initDcmtk();
    DcmInputBufferStream stream;
    stream.setBuffer(keys.constData(), keys.size());
    stream.setEos();
    into.clear();
    into.transferInit();
    const OFCondition read = into.read(stream, EXS_LittleEndianExplicit);
    into.transferEnd();
    return read.good();
}

} // namespace pdi

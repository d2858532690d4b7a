#include "DicomSummaryReader.h"

#include "Dcmtk.h"
#include "DcmtkCondition.h"
#include "DicomStructureWalk.h"
#include "DirectoryKeys.h"
#include "ElementText.h"
#include "MediumInputStream.h"
#include "PersonName.h"
#include "SpecificCharacterSet.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcstack.h>

#include <QCoreApplication>

#include <cmath>

namespace pdi {

namespace {

// Values longer than this are skipped while parsing and never held in memory.
constexpr Uint32 kMaxLoadedValue = 64 * 1024;
// Bounds on walking nested sequences for AI evidence.
constexpr int kMaxSearchedItems = 20000;

QString ascii(DcmItem& item, const DcmTagKey& tag) {
    return ElementText::ascii(item, tag);
}

QString text(DcmItem& item, const DcmTagKey& tag, const SpecificCharacterSet& charset,
             bool personName = false, bool* undeclared = nullptr) {
    return ElementText::decoded(item, tag, charset, personName, undeclared);
}

// A US value, also when it was stored as UN (whose bytes are little endian, PS3.5 6.2.2).
bool uint16(DcmItem& item, const DcmTagKey& tag, Uint16& value) {
    DcmElement* element = nullptr;
    if (item.findAndGetElement(tag, element).bad() || !element)
        return false;
    if (element->ident() != EVR_UN)
        return element->getUint16(value).good();
    Uint8* bytes = nullptr;
    if (element->getLength() < 2 || element->getUint8Array(bytes).bad() || !bytes)
        return false;
    value = Uint16(bytes[0] | (bytes[1] << 8));
    return true;
}

// Items may carry their own Specific Character Set (PS3.5 6.1.2.5.3).
SpecificCharacterSet charsetOf(DcmItem& item, const SpecificCharacterSet& inherited) {
    if (item.tagExists(DCM_SpecificCharacterSet))
        return SpecificCharacterSet(ascii(item, DCM_SpecificCharacterSet));
    return inherited;
}

void collectAiHints(DcmItem& dataset, const SpecificCharacterSet& charset, AiHints& hints) {
    DcmSequenceOfItems* segments = nullptr;
    if (dataset.findAndGetSequence(DCM_SegmentSequence, segments).good() && segments) {
        const unsigned long n = qMin<unsigned long>(segments->card(), kMaxSearchedItems);
        for (unsigned long i = 0; i < n; ++i) {
            const QString type = ascii(*segments->getItem(i), DCM_SegmentAlgorithmType);
            if (!type.isEmpty() && !hints.segmentAlgorithmTypes.contains(type))
                hints.segmentAlgorithmTypes << type;
        }
    }

    // The Algorithm Identification macro may sit at the top level or inside sequences (SEG puts
    // it in each segment).
    OFString value;
    if (dataset.findAndGetOFString(DCM_AlgorithmName, value, 0, OFTrue).good()) {
        hints.algorithmIdentification = true;
        hints.algorithmName = QString::fromLatin1(value.c_str()).trimmed();
    }
    if (dataset.findAndGetOFString(DCM_AlgorithmVersion, value, 0, OFTrue).good()) {
        hints.algorithmIdentification = true;
        hints.algorithmVersion = QString::fromLatin1(value.c_str()).trimmed();
    }
    DcmStack stack;
    if (dataset.search(DCM_AlgorithmFamilyCodeSequence, stack, ESM_fromHere, OFTrue).good())
        hints.algorithmIdentification = true;

    // TID 4019 Algorithm Identification in an SR content tree: concept names 111000-111003 (DCM).
    stack.clear();
    int visited = 0;
    while (dataset.search(DCM_CodeValue, stack, ESM_afterStackTop, OFTrue).good() &&
           ++visited < kMaxSearchedItems) {
        auto* element = static_cast<DcmElement*>(stack.top());
        OFString code;
        element->getOFString(code, 0);
        if (code != "111000" && code != "111001" && code != "111002" && code != "111003")
            continue;
        if (stack.card() < 3)
            continue;
        auto* codeItem = static_cast<DcmItem*>(stack.elem(1));
        auto* codeSequence = static_cast<DcmObject*>(stack.elem(2));
        if (codeSequence->getTag() != DCM_ConceptNameCodeSequence)
            continue;
        OFString scheme;
        codeItem->findAndGetOFString(DCM_CodingSchemeDesignator, scheme);
        const QString found = QString::fromLatin1(code.c_str());
        if (scheme == "DCM" && !hints.srAlgorithmCodes.contains(found))
            hints.srAlgorithmCodes << found;
    }

    DcmSequenceOfItems* equipment = nullptr;
    if (dataset.findAndGetSequence(DCM_ContributingEquipmentSequence, equipment).good() &&
        equipment) {
        const unsigned long n = qMin<unsigned long>(equipment->card(), 1000);
        for (unsigned long i = 0; i < n; ++i) {
            DcmItem& item = *equipment->getItem(i);
            const SpecificCharacterSet cs = charsetOf(item, charset);
            QStringList parts{text(item, DCM_Manufacturer, cs),
                              text(item, DCM_ManufacturerModelName, cs),
                              text(item, DCM_SoftwareVersions, cs)};
            parts.removeAll(QString());
            if (!parts.isEmpty())
                hints.contributingEquipment << parts.join(QLatin1String(" / "));
        }
    }
}

} // namespace

bool DicomSummaryReader::looksLikeDicom(const QByteArray& head, bool* part10) {
    if (part10)
        *part10 = false;
    if (head.size() >= 132 && head.mid(128, 4) == "DICM") {
        if (part10)
            *part10 = true;
        return true;
    }
    if (head.size() < 8)
        return false;
    const auto* b = reinterpret_cast<const uchar*>(head.constData());
    const quint16 groupLe = quint16(b[0] | (b[1] << 8));
    const quint16 elementLe = quint16(b[2] | (b[3] << 8));
    const quint16 groupBe = quint16((b[0] << 8) | b[1]);
    const quint16 elementBe = quint16((b[2] << 8) | b[3]);
    auto plausible = [](quint16 group, quint16 element) {
        return (group == 0x0002 || group == 0x0008) && element <= 0x0100;
    };
    if (!plausible(groupLe, elementLe) && !plausible(groupBe, elementBe))
        return false;
    // Either an explicit VR of two upper-case letters, or an implicit 32-bit length.
    const bool explicitVr = b[4] >= 'A' && b[4] <= 'Z' && b[5] >= 'A' && b[5] <= 'Z';
    if (explicitVr)
        return true;
    const quint32 lengthLe = quint32(b[4] | (b[5] << 8) | (b[6] << 16) | (quint32(b[7]) << 24));
    return lengthLe < 1024;
}

QStringList DicomSummaryReader::missingMetaElements(DcmItem& meta) {
    struct Required {
        DcmTagKey tag;
        const char* name;
    };
    static const Required kRequired[] = {
        {DCM_FileMetaInformationVersion, "File Meta Information Version (0002,0001)"},
        {DCM_TransferSyntaxUID, "Transfer Syntax UID (0002,0010)"},
        {DCM_ImplementationClassUID, "Implementation Class UID (0002,0012)"},
    };
    QStringList missing;
    for (const Required& r : kRequired) {
        if (!meta.tagExistsWithValue(r.tag))
            missing << QLatin1String(r.name);
    }
    return missing;
}

void DicomSummaryReader::summarize(DcmItem& ds, DicomSummary& s) {
    s.specificCharacterSet = ascii(ds, DCM_SpecificCharacterSet);
    const SpecificCharacterSet charset(s.specificCharacterSet);
    s.invalidCharacterSets = charset.invalidTerms();
    s.characterSetReadAs = charset.definedTerms();

    s.sopClassUid = ascii(ds, DCM_SOPClassUID);
    s.sopInstanceUid = ascii(ds, DCM_SOPInstanceUID);
    // The identity records whether its bytes needed a character set the file does not declare.
    bool undeclared = false;
    s.patientId = text(ds, DCM_PatientID, charset, false, &undeclared);
    s.issuerOfPatientId = text(ds, DCM_IssuerOfPatientID, charset, false, &undeclared);
    s.patientName = PersonName::normalized(text(ds, DCM_PatientName, charset, true, &undeclared));
    s.undeclaredIdentityText = undeclared;
    s.birthDate = ascii(ds, DCM_PatientBirthDate);
    s.sex = ascii(ds, DCM_PatientSex);
    s.studyUid = ascii(ds, DCM_StudyInstanceUID);
    s.studyDate = ascii(ds, DCM_StudyDate);
    s.studyTime = ascii(ds, DCM_StudyTime);
    s.studyId = text(ds, DCM_StudyID, charset);
    s.accessionNumber = text(ds, DCM_AccessionNumber, charset);
    s.studyDescription = text(ds, DCM_StudyDescription, charset);
    s.seriesUid = ascii(ds, DCM_SeriesInstanceUID);
    s.modality = ascii(ds, DCM_Modality);
    s.seriesNumber = ascii(ds, DCM_SeriesNumber);
    s.seriesDescription = text(ds, DCM_SeriesDescription, charset);
    s.instanceNumber = ascii(ds, DCM_InstanceNumber);
    const QString imageType = ascii(ds, DCM_ImageType);
    s.imageType = imageType.isEmpty() ? QStringList() : imageType.split(QLatin1Char('\\'));
    for (QString& v : s.imageType)
        v = v.trimmed();
    s.institutionName = text(ds, DCM_InstitutionName, charset);
    s.manufacturer = text(ds, DCM_Manufacturer, charset);
    s.modelName = text(ds, DCM_ManufacturerModelName, charset);
    s.softwareVersions = text(ds, DCM_SoftwareVersions, charset);
    bool ok = false;
    const double thickness =
        ascii(ds, DCM_SliceThickness).section(QLatin1Char('\\'), 0, 0).toDouble(&ok);
    if (ok && std::isfinite(thickness))
        s.sliceThickness = thickness;
    const int frames = ascii(ds, DCM_NumberOfFrames).toInt(&ok);
    if (ok && frames > 0)
        s.numberOfFrames = frames;
    Uint16 value = 0;
    if (uint16(ds, DCM_Rows, value))
        s.rows = value;
    if (uint16(ds, DCM_Columns, value))
        s.columns = value;
    if (uint16(ds, DCM_SamplesPerPixel, value) && value > 0)
        s.samplesPerPixel = value;
    if (uint16(ds, DCM_BitsAllocated, value))
        s.bitsAllocated = value;
    s.lossyImageCompression = ascii(ds, DCM_LossyImageCompression);
    s.hasPixelData = ds.tagExists(DCM_PixelData) || ds.tagExists(DCM_FloatPixelData) ||
                     ds.tagExists(DCM_DoubleFloatPixelData);
    collectAiHints(ds, charset, s.ai);
}

DicomSummaryReader::Result DicomSummaryReader::read(std::shared_ptr<MediumFile> file,
                                                    bool directoryKeys) {
    initDcmtk();
    Result result;
    bool part10 = false;
    if (!looksLikeDicom(file->head(512), &part10)) {
        result.status = Status::NotDicom;
        return result;
    }

    // The whole structure first, to its last byte: DCMTK reads only up to the pixel data here
    // and recurses once per nested sequence, so damage after the header and hostile nesting
    // are found by the walk, and DCMTK is given only the part the walk found sound.
    const DicomStructureWalk::Result walk = DicomStructureWalk::walk(*file);
    DicomSummary& s = result.summary;
    s.part10 = part10;
    if (!walk.intact() && walk.readableBytes <= 0) {
        result.status = Status::Damaged;
        result.error = walk.problem;
        return result;
    }

    MediumInputStream stream(file, 0, walk.intact() ? -1 : walk.readableBytes);
    DcmFileFormat fileFormat;
    fileFormat.transferInit();
    // Stop before the pixel data: the summary never needs it, and on a referral disc it is most
    // of the bytes.
    const OFCondition cond = guardedParse([&] {
        return fileFormat.readUntilTag(stream, EXS_Unknown, EGL_noChange, kMaxLoadedValue,
                                       DCM_PixelData);
    });
    fileFormat.transferEnd();

    DcmMetaInfo* meta = fileFormat.getMetaInfo();
    if (meta && part10) {
        s.transferSyntaxUid = ascii(*meta, DCM_TransferSyntaxUID);
        s.metaSopClassUid = ascii(*meta, DCM_MediaStorageSOPClassUID);
        s.metaSopInstanceUid = ascii(*meta, DCM_MediaStorageSOPInstanceUID);
        s.metaMissing = missingMetaElements(*meta);
    }
    if (s.transferSyntaxUid.isEmpty()) {
        // No meta header: the parser guessed the encoding from the data.
        const DcmXfer xfer(fileFormat.getDataset()->getOriginalXfer());
        s.transferSyntaxUid = QString::fromLatin1(xfer.getXferID());
    }
    DcmDataset* ds = fileFormat.getDataset();
    if (!walk.intact() || cond.bad() || !ds) {
        result.status = Status::Damaged;
        result.error = walk.intact() ? DcmtkCondition::describe(cond) : walk.problem;
        if (!ds || ds->card() == 0)
            return result;
    } else {
        result.status = Status::Ok;
    }
    try {
        summarize(*ds, s);
        if (directoryKeys && result.status == Status::Ok)
            s.directoryKeys = DirectoryKeys::capture(*ds);
    } catch (const std::exception& e) {
        result.status = Status::Damaged;
        Q_UNUSED(e)
        if (walk.intact())
            result.error = DcmtkCondition::describe(EC_CorruptedData);
        return result;
    }

    // Parsing stopped at the pixel data, right after its element header. The header tells how
    // long the value must be, which finds truncated files without reading the pixels.
    const DcmXfer xfer(ds->getOriginalXfer());
    if (result.status == Status::Ok && xfer.getStreamCompression() == ESC_none) {
        const bool little = xfer.getByteOrder() != EBO_BigEndian;
        const qint64 headerLength = xfer.isExplicitVR() ? 12 : 8;
        const qint64 at = qint64(stream.tell()) - headerLength;
        uchar header[12];
        if (at > 0 &&
            file->readAt(at, reinterpret_cast<char*>(header), headerLength) == headerLength) {
            auto u16 = [&](int i) {
                return little ? quint16(header[i] | (header[i + 1] << 8))
                              : quint16((header[i] << 8) | header[i + 1]);
            };
            auto u32 = [&](int i) {
                return little ? quint32(header[i] | (header[i + 1] << 8) | (header[i + 2] << 16) |
                                        (quint32(header[i + 3]) << 24))
                              : quint32((quint32(header[i]) << 24) | (header[i + 1] << 16) |
                                        (header[i + 2] << 8) | header[i + 3]);
            };
            if (u16(0) == 0x7FE0 && u16(2) == 0x0010) {
                s.hasPixelData = true;
                const quint32 length = u32(int(headerLength) - 4);
                const qint64 present = file->size() - at - headerLength;
                if (length != 0xFFFFFFFFu && qint64(length) > present) {
                    result.status = Status::Damaged;
                    result.error =
                        QCoreApplication::translate("pdi::DicomSummaryReader",
                                                    "pixel data truncated: %1 of %2 bytes present")
                            .arg(present)
                            .arg(length);
                }
            }
        }
    }
    return result;
}

} // namespace pdi

#include "DirectoryRecordFactory.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <cstring>

namespace pdi {

namespace {

bool in(const OFString& uid, std::initializer_list<const char*> uids) {
    for (const char* u : uids) {
        if (uid == u)
            return true;
    }
    return false;
}

// Every class DCMTK's record builder gives a record type other than IMAGE (its
// sopClassToRecordType), so that an image class among them is never taken for an IMAGE.
bool hasOtherRecordType(const OFString& uid) {
    return in(uid, {UID_RETIRED_StandaloneOverlayStorage,
                    UID_RETIRED_StandaloneModalityLUTStorage,
                    UID_RETIRED_StandaloneVOILUTStorage,
                    UID_RETIRED_StandaloneCurveStorage,
                    UID_RETIRED_StandalonePETCurveStorage,
                    UID_RETIRED_StoredPrintStorage,
                    UID_RETIRED_DetachedPatientManagementMetaSOPClass,
                    UID_RTDoseStorage,
                    UID_RTStructureSetStorage,
                    UID_RTPlanStorage,
                    UID_RTIonPlanStorage,
                    UID_RTBeamsTreatmentRecordStorage,
                    UID_RTBrachyTreatmentRecordStorage,
                    UID_RTTreatmentSummaryRecordStorage,
                    UID_RTIonBeamsTreatmentRecordStorage,
                    UID_RTBeamsDeliveryInstructionStorage,
                    UID_RTBrachyApplicationSetupDeliveryInstructionStorage,
                    UID_RTPhysicianIntentStorage,
                    UID_RTSegmentAnnotationStorage,
                    UID_SpatialRegistrationStorage,
                    UID_DeformableSpatialRegistrationStorage,
                    UID_SpatialFiducialsStorage,
                    UID_RawDataStorage,
                    UID_MRSpectroscopyStorage,
                    UID_EncapsulatedSTLStorage,
                    UID_EncapsulatedOBJStorage,
                    UID_EncapsulatedMTLStorage,
                    UID_RealWorldValueMappingStorage,
                    UID_HangingProtocolStorage,
                    UID_StereometricRelationshipStorage,
                    UID_ColorPaletteStorage,
                    UID_SurfaceSegmentationStorage,
                    UID_LensometryMeasurementsStorage,
                    UID_AutorefractionMeasurementsStorage,
                    UID_KeratometryMeasurementsStorage,
                    UID_SubjectiveRefractionMeasurementsStorage,
                    UID_VisualAcuityMeasurementsStorage,
                    UID_OphthalmicAxialMeasurementsStorage,
                    UID_IntraocularLensCalculationsStorage,
                    UID_OphthalmicVisualFieldStaticPerimetryMeasurementsStorage,
                    UID_GenericImplantTemplateStorage,
                    UID_ImplantTemplateGroupStorage,
                    UID_ImplantAssemblyTemplateStorage,
                    UID_SurfaceScanMeshStorage,
                    UID_SurfaceScanPointCloudStorage,
                    UID_TractographyResultsStorage,
                    UID_ContentAssessmentResultsStorage,
                    UID_MicroscopyBulkSimpleAnnotationsStorage,
                    UID_GrayscalePlanarMPRVolumetricPresentationStateStorage,
                    UID_CompositingPlanarMPRVolumetricPresentationStateStorage,
                    UID_AdvancedBlendingPresentationStateStorage,
                    UID_VolumeRenderingVolumetricPresentationStateStorage,
                    UID_SegmentedVolumeRenderingVolumetricPresentationStateStorage,
                    UID_MultipleVolumeRenderingVolumetricPresentationStateStorage,
                    UID_BasicStructuredDisplayStorage,
                    UID_SpectaclePrescriptionReportStorage,
                    UID_MacularGridThicknessAndVolumeReportStorage,
                    UID_ImplantationPlanSRDocumentStorage,
                    UID_AcquisitionContextSRStorage,
                    UID_SimplifiedAdultEchoSRStorage,
                    UID_PatientRadiationDoseSRStorage,
                    UID_PerformedImagingAgentAdministrationSRStorage,
                    UID_PlannedImagingAgentAdministrationSRStorage,
                    UID_GeneralAudioWaveformStorage,
                    UID_ArterialPulseWaveformStorage,
                    UID_RespiratoryWaveformStorage});
}

bool isImageClass(const OFString& uid) {
    for (int i = 0; i < numberOfDcmImageSOPClassUIDs; ++i) {
        if (uid == dcmImageSOPClassUIDs[i])
            return !hasOtherRecordType(uid);
    }
    return false;
}

} // namespace

DirectoryRecordFactory::DirectoryRecordFactory(bool allowVideo, bool invent) {
    // Patient IDs are never invented: the planner refuses objects without one, so patient
    // identity on the medium is always the objects' own.
    enableInventMode(invent ? OFTrue : OFFalse);
    enableInventPatientIDMode(OFFalse);
    if (allowVideo)
        disableTransferSyntaxCheck(OFTrue);
}

std::optional<E_DirRecType> DirectoryRecordFactory::recordTypeOf(const OFString& uid) {
    if (isImageClass(uid))
        return ERT_Image;
    // The non-image classes a referral medium carries, each mapped as DCMTK maps it.
    if (in(uid, {UID_BasicTextSRStorage, UID_EnhancedSRStorage, UID_ComprehensiveSRStorage,
                 UID_Comprehensive3DSRStorage, UID_ExtensibleSRStorage, UID_ProcedureLogStorage,
                 UID_MammographyCADSRStorage, UID_ChestCADSRStorage, UID_ColonCADSRStorage,
                 UID_XRayRadiationDoseSRStorage, UID_RadiopharmaceuticalRadiationDoseSRStorage}))
        return ERT_SRDocument;
    if (uid == UID_KeyObjectSelectionDocumentStorage)
        return ERT_KeyObjectDoc;
    if (in(uid, {UID_GrayscaleSoftcopyPresentationStateStorage,
                 UID_ColorSoftcopyPresentationStateStorage,
                 UID_PseudoColorSoftcopyPresentationStateStorage,
                 UID_BlendingSoftcopyPresentationStateStorage,
                 UID_XAXRFGrayscaleSoftcopyPresentationStateStorage}))
        return ERT_Presentation;
    if (in(uid, {UID_TwelveLeadECGWaveformStorage, UID_GeneralECGWaveformStorage,
                 UID_AmbulatoryECGWaveformStorage, UID_HemodynamicWaveformStorage,
                 UID_CardiacElectrophysiologyWaveformStorage, UID_BasicVoiceAudioWaveformStorage}))
        return ERT_Waveform;
    if (in(uid, {UID_EncapsulatedPDFStorage, UID_EncapsulatedCDAStorage}))
        return ERT_EncapDoc;
    return std::nullopt;
}

OFCondition DirectoryRecordFactory::check(DcmFileFormat& object, const OFString& fileId,
                                          const OFFilename& name) {
    if (!isFilenameValid(OFFilename(fileId.c_str())))
        return EC_IllegalParameter;
    DcmMetaInfo* meta = object.getMetaInfo();
    DcmDataset* dataset = object.getDataset();
    if (!meta || meta->card() == 0)
        return EC_FileMetaInfoHeaderMissing;
    if (!dataset || dataset->card() == 0)
        return EC_CorruptedData;
    const OFCondition classAndSyntax = checkSOPClassAndXfer(meta, dataset, name);
    if (classAndSyntax.bad())
        return classAndSyntax;
    if (checkMandatoryAttributes(meta, dataset, name).bad())
        return EC_ApplicationProfileViolated;
    return EC_Normal;
}

DcmDirectoryRecord* DirectoryRecordFactory::withCharacterSet(DcmDirectoryRecord* record,
                                                             DcmFileFormat& object,
                                                             const OFFilename& name) {
    // Type 1C: required when a key of the record is text of an extended character set; the
    // object's own term, as its bytes are the object's own.
    if (record && record->isAffectedBySpecificCharacterSet())
        copyElementType1C(object.getDataset(), DCM_SpecificCharacterSet, record, name);
    if (record)
        record->setRecordsOriginFile(name);
    return record;
}

DcmDirectoryRecord* DirectoryRecordFactory::patient(DcmFileFormat& object, const OFFilename& name) {
    return withCharacterSet(buildPatientRecord(nullptr, &object, name), object, name);
}

DcmDirectoryRecord* DirectoryRecordFactory::study(DcmFileFormat& object, const OFFilename& name) {
    return withCharacterSet(buildStudyRecord(nullptr, &object, name), object, name);
}

DcmDirectoryRecord* DirectoryRecordFactory::series(DcmFileFormat& object, const OFFilename& name) {
    return withCharacterSet(buildSeriesRecord(nullptr, &object, name), object, name);
}

DcmDirectoryRecord* DirectoryRecordFactory::instance(E_DirRecType type, DcmFileFormat& object,
                                                     const OFString& fileId,
                                                     const OFFilename& name) {
    DcmDirectoryRecord* record = nullptr;
    switch (type) {
    case ERT_SRDocument:
        record = buildStructReportRecord(nullptr, &object, fileId, name);
        break;
    case ERT_KeyObjectDoc:
        record = buildKeyObjectDocRecord(nullptr, &object, fileId, name);
        break;
    case ERT_Presentation:
        record = buildPresentationRecord(nullptr, &object, fileId, name);
        break;
    case ERT_Waveform:
        record = buildWaveformRecord(nullptr, &object, fileId, name);
        break;
    case ERT_EncapDoc:
        record = buildEncapDocRecord(nullptr, &object, fileId, name);
        break;
    case ERT_Image:
        record = buildImageRecord(nullptr, &object, fileId, name);
        break;
    default:
        return nullptr;
    }
    return withCharacterSet(record, object, name);
}

OFString DirectoryRecordFactory::value(DcmFileFormat& object, const DcmTagKey& key) {
    OFString result;
    return getStringFromDataset(object.getDataset(), key, result);
}

void DirectoryRecordFactory::inventMissing(DcmDirectoryRecord& record) {
    // The prefixes of dcddirif.cc (AUTO_PATIENTID_PREFIX, AUTO_STUDYID_PREFIX).
    switch (record.getRecordType()) {
    case ERT_Patient:
        if (!record.tagExistsWithValue(DCM_PatientID))
            setDefaultValue(&record, DCM_PatientID, patients_++, "DCMTKPAT");
        break;
    case ERT_Study:
        if (!record.tagExistsWithValue(DCM_StudyID))
            setDefaultValue(&record, DCM_StudyID, studies_++, "DCMTKSTUDY");
        break;
    case ERT_Series:
        if (!record.tagExistsWithValue(DCM_SeriesNumber))
            setDefaultValue(&record, DCM_SeriesNumber, series_++);
        break;
    case ERT_Image:
        if (!record.tagExistsWithValue(DCM_InstanceNumber))
            setDefaultValue(&record, DCM_InstanceNumber, instances_++);
        break;
    default: // SR, key object, presentation, waveform, document: nothing to invent
        break;
    }
}

} // namespace pdi

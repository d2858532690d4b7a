#include "DcmtkCondition.h"

#include <dcmtk/dcmdata/dcerror.h>

namespace pdi {

QString DcmtkCondition::describe(const OFCondition& c) {
    // Codecs: JPEG, JPEG-LS, JPEG 2000, RLE (dcmdata's own), their image layer.
    switch (c.module()) {
    case OFM_dcmjpeg:
    case OFM_dcmjpls:
    case OFM_dcmjp2k:
    case OFM_dcmimgle:
    case OFM_dcmimage:
        return tr("its compressed pixel data cannot be decoded: the image data are damaged or "
                  "use a form of the compression this program does not decode");
    default:
        break;
    }
    if (c == EC_InvalidTag || c == EC_InvalidVR || c == EC_UnknownVR || c == EC_CorruptedData ||
        c == EC_DoubledTag || c == EC_InvalidOffset)
        return tr("its structure is broken: an element stands where none can be, or its "
                  "encoding is not valid");
    if (c == EC_StreamNotifyClient || c == EC_EndOfStream || c == EC_PrematureSequDelimitationItem)
        return tr("the file ends before its data do (it is truncated)");
    if (c == EC_SequDelimitationItemMissing || c == EC_ItemDelimitationItemMissing ||
        c == EC_SequEnd || c == EC_ItemEnd)
        return tr("a sequence or an item in it is not closed as it must be (a delimiter is "
                  "missing or wrong)");
    if (c == EC_ElemLengthLargerThanItem || c == EC_SeqOrItemContentOverflow ||
        c == EC_TooManyBytesRequested || c == EC_ElemLengthExceeds16BitField ||
        c == EC_ElemLengthExceeds32BitField || c == EC_PixelDataExplLengthIllegal ||
        c == EC_UndefinedLengthOBOW)
        return tr("an element's length does not fit the data around it");
    if (c == EC_InvalidBasicOffsetTable)
        return tr("the offset table of its compressed frames is wrong");
    if (c == EC_CannotChangeRepresentation || c == EC_RepresentationNotFound ||
        c == EC_UnsupportedEncoding || c == EC_UnknownTransferSyntax ||
        c == EC_DoubleCompressionFilters)
        return tr("its pixel data cannot be converted to uncompressed form: the encoding is not "
                  "supported or the data do not match it");
    if (c == EC_ApplicationProfileViolated)
        return tr("it does not meet the rules for objects on a medium (PS3.11 General Purpose "
                  "profile): a required attribute is missing or invalid, or its encoding is not "
                  "allowed on a medium");
    if (c == EC_FileMetaInfoHeaderMissing)
        return tr("it has no file meta information (Part 10 header)");
    if (c == EC_InvalidStream || c == EC_InvalidFilename || c == EC_PutbackFailed)
        return tr("it cannot be read from where it is stored");
    if (c == EC_InvalidDICOMDIR)
        return tr("it is not a valid DICOMDIR");
    if (c == EC_MissingAttribute || c == EC_MissingValue)
        return tr("a required attribute is missing or empty");
    if (c == EC_InvalidValue || c == EC_InvalidCharacter || c == EC_ValueRepresentationViolated ||
        c == EC_ValueMultiplicityViolated || c == EC_MaximumLengthViolated)
        return tr("an attribute has a value that is not valid");
    // Anything else: what is known without DCMTK's words; the numbers let support find it.
    return tr("the DICOM toolkit cannot process it (condition %1/%2)")
        .arg(c.module())
        .arg(c.code());
}

} // namespace pdi

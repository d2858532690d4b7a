#include "PatientCoercion.h"

#include "dicom/ElementText.h"
#include "dicom/SpecificCharacterSet.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrdt.h>

#include <functional>

namespace pdi {

namespace {

bool isTextVr(DcmEVR vr) {
    switch (vr) {
    case EVR_SH:
    case EVR_LO:
    case EVR_ST:
    case EVR_LT:
    case EVR_UT:
    case EVR_PN:
    case EVR_UC:
        return true;
    default:
        return false;
    }
}

QString rawValue(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    if (item.findAndGetOFStringArray(tag, value, OFFalse).bad())
        return QString();
    return QString::fromLatin1(value.c_str(), int(value.length()));
}

// Every text element with the decoded value, in data set order; items carry their own charset.
struct TextElement {
    DcmElement* element;
    QString text;
};

bool collectText(DcmItem& item, const SpecificCharacterSet& inherited, QVector<TextElement>& out,
                 int depth) {
    if (depth > 32)
        return false;
    OFString own;
    const SpecificCharacterSet charset =
        item.findAndGetOFStringArray(DCM_SpecificCharacterSet, own).good()
            ? SpecificCharacterSet(QString::fromLatin1(own.c_str()))
            : inherited;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (element->ident() == EVR_SQ) {
            auto* seq = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < seq->card(); ++k) {
                if (!collectText(*seq->getItem(k), charset, out, depth + 1))
                    return false;
            }
            continue;
        }
        if (!isTextVr(element->ident()) || element->getLength() == 0)
            continue;
        OFString raw;
        if (element->getOFStringArray(raw, OFFalse).bad())
            continue;
        out.append({element, charset.decode(QByteArray(raw.c_str(), int(raw.length())),
                                            element->ident() == EVR_PN)});
    }
    return true;
}

void removeNestedCharsets(DcmItem& item, int depth) {
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (element->ident() != EVR_SQ)
            continue;
        auto* seq = static_cast<DcmSequenceOfItems*>(element);
        for (unsigned long k = 0; k < seq->card(); ++k) {
            delete seq->getItem(k)->remove(DCM_SpecificCharacterSet);
            if (depth < 32)
                removeNestedCharsets(*seq->getItem(k), depth + 1);
        }
    }
}

} // namespace

PatientCoercion::Result PatientCoercion::convertCharacterSet(DcmDataset& dataset,
                                                             const QString& characterSet) {
    Result result;
    const SpecificCharacterSet current(rawValue(dataset, DCM_SpecificCharacterSet).trimmed());
    QVector<TextElement> texts;
    if (!collectText(dataset, current, texts, 0)) {
        result.error = tr("the object nests sequences too deeply to convert its text");
        return result;
    }
    const SpecificCharacterSet target(characterSet);
    if (!target.invalidTerms().isEmpty()) {
        result.error = tr("the character set \"%1\" is not supported").arg(characterSet);
        return result;
    }
    // Encode everything first, so that a refusal leaves the object untouched.
    QVector<QByteArray> encoded;
    encoded.reserve(texts.size());
    for (const TextElement& t : std::as_const(texts)) {
        QString unencodable;
        bool approximated = false;
        encoded << target.encode(t.text, &unencodable, &approximated);
        result.approximated = result.approximated || approximated;
        if (!unencodable.isEmpty()) {
            result.error =
                tr("\"%1\" in %2 cannot be written in the destination's character set %3; choose a "
                   "node "
                   "with ISO_IR 192 (UTF-8) or correct the value")
                    .arg(t.text, QString::fromLatin1(DcmTag(t.element->getTag()).getTagName()),
                         characterSet);
            return result;
        }
    }
    for (int i = 0; i < texts.size(); ++i) {
        const QByteArray& bytes = encoded.at(i);
        texts.at(i).element->putString(bytes.constData(), Uint32(bytes.size()));
    }
    removeNestedCharsets(dataset, 0);
    if (characterSet.isEmpty())
        delete dataset.remove(DCM_SpecificCharacterSet);
    else
        dataset.putAndInsertString(DCM_SpecificCharacterSet, characterSet.toLatin1().constData());
    result.ok = true;
    return result;
}

PatientCoercion::Result PatientCoercion::apply(DcmDataset& ds, const LocalIdentity& local,
                                               const CoercionContext& ctx) {
    Result result;
    if (local.patientId.trimmed().isEmpty()) {
        result.error = tr("no local Patient ID was given");
        return result;
    }
    // Work in Unicode on a copy; the object is only replaced when everything succeeded.
    DcmDataset work(ds);
    // Patient attributes stored as UN are text (rtdose_rle_1frame.dcm): the changes recorded in
    // the job and the audit trail hold them as such, never as hex.
    ElementText::retypeUnknownText(work);
    // Values are put as UTF-8 first and the whole data set is then encoded for the destination.
    if (convertCharacterSet(work, QStringLiteral("ISO_IR 192")).ok == false) {
        result.error = tr("the object's text cannot be read in its character set");
        return result;
    }
    const SpecificCharacterSet utf8(QStringLiteral("ISO_IR 192"));
    auto textUtf8 = [&](const DcmTagKey& tag, bool pn = false) {
        return utf8.decode(rawValue(work, tag).toLatin1(), pn).trimmed();
    };

    struct Field {
        DcmTagKey tag;
        const char* keyword;
        QString next;
        bool pn;
        bool always; // recorded even when unchanged (Issuer of Patient ID with a new Patient ID)
    };
    const QString outsideId = textUtf8(DCM_PatientID);
    const QString outsideIssuer = textUtf8(DCM_IssuerOfPatientID);
    const bool idChanges = outsideId != local.patientId || outsideIssuer != local.issuer;
    QVector<Field> fields = {
        {DCM_PatientID, "PatientID", local.patientId, false, false},
        {DCM_IssuerOfPatientID, "IssuerOfPatientID", local.issuer, false, idChanges},
        {DCM_PatientName, "PatientName", local.name, true, false},
        {DCM_PatientBirthDate, "PatientBirthDate", local.birthDate, false, false},
        {DCM_PatientSex, "PatientSex", local.sex, false, false},
    };
    if (!local.accessionNumber.isEmpty())
        fields.append(
            {DCM_AccessionNumber, "AccessionNumber", local.accessionNumber, false, false});

    // The old values, in one Modified Attributes Sequence item (PS3.3 C.12.1.1.9.1).
    auto* modified = new DcmItem();
    for (const Field& f : std::as_const(fields)) {
        const QString before = textUtf8(f.tag, f.pn);
        if (before == f.next && !f.always)
            continue;
        if (before != f.next)
            result.changes.append({QString::fromLatin1(f.keyword), before, f.next});
        if (work.tagExists(f.tag)) {
            DcmElement* copy = nullptr;
            work.findAndGetElement(f.tag, copy, OFFalse, OFTrue);
            modified->insert(copy);
        } else {
            modified->insertEmptyElement(f.tag);
        }
    }
    if (result.changes.isEmpty()) {
        delete modified;
        // Same identity: nothing to record, only the character set may change.
        const Result converted = convertCharacterSet(work, ctx.characterSet);
        if (!converted.ok)
            return converted;
        ds = work;
        result.ok = true;
        result.approximated = converted.approximated;
        return result;
    }

    const QByteArray when =
        ctx.when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss.zzz'+0000'")).toLatin1();
    DcmItem* original = nullptr;
    work.findOrCreateSequenceItem(DCM_OriginalAttributesSequence, original, -2);
    auto* modifiedSeq = new DcmSequenceOfItems(DCM_ModifiedAttributesSequence);
    modifiedSeq->insert(modified);
    original->insert(modifiedSeq, OFTrue);
    original->putAndInsertString(DCM_AttributeModificationDateTime, when.constData());
    original->putAndInsertString(DCM_ModifyingSystem,
                                 ctx.modifyingSystem.left(64).toUtf8().constData());
    original->putAndInsertString(DCM_SourceOfPreviousValues,
                                 ctx.sourceOfPreviousValues.left(64).toUtf8().constData());
    original->putAndInsertString(DCM_ReasonForTheAttributeModification, "COERCE");

    // The outside ID stays findable: Other Patient IDs Sequence with its issuer.
    if (idChanges && !outsideId.isEmpty()) {
        DcmItem* other = nullptr;
        work.findOrCreateSequenceItem(DCM_OtherPatientIDsSequence, other, -2);
        other->putAndInsertString(DCM_PatientID, outsideId.toUtf8().constData());
        // The assigning authority of the outside ID: the medium's issuer when it names none.
        const QString issuer = outsideIssuer.isEmpty() ? ctx.sourceOfPreviousValues : outsideIssuer;
        if (!issuer.isEmpty())
            other->putAndInsertString(DCM_IssuerOfPatientID, issuer.left(64).toUtf8().constData());
        other->putAndInsertString(DCM_TypeOfPatientID, "TEXT");
    }

    for (const Field& f : std::as_const(fields))
        work.putAndInsertString(f.tag, f.next.toUtf8().constData());

    // Who changed the object: the portable media importer (DCM 110... MEDIM).
    DcmItem* equipment = nullptr;
    work.findOrCreateSequenceItem(DCM_ContributingEquipmentSequence, equipment, -2);
    DcmItem* purpose = nullptr;
    equipment->findOrCreateSequenceItem(DCM_PurposeOfReferenceCodeSequence, purpose, 0);
    purpose->putAndInsertString(DCM_CodeValue, "MEDIM");
    purpose->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    purpose->putAndInsertString(DCM_CodeMeaning, "Portable Media Importer Equipment");
    equipment->putAndInsertString(DCM_Manufacturer, "PDI Station");
    equipment->putAndInsertString(DCM_ManufacturerModelName, "PDI Station");
    equipment->putAndInsertString(DCM_SoftwareVersions, ctx.softwareVersion.toUtf8().constData());
    if (!ctx.institutionName.isEmpty())
        equipment->putAndInsertString(DCM_InstitutionName,
                                      ctx.institutionName.left(64).toUtf8().constData());
    if (!ctx.stationName.isEmpty())
        equipment->putAndInsertString(DCM_StationName,
                                      ctx.stationName.left(16).toUtf8().constData());
    equipment->putAndInsertString(DCM_ContributionDateTime, when.constData());
    equipment->putAndInsertString(DCM_ContributionDescription, "Imported from portable media");

    const Result converted = convertCharacterSet(work, ctx.characterSet);
    if (!converted.ok) {
        result.error = converted.error;
        result.changes.clear();
        return result;
    }
    result.approximated = converted.approximated;
    ds = work;
    result.ok = true;
    return result;
}

} // namespace pdi

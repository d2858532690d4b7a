#include "RecordAssembly.h"

#include "dicom/ElementText.h"
#include "dicom/PersonName.h"
#include "dicom/SpecificCharacterSet.h"

namespace pdi {

namespace {

// The record keys the rules and the report use (PS3.3 F.5; required keys as MESA checks them).
const RecordKey kKeys[] = {
    {tagKey(0x0010, 0x0020), true, false},  // Patient ID
    {tagKey(0x0010, 0x0010), true, true},   // Patient's Name
    {tagKey(0x0010, 0x0021), true, false},  // Issuer of Patient ID
    {tagKey(0x0010, 0x0030), false, false}, // Patient's Birth Date
    {tagKey(0x0010, 0x0040), false, false}, // Patient's Sex
    {tagKey(0x0020, 0x000D), false, false}, // Study Instance UID
    {tagKey(0x0008, 0x0020), false, false}, // Study Date
    {tagKey(0x0008, 0x0030), false, false}, // Study Time
    {tagKey(0x0020, 0x0010), true, false},  // Study ID
    {tagKey(0x0008, 0x0050), true, false},  // Accession Number
    {tagKey(0x0008, 0x1030), true, false},  // Study Description
    {tagKey(0x0008, 0x0060), false, false}, // Modality
    {tagKey(0x0020, 0x000E), false, false}, // Series Instance UID
    {tagKey(0x0020, 0x0011), false, false}, // Series Number
    {tagKey(0x0008, 0x103E), true, false},  // Series Description
    {tagKey(0x0020, 0x0013), false, false}, // Instance Number
    {tagKey(0x0008, 0x0018), false, false}, // SOP Instance UID
    {tagKey(0x0008, 0x0080), true, false},  // Institution Name
    {tagKey(0x0008, 0x0070), true, false},  // Manufacturer
    {tagKey(0x0008, 0x1090), true, false},  // Manufacturer's Model Name
    {tagKey(0x0018, 0x0050), false, false}, // Slice Thickness
    {tagKey(0x0028, 0x0008), false, false}, // Number of Frames
    {tagKey(0x0008, 0x0008), false, false}, // Image Type
};

static_assert(std::size(kKeys) <= RecordTextCache::kKeySlots);

QString ascii(const std::optional<QByteArray>& bytes) {
    return bytes ? ElementText::ascii(*bytes) : QString();
}

} // namespace

RecordField RecordAssembly::fieldOf(quint32 tag, const RecordKey** key) {
    switch (tag) {
    case tagKey(0x0004, 0x1430):
        return RecordField::Type;
    case tagKey(0x0004, 0x1400):
        return RecordField::Next;
    case tagKey(0x0004, 0x1420):
        return RecordField::Lower;
    case tagKey(0x0004, 0x1410):
        return RecordField::InUse;
    case tagKey(0x0004, 0x1500):
        return RecordField::FileId;
    case tagKey(0x0004, 0x1510):
        return RecordField::SopClass;
    case tagKey(0x0004, 0x1511):
        return RecordField::SopInstance;
    case tagKey(0x0004, 0x1512):
        return RecordField::TransferSyntax;
    case tagKey(0x0008, 0x0005):
        return RecordField::CharacterSet;
    default:
        break;
    }
    for (const RecordKey& k : kKeys) {
        if (k.tag == tag) {
            if (key)
                *key = &k;
            return RecordField::Key;
        }
    }
    return RecordField::None;
}

RecordAssembly::RecordAssembly(quint32 offset, RecordTextCache* cache)
    : cache_(cache) {
    rec_.offset = offset;
}

QString RecordAssembly::cachedAscii(RecordTextCache::Slot* slot,
                                    const std::optional<QByteArray>& bytes) {
    if (!cache_ || !bytes)
        return ascii(bytes);
    if (!slot->valid || slot->bytes != *bytes) {
        slot->valid = true;
        slot->bytes = *bytes;
        slot->text = ElementText::ascii(*bytes);
    }
    return slot->text;
}

void RecordAssembly::text(RecordField field, const RecordKey* key,
                          std::optional<QByteArray> bytes) {
    switch (field) {
    case RecordField::Type:
        rec_.type = cachedAscii(cache_ ? &cache_->type_ : nullptr, bytes);
        break;
    case RecordField::FileId:
        // Its components are read from it when needed (DirectoryRecord::fileIdParts).
        rec_.hasFileId = true;
        rec_.fileId = ascii(bytes);
        break;
    case RecordField::SopClass:
        rec_.refSopClassUid = cachedAscii(cache_ ? &cache_->sopClass_ : nullptr, bytes);
        break;
    case RecordField::SopInstance:
        rec_.refSopInstanceUid = ascii(bytes);
        break;
    case RecordField::TransferSyntax:
        rec_.refTransferSyntaxUid = cachedAscii(cache_ ? &cache_->transferSyntax_ : nullptr, bytes);
        break;
    case RecordField::CharacterSet:
        hasOwnCharset_ = true;
        ownCharset_ = std::move(bytes);
        break;
    case RecordField::Key:
        keys_.append({key, std::move(bytes)});
        break;
    default:
        break;
    }
}

void RecordAssembly::number(RecordField field, bool hasValue, quint32 value) {
    switch (field) {
    case RecordField::Next:
        rec_.hasNext = hasValue;
        if (hasValue)
            rec_.next = value;
        break;
    case RecordField::Lower:
        rec_.hasLower = hasValue;
        if (hasValue)
            rec_.lower = value;
        break;
    case RecordField::InUse:
        rec_.hasInUse = hasValue;
        if (hasValue)
            rec_.inUse = value != 0;
        break;
    default:
        break;
    }
}

DirectoryRecord RecordAssembly::finish(const SpecificCharacterSet& fileSetCharset,
                                       DicomDirectory& dir) {
    std::optional<SpecificCharacterSet> ownCharset;
    if (hasOwnCharset_) {
        ownCharset.emplace(ascii(ownCharset_));
        for (const QString& term : ownCharset->invalidTerms()) {
            if (!dir.invalidCharacterSets.contains(term))
                dir.invalidCharacterSets << term;
        }
    }
    const SpecificCharacterSet& recordCharset = ownCharset ? *ownCharset : fileSetCharset;
    rec_.keys.reserve(keys_.size());
    for (const auto& [key, bytes] : std::as_const(keys_)) {
        if (!bytes) {
            rec_.keys.append({key->tag, QString()});
            continue;
        }
        // The cache holds text decoded with the file set's character set only.
        RecordTextCache::Slot* slot =
            cache_ && !ownCharset ? &cache_->keys_[key - std::begin(kKeys)] : nullptr;
        if (slot && slot->valid && slot->bytes == *bytes) {
            rec_.undeclaredText = rec_.undeclaredText || slot->undeclared;
            rec_.keys.append({key->tag, slot->text});
            continue;
        }
        bool undeclared = false;
        QString text;
        if (!key->text) {
            text = ElementText::ascii(*bytes);
        } else if (key->personName) {
            text = PersonName::normalized(
                ElementText::decoded(*bytes, recordCharset, true, &undeclared));
        } else {
            text = ElementText::decoded(*bytes, recordCharset, false, &undeclared);
        }
        rec_.undeclaredText = rec_.undeclaredText || undeclared;
        if (slot) {
            slot->valid = true;
            slot->bytes = *bytes;
            slot->text = text;
            slot->undeclared = undeclared;
        }
        rec_.keys.append({key->tag, text});
    }
    return std::move(rec_);
}

} // namespace pdi

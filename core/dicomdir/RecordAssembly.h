#pragma once

#include "DicomDirectory.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <array>
#include <optional>

namespace pdi {

class SpecificCharacterSet;

// What an element of a directory record is to the reader: one of the elements every record
// carries (PS3.3 F.3-3), a key the rules and the report use (F.5), or nothing it keeps.
enum class RecordField {
    None,
    Type,
    Next,
    Lower,
    InUse,
    FileId,
    SopClass,
    SopInstance,
    TransferSyntax,
    CharacterSet,
    Key,
};

struct RecordKey {
    quint32 tag;
    bool text;       // decoded with the character set (else the default repertoire)
    bool personName; // and read as a person name
};

// The texts of the records read before, by field, for a reader that reads every record of one
// DICOMDIR with the file set's character set: records repeat their type, SOP Class, transfer
// syntax and the keys of their level, and equal bytes decode to equal text, so a value
// whose bytes repeat the previous record's is that record's string again (shared, not decoded
// and allocated once more).
class RecordTextCache {
public:
    static constexpr int kKeySlots = 32;

private:
    friend class RecordAssembly;
    struct Slot {
        bool valid = false;
        QByteArray bytes;
        QString text;
        bool undeclared = false; // the bytes need a character set the DICOMDIR does not declare
    };
    Slot type_;
    Slot sopClass_;
    Slot transferSyntax_;
    std::array<Slot, kKeySlots> keys_;
};

// Makes one DirectoryRecord from the elements of a record, whichever reader found them (DCMTK's
// record tree or the byte stream), so that both give the same record for the same bytes: the
// readers only say which element holds which bytes; the decoding (character sets, padding,
// person names) happens here, once.
class RecordAssembly {
public:
    // The field a tag is; *key is set for a Key.
    static RecordField fieldOf(quint32 tag, const RecordKey** key = nullptr);

    // cache: when given, values whose bytes repeat those of the records before are shared
    // with them (text bytes may then be views into the DICOMDIR that outlive the record).
    explicit RecordAssembly(quint32 offset, RecordTextCache* cache = nullptr);

    // A text element, as its value bytes with the padding DCMTK removes already removed;
    // nullopt when the element is present but not text. Elements come in ascending tag order.
    void text(RecordField field, const RecordKey* key, std::optional<QByteArray> bytes);
    // An offset or the in-use flag: present with a value, or present without one.
    void number(RecordField field, bool hasValue, quint32 value);

    // The record, its keys decoded with its own Specific Character Set when it has one, else
    // the file set's; terms of its own that are not valid are added to dir's.
    DirectoryRecord finish(const SpecificCharacterSet& fileSetCharset, DicomDirectory& dir);

private:
    QString cachedAscii(RecordTextCache::Slot* slot, const std::optional<QByteArray>& bytes);

    RecordTextCache* cache_;
    DirectoryRecord rec_;
    QVarLengthArray<std::pair<const RecordKey*, std::optional<QByteArray>>, 24> keys_;
    bool hasOwnCharset_ = false;
    std::optional<QByteArray> ownCharset_;
};

} // namespace pdi

#pragma once

#include <QCoreApplication>

#include "FileIdComponents.h"
#include "medium/MediumFile.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace pdi {

// One directory record of a DICOMDIR with the keys the rules look at, text decoded to Unicode.
struct DirectoryRecord {
    QString type;       // Directory Record Type, e.g. PATIENT, STUDY, SERIES, IMAGE, SR DOCUMENT
    quint32 offset = 0; // of the item in the DICOMDIR file
    quint32 next = 0;
    quint32 lower = 0;
    bool inUse = true;
    // The Type 1 elements every record must carry (PS3.3 F.3-3), present or not.
    bool hasNext = false;
    bool hasLower = false;
    bool hasInUse = false;
    bool hasFileId = false; // the record has a Referenced File ID (it may be empty)
    QString fileId;         // Referenced File ID as recorded, components joined by '\'
    QString refSopClassUid;
    QString refSopInstanceUid;
    QString refTransferSyntaxUid;
    // Present keys: tag (group << 16 | element) and value. A record has a dozen at most, so a
    // flat list beats a hash table per record on DICOMDIRs with tens of thousands of records.
    QVector<std::pair<quint32, QString>> keys;
    // A text key has bytes that need a character set neither the record nor the DICOMDIR
    // declares (GDCM's gdcmgendir copies names without the Specific Character Set).
    bool undeclaredText = false;
    int parent = -1;
    QVector<int> children;

    bool has(quint32 tag) const {
        for (const auto& k : keys) {
            if (k.first == tag)
                return true;
        }
        return false;
    }
    QString value(quint32 tag) const {
        for (const auto& k : keys) {
            if (k.first == tag)
                return k.second;
        }
        return QString();
    }
    int level() const; // 1 patient, 2 study, 3 series, 4 instance-level records, 0 other
    // The File ID's components (none without a File ID), views into fileId.
    FileIdComponents fileIdParts() const {
        return hasFileId ? FileIdComponents(fileId) : FileIdComponents();
    }
};

// A parsed DICOMDIR. Hierarchy comes from the record offsets; when those are broken it is
// inferred from record order and the problem is recorded for the rules.
struct DicomDirectory {
    QString path; // on the medium
    bool part10 = false;
    QString mediaStorageSopClassUid;
    QString transferSyntaxUid;
    QString fileSetId;
    QString specificCharacterSet;     // of the File-set Descriptor File (0004,1142)
    QString recordCharacterSet;       // (0008,0005) of the DICOMDIR, for the records' text
    QStringList invalidCharacterSets; // terms of it or of a record that are not valid
    QString characterSetReadAs;       // how the records' text was read
    QVector<DirectoryRecord> records;
    QVector<int> roots;
    bool hasFirstRootOffset = false;
    bool hasLastRootOffset = false;
    quint32 firstRootOffset = 0;
    quint32 lastRootOffset = 0; // (0004,1202): the last record of the root directory entity
    QStringList metaMissing;    // Type 1 file meta information elements it lacks (names)
    QString damage;             // where its structure is damaged, when it could still be read
    bool offsetsValid = true;
    QStringList offsetProblems; // sentences for a person
    bool truncated = false;     // more records than the limit
};

class DicomdirReader {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomdirReader)

public:
    struct Result {
        bool ok = false;
        DicomDirectory directory;
        QString error;          // when !ok: what is wrong
        bool fromBytes = false; // read by the byte reader (DicomdirByteReader), not DCMTK
        bool declined = false;  // Parser::Bytes only: the byte reader left it to DCMTK
    };
    // Which reader reads the records. Both give the same directory for the same bytes; the
    // choice is for the tests and the fuzzer that prove it.
    enum class Parser {
        Fastest, // the byte reader, DCMTK for what it declines
        Dcmtk,   // DCMTK's tree only
        Bytes,   // the byte reader only (declined = true where it declines)
    };
    // The memory a DICOMDIR may take while it is read, whatever it holds (docs/admin.md): DCMTK
    // builds every element as an object (about 300 bytes each, measured), the records
    // keep their keys as text. A real DICOMDIR of 50,000 images has about a million elements.
    static constexpr qint64 kMemoryBudgetBytes = 512ll << 20;
    static constexpr qint64 kMaxDicomdirBytes = 128ll << 20;
    static constexpr qint64 kMaxElements = 1200000;
    static constexpr int kMaxRecords = 200000;

    static Result read(std::shared_ptr<MediumFile> file, const QString& path,
                       Parser parser = Parser::Fastest);
};

constexpr quint32 tagKey(quint16 group, quint16 element) {
    return (quint32(group) << 16) | element;
}

} // namespace pdi

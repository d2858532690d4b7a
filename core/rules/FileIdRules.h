#pragma once

#include "dicomdir/FileIdComponents.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pdi {

// Names on a PDI medium: DICOM File IDs (PS3.10 8.2, PS3.12 Annex F) and ISO 9660 Level 1 names
// for everything else. The writer makes names with these rules and the checker enforces them.
class FileIdRules {
public:
    static constexpr int kMaxComponents = 8;
    static constexpr int kMaxComponentLength = 8;

    // 1 to 8 characters of A-Z, 0-9 and '_'.
    static bool isValidComponent(QStringView component);
    static bool isValidFileId(const FileIdComponents& components);
    // ISO 9660 Level 1 file name: 1-8 characters, optionally '.' and 0-3 more, all d-characters.
    static bool isLevel1FileName(QStringView name);
    // ISO 9660 Level 1 directory name: 1-8 d-characters, no extension.
    static bool isLevel1DirectoryName(QStringView name);
    // Valid CS value for a File-set ID: at most 16 characters of A-Z, 0-9, '_' and space.
    static bool isValidFileSetId(QStringView id);
    // Why a component is not valid, for a person; empty when it is valid.
    static QString problem(const QString& component);
};

} // namespace pdi

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pdi {

// Gives every instance written to a medium a File ID that PS3.10 allows: DICOM/Pnnnnnnn/
// Snnnnnnn/Rnnnnnnn/Innnnnnn (patient, study, series, instance), at most 8 characters of A-Z,
// 0-9 and _ per component. The same UIDs always get the same File ID within one medium.
class FileIdAllocator {
public:
    static constexpr int kMaxPerLevel = 9999999; // what 7 digits after the letter can count

    // Components of the File ID for this instance; empty when a level is full.
    QStringList allocate(const QString& patientKey, const QString& studyUid,
                         const QString& seriesUid, const QString& sopInstanceUid);

    static QString rootFolder() { return QStringLiteral("DICOM"); }

private:
    struct Level {
        QHash<QString, int> numbers;
    };
    static QString component(QChar letter, int number);
    QHash<QString, Level> children_; // parent path -> numbering of its children
    QHash<QString, QStringList> assigned_;
};

} // namespace pdi

#pragma once

#include "ImportDestination.h"
#include "archive/LocalArchive.h"

namespace pdi {

// The station's local archive: each object is filed as it comes, in the name of the person who
// imports; nothing to confirm afterwards.
class ArchiveDestination : public ImportDestination {
public:
    ArchiveDestination(const Station& station, QString storedBy);

    Result<void> open(const QVector<const ImportObject*>& objects) override;
    Stored store(DcmFileFormat& file, const ImportObject& object) override;
    void close() override {}

private:
    LocalArchive archive_;
    QString storedBy_;
};

} // namespace pdi

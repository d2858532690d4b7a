#include "ArchiveDestination.h"

namespace pdi {

ArchiveDestination::ArchiveDestination(const Station& station, QString storedBy)
    : archive_(station)
    , storedBy_(std::move(storedBy)) {}

Result<void> ArchiveDestination::open(const QVector<const ImportObject*>&) {
    return {};
}

ImportDestination::Stored ArchiveDestination::store(DcmFileFormat& file, const ImportObject&) {
    Result<ArchivedInstance> stored = archive_.store(file, storedBy_);
    if (!stored)
        return {Stored::Kind::Rejected, stored.error().message};
    return {Stored::Kind::Stored, QString()};
}

} // namespace pdi

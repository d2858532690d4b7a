#include "IsoVolumeReader.h"

#include "IsoMedium.h"

#include <QSet>

namespace pdi {

namespace {

constexpr qint64 kBlock = 2048;
constexpr int kFirstDescriptor = 16;
constexpr int kMaxDescriptors = 64; // a real image has three or four

quint32 le32(const char* p) {
    const auto* u = reinterpret_cast<const uchar*>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

// The ISO 9660 name as a person and a File ID see it: version (";1") and a trailing dot of a
// name without extension stripped, letter case kept.
QString mappedName(const QByteArray& raw) {
    QByteArray name = raw;
    const int semicolon = name.indexOf(';');
    if (semicolon >= 0)
        name.truncate(semicolon);
    if (name.endsWith('.'))
        name.chop(1);
    return QString::fromLatin1(name);
}

} // namespace

bool IsoVolumeReader::readDescriptors(QString* error) {
    bool primary = false;
    for (int i = 0; i < kMaxDescriptors; ++i) {
        QByteArray vd(int(kBlock), '\0');
        if (image_.readAt((kFirstDescriptor + i) * kBlock, vd.data(), kBlock) != kBlock ||
            vd.mid(1, 5) != "CD001")
            break;
        const uchar type = uchar(vd.at(0));
        if (type == 255)
            break;
        if (type == 0 && vd.mid(7, 23) == "EL TORITO SPECIFICATION") {
            medium_.elTorito_ = true;
        } else if (type == 1 && !primary) {
            primary = true;
            medium_.volumeId_ = QString::fromLatin1(vd.mid(40, 32)).trimmed();
            rootBlock_ = le32(vd.constData() + 156 + 2);
            rootLength_ = le32(vd.constData() + 156 + 10);
        } else if (type == 2) {
            const QByteArray escapes = vd.mid(88, 32);
            if (escapes.contains("%/@") || escapes.contains("%/C") || escapes.contains("%/E"))
                medium_.joliet_ = true;
        }
    }
    if (!primary) {
        *error = tr("not a readable ISO 9660 image (no primary volume descriptor)");
        return false;
    }
    return true;
}

QByteArray IsoVolumeReader::readExtent(quint32 block, quint32 length) {
    const qint64 offset = qint64(block) * kBlock;
    if (length == 0 || offset + length > image_.size())
        return QByteArray();
    QByteArray data(int(length), Qt::Uninitialized);
    if (image_.readAt(offset, data.data(), length) != length)
        return QByteArray();
    directoryBytesRead_ += length;
    return data;
}

void IsoVolumeReader::readRockRidgeMark(const QByteArray& firstRecord) {
    // SUSP's "SP" entry opens the system use area of the root's "." record (IEEE P1281).
    if (firstRecord.size() < 34)
        return;
    const int nameLength = uchar(firstRecord.at(32));
    const int suspStart = 33 + nameLength + ((nameLength % 2 == 0) ? 1 : 0);
    const QByteArray su = firstRecord.mid(suspStart);
    if (su.size() >= 7 && su.startsWith("SP") && uchar(su.at(4)) == 0xBE && uchar(su.at(5)) == 0xEF)
        medium_.rockRidge_ = true;
}

void IsoVolumeReader::readTree() {
    const MediumLimits& limits = medium_.limits_;
    QSet<quint32> visited{rootBlock_};
    QVector<Directory> todo{{rootBlock_, rootLength_, QString(), 1}};
    while (!todo.isEmpty()) {
        const Directory dir = todo.takeLast();
        if (dir.depth > limits.maxDepth) {
            medium_.addProblem(
                ListingProblem::Kind::LimitReached, dir.path,
                tr("folders nested deeper than %1 levels were not read").arg(limits.maxDepth));
            continue;
        }
        QVector<Directory> children;
        readDirectory(dir, children);
        // Depth first in name order, as the records list them.
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            if (visited.contains(it->block)) {
                medium_.addProblem(ListingProblem::Kind::Loop, it->path,
                                   tr("the folder leads back to a folder already read (a loop "
                                      "in the directory records); it was not followed"));
                continue;
            }
            visited.insert(it->block);
            todo.append(*it);
        }
    }
}

void IsoVolumeReader::readDirectory(const Directory& dir, QVector<Directory>& children) {
    const MediumLimits& limits = medium_.limits_;
    const QString where = dir.path.isEmpty() ? QStringLiteral("/") : dir.path;
    if (directoryBytesRead_ + dir.length > kMaxDirectoryBytes) {
        medium_.addProblem(ListingProblem::Kind::LimitReached, dir.path,
                           tr("the folders hold more than %1 MB of directory records; the rest "
                              "was not read")
                               .arg(kMaxDirectoryBytes >> 20));
        return;
    }
    const QByteArray data = readExtent(dir.block, dir.length);
    if (data.isEmpty()) {
        medium_.addProblem(
            ListingProblem::Kind::Unreadable, dir.path,
            tr("the folder %1 lies beyond the end of the image or cannot be read").arg(where));
        return;
    }
    const qint64 containerSize = image_.size();
    // A file of several extents is recorded as several records of one name, all but the last
    // marked "multi-extent".
    QVector<IsoMedium::Extent> pendingExtents;
    int recordNumber = 0;
    int pos = 0;
    while (pos < data.size()) {
        const int length = uchar(data.at(pos));
        const int sectorEnd = int((pos / kBlock + 1) * kBlock);
        if (length == 0) {
            pos = sectorEnd; // records never cross a sector; the rest of this one is padding
            continue;
        }
        if (length < 34 || pos + length > qMin(sectorEnd, int(data.size())) ||
            33 + uchar(data.at(pos + 32)) > length) {
            medium_.addProblem(ListingProblem::Kind::Unreadable, dir.path,
                               tr("a directory record of the folder %1 is damaged; the rest of "
                                  "the folder was not read")
                                   .arg(where));
            return;
        }
        const char* record = data.constData() + pos;
        pos += length;
        if (recordNumber++ < 2) { // "." and ".."
            if (dir.depth == 1 && recordNumber == 1)
                readRockRidgeMark(QByteArray(record, length));
            continue;
        }
        if (medium_.entries().size() >= limits.maxEntries) {
            medium_.addProblem(
                ListingProblem::Kind::LimitReached, dir.path,
                tr("more than %1 entries; the rest was not read").arg(limits.maxEntries));
            return;
        }
        const quint32 block = le32(record + 2);
        const quint32 size = le32(record + 10);
        const uchar flags = uchar(record[25]);
        const QString name = mappedName(QByteArray(record + 33, uchar(record[32])));
        MediumEntry e;
        e.path = dir.path.isEmpty() ? name : dir.path + QLatin1Char('/') + name;
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
            name.contains(QLatin1Char('/')) || name.contains(QChar(0))) {
            medium_.addProblem(ListingProblem::Kind::UnsafePath, e.path.left(200),
                               tr("the name \"%1\" in the folder %2").arg(name.left(64), where));
            continue;
        }
        if (e.path.size() > limits.maxPathLength) {
            medium_.addProblem(
                ListingProblem::Kind::LimitReached, e.path.left(80),
                tr("path longer than %1 characters skipped").arg(limits.maxPathLength));
            continue;
        }
        if (flags & 0x02) {
            e.type = MediumEntry::Type::Directory;
            children.append({block, size, e.path, dir.depth + 1});
            medium_.addEntry(std::move(e));
            continue;
        }
        pendingExtents.append({qint64(block) * kBlock, qint64(size)});
        if (flags & 0x80)
            continue; // more extents of this file follow
        e.type = MediumEntry::Type::File;
        for (const IsoMedium::Extent& extent : std::as_const(pendingExtents)) {
            e.size += extent.size;
            if (extent.offset + extent.size > containerSize) {
                e.unreadable = true;
                e.note = tr("the file lies beyond the end of the image (truncated image)");
            }
        }
        medium_.extents_.insert(e.path, pendingExtents);
        pendingExtents.clear();
        medium_.addEntry(std::move(e));
    }
}

} // namespace pdi

#include "Medium.h"

namespace pdi {

QString mediumKindName(MediumKind kind) {
    switch (kind) {
    case MediumKind::Folder:
        return QStringLiteral("folder");
    case MediumKind::Iso:
        return QStringLiteral("iso");
    case MediumKind::Zip:
        return QStringLiteral("zip");
    }
    return QString();
}

const MediumEntry* Medium::find(const QString& path) const {
    auto it = byPath_.constFind(path);
    if (it != byPath_.constEnd())
        return &entries_.at(*it);
    auto folded = byFoldedPath_.constFind(path.toUpper());
    if (folded != byFoldedPath_.constEnd())
        return &entries_.at(*folded);
    return nullptr;
}

void Medium::addEntry(MediumEntry entry) {
    const int index = entries_.size();
    // The tables grow eight-fold instead of two-fold: a disc lists thousands of entries, and each
    // growth hashes every path again (and moves every entry).
    if (byPath_.size() >= byPath_.capacity()) {
        const qsizetype more = qMax<qsizetype>(256, byPath_.size() * 8);
        byPath_.reserve(more);
        byFoldedPath_.reserve(more);
        entries_.reserve(more);
    }
    byPath_.insert(entry.path, index);
    // The first of several names that differ only in case wins; the rules report the clash.
    // (One lookup: operator[] adds the name when it is new.)
    const qsizetype folded = byFoldedPath_.size();
    int& first = byFoldedPath_[entry.path.toUpper()];
    if (byFoldedPath_.size() != folded)
        first = index;
    entries_.append(std::move(entry));
}

void Medium::addProblem(ListingProblem::Kind kind, const QString& path, const QString& detail) {
    problems_.append({kind, path, detail});
}

} // namespace pdi

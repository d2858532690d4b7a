#include "DirectoryComparison.h"

#include <QStringList>

namespace pdi::test {

namespace {

QString show(const QString& v) {
    return QLatin1Char('"') + v + QLatin1Char('"');
}
QString show(const QStringList& v) {
    return QLatin1Char('[') + v.join(QLatin1String("|")) + QLatin1Char(']');
}
QString show(bool v) {
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
QString show(quint32 v) {
    return QString::number(v);
}
QString show(int v) {
    return QString::number(v);
}
QString show(const QVector<int>& v) {
    QStringList parts;
    for (int i : v)
        parts << QString::number(i);
    return show(parts);
}
QString show(const QVector<std::pair<quint32, QString>>& keys) {
    QStringList parts;
    for (const auto& [tag, value] : keys)
        parts << QString::number(tag, 16) + QLatin1Char('=') + value;
    return show(parts);
}

class Differences {
public:
    template <typename T> void check(const QString& what, const T& a, const T& b) {
        if (first_.isEmpty() && !(a == b))
            first_ = QStringLiteral("%1: %2 vs %3").arg(what, show(a), show(b));
    }
    QString first() const { return first_; }

private:
    QString first_;
};

void compareRecord(Differences& d, int i, const DirectoryRecord& a, const DirectoryRecord& b) {
    const QString at = QStringLiteral("record %1 ").arg(i);
    d.check(at + QLatin1String("type"), a.type, b.type);
    d.check(at + QLatin1String("offset"), a.offset, b.offset);
    d.check(at + QLatin1String("next"), a.next, b.next);
    d.check(at + QLatin1String("lower"), a.lower, b.lower);
    d.check(at + QLatin1String("inUse"), a.inUse, b.inUse);
    d.check(at + QLatin1String("hasNext"), a.hasNext, b.hasNext);
    d.check(at + QLatin1String("hasLower"), a.hasLower, b.hasLower);
    d.check(at + QLatin1String("hasInUse"), a.hasInUse, b.hasInUse);
    d.check(at + QLatin1String("fileId"), a.fileId, b.fileId);
    d.check(at + QLatin1String("hasFileId"), a.hasFileId, b.hasFileId);
    d.check(at + QLatin1String("fileIdParts"), a.fileIdParts().toList(), b.fileIdParts().toList());
    d.check(at + QLatin1String("refSopClassUid"), a.refSopClassUid, b.refSopClassUid);
    d.check(at + QLatin1String("refSopInstanceUid"), a.refSopInstanceUid, b.refSopInstanceUid);
    d.check(at + QLatin1String("refTransferSyntaxUid"), a.refTransferSyntaxUid,
            b.refTransferSyntaxUid);
    d.check(at + QLatin1String("keys"), a.keys, b.keys);
    d.check(at + QLatin1String("undeclaredText"), a.undeclaredText, b.undeclaredText);
    d.check(at + QLatin1String("parent"), a.parent, b.parent);
    d.check(at + QLatin1String("children"), a.children, b.children);
}

} // namespace

QString directoryDifference(const DicomdirReader::Result& ra, const DicomdirReader::Result& rb) {
    Differences d;
    d.check(QStringLiteral("ok"), ra.ok, rb.ok);
    d.check(QStringLiteral("error"), ra.error, rb.error);
    const DicomDirectory& a = ra.directory;
    const DicomDirectory& b = rb.directory;
    d.check(QStringLiteral("path"), a.path, b.path);
    d.check(QStringLiteral("part10"), a.part10, b.part10);
    d.check(QStringLiteral("mediaStorageSopClassUid"), a.mediaStorageSopClassUid,
            b.mediaStorageSopClassUid);
    d.check(QStringLiteral("transferSyntaxUid"), a.transferSyntaxUid, b.transferSyntaxUid);
    d.check(QStringLiteral("fileSetId"), a.fileSetId, b.fileSetId);
    d.check(QStringLiteral("specificCharacterSet"), a.specificCharacterSet, b.specificCharacterSet);
    d.check(QStringLiteral("recordCharacterSet"), a.recordCharacterSet, b.recordCharacterSet);
    d.check(QStringLiteral("invalidCharacterSets"), a.invalidCharacterSets, b.invalidCharacterSets);
    d.check(QStringLiteral("characterSetReadAs"), a.characterSetReadAs, b.characterSetReadAs);
    d.check(QStringLiteral("record count"), int(a.records.size()), int(b.records.size()));
    for (int i = 0; i < qMin(a.records.size(), b.records.size()); ++i)
        compareRecord(d, i, a.records.at(i), b.records.at(i));
    d.check(QStringLiteral("roots"), a.roots, b.roots);
    d.check(QStringLiteral("hasFirstRootOffset"), a.hasFirstRootOffset, b.hasFirstRootOffset);
    d.check(QStringLiteral("hasLastRootOffset"), a.hasLastRootOffset, b.hasLastRootOffset);
    d.check(QStringLiteral("firstRootOffset"), a.firstRootOffset, b.firstRootOffset);
    d.check(QStringLiteral("lastRootOffset"), a.lastRootOffset, b.lastRootOffset);
    d.check(QStringLiteral("metaMissing"), a.metaMissing, b.metaMissing);
    d.check(QStringLiteral("damage"), a.damage, b.damage);
    d.check(QStringLiteral("offsetsValid"), a.offsetsValid, b.offsetsValid);
    d.check(QStringLiteral("offsetProblems"), a.offsetProblems, b.offsetProblems);
    d.check(QStringLiteral("truncated"), a.truncated, b.truncated);
    return d.first();
}

} // namespace pdi::test

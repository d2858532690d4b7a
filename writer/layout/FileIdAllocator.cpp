#include "FileIdAllocator.h"

namespace pdi {

QString FileIdAllocator::component(QChar letter, int number) {
    return QString(letter) + QStringLiteral("%1").arg(number, 7, 10, QLatin1Char('0'));
}

QStringList FileIdAllocator::allocate(const QString& patientKey, const QString& studyUid,
                                      const QString& seriesUid, const QString& sopInstanceUid) {
    const QString key =
        patientKey + QChar(0) + studyUid + QChar(0) + seriesUid + QChar(0) + sopInstanceUid;
    auto done = assigned_.constFind(key);
    if (done != assigned_.constEnd())
        return *done;

    const QString levelKeys[] = {patientKey, studyUid, seriesUid, sopInstanceUid};
    const QChar letters[] = {QLatin1Char('P'), QLatin1Char('S'), QLatin1Char('R'),
                             QLatin1Char('I')};
    QStringList parts{rootFolder()};
    for (int level = 0; level < 4; ++level) {
        Level& children = children_[parts.join(QLatin1Char('/'))];
        auto it = children.numbers.constFind(levelKeys[level]);
        int number = 0;
        if (it != children.numbers.constEnd()) {
            number = *it;
        } else {
            number = children.numbers.size() + 1;
            if (number > kMaxPerLevel)
                return QStringList();
            children.numbers.insert(levelKeys[level], number);
        }
        parts << component(letters[level], number);
    }
    assigned_.insert(key, parts);
    return parts;
}

} // namespace pdi

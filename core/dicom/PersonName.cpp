#include "PersonName.h"

#include <QStringList>

namespace pdi {

PersonName PersonName::fromDicom(const QString& value) {
    const QStringList groups = value.split(QLatin1Char('='));
    PersonName pn;
    pn.alphabetic = groups.value(0);
    pn.ideographic = groups.value(1);
    pn.phonetic = groups.value(2);
    return pn;
}

QString PersonName::toDicom() const {
    QStringList groups{alphabetic, ideographic, phonetic};
    while (!groups.isEmpty() && groups.constLast().isEmpty())
        groups.removeLast();
    return groups.join(QLatin1Char('='));
}

QString PersonName::readable(const QString& group) {
    QStringList parts = group.split(QLatin1Char('^'));
    for (QString& p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString PersonName::normalized(const QString& dicomName) {
    PersonName pn = fromDicom(dicomName);
    for (QString* group : {&pn.alphabetic, &pn.ideographic, &pn.phonetic}) {
        while (!group->isEmpty() &&
               (group->endsWith(QLatin1Char('^')) || group->endsWith(QLatin1Char(' '))))
            group->chop(1);
    }
    return pn.toDicom();
}

QString PersonName::withoutEmptyGroups(const QString& dicomName) {
    PersonName pn = fromDicom(dicomName);
    for (QString* group : {&pn.alphabetic, &pn.ideographic, &pn.phonetic}) {
        if (readable(*group).isEmpty())
            group->clear();
    }
    return pn.toDicom();
}

QString PersonName::display() const {
    QStringList others;
    if (!ideographic.isEmpty())
        others << readable(ideographic);
    if (!phonetic.isEmpty())
        others << readable(phonetic);
    const QString main = readable(alphabetic);
    if (main.isEmpty())
        return others.join(QLatin1String(" / "));
    if (others.isEmpty())
        return main;
    return main + QLatin1String(" (") + others.join(QLatin1String(", ")) + QLatin1Char(')');
}

} // namespace pdi

#include "KanjiVariants.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

// The table lives in a static library's resources: referencing the initializer links it in.
static void initReconcileResources() {
    Q_INIT_RESOURCE(reconcile);
}

namespace pdi {

namespace {

struct Table {
    QHash<char32_t, char32_t> representative;
    QHash<char32_t, QList<char32_t>> members; // representative -> the group, itself first

    Table() {
        initReconcileResources();
        QFile file(QStringLiteral(":/reconcile/kanji-variants.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QList<uint> variant = line.section(QLatin1Char('\t'), 0, 0).toUcs4();
            const QList<uint> rep = line.section(QLatin1Char('\t'), 1, 1).toUcs4();
            if (variant.size() != 1 || rep.size() != 1)
                continue;
            representative.insert(variant.first(), rep.first());
            QList<char32_t>& group = members[rep.first()];
            if (group.isEmpty())
                group << rep.first();
            group << variant.first();
        }
    }
};

const Table& table() {
    static const Table t;
    return t;
}

} // namespace

char32_t KanjiVariants::representative(char32_t c) {
    return table().representative.value(c, c);
}

QString KanjiVariants::fold(const QString& text) {
    const QList<uint> in = text.toUcs4();
    QString out;
    out.reserve(text.size());
    for (uint c : in) {
        const char32_t r = representative(c);
        out += QString::fromUcs4(&r, 1);
    }
    return out;
}

QList<char32_t> KanjiVariants::variantsOf(char32_t c) {
    QList<char32_t> group = table().members.value(representative(c));
    if (group.isEmpty())
        return {c};
    group.removeAll(c);
    group.prepend(c);
    return group;
}

bool KanjiVariants::isKanji(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005;
}

int KanjiVariants::size() {
    return table().representative.size();
}

} // namespace pdi

#include "SettingParser.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace pdi {

namespace {

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QString SettingParser::storageText(const SettingDefinition& d, const QJsonValue& v) {
    switch (d.type) {
    case SettingType::TextList:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case SettingType::Boolean:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Integer:
        return QString::number(v.toInt());
    case SettingType::Number:
        return QString::number(v.toDouble(), 'g', 15);
    case SettingType::Text:
    case SettingType::Choice:
    case SettingType::FilePath:
        return v.toString();
    }
    return QString();
}

QString SettingParser::format(const SettingDefinition& d, const QJsonValue& v) {
    if (d.type == SettingType::TextList) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << item.toString();
        return items.join(QLatin1String(", "));
    }
    return storageText(d, v);
}

Result<QJsonValue> SettingParser::parse(const SettingDefinition& d, const QString& input,
                                        const QString& subject) {
    const QString what = subject.isEmpty() ? d.key : subject;
    const QString text = input.trimmed();
    switch (d.type) {
    case SettingType::Text:
        return parseText(d, text, what);
    case SettingType::Integer:
        return parseInteger(d, text, what);
    case SettingType::Number:
        return parseNumber(d, text, what);
    case SettingType::Boolean:
        return parseBoolean(text, what);
    case SettingType::Choice:
        return parseChoice(d, text, what);
    case SettingType::TextList:
        return parseList(d, text, what);
    case SettingType::FilePath:
        return parseFile(d, text, what);
    }
    return Error::invalid(tr("%1 cannot be set.").arg(what));
}

Result<QJsonValue> SettingParser::parseText(const SettingDefinition& d, const QString& text,
                                            const QString& what) {
    if (hasControlCharacters(text))
        return Error::invalid(
            tr("%1 must be a single line of text without control characters.").arg(what));
    if (text.size() < d.minimum)
        return Error::invalid(tr("%1 must not be empty.").arg(what));
    if (text.size() > d.maximum)
        return Error::invalid(tr("%1 takes at most %2 characters; \"%3\" has %4.")
                                  .arg(what)
                                  .arg(int(d.maximum))
                                  .arg(text)
                                  .arg(text.size()));
    if (d.check) {
        if (auto valid = d.check(what, text); !valid)
            return valid.error();
    }
    return QJsonValue(text);
}

Result<QJsonValue> SettingParser::parseInteger(const SettingDefinition& d, const QString& text,
                                               const QString& what) {
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < d.minimum || v > d.maximum)
        return Error::invalid(tr("%1 must be a whole number from %2 to %3.")
                                  .arg(what)
                                  .arg(int(d.minimum))
                                  .arg(int(d.maximum)));
    return QJsonValue(v);
}

Result<QJsonValue> SettingParser::parseNumber(const SettingDefinition& d, const QString& text,
                                              const QString& what) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < d.minimum || v > d.maximum)
        return Error::invalid(tr("%1 must be a number from %2 to %3 (use a dot for decimals).")
                                  .arg(what)
                                  .arg(d.minimum)
                                  .arg(d.maximum));
    return QJsonValue(v);
}

Result<QJsonValue> SettingParser::parseBoolean(const QString& text, const QString& what) {
    const QString t = text.toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
        t == QLatin1String("1"))
        return QJsonValue(true);
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
        t == QLatin1String("0"))
        return QJsonValue(false);
    return Error::invalid(tr("%1 must be true or false.").arg(what));
}

Result<QJsonValue> SettingParser::parseChoice(const SettingDefinition& d, const QString& text,
                                              const QString& what) {
    for (const QString& c : d.choices) {
        if (c.compare(text, Qt::CaseInsensitive) == 0)
            return QJsonValue(c);
    }
    QStringList shown;
    for (const QString& c : d.choices)
        shown << (c.isEmpty() ? QStringLiteral("\"\"") : c);
    return Error::invalid(tr("%1 must be one of: %2.").arg(what, shown.join(QLatin1String(", "))));
}

Result<QJsonValue> SettingParser::parseList(const SettingDefinition& d, const QString& text,
                                            const QString& what) {
    QStringList items;
    if (text.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return Error::invalid(
                tr("%1: \"%2\" is not a JSON array of names; give the names separated by "
                   "commas instead.")
                    .arg(what, text));
        for (const QJsonValue& v : doc.array()) {
            if (!v.isString())
                return Error::invalid(
                    tr("%1: every item of the JSON array must be a text.").arg(what));
            items << v.toString();
        }
    } else {
        items = text.split(QLatin1Char(','));
    }
    QStringList clean;
    for (const QString& raw : std::as_const(items)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        if (hasControlCharacters(item) || item.size() > d.maximum)
            return Error::invalid(
                tr("%1: \"%2\" is not a usable name (one line, at most %3 characters).")
                    .arg(what, item)
                    .arg(int(d.maximum)));
        if (!clean.contains(item, Qt::CaseInsensitive))
            clean << item;
    }
    if (clean.size() > 500)
        return Error::invalid(tr("%1 takes at most 500 names.").arg(what));
    return QJsonValue(QJsonArray::fromStringList(clean));
}

Result<QJsonValue> SettingParser::parseFile(const SettingDefinition& d, const QString& text,
                                            const QString& what) {
    if (text.isEmpty())
        return QJsonValue(QString());
    const QFileInfo info(text);
    if (!info.isAbsolute())
        return Error::invalid(
            tr("%1 must be an absolute path (the GUI and the CLI start in different "
               "folders).")
                .arg(what));
    if (!info.isFile() || !info.isReadable())
        return Error::invalid(tr("%1: %2 is not a readable file.").arg(what, text));
    if (d.check) {
        if (auto valid = d.check(what, text); !valid)
            return valid.error();
    }
    return QJsonValue(info.absoluteFilePath());
}

} // namespace pdi

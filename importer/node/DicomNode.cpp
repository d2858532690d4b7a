#include "DicomNode.h"

#include <QJsonArray>

namespace pdi {

namespace {

const DicomNode::Role AllRoles[] = {DicomNode::Store, DicomNode::Find, DicomNode::Worklist,
                                    DicomNode::Commit};

} // namespace

QString DicomNode::readableName(const QString& name) {
    if (name == QLatin1String(LocalName))
        return QCoreApplication::translate("pdi::DicomNode", "the local archive");
    return name;
}

DicomNode DicomNode::localArchive() {
    DicomNode n;
    n.name = QString::fromLatin1(LocalName);
    n.aeTitle = QStringLiteral("LOCAL");
    n.roles = Store | Find;
    n.characterSet = QStringLiteral("ISO_IR 192");
    return n;
}

QString DicomNode::roleName(Role role) {
    switch (role) {
    case Store:
        return QStringLiteral("store");
    case Find:
        return QStringLiteral("find");
    case Worklist:
        return QStringLiteral("worklist");
    case Commit:
        return QStringLiteral("commit");
    }
    return QString();
}

QStringList DicomNode::roleNames(int roles) {
    QStringList names;
    for (Role r : AllRoles) {
        if (roles & r)
            names << roleName(r);
    }
    return names;
}

std::optional<int> DicomNode::parseRoles(const QString& text) {
    int roles = 0;
    for (const QString& raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        bool known = false;
        for (Role r : AllRoles) {
            if (roleName(r) == name) {
                roles |= r;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    if (roles == 0)
        return std::nullopt;
    return roles;
}

std::optional<QString> DicomNode::parseCharacterSet(const QString& text) {
    QString t = text.trimmed().toUpper();
    while (t.startsWith(QLatin1Char('\\')))
        t.remove(0, 1);
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (t == QLatin1String("ISO IR 192") || t == QLatin1String("UTF-8") ||
        t == QLatin1String("UTF8"))
        return QStringLiteral("ISO_IR 192");
    if (t == QLatin1String("ISO 2022 IR 87") || t == QLatin1String("ISO 2022 IR 6\\ISO 2022 IR 87"))
        return QStringLiteral("\\ISO 2022 IR 87");
    return std::nullopt;
}

QStringList DicomNode::characterSetChoices() {
    return {QStringLiteral("ISO_IR 192"), QStringLiteral("ISO 2022 IR 87")};
}

QJsonObject DicomNode::toJson() const {
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("aeTitle"), aeTitle},
                  {QStringLiteral("host"), host},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("callingAeTitle"), callingAeTitle},
                  {QStringLiteral("tls"), tls},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles))},
                  {QStringLiteral("characterSet"), characterSet}};
    if (tls) {
        o.insert(QStringLiteral("caFile"), caFile);
        o.insert(QStringLiteral("certFile"), certFile);
        o.insert(QStringLiteral("keyFile"), keyFile);
        o.insert(QStringLiteral("verifyHostName"), verifyHostName);
    }
    return o;
}

} // namespace pdi

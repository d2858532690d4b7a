#include "FileIdRules.h"

#include <QCoreApplication>

namespace pdi {

namespace {

bool isDChar(QChar c) {
    const ushort u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

bool allDChars(QStringView s) {
    for (QChar c : s) {
        if (!isDChar(c))
            return false;
    }
    return true;
}

} // namespace

bool FileIdRules::isValidComponent(QStringView component) {
    return !component.isEmpty() && component.size() <= kMaxComponentLength && allDChars(component);
}

bool FileIdRules::isValidFileId(const FileIdComponents& components) {
    if (components.isEmpty() || components.size() > kMaxComponents)
        return false;
    for (const QStringView c : components) {
        if (!isValidComponent(c))
            return false;
    }
    return true;
}

bool FileIdRules::isLevel1FileName(QStringView name) {
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QStringView base = dot < 0 ? name : name.left(dot);
    const QStringView ext = dot < 0 ? QStringView() : name.mid(dot + 1);
    return !base.isEmpty() && base.size() <= 8 && ext.size() <= 3 && allDChars(base) &&
           allDChars(ext);
}

bool FileIdRules::isLevel1DirectoryName(QStringView name) {
    return isValidComponent(name);
}

bool FileIdRules::isValidFileSetId(QStringView id) {
    if (id.size() > 16)
        return false;
    for (QChar c : id) {
        if (!isDChar(c) && c != QLatin1Char(' '))
            return false;
    }
    return true;
}

QString FileIdRules::problem(const QString& component) {
    if (component.isEmpty())
        return QCoreApplication::translate("pdi::FileIdRules", "empty name");
    if (component.size() > kMaxComponentLength)
        return QCoreApplication::translate("pdi::FileIdRules", "longer than 8 characters");
    if (component.contains(QLatin1Char('.')))
        return QCoreApplication::translate("pdi::FileIdRules", "has an extension");
    if (component != component.toUpper())
        return QCoreApplication::translate("pdi::FileIdRules", "has lower-case letters");
    if (!allDChars(component))
        return QCoreApplication::translate("pdi::FileIdRules",
                                           "has characters other than A-Z, 0-9 and _");
    return QString();
}

} // namespace pdi

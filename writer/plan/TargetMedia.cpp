#include "TargetMedia.h"

namespace pdi {

std::optional<TargetMedia::Kind> TargetMedia::fromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("cd"))
        return Cd;
    if (n == QLatin1String("dvd"))
        return Dvd;
    if (n == QLatin1String("dvd-dl"))
        return DvdDualLayer;
    if (n == QLatin1String("bd"))
        return BluRay;
    if (n == QLatin1String("usb"))
        return Usb;
    return std::nullopt;
}

QString TargetMedia::name(Kind kind) {
    switch (kind) {
    case Cd:
        return QStringLiteral("cd");
    case Dvd:
        return QStringLiteral("dvd");
    case DvdDualLayer:
        return QStringLiteral("dvd-dl");
    case BluRay:
        return QStringLiteral("bd");
    case Usb:
        return QStringLiteral("usb");
    }
    return QString();
}

QString TargetMedia::label(Kind kind) {
    switch (kind) {
    case Cd:
        return QStringLiteral("CD");
    case Dvd:
        return QStringLiteral("DVD");
    case DvdDualLayer:
        return QStringLiteral("DVD DL");
    case BluRay:
        return QStringLiteral("BD");
    case Usb:
        return QStringLiteral("USB");
    }
    return QString();
}

qint64 TargetMedia::capacity(Kind kind) {
    switch (kind) {
    case Cd:
        return 359847ll * 2048;
    case Dvd:
        return 2295104ll * 2048;
    case DvdDualLayer:
        return 4173824ll * 2048;
    case BluRay:
        return 12219392ll * 2048;
    case Usb:
        return 0;
    }
    return 0;
}

QString TargetMedia::auditCode(Kind kind) {
    switch (kind) {
    case Cd:
        return QStringLiteral("110032");
    case Dvd:
    case DvdDualLayer:
    case BluRay:
        // CID 405 has no Blu-ray code (110034 is Compact Flash); BD goes as the optical-disc code.
        return QStringLiteral("110033");
    case Usb:
        return QStringLiteral("110030");
    }
    return QString();
}

} // namespace pdi

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pdi {

// The kinds of media a referral can go on, with the space a writer may use on each.
class TargetMedia {
    Q_DECLARE_TR_FUNCTIONS(pdi::TargetMedia)

public:
    enum Kind { Cd, Dvd, DvdDualLayer, BluRay, Usb };

    static std::optional<Kind> fromName(const QString& name); // cd, dvd, dvd-dl, bd, usb
    static QString name(Kind kind);                           // as fromName accepts
    static QString label(Kind kind);                          // "CD", "DVD", "DVD DL", "BD", "USB"
    // Usable bytes of a blank medium (2048-byte sectors of the common 80 min CD-R, 4.7 GB DVD±R,
    // 8.5 GB DVD+R DL and 25 GB BD-R); USB has no fixed capacity: the target's free space counts.
    static qint64 capacity(Kind kind);
    // PS3.15 CID 405 media type code for the audit trail: 110032 CD, 110033 DVD, 110030 USB ...
    static QString auditCode(Kind kind);
};

} // namespace pdi

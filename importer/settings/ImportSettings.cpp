#include "ImportSettings.h"

#include <QHostAddress>
#include <QNetworkInterface>

#include <algorithm>

namespace pdi {

const QVector<SettingDefinition>& ImportSettings::definitions() {
    using D = SettingDefinition;
    static const QVector<SettingDefinition> all{
        D::text(StationAeTitle, 16,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "DICOM AE title of this station (calling AE title towards "
                                  "PACS and worklist nodes unless a node names its own)."),
                1, QStringLiteral("PDISTATION"))
            .checkedBy(checkAeTitle)
            .forEachStation(),
        D::integer(StationDicomPort, 0, 0, 65535,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "TCP port on which this station receives storage "
                                     "commitment results (N-EVENT-REPORT) from a PACS; 0: none, "
                                     "imports to a node with the commit role then cannot "
                                     "complete."))
            .forEachStation(),
        D::text(StationDicomAddress, 45,
                QT_TRANSLATE_NOOP("pdi::Settings",
                                  "IP address of this computer on which storage commitment "
                                  "results are received; empty: the address this computer uses "
                                  "to reach the node."))
            .checkedBy(checkLocalAddress)
            .forEachStation(),
        D::integer(NetworkTimeoutSeconds, 30, 1, 600,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Seconds to wait for a DICOM node to connect or answer "
                                     "before the operation ends as failed or incomplete.")),
        D::integer(WorklistDays, 7, 0, 365,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Reconciliation looks for worklist entries scheduled up to "
                                     "this many days before and after today.")),
        D::integer(CommitTimeoutSeconds, 120, 1, 86400,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "Seconds an import waits for the PACS to confirm storage "
                                     "commitment; unconfirmed instances are asked for again by "
                                     "the next run.")),
        D::boolean(OverrideApproval, false,
                   QT_TRANSLATE_NOOP("pdi::Settings",
                                     "An import under a local patient whose birth date, "
                                     "sex or name contradicts the medium also needs "
                                     "the approval of a second person (technologist or "
                                     "administrator) who signs in for it.")),
    };
    return all;
}

Result<void> ImportSettings::checkAeTitle(const QString& what, const QString& aeTitle) {
    const bool printable = std::all_of(aeTitle.cbegin(), aeTitle.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\');
    });
    if (aeTitle.trimmed().isEmpty() || aeTitle.size() > 16 || !printable)
        return Error::invalid(tr("%1: \"%2\" is not an AE title; use 1 to 16 letters, digits, "
                                 "spaces or punctuation without a backslash, e.g. PDISTATION.")
                                  .arg(what, aeTitle));
    return {};
}

Result<void> ImportSettings::checkLocalAddress(const QString& what, const QString& address) {
    if (address.isEmpty())
        return {};
    const QHostAddress parsed(address);
    if (parsed.isNull())
        return Error::invalid(
            tr("%1: \"%2\" is not an IP address; give one of this computer's addresses, e.g. "
               "10.0.0.5, or nothing to use the address that reaches the node.")
                .arg(what, address));
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    if (!std::any_of(own.cbegin(), own.cend(), [&](const QHostAddress& a) {
            return a.isEqual(parsed, QHostAddress::TolerantConversion);
        }))
        return Error::invalid(tr("%1: %2 is not an address of this computer.").arg(what, address));
    return {};
}

} // namespace pdi

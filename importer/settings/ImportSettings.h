#pragma once

#include "settings/SettingStore.h"

namespace pdi {

// The settings the importer declares and reads: this station as a DICOM application entity, how
// long to wait for nodes, how far the worklist is asked, and the import's second-person
// approval. Typed readers over the station's store; the application adds these keys to the
// catalogue a person sees (SiteSettings).
class ImportSettings {
    Q_DECLARE_TR_FUNCTIONS(pdi::Settings)

public:
    static constexpr const char* StationAeTitle = "station.aeTitle";
    static constexpr const char* StationDicomPort = "station.dicomPort";
    static constexpr const char* StationDicomAddress = "station.dicomAddress";
    static constexpr const char* NetworkTimeoutSeconds = "network.timeoutSeconds";
    static constexpr const char* WorklistDays = "reconcile.worklistDays";
    static constexpr const char* CommitTimeoutSeconds = "import.commitTimeoutSeconds";
    static constexpr const char* OverrideApproval = "import.overrideApproval";

    static const QVector<SettingDefinition>& definitions();

    explicit ImportSettings(SettingStore store)
        : store_(std::move(store)) {}

    QString aeTitle() const { return own(StationAeTitle).toString(); }
    int dicomPort() const { return own(StationDicomPort).toInt(); }
    QString dicomAddress() const { return own(StationDicomAddress).toString(); }
    int networkTimeoutSeconds() const { return own(NetworkTimeoutSeconds).toInt(); }
    int worklistDays() const { return own(WorklistDays).toInt(); }
    int commitTimeoutSeconds() const { return own(CommitTimeoutSeconds).toInt(); }
    bool overrideApproval() const { return own(OverrideApproval).toBool(); }

    // An Application Entity title (PS3.5 6.2, AE): 1 to 16 characters of the default repertoire,
    // no backslash, not only spaces. The error names what and says what is acceptable.
    static Result<void> checkAeTitle(const QString& what, const QString& aeTitle);
    // Empty, or an IPv4 or IPv6 address of this computer.
    static Result<void> checkLocalAddress(const QString& what, const QString& address);

private:
    QJsonValue own(const char* key) const { return store_.value(settingIn(definitions(), key)); }

    SettingStore store_;
};

} // namespace pdi

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pdi {

// A DICOM peer this station talks to: a PACS (store, find, commit), a worklist server, or the
// embedded local archive (name "local", no network).
struct DicomNode {
    enum Role {
        Store = 1,    // C-STORE destination of imports
        Find = 2,     // patient / study C-FIND for reconciliation
        Worklist = 4, // Modality Worklist C-FIND for reconciliation
        Commit = 8,   // Storage Commitment Push Model: an import is complete when confirmed
    };

    static constexpr const char* LocalName = "local";

    QString name;
    QString aeTitle;
    QString host;
    int port = 0;
    QString callingAeTitle; // empty: the station's AE title (station.aeTitle)
    bool tls = false;
    QString caFile;   // PEM: the CA that signs the node's certificate (TLS)
    QString certFile; // PEM: this station's certificate, for nodes that want one (TLS)
    QString keyFile;  // its unencrypted private key
    // TLS: the node's certificate must name host (DNS name or IP address). On for new nodes;
    // nodes added before the check existed keep it off until an administrator turns it on.
    bool verifyHostName = true;
    int roles = Store | Find;
    // What the node stores text in: "ISO_IR 192" (UTF-8) or "\ISO 2022 IR 87" (JIS X 0208 with
    // ASCII). Imported objects are re-encoded in it.
    QString characterSet = QStringLiteral("ISO_IR 192");

    bool has(Role role) const { return (roles & role) != 0; }
    bool isLocal() const { return name == QLatin1String(LocalName); }

    // The embedded archive in the data directory: store and find, UTF-8, no network.
    static DicomNode localArchive();
    // The node's name as a person reads it: "the local archive" (translated) for the embedded
    // archive, whose stored name is a key; other nodes by the name the administrator gave.
    static QString readableName(const QString& name);

    static QString roleName(Role role); // store, find, worklist, commit
    static QStringList roleNames(int roles);
    // "store,find" -> Store|Find; nullopt when a name is unknown or the list is empty.
    static std::optional<int> parseRoles(const QString& text);
    // What a person types (ISO_IR 192, "ISO 2022 IR 87", with or without the leading backslash)
    // -> the (0008,0005) value; nullopt for anything else.
    static std::optional<QString> parseCharacterSet(const QString& text);
    static QStringList characterSetChoices();

    QJsonObject toJson() const;
};

} // namespace pdi

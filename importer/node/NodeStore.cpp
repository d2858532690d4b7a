#include "NodeStore.h"

#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "network/DicomAssociation.h"
#include "settings/ImportSettings.h"
#include "settings/NetworkAddress.h"
#include "settings/PemFile.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pdi {

namespace {

DicomNode fromRow(const QSqlQuery& q) {
    DicomNode n;
    n.name = q.value(0).toString();
    n.aeTitle = q.value(1).toString();
    n.host = q.value(2).toString();
    n.port = q.value(3).toInt();
    n.callingAeTitle = q.value(4).toString();
    n.tls = q.value(5).toInt() != 0;
    n.caFile = q.value(6).toString();
    n.certFile = q.value(7).toString();
    n.keyFile = q.value(8).toString();
    n.roles = DicomNode::parseRoles(q.value(9).toString()).value_or(0);
    n.characterSet = q.value(10).toString();
    n.verifyHostName = q.value(11).toInt() != 0;
    return n;
}

const char* const Columns = "name, ae_title, host, port, calling_ae_title, tls, ca_file, "
                            "cert_file, key_file, roles, character_set, tls_verify_host";

} // namespace

Result<void> NodeStore::checkName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!pattern.match(name).hasMatch())
        return Error::invalid(tr("\"%1\" is not a usable node name; use 1 to 32 letters, digits, "
                                 "'.', '_' or '-', e.g. pacs or ris-worklist.")
                                  .arg(name));
    if (name.compare(QLatin1String(DicomNode::LocalName), Qt::CaseInsensitive) == 0)
        return Error::invalid(
            tr("\"local\" is the station's own archive and cannot be added or removed."));
    return {};
}

Result<void> NodeStore::check(const DicomNode& n) {
    if (auto ok = checkName(n.name); !ok)
        return ok;
    if (auto ok = ImportSettings::checkAeTitle(tr("the AE title"), n.aeTitle); !ok)
        return ok;
    if (!n.callingAeTitle.isEmpty()) {
        if (auto ok = ImportSettings::checkAeTitle(tr("the calling AE title"), n.callingAeTitle);
            !ok)
            return ok;
    }
    if (!NetworkAddress::isHostNameOrAddress(n.host))
        return Error::invalid(
            tr("\"%1\" is not a host name or an IP address, e.g. pacs.hospital.local or "
               "192.0.2.20.")
                .arg(n.host));
    if (n.port < 1 || n.port > 65535)
        return Error::invalid(tr("The port must be a number from 1 to 65535 (DICOM uses 104 or "
                                 "11112; DICOM TLS usually 2762)."));
    if (n.roles == 0 || (n.roles & ~(DicomNode::Store | DicomNode::Find | DicomNode::Worklist |
                                     DicomNode::Commit)) != 0)
        return Error::invalid(tr("Give the node's roles: one or more of store, find, worklist, "
                                 "commit."));
    if (n.has(DicomNode::Commit) && !n.has(DicomNode::Store))
        return Error::invalid(
            tr("The commit role (storage commitment) only makes sense with the store role."));
    if (!DicomNode::parseCharacterSet(n.characterSet))
        return Error::invalid(tr("The character set must be one of: %1.")
                                  .arg(DicomNode::characterSetChoices().join(QLatin1String(", "))));
    if (!n.tls) {
        if (!n.caFile.isEmpty() || !n.certFile.isEmpty() || !n.keyFile.isEmpty())
            return Error::invalid(
                tr("A CA certificate, a station certificate or a private key is given, but DICOM "
                   "TLS is off for this node."));
        return {};
    }
    auto absoluteReadable = [](const QString& path) {
        const QFileInfo info(path);
        return info.isAbsolute() && info.isFile() && info.isReadable();
    };
    if (n.caFile.isEmpty() || !absoluteReadable(n.caFile) || !PemFile::holdsCertificate(n.caFile))
        return Error::invalid(
            tr("DICOM TLS needs the CA certificate that signs the node's certificate: an "
               "absolute path to a readable PEM file (\"%1\" is not one).")
                .arg(n.caFile));
    if (n.certFile.isEmpty() != n.keyFile.isEmpty())
        return Error::invalid(tr("This station's certificate and its private key go together: "
                                 "give both or neither."));
    if (!n.certFile.isEmpty()) {
        if (!absoluteReadable(n.certFile) || !PemFile::holdsCertificate(n.certFile))
            return Error::invalid(
                tr("The station certificate \"%1\" is not an absolute path to a readable PEM "
                   "certificate.")
                    .arg(n.certFile));
        if (!absoluteReadable(n.keyFile) || !PemFile::holdsUnencryptedPrivateKey(n.keyFile))
            return Error::invalid(
                tr("The private key \"%1\" is not an absolute path to a readable, unencrypted "
                   "PEM private key (RSA or EC).")
                    .arg(n.keyFile));
    }
    return {};
}

Result<DicomNode> NodeStore::add(const Session& session, const DicomNode& input) {
    if (auto allowed = AccessControl::require(session, Permission::ManageNodes, AuditTrail(db_),
                                              QStringLiteral("node add %1").arg(input.name));
        !allowed)
        return allowed.error();
    DicomNode node = input;
    if (auto cs = DicomNode::parseCharacterSet(node.characterSet))
        node.characterSet = *cs;
    if (auto ok = check(node); !ok)
        return ok.error();

    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("SELECT name FROM nodes WHERE name = ?"));
    q.addBindValue(node.name);
    if (auto done = Database::exec(q, tr("looking up node %1").arg(node.name)); !done)
        return done.error();
    if (q.next())
        return Error::conflict(tr("There is already a node named %1; remove it first to change it.")
                                   .arg(q.value(0).toString()));
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO nodes (name, ae_title, host, port, calling_ae_title, tls, ca_file, "
        "cert_file, key_file, roles, character_set, tls_verify_host, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(node.name);
    q.addBindValue(node.aeTitle);
    q.addBindValue(node.host);
    q.addBindValue(node.port);
    q.addBindValue(Database::text(node.callingAeTitle));
    q.addBindValue(node.tls ? 1 : 0);
    q.addBindValue(Database::text(node.caFile));
    q.addBindValue(Database::text(node.certFile));
    q.addBindValue(Database::text(node.keyFile));
    q.addBindValue(DicomNode::roleNames(node.roles).join(QLatin1Char(',')));
    q.addBindValue(node.characterSet);
    q.addBindValue(node.verifyHostName ? 1 : 0);
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    q.addBindValue(session.userName());
    if (auto done = Database::exec(q, tr("saving node %1").arg(node.name)); !done)
        return done.error();

    AuditEvent e = AuditEvent::by(session, AuditEventType::NodeChange);
    e.target = node.name;
    QJsonObject details = node.toJson();
    details.insert(QStringLiteral("change"), QStringLiteral("add"));
    e.details = details;
    if (auto recorded = AuditTrail(db_).record(tx, e); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return node;
}

Result<void> NodeStore::remove(const Session& session, const QString& name) {
    if (auto allowed = AccessControl::require(session, Permission::ManageNodes, AuditTrail(db_),
                                              QStringLiteral("node remove %1").arg(name));
        !allowed)
        return allowed.error();
    if (name.compare(QLatin1String(DicomNode::LocalName), Qt::CaseInsensitive) == 0)
        return checkName(name);
    Result<DicomNode> existing = find(name);
    if (!existing)
        return existing.error();
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;
    QSqlQuery q(tx.connection());
    q.prepare(QStringLiteral("DELETE FROM nodes WHERE name = ?"));
    q.addBindValue(existing->name);
    if (auto done = Database::exec(q, tr("removing node %1").arg(name)); !done)
        return done.error();
    AuditEvent e = AuditEvent::by(session, AuditEventType::NodeChange);
    e.target = existing->name;
    QJsonObject details = existing->toJson();
    details.insert(QStringLiteral("change"), QStringLiteral("remove"));
    e.details = details;
    if (auto recorded = AuditTrail(db_).record(tx, e); !recorded)
        return recorded.error();
    return tx.commit();
}

Result<void> NodeStore::echo(const Session& session, const QString& name,
                             const LocalAe& local) const {
    if (auto allowed = AccessControl::require(session, Permission::ManageNodes, AuditTrail(db_),
                                              QStringLiteral("node echo %1").arg(name));
        !allowed)
        return allowed.error();
    Result<DicomNode> node = find(name);
    if (!node)
        return node.error();
    if (node->isLocal())
        return Error::invalid(
            tr("\"local\" is the station's own archive; it needs no network and no C-ECHO."));
    const Result<void> echoed = DicomEcho::echo(*node, local);
    AuditEvent e = AuditEvent::by(session, AuditEventType::NodeChange);
    e.target = node->name;
    e.outcome = echoed ? AuditOutcome::Success : AuditOutcome::MinorFailure;
    e.details = QJsonObject{
        {QStringLiteral("change"), QStringLiteral("echo")},
        {QStringLiteral("aeTitle"), node->aeTitle},
        {QStringLiteral("host"), node->host},
        {QStringLiteral("port"), node->port},
        {QStringLiteral("tls"), node->tls},
        {QStringLiteral("result"), echoed ? QStringLiteral("ok") : echoed.error().message}};
    if (auto recorded = AuditTrail(db_).record(e); !recorded)
        return recorded.error();
    return echoed;
}

Result<QVector<DicomNode>> NodeStore::list(bool withLocal) const {
    QVector<DicomNode> nodes;
    if (withLocal)
        nodes << DicomNode::localArchive();
    QSqlQuery q(db_.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM nodes ORDER BY %2")
            .arg(QLatin1String(Columns), db_.dialect().orderIgnoringCase(QStringLiteral("name"))));
    if (auto done = Database::exec(q, tr("listing the DICOM nodes")); !done)
        return done.error();
    while (q.next())
        nodes << fromRow(q);
    return nodes;
}

Result<DicomNode> NodeStore::find(const QString& name) const {
    if (name.compare(QLatin1String(DicomNode::LocalName), Qt::CaseInsensitive) == 0)
        return DicomNode::localArchive();
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM nodes WHERE name = ?").arg(QLatin1String(Columns)));
    q.addBindValue(name);
    if (auto done = Database::exec(q, tr("looking up node %1").arg(name)); !done)
        return done.error();
    if (!q.next())
        return Error::notFound(tr("There is no node named \"%1\".").arg(name));
    return fromRow(q);
}

} // namespace pdi

#pragma once

#include "DicomNode.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QVector>

namespace pdi {

class Session;
struct LocalAe;

// The DICOM nodes of this station (table nodes): PACS, worklist servers. Adding and removing
// need ManageNodes and are recorded as node-change audit records in the same transaction;
// reading needs no permission (reconciliation and import pick their sources and destination
// here). The embedded archive "local" is not stored: find() and list() add it.
//
// A cheap handle over the Database; construct one where needed.
class NodeStore {
    Q_DECLARE_TR_FUNCTIONS(pdi::NodeStore)

public:
    explicit NodeStore(Database database)
        : db_(std::move(database)) {}

    Result<DicomNode> add(const Session& session, const DicomNode& node);
    Result<void> remove(const Session& session, const QString& name);

    // C-ECHO to the node with this name: is it there, does it accept this station, does TLS
    // work. Needs ManageNodes; the attempt and its result are a node-change audit record
    // ("echo"). Errors: Network (the node did not answer; the message says what to check),
    // NotFound, Invalid for "local" (no network), Permission.
    Result<void> echo(const Session& session, const QString& name, const LocalAe& local) const;

    // Every configured node, by name, and "local" first when withLocal is set.
    Result<QVector<DicomNode>> list(bool withLocal = true) const;
    // The node with this name (any letter case); "local" is the embedded archive.
    Result<DicomNode> find(const QString& name) const;

    // Checks everything about a node before it is stored: name, AE titles, host, port, TLS
    // files (readable PEM, key with certificate), roles, character set.
    static Result<void> check(const DicomNode& node);
    // Node names: 1 to 32 of A-Z a-z 0-9 . _ -, starting with a letter or digit; not "local".
    static Result<void> checkName(const QString& name);

private:
    Database db_;
};

} // namespace pdi

#pragma once

#include "node/DicomNode.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

namespace pdi {

class NodeStore;

// Which nodes an import can send to and which one is offered first, for `pdi import` and the
// Import workspace alike: the nodes with the store role (the local archive has it), and the
// first PACS among them that is not known to be unreachable; the local archive until a PACS is
// configured (or while every PACS failed its latest C-ECHO).
class DestinationChoice {
    Q_DECLARE_TR_FUNCTIONS(pdi::DestinationChoice)

public:
    // Every destination, the local archive first. unanswered: nodes whose latest C-ECHO failed;
    // they stay destinations a person can choose but are not offered first.
    static Result<DestinationChoice> read(const NodeStore& nodes,
                                          const QSet<QString>& unanswered = {});

    const QVector<DicomNode>& nodes() const { return nodes_; }
    // The name of the destination offered first.
    QString preferred() const { return preferred_; }

    static bool accepts(const DicomNode& node);
    // The node with this name as a destination. Errors: NotFound, Invalid (no store role).
    static Result<DicomNode> find(const NodeStore& nodes, const QString& name);

private:
    QVector<DicomNode> nodes_;
    QString preferred_;
};

} // namespace pdi

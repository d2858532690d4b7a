#include "DestinationChoice.h"

#include "node/NodeStore.h"

namespace pdi {

bool DestinationChoice::accepts(const DicomNode& node) {
    return node.has(DicomNode::Store);
}

Result<DestinationChoice> DestinationChoice::read(const NodeStore& nodes,
                                                  const QSet<QString>& unanswered) {
    Result<QVector<DicomNode>> all = nodes.list(true);
    if (!all)
        return all.error();
    DestinationChoice choice;
    for (const DicomNode& n : *all) {
        if (!accepts(n))
            continue;
        choice.nodes_ << n;
        if (choice.preferred_.isEmpty() && !n.isLocal() && !unanswered.contains(n.name))
            choice.preferred_ = n.name;
    }
    if (choice.preferred_.isEmpty())
        choice.preferred_ = QString::fromLatin1(DicomNode::LocalName);
    return choice;
}

Result<DicomNode> DestinationChoice::find(const NodeStore& nodes, const QString& name) {
    Result<DicomNode> node = nodes.find(name);
    if (!node)
        return node.error();
    if (!accepts(*node))
        return Error::invalid(tr("Node %1 has no store role; choose a PACS that stores images or "
                                 "the local archive.")
                                  .arg(node->name));
    return node;
}

} // namespace pdi

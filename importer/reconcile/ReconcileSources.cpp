#include "ReconcileSources.h"

#include "node/NodeStore.h"
#include "settings/ImportSettings.h"
#include "settings/Settings.h"
#include "station/Station.h"

namespace pdi {

bool ReconcileSources::canAsk(const DicomNode& node) {
    return node.isLocal() || node.has(DicomNode::Find) || node.has(DicomNode::Worklist);
}

Result<QVector<DicomNode>> ReconcileSources::choose(const NodeStore& nodes,
                                                    const QStringList& names) {
    QVector<DicomNode> sources;
    if (names.isEmpty()) {
        Result<QVector<DicomNode>> all = nodes.list(true);
        if (!all)
            return all.error();
        for (const DicomNode& n : *all) {
            if (canAsk(n))
                sources << n;
        }
        return sources;
    }
    for (const QString& name : names) {
        Result<DicomNode> n = nodes.find(name);
        if (!n)
            return n.error();
        if (!canAsk(*n))
            return Error::invalid(tr("Node %1 has neither the find nor the worklist role; it "
                                     "cannot say who a patient is.")
                                      .arg(n->name));
        sources << *n;
    }
    return sources;
}

Result<PatientReconciler::Options> ReconcileSources::options(const Station& station,
                                                             const LocalArchive* archive,
                                                             const QStringList& names) {
    const Settings settings = station.settings();
    PatientReconciler::Options options;
    options.local = LocalAe::fromSettings(settings);
    options.worklistDays = ImportSettings(settings).worklistDays();
    options.ownAuthorities = PatientReconciler::ownAuthorities(settings);
    options.archive = archive;
    Result<QVector<DicomNode>> sources = choose(NodeStore(station.database()), names);
    if (!sources)
        return sources.error();
    options.sources = std::move(*sources);
    return options;
}

} // namespace pdi

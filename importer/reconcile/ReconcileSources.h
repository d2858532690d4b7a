#pragma once

#include "PatientReconciler.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pdi {

class LocalArchive;
class NodeStore;
class Station;

// Which sources a reconciliation asks who a patient is, for `pdi reconcile`, `pdi import` and
// the Import workspace alike: the sources a person names, or by default every node with the find
// or worklist role and the local archive.
class ReconcileSources {
    Q_DECLARE_TR_FUNCTIONS(pdi::ReconcileSources)

public:
    // Whether the node can say who a patient is: the local archive, or the find or worklist role.
    static bool canAsk(const DicomNode& node);

    // The nodes named (node names or "local"); every node that can say who a patient is when
    // none is named. Errors: NotFound (no such node), Invalid (a node that cannot say who a
    // patient is).
    static Result<QVector<DicomNode>> choose(const NodeStore& nodes, const QStringList& names = {});

    // Reconciler options over those sources with the station's own AE and worklist window.
    // archive must outlive the options (it answers for "local").
    static Result<PatientReconciler::Options>
    options(const Station& station, const LocalArchive* archive, const QStringList& names = {});
};

} // namespace pdi

#include "PacsDestination.h"

#include "network/StorageCommitment.h"
#include "network/StoreSession.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace pdi {

PacsDestination::PacsDestination(DicomNode node, LocalAe local, int commitTimeoutSeconds)
    : node_(std::move(node))
    , local_(std::move(local))
    , commitTimeout_(commitTimeoutSeconds) {}

PacsDestination::~PacsDestination() = default;

Result<void> PacsDestination::open(const QVector<const ImportObject*>& objects) {
    session_ = std::make_unique<StoreSession>(node_, local_);
    for (const ImportObject* i : objects)
        session_->expect(i->sopClassUid, i->transferSyntaxUid);
    return session_->connect();
}

ImportDestination::Stored PacsDestination::store(DcmFileFormat& file, const ImportObject& object) {
    Q_ASSERT(session_); // open() comes first
    const StoreSession::Outcome sent =
        session_->send(*file.getDataset(), object.sopClassUid, object.sopInstanceUid);
    switch (sent.kind) {
    case StoreSession::Outcome::Kind::Stored:
        return {Stored::Kind::Stored, sent.message};
    case StoreSession::Outcome::Kind::Rejected:
        return {Stored::Kind::Rejected, sent.message};
    case StoreSession::Outcome::Kind::ConnectionLost:
        break;
    }
    return {Stored::Kind::ConnectionLost, sent.message};
}

void PacsDestination::close() {
    if (session_)
        session_->close();
}

bool PacsDestination::confirms() const {
    return node_.has(DicomNode::Commit);
}

ImportDestination::Confirmation PacsDestination::confirm(const QVector<const ImportObject*>& sent,
                                                         const JobProgress& progress) {
    Confirmation out;
    QVector<StorageCommitment::Reference> references;
    for (const ImportObject* i : sent)
        references.append({i->sopClassUid, i->sopInstanceUid});
    const QString step = tr("waiting for %1 to confirm storage").arg(node_.name);
    progress(step, 0, references.size());
    Result<StorageCommitment::Report> report =
        StorageCommitment::request(node_, local_, references, commitTimeout_, progress.cancel);
    if (!report) {
        out.problem = report.error().message;
    } else if (!report->received) {
        out.problem =
            tr("%1 did not confirm storage commitment within %2 s; the objects are sent. Run the "
               "same import again to ask again.")
                .arg(node_.name)
                .arg(commitTimeout_);
    } else {
        out.transactionUid = report->transactionUid;
        for (const StorageCommitment::Reference& r : std::as_const(report->committed))
            out.confirmed << r.sopInstance;
        for (const StorageCommitment::Failure& f : std::as_const(report->failed))
            out.refused.append(
                {f.reference.sopInstance, tr("storage commitment failed: %1").arg(f.text)});
    }
    progress(step, references.size(), references.size());
    return out;
}

} // namespace pdi

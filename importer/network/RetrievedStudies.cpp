#include "RetrievedStudies.h"

#include "StudyRetrieval.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "node/NodeStore.h"

#include <QDir>
#include <QUuid>

namespace pdi {

Result<std::unique_ptr<RetrievedStudies>>
RetrievedStudies::fetch(const Station& station, const Session& session, const QString& nodeName,
                        const QString& patientId, const QStringList& studyUids,
                        const ImportProgress& progress) {
    if (patientId.isEmpty())
        return Error::invalid(tr("retrieving from a PACS needs the patient's ID (--patient-id)"));
    Result<DicomNode> node = NodeStore(station.database()).find(nodeName);
    if (!node)
        return node.error();
    if (node->isLocal() || !node->has(DicomNode::Find)) {
        return Error::invalid(tr("the node %1 has no find role; add it with --roles including find "
                                 "to retrieve from it")
                                  .arg(nodeName));
    }
    std::unique_ptr<RetrievedStudies> fetched(new RetrievedStudies);
    fetched->folder_ = station.directory().filePath(
        QStringLiteral("retrieve/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!QDir().mkpath(fetched->folder_))
        return Error::storage(tr("cannot create %1").arg(fetched->folder_));

    const LocalAe local = LocalAe::fromSettings(station.settings());
    Result<StudyRetrieval::Outcome> outcome =
        StudyRetrieval::retrieve(*node, local, patientId, studyUids, fetched->folder_, progress);

    AuditEvent event = AuditEvent::by(session, AuditEventType::Transfer);
    event.target = node->aeTitle;
    event.patients = {{patientId, QString(), QString()}};
    event.outcome = outcome ? AuditOutcome::Success : AuditOutcome::SeriousFailure;
    event.details = QJsonObject{{QStringLiteral("direction"), QStringLiteral("retrieve")},
                                {QStringLiteral("node"), node->name},
                                {QStringLiteral("host"), node->host}};
    if (outcome) {
        event.studies = outcome->studies;
        event.details.insert(QStringLiteral("objects"), outcome->objects);
    } else {
        event.details.insert(QStringLiteral("reason"), outcome.error().message);
    }
    (void)station.audit().record(event);
    if (!outcome)
        return outcome.error();
    fetched->objects_ = outcome->objects;
    fetched->studies_ = outcome->studies;
    return fetched;
}

RetrievedStudies::~RetrievedStudies() {
    if (!folder_.isEmpty())
        QDir(folder_).removeRecursively();
}

} // namespace pdi

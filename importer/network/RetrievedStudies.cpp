#include "RetrievedStudies.h"

#include "StudyRetrieval.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "node/NodeStore.h"

#include <QDir>
#include <QDirIterator>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace pdi {

namespace {

// Patient images must not stay in the data directory because a station crashed or was switched
// off in the middle of a write: the folders of processes that are gone are removed before a new
// retrieval. A folder is named after its process (PID-UUID) so that the CLI and the GUI on the
// same data directory leave each other's folders alone.
void removeLeftovers(const QString& retrieveRoot) {
    QDirIterator it(retrieveRoot, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool ok = false;
        const qint64 pid = it.fileName().section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        const bool ownerGone = !ok || pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
        if (ownerGone)
            QDir(it.filePath()).removeRecursively();
    }
}

} // namespace

Result<std::unique_ptr<RetrievedStudies>>
RetrievedStudies::fetch(const Station& station, const Session& session, const QString& nodeName,
                        const QString& patientId, const QStringList& studyUids,
                        const JobProgress& progress) {
    if (patientId.isEmpty())
        return Error::invalid(tr("retrieving from a PACS needs the patient's ID"));
    Result<DicomNode> node = NodeStore(station.database()).find(nodeName);
    if (!node)
        return node.error();
    if (node->isLocal() || !node->has(DicomNode::Find)) {
        return Error::invalid(tr("the node %1 has no find role, so the station cannot retrieve "
                                 "from it; an administrator can give it that role")
                                  .arg(nodeName));
    }
    std::unique_ptr<RetrievedStudies> fetched(new RetrievedStudies);
    const QString root = station.directory().filePath(QStringLiteral("retrieve"));
    removeLeftovers(root);
    fetched->folder_ = QStringLiteral("%1/%2-%3")
                           .arg(root)
                           .arg(::getpid())
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
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

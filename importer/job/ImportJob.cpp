#include "ImportJob.h"

#include "account/AccessControl.h"
#include "archive/LocalArchive.h"
#include "audit/AuditTrail.h"
#include "dicom/SpecificCharacterSet.h"
#include "network/StorageCommitment.h"
#include "network/StoreSession.h"
#include "node/NodeStore.h"
#include "reconcile/PatientReconciler.h"
#include "station/Timestamp.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace pdi {

namespace {

// Instance states are written in batches: one transaction per instance would make the station
// database (synchronous, for the audit trail) the bottleneck of a fast PACS.
constexpr int FlushEvery = 200;
constexpr qint64 FlushAfterMs = 2000;

const QString Pending = QStringLiteral("pending");
const QString Sent = QStringLiteral("sent");
const QString Committed = QStringLiteral("committed");
const QString Failed = QStringLiteral("failed");

struct StateChange {
    QString uid;
    QString state;
    QString reason;
    QString transaction;
};

AuditPatient auditPatient(const QString& id, const QString& issuer, const QString& name) {
    return AuditPatient{id, issuer, name};
}

bool validDate(const QString& yyyymmdd) {
    return yyyymmdd.size() == 8 &&
           QDate::fromString(yyyymmdd, QStringLiteral("yyyyMMdd")).isValid();
}

QString describePatient(const PatientContents& p) {
    return QStringLiteral("%1%2 %3").arg(
        p.id, p.issuer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.issuer), p.name);
}

QJsonArray leftOutJson(const QVector<LeftOutFile>& files) {
    QJsonArray a;
    for (const LeftOutFile& f : files)
        a.append(QJsonObject{{QStringLiteral("path"), f.path},
                             {QStringLiteral("sopInstanceUid"), f.sopInstanceUid},
                             {QStringLiteral("reason"), f.reason}});
    return a;
}

// An object loaded from the medium and filed under the local patient, ready to send; or why not.
struct PreparedObject {
    const ImportObject* instance = nullptr;
    std::unique_ptr<DcmFileFormat> file;
    QString failure;
};

// Loads and coerces the planned objects in order on a worker thread, a few ahead of the sender,
// so that reading the medium and rewriting the data set overlap with the network. The queue is
// short: memory does not grow with the number of objects.
class ObjectPreparer {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportJob)

public:
    ObjectPreparer(const ImportMedium& medium, const QVector<const ImportObject*>& todo,
                   const LocalIdentity& local, const CoercionContext& context)
        : medium_(medium)
        , todo_(todo)
        , local_(local)
        , context_(context) {
        if (!todo_.isEmpty())
            worker_ = std::thread([this] { work(); });
    }
    ~ObjectPreparer() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        changed_.notify_all();
        if (worker_.joinable())
            worker_.join();
    }
    ObjectPreparer(const ObjectPreparer&) = delete;
    ObjectPreparer& operator=(const ObjectPreparer&) = delete;

    // The next object in plan order; blocks until it is prepared.
    PreparedObject next() {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return !ready_.empty(); });
        PreparedObject p = std::move(ready_.front());
        ready_.pop_front();
        changed_.notify_all();
        return p;
    }

    static PreparedObject prepare(const ImportMedium& medium, const ImportObject* i,
                                  const LocalIdentity& local, const CoercionContext& context) {
        PreparedObject p;
        p.instance = i;
        Result<std::unique_ptr<DcmFileFormat>> loaded = medium.load(i->path);
        if (!loaded) {
            p.failure = loaded.error().message;
            return p;
        }
        DcmDataset& ds = *(*loaded)->getDataset();
        OFString uid;
        ds.findAndGetOFString(DCM_SOPInstanceUID, uid);
        if (QString::fromLatin1(uid.c_str()) != i->sopInstanceUid) {
            p.failure =
                tr("%1 changed since the medium was read (other SOP Instance UID)").arg(i->path);
            return p;
        }
        // The pixel data holds no text and is most of the bytes: it stays out of the copies the
        // coercion makes and goes back in unchanged.
        DcmElement* pixels = ds.remove(DCM_PixelData);
        const PatientCoercion::Result coerced = PatientCoercion::apply(ds, local, context);
        if (pixels)
            ds.insert(pixels, OFTrue);
        if (!coerced.ok) {
            p.failure = tr("cannot be filed under the local patient: %1").arg(coerced.error);
            return p;
        }
        p.file = std::move(*loaded);
        return p;
    }

private:
    static constexpr size_t Ahead = 3;

    void work() {
        for (const ImportObject* i : todo_) {
            {
                std::unique_lock<std::mutex> lock(mutex_);
                changed_.wait(lock, [this] { return stop_ || ready_.size() < Ahead; });
                if (stop_)
                    return;
            }
            PreparedObject p = prepare(medium_, i, local_, context_);
            {
                std::lock_guard<std::mutex> lock(mutex_);
                ready_.push_back(std::move(p));
            }
            changed_.notify_all();
        }
    }

    const ImportMedium& medium_;
    const QVector<const ImportObject*>& todo_;
    const LocalIdentity& local_;
    const CoercionContext& context_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<PreparedObject> ready_;
    bool stop_ = false;
    std::thread worker_;
};

} // namespace

QString ImportOutcome::statusName(Status status) {
    switch (status) {
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Incomplete:
        return QStringLiteral("incomplete");
    case Status::DryRun:
        return QStringLiteral("dry-run");
    }
    return QString();
}

ImportJob::ImportJob(const Station& station, const Session& session)
    : station_(station)
    , session_(session) {}

Result<ImportOutcome> ImportJob::run(const ImportRequest& request, const JobProgress& progress) {
    if (auto allowed = AccessControl::require(session_, Permission::Import, station_.audit(),
                                              QStringLiteral("import"));
        !allowed)
        return allowed.error();
    Result<ImportMedium> medium =
        ImportMedium::open(request.medium, station_.settings().checkSettings(), progress);
    if (!medium)
        return medium.error();
    Result<ImportPlan> plan = prepare(request, *medium, progress);
    if (!plan)
        return plan.error();
    return execute(*plan, progress);
}

QString ImportJob::lockPath(const Station& station, const ImportPlan& plan) {
    const QByteArray hash =
        QCryptographicHash::hash(jobKey(plan).toUtf8(), QCryptographicHash::Sha256).toHex();
    return station.directory().filePath(
        QStringLiteral("locks/import-%1.lock").arg(QString::fromLatin1(hash.left(32))));
}

QString ImportJob::jobKey(const ImportPlan& plan) {
    const QString text =
        QStringList{plan.medium.contentHash,         plan.outside.id,      plan.outside.issuer,
                    plan.destination.name.toLower(), plan.local.patientId, plan.local.issuer}
            .join(QChar(0));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

CoercionContext ImportJob::coercionContext(const ImportPlan& plan) const {
    const Settings settings = station_.settings();
    CoercionContext c;
    c.modifyingSystem = QStringLiteral("PDI Station %1 %2")
                            .arg(QLatin1String(PDI_VERSION), settings.stationName())
                            .left(64);
    c.sourceOfPreviousValues = plan.sourceInstitution;
    c.institutionName = settings.institution().name;
    c.stationName = settings.stationName();
    c.softwareVersion = QStringLiteral(PDI_VERSION);
    c.when = Timestamp::now();
    c.characterSet = plan.destination.characterSet;
    return c;
}

void ImportJob::recordRefusal(const ImportPlan& plan, const QString& reason) const {
    AuditEvent e = AuditEvent::by(session_, AuditEventType::Import);
    e.outcome = AuditOutcome::SeriousFailure;
    e.mediumId = plan.medium.identifier;
    e.mediaType = plan.medium.mediaType;
    e.target = plan.destination.name;
    if (!plan.local.patientId.isEmpty())
        e.patients = {auditPatient(plan.local.patientId, plan.local.issuer, plan.local.name)};
    e.patientsBefore = {auditPatient(plan.outside.id, plan.outside.issuer, plan.outside.name)};
    e.details = QJsonObject{{QStringLiteral("outcome"), QStringLiteral("refused")},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("destination"), plan.destination.name},
                            {QStringLiteral("sourceInstitution"), plan.sourceInstitution},
                            {QStringLiteral("mediumHash"), plan.medium.contentHash}};
    (void)station_.audit().record(e);
}

Result<ImportPlan> ImportJob::prepare(const ImportRequest& request, const ImportMedium& medium,
                                      const JobProgress& progress) {
    if (auto allowed = AccessControl::require(session_, Permission::Import, station_.audit(),
                                              QStringLiteral("import"));
        !allowed)
        return allowed.error();
    ImportPlan plan;
    plan.request = request;
    plan.medium = medium;
    const NodeStore nodes(station_.database());
    Result<DicomNode> destination = nodes.find(request.destination);
    if (!destination)
        return destination.error();
    if (!destination->has(DicomNode::Store))
        return Error::invalid(
            tr("Node %1 has no store role; choose a PACS that stores images or the local "
               "archive (--to local).")
                .arg(destination->name));
    plan.destination = *destination;
    if (!request.keepIds && request.localPatientId.trimmed().isEmpty())
        return Error::invalid(
            tr("Name the local patient with --patient-id (see `pdi reconcile`), or keep the "
               "outside identity with --keep-ids."));
    if (request.keepIds && !request.localPatientId.isEmpty())
        return Error::invalid(tr("Use either --patient-id or --keep-ids, not both."));

    // Which outside patient
    const QVector<PatientContents>& patients = medium.report().contents.patients;
    if (patients.isEmpty())
        return Error::conflict(
            tr("The medium holds no readable DICOM objects; nothing can be imported."));
    const QSet<QString> studies(request.studies.cbegin(), request.studies.cend());
    const QSet<QString> series(request.series.cbegin(), request.series.cend());
    QVector<int> chosen;
    for (int i = 0; i < patients.size(); ++i) {
        const PatientContents& p = patients.at(i);
        if (!request.outsidePatientId.isNull()) {
            if (p.id == request.outsidePatientId &&
                (request.outsideIssuer.isNull() || p.issuer == request.outsideIssuer))
                chosen << i;
            continue;
        }
        if (studies.isEmpty() && series.isEmpty()) {
            chosen << i;
            continue;
        }
        bool has = false;
        for (const StudyContents& st : p.studies) {
            has = has || studies.contains(st.uid);
            for (const SeriesContents& se : st.series)
                has = has || series.contains(se.uid);
        }
        if (has)
            chosen << i;
    }
    QStringList listing;
    for (const PatientContents& p : patients)
        listing << describePatient(p);
    if (chosen.isEmpty())
        return Error::invalid(
            tr("No patient on the medium matches the choice. The medium holds: %1.")
                .arg(listing.join(QLatin1String("; "))));
    if (chosen.size() > 1)
        return Error::invalid(
            tr("The medium holds %n patient(s): %1. Each patient is imported by its own "
               "command: choose one with --outside-id (or with --study / --series).",
               nullptr, int(patients.size()))
                .arg(listing.join(QLatin1String("; "))));
    plan.patientIndex = chosen.constFirst();
    const PatientContents& outside = patients.at(plan.patientIndex);
    plan.outside = {outside.id, outside.issuer, outside.name, outside.birthDate, outside.sex};
    plan.sourceInstitution = outside.institutions.value(0);
    if (plan.sourceInstitution.isEmpty())
        plan.sourceInstitution = medium.report().sourceInstitutions().value(0);

    QSet<QString> patientStudies;
    QSet<QString> patientSeries;
    for (const StudyContents& st : outside.studies) {
        patientStudies.insert(st.uid);
        for (const SeriesContents& se : st.series)
            patientSeries.insert(se.uid);
    }
    for (const QString& uid : request.studies) {
        if (!patientStudies.contains(uid))
            return Error::invalid(tr("Study %1 is not on the medium for patient %2.")
                                      .arg(uid, describePatient(outside)));
    }
    for (const QString& uid : request.series) {
        if (!patientSeries.contains(uid))
            return Error::invalid(tr("Series %1 is not on the medium for patient %2.")
                                      .arg(uid, describePatient(outside)));
    }

    // The local identity
    const bool explicitGiven =
        !request.name.isNull() || !request.birthDate.isNull() || !request.sex.isNull();
    if (explicitGiven) {
        if (request.keepIds)
            return Error::invalid(
                tr("--name, --birth-date and --sex set a local identity; --keep-ids keeps the "
                   "outside one."));
        if (!request.birthDate.isNull() && !validDate(request.birthDate))
            return Error::invalid(
                tr("--birth-date takes a date as YYYYMMDD, e.g. 19700101; \"%1\" is not one.")
                    .arg(request.birthDate));
        if (!request.sex.isNull() &&
            !QStringList{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("O"), QString()}
                 .contains(request.sex))
            return Error::invalid(tr("--sex takes M, F or O."));
    }
    if (request.keepIds) {
        plan.local = {outside.id,        outside.issuer, outside.name,
                      outside.birthDate, outside.sex,    request.accessionNumber};
        plan.demographicsSource = QStringLiteral("medium");
    } else {
        PatientReconciler::Options options;
        options.local = LocalAe::fromSettings(station_.settings());
        options.worklistDays =
            station_.settings().integer(QString::fromLatin1(Settings::WorklistDays));
        options.ownAuthorities = PatientReconciler::ownAuthorities(station_.settings());
        const LocalArchive archive(station_);
        options.archive = &archive;
        options.cancel = progress.cancel;
        Result<QVector<DicomNode>> all = nodes.list(true);
        if (!all)
            return all.error();
        if (request.sources.isEmpty()) {
            for (const DicomNode& n : *all) {
                if (n.isLocal() || n.has(DicomNode::Find) || n.has(DicomNode::Worklist))
                    options.sources << n;
            }
        } else {
            for (const QString& name : request.sources) {
                Result<DicomNode> n = nodes.find(name);
                if (!n)
                    return n.error();
                if (!n->isLocal() && !n->has(DicomNode::Find) && !n->has(DicomNode::Worklist))
                    return Error::invalid(
                        tr("Node %1 has neither the find nor the worklist role; it cannot say "
                           "who a patient is.")
                            .arg(n->name));
                options.sources << *n;
            }
        }
        progress(tr("looking up the local patient"), 0, 1);
        const PatientReconciler reconciler(options);
        plan.known =
            reconciler.lookup(request.localPatientId, request.localIssuer, &plan.lookupProblems);
        QStringList asked;
        for (const DicomNode& n : std::as_const(options.sources))
            asked << n.name;
        if (!plan.known.isEmpty()) {
            const KnownPatient& k = plan.known.constFirst();
            plan.local = {request.localPatientId,
                          request.localIssuer.isEmpty() ? k.patient.issuer : request.localIssuer,
                          k.patient.name,
                          k.patient.birthDate,
                          k.patient.sex,
                          request.accessionNumber};
            plan.demographicsSource = k.source;
            QStringList differ;
            if (!request.name.isNull() && request.name != k.patient.name)
                differ << tr("name %1").arg(k.patient.name);
            if (!request.birthDate.isNull() && request.birthDate != k.patient.birthDate)
                differ << tr("birth date %1").arg(k.patient.birthDate);
            if (!request.sex.isNull() && request.sex != k.patient.sex)
                differ << tr("sex %1").arg(k.patient.sex);
            if (!differ.isEmpty()) {
                const QString reason =
                    tr("%1 knows patient %2 with %3, which differs from what was given. The "
                       "local record wins: leave out --name/--birth-date/--sex, or correct the "
                       "local record first.")
                        .arg(k.source, request.localPatientId, differ.join(QLatin1String(", ")));
                recordRefusal(plan, reason);
                return Error::conflict(reason);
            }
        } else if (!request.name.isNull() && !request.name.trimmed().isEmpty() &&
                   !request.birthDate.isNull() && !request.sex.isNull()) {
            plan.local = {request.localPatientId, request.localIssuer, request.name,
                          request.birthDate,      request.sex,         request.accessionNumber};
            plan.demographicsSource = QStringLiteral("explicit");
        } else if (!plan.lookupProblems.isEmpty()) {
            // A source that could not be asked may know the patient: not a refusal.
            return Error::network(
                tr("The local patient %1 could not be looked up everywhere: %2 Try again when "
                   "the sources answer, or give --name, --birth-date and --sex.")
                    .arg(request.localPatientId, plan.lookupProblems.join(QLatin1Char(' '))));
        } else {
            plan.local.patientId = request.localPatientId;
            plan.local.issuer = request.localIssuer;
            const QString reason =
                tr("No source knows the local patient ID %1 (asked: %2). Check the ID, or, if "
                   "the patient is new here, give the local name, birth date and sex with "
                   "--name, --birth-date and --sex.")
                    .arg(request.localPatientId, asked.join(QLatin1String(", ")));
            recordRefusal(plan, reason);
            return Error::conflict(reason);
        }
    }
    plan.match = CandidateScorer::score(
        plan.outside, PatientDemographics{plan.local.patientId, plan.local.issuer, plan.local.name,
                                          plan.local.birthDate, plan.local.sex},
        IdAuthority{PatientReconciler::ownAuthorities(station_.settings()), outside.institutions});

    // The local identity must be writable in the destination's character set.
    const SpecificCharacterSet target(plan.destination.characterSet);
    for (const QString& value :
         {plan.local.patientId, plan.local.issuer, plan.local.name, plan.local.accessionNumber}) {
        QString unencodable;
        target.encode(value, &unencodable);
        if (!unencodable.isEmpty()) {
            const QString reason =
                tr("\"%1\" cannot be written in the character set of %2 (%3): the characters "
                   "%4 have no code there. Send to a node with ISO_IR 192, or correct the local "
                   "record.")
                    .arg(value, plan.destination.name, plan.destination.characterSet, unencodable);
            recordRefusal(plan, reason);
            return Error::conflict(reason);
        }
    }

    // What goes and what stays
    ImportSelection selection = select(medium, plan.patientIndex, request.studies, request.series);
    plan.instances = std::move(selection.instances);
    plan.leftOut = std::move(selection.leftOut);
    if (plan.instances.isEmpty()) {
        const QString reason =
            tr("Nothing of patient %1 can be imported with this choice; see the files left out.")
                .arg(describePatient(outside));
        recordRefusal(plan, reason);
        return Error::conflict(reason);
    }
    return plan;
}

Result<QVector<UnfinishedImport>> ImportJob::unfinished(const ImportMedium& medium) const {
    if (auto allowed = AccessControl::require(session_, Permission::Import, station_.audit(),
                                              QStringLiteral("import"));
        !allowed)
        return allowed.error();
    const Database db = station_.database();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, destination, outside_patient_id, outside_issuer, outside_name, "
        "local_patient_id, local_issuer, local_name, local_birth_date, local_sex, "
        "accession_number, demographics_source, message, updated_at, updated_by FROM import_jobs "
        "WHERE medium_hash = ? AND status <> 'complete' ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(medium.contentHash);
    if (auto done = Database::exec(q, tr("reading the import jobs")); !done)
        return done.error();
    QVector<UnfinishedImport> out;
    // Null strings would mean "not given" in a request; the job's values were given.
    auto given = [&q](int column) {
        return Database::text(q.value(column).toString());
    };
    while (q.next()) {
        UnfinishedImport u;
        u.jobId = q.value(0).toLongLong();
        ImportRequest& r = u.request;
        r.medium = medium.medium->location();
        r.destination = q.value(1).toString();
        r.outsidePatientId = given(2);
        r.outsideIssuer = given(3);
        u.outside = {r.outsidePatientId, r.outsideIssuer, q.value(4).toString(), QString(),
                     QString()};
        const QString source = q.value(11).toString();
        r.keepIds = source == QLatin1String("medium");
        if (!r.keepIds) {
            r.localPatientId = q.value(5).toString();
            r.localIssuer = q.value(6).toString();
        }
        if (source == QLatin1String("explicit")) {
            r.name = given(7);
            r.birthDate = given(8);
            r.sex = given(9);
        }
        r.accessionNumber = q.value(10).toString();
        u.localName = q.value(7).toString();
        u.message = q.value(12).toString();
        u.updatedAt = Timestamp::parseIsoUtc(q.value(13).toString());
        u.updatedBy = q.value(14).toString();
        out << u;
    }
    q.finish();
    for (UnfinishedImport& u : out) {
        QSqlQuery s(db.connection());
        s.prepare(QStringLiteral("SELECT series_uid, state, COUNT(*) FROM import_instances "
                                 "WHERE job = ? GROUP BY series_uid, state ORDER BY series_uid"));
        s.addBindValue(u.jobId);
        if (auto done = Database::exec(s, tr("reading the import jobs")); !done)
            return done.error();
        while (s.next()) {
            const QString series = s.value(0).toString();
            const QString state = s.value(1).toString();
            const int count = s.value(2).toInt();
            if (!u.request.series.contains(series))
                u.request.series << series;
            u.planned += count;
            if (state == Sent || state == Committed)
                u.sent += count;
            else if (state == Failed)
                u.failed += count;
        }
    }
    return out;
}

ImportSelection ImportJob::select(const ImportMedium& medium, int patientIndex,
                                  const QStringList& studyUids, const QStringList& seriesUids) {
    ImportSelection out;
    const QVector<PatientContents>& patients = medium.report().contents.patients;
    const QSet<QString> studies(studyUids.cbegin(), studyUids.cend());
    const QSet<QString> series(seriesUids.cbegin(), seriesUids.cend());
    QSet<int> mine;
    if (patientIndex >= 0 && patientIndex < patients.size()) {
        for (const StudyContents& st : patients.at(patientIndex).studies) {
            for (const SeriesContents& se : st.series) {
                for (int i : se.instanceIndexes)
                    mine.insert(i);
            }
        }
    }
    const MediumInventory& inventory = medium.report().inventory;
    QHash<QString, QString> seenUids;
    const QVector<MediumInstance>& all = medium.report().contents.instances;
    for (int i = 0; i < all.size(); ++i) {
        const MediumInstance& inst = all.at(i);
        const DicomSummary& s = inst.summary;
        LeftOutFile left{inst.path, s.sopInstanceUid, QString(), LeftOutFile::Kind::Unusable};
        const ScannedFile* file = inventory.file(inst.path);
        if (!mine.contains(i)) {
            left.reason = tr("belongs to another patient on the medium (%1)")
                              .arg(s.patientId.isEmpty() ? tr("no Patient ID") : s.patientId);
            left.kind = LeftOutFile::Kind::OtherPatient;
        } else if (!studies.isEmpty() && !studies.contains(s.studyUid)) {
            left.reason = tr("study not chosen for import");
            left.kind = LeftOutFile::Kind::NotChosen;
        } else if (!series.isEmpty() && !series.contains(s.seriesUid)) {
            left.reason = tr("series not chosen for import");
            left.kind = LeftOutFile::Kind::NotChosen;
        } else if (file && file->kind == ScannedFile::Kind::Damaged) {
            left.reason = tr("damaged DICOM file: %1").arg(file->error);
        } else if (s.sopInstanceUid.isEmpty() || s.sopClassUid.isEmpty()) {
            left.reason = tr("no SOP Class or SOP Instance UID");
        } else if (seenUids.contains(s.sopInstanceUid)) {
            left.reason = tr("same SOP Instance UID as %1").arg(seenUids.value(s.sopInstanceUid));
        } else if (inst.fromDicomdir) {
            left.reason = tr("known only from the DICOMDIR, not read");
        } else {
            seenUids.insert(s.sopInstanceUid, inst.path);
            out.instances << ImportObject{inst.path,           s.sopClassUid, s.sopInstanceUid,
                                          s.transferSyntaxUid, s.studyUid,    s.seriesUid};
            continue;
        }
        out.leftOut << left;
    }
    for (const ScannedFile& f : inventory.files) {
        if (f.kind == ScannedFile::Kind::NonDicom) {
            const bool autorun =
                f.path.section(QLatin1Char('/'), -1)
                    .compare(QLatin1String("AUTORUN.INF"), Qt::CaseInsensitive) == 0;
            QString reason;
            if (autorun)
                reason = tr("an autorun file, never followed and never imported");
            else if (f.program)
                reason =
                    tr("not DICOM: %1; a program, never run and never imported").arg(f.contentType);
            else
                reason = tr("not DICOM: %1; only DICOM goes to the PACS")
                             .arg(f.contentType.isEmpty() ? tr("unknown content") : f.contentType);
            out.leftOut << LeftOutFile{f.path, QString(), reason,
                                       f.program || autorun ? LeftOutFile::Kind::Program
                                                            : LeftOutFile::Kind::NotDicom};
        } else if (f.kind == ScannedFile::Kind::Unreadable) {
            out.leftOut << LeftOutFile{f.path, QString(),
                                       tr("cannot be read from the medium: %1").arg(f.error),
                                       LeftOutFile::Kind::Unusable};
        }
    }
    for (const ListingProblem& p : inventory.listingProblems)
        out.leftOut << LeftOutFile{p.path, QString(), p.detail, LeftOutFile::Kind::Unusable};
    return out;
}

Result<ImportOutcome> ImportJob::execute(ImportPlan& plan, const JobProgress& progress) {
    if (auto allowed = AccessControl::require(session_, Permission::Import, station_.audit(),
                                              QStringLiteral("import"));
        !allowed)
        return allowed.error();
    ImportOutcome outcome;
    outcome.planned = plan.instances.size();
    const CoercionContext context = coercionContext(plan);
    const DicomNode& node = plan.destination;

    if (plan.request.dryRun) {
        // Everything but sending: load and coerce the first object to find a refusal now.
        const PreparedObject first =
            ObjectPreparer::prepare(plan.medium, &plan.instances.constFirst(), plan.local, context);
        if (!first.failure.isEmpty())
            return Error::conflict(
                tr("%1: %2").arg(plan.instances.constFirst().path, first.failure));
        outcome.status = ImportOutcome::Status::DryRun;
        outcome.pending = outcome.planned;
        outcome.message = tr("Dry run: %n object(s) would be sent to %1; nothing was sent.",
                             nullptr, outcome.planned)
                              .arg(node.name);
        return outcome;
    }

    const Database db = station_.database();
    const QString now = Timestamp::isoUtc(Timestamp::now());
    const QString key = jobKey(plan);

    // One run of a job at a time: a second window or a script sending the same objects alongside
    // would double the traffic and race for the job's instance states. A crashed run's lock
    // (its process gone) is taken over.
    const QString lockFile = lockPath(station_, plan);
    QDir().mkpath(QFileInfo(lockFile).path());
    QLockFile lock(lockFile);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return Error::conflict(
            tr("This import (outside patient %1 to %2) is running already in %3 (process %4 on "
               "%5). Wait for it to end; starting it again afterwards continues what is left.")
                .arg(plan.outside.id, node.name, app.isEmpty() ? tr("another program") : app)
                .arg(pid)
                .arg(host));
    }

    // A medium with programs on it is a security event, even though nothing on it is run.
    const QStringList hazards = plan.medium.hazardousFiles();
    if (plan.medium.report().flags[MediumFlags::Autorun] ||
        plan.medium.report().flags[MediumFlags::Executables] || !hazards.isEmpty()) {
        AuditEvent e = AuditEvent::by(session_, AuditEventType::SecurityAlert);
        e.alert = SecurityAlert::MediumContent;
        e.outcome = AuditOutcome::MinorFailure;
        e.target = hazards.isEmpty() ? plan.medium.identifier : hazards.join(QLatin1String(", "));
        e.mediumId = plan.medium.identifier;
        e.mediaType = plan.medium.mediaType;
        e.details = QJsonObject{
            {QStringLiteral("autorun"), plan.medium.report().flags[MediumFlags::Autorun]},
            {QStringLiteral("executables"), plan.medium.report().flags[MediumFlags::Executables]},
            {QStringLiteral("files"), QJsonArray::fromStringList(hazards)},
            {QStringLiteral("action"), QStringLiteral("import; nothing on the medium was run")}};
        if (auto recorded = station_.audit().record(e); !recorded)
            return recorded.error();
    }

    // The job record: found by its key, or created with the reconciliation decision.
    {
        auto begun = db.begin();
        if (!begun)
            return begun.error();
        Transaction& tx = *begun;
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("SELECT id, runs FROM import_jobs WHERE job_key = ?"));
        q.addBindValue(key);
        if (auto done = Database::exec(q, tr("reading the import job")); !done)
            return done.error();
        const bool exists = q.next();
        if (exists) {
            outcome.jobId = q.value(0).toLongLong();
            outcome.run = q.value(1).toInt() + 1;
        }
        q.finish();
        if (!exists) {
            outcome.run = 1;
            q.prepare(QStringLiteral(
                "INSERT INTO import_jobs (job_key, medium_id, medium_hash, medium_location, "
                "destination, outside_patient_id, outside_issuer, outside_name, "
                "local_patient_id, local_issuer, local_name, local_birth_date, local_sex, "
                "accession_number, demographics_source, source_institution, status, runs, "
                "left_out, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', 1, ?, ?, ?, ?, ?)"));
            for (const QString& v :
                 {key, plan.medium.identifier, plan.medium.contentHash,
                  plan.medium.medium->location(), node.name, plan.outside.id, plan.outside.issuer,
                  plan.outside.name, plan.local.patientId, plan.local.issuer, plan.local.name,
                  plan.local.birthDate, plan.local.sex, plan.local.accessionNumber,
                  plan.demographicsSource, plan.sourceInstitution})
                q.addBindValue(Database::text(v));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(leftOutJson(plan.leftOut)).toJson(QJsonDocument::Compact)));
            q.addBindValue(now);
            q.addBindValue(session_.userName());
            q.addBindValue(now);
            q.addBindValue(session_.userName());
            if (auto done = Database::exec(q, tr("recording the import job")); !done)
                return done.error();
            outcome.jobId = q.lastInsertId().toLongLong();

            // The person's decision: this outside patient is that local one.
            AuditEvent e = AuditEvent::by(session_, AuditEventType::ReconcileDecision);
            e.patients = {auditPatient(plan.local.patientId, plan.local.issuer, plan.local.name)};
            e.patientsBefore = {
                auditPatient(plan.outside.id, plan.outside.issuer, plan.outside.name)};
            e.mediumId = plan.medium.identifier;
            e.mediaType = plan.medium.mediaType;
            e.target = node.name;
            e.details = QJsonObject{
                {QStringLiteral("job"), outcome.jobId},
                {QStringLiteral("keepIds"), plan.request.keepIds},
                {QStringLiteral("demographicsSource"), plan.demographicsSource},
                {QStringLiteral("accessionNumber"), plan.local.accessionNumber},
                {QStringLiteral("localBirthDate"), plan.local.birthDate},
                {QStringLiteral("localSex"), plan.local.sex},
                {QStringLiteral("outsideBirthDate"), plan.outside.birthDate},
                {QStringLiteral("outsideSex"), plan.outside.sex},
                {QStringLiteral("score"), plan.match.score},
                {QStringLiteral("matches"), QJsonArray::fromStringList(plan.match.matches)},
                {QStringLiteral("differences"),
                 QJsonArray::fromStringList(plan.match.differences)}};
            if (auto recorded = station_.audit().record(tx, e); !recorded)
                return recorded.error();
        } else {
            q.prepare(QStringLiteral(
                "UPDATE import_jobs SET runs = runs + 1, status = 'running', local_name = ?, "
                "local_birth_date = ?, local_sex = ?, accession_number = ?, "
                "demographics_source = ?, medium_location = ?, left_out = ?, updated_at = ?, "
                "updated_by = ? WHERE id = ?"));
            for (const QString& v :
                 {plan.local.name, plan.local.birthDate, plan.local.sex, plan.local.accessionNumber,
                  plan.demographicsSource, plan.medium.medium->location()})
                q.addBindValue(Database::text(v));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(leftOutJson(plan.leftOut)).toJson(QJsonDocument::Compact)));
            q.addBindValue(now);
            q.addBindValue(session_.userName());
            q.addBindValue(outcome.jobId);
            if (auto done = Database::exec(q, tr("updating the import job")); !done)
                return done.error();
        }
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO import_instances (job, sop_instance_uid, sop_class_uid, "
            "study_uid, series_uid, path, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
            "'pending', ?)"));
        for (const ImportObject& i : std::as_const(plan.instances)) {
            q.addBindValue(outcome.jobId);
            q.addBindValue(i.sopInstanceUid);
            q.addBindValue(i.sopClassUid);
            q.addBindValue(Database::text(i.studyUid));
            q.addBindValue(Database::text(i.seriesUid));
            q.addBindValue(i.path);
            q.addBindValue(now);
            if (auto done = Database::exec(q, tr("recording the instances of the import job"));
                !done)
                return done.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }

    // Where each planned instance stands
    QHash<QString, QString> state;
    {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT sop_instance_uid, state FROM import_instances WHERE job = ?"));
        q.addBindValue(outcome.jobId);
        if (auto done = Database::exec(q, tr("reading the import job")); !done)
            return done.error();
        while (q.next())
            state.insert(q.value(0).toString(), q.value(1).toString());
    }
    QVector<const ImportObject*> todo;
    for (const ImportObject& i : std::as_const(plan.instances)) {
        const QString s = state.value(i.sopInstanceUid);
        if (s == Sent || s == Committed)
            ++outcome.sentBefore;
        else
            todo << &i;
    }

    QVector<StateChange> changes;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    auto flush = [&]() -> Result<void> {
        if (changes.isEmpty())
            return {};
        auto begun = db.begin();
        if (!begun)
            return begun.error();
        QSqlQuery q(begun->connection());
        q.prepare(QStringLiteral(
            "UPDATE import_instances SET state = ?, reason = ?, commit_transaction = ?, "
            "updated_at = ? WHERE job = ? AND sop_instance_uid = ?"));
        const QString at = Timestamp::isoUtc(Timestamp::now());
        for (const StateChange& c : std::as_const(changes)) {
            q.addBindValue(c.state);
            q.addBindValue(Database::text(c.reason));
            q.addBindValue(Database::text(c.transaction));
            q.addBindValue(at);
            q.addBindValue(outcome.jobId);
            q.addBindValue(c.uid);
            if (auto done = Database::exec(q, tr("recording the state of imported instances"));
                !done)
                return done.error();
            state.insert(c.uid, c.state);
        }
        if (auto committed = begun->commit(); !committed)
            return committed.error();
        changes.clear();
        sinceFlush.restart();
        return {};
    };
    auto change = [&](const QString& uid, const QString& newState, const QString& reason,
                      const QString& transaction = QString()) -> Result<void> {
        changes.append({uid, newState, reason, transaction});
        if (changes.size() >= FlushEvery || sinceFlush.elapsed() >= FlushAfterMs)
            return flush();
        return {};
    };

    QString stopMessage;
    bool connectionLost = false;
    std::unique_ptr<StoreSession> session;
    std::unique_ptr<LocalArchive> archive;
    if (node.isLocal()) {
        archive = std::make_unique<LocalArchive>(station_);
    } else if (!todo.isEmpty()) {
        session = std::make_unique<StoreSession>(node, LocalAe::fromSettings(station_.settings()));
        for (const ImportObject* i : std::as_const(todo))
            session->expect(i->sopClassUid, i->transferSyntaxUid);
        if (auto connected = session->connect(); !connected) {
            stopMessage = connected.error().message;
            connectionLost = true;
        }
    }

    const qint64 total = todo.size();
    qint64 done = 0;
    // Loading and coercing the next objects overlaps with sending this one.
    auto preparer = std::make_unique<ObjectPreparer>(plan.medium, todo, plan.local, context);
    for (const ImportObject* i : std::as_const(todo)) {
        if (connectionLost)
            break;
        if (progress.cancelled()) {
            stopMessage = tr("The import was cancelled.");
            break;
        }
        progress(tr("sending to %1").arg(node.name), done, total);
        ++done;
        PreparedObject prepared = preparer->next();
        Q_ASSERT(prepared.instance == i);
        const QString failure = prepared.failure;
        std::unique_ptr<DcmFileFormat>& loaded = prepared.file;
        if (!failure.isEmpty()) {
            if (auto ok = change(i->sopInstanceUid, Failed, failure); !ok)
                return ok.error();
            continue;
        }
        if (archive) {
            Result<ArchivedInstance> stored = archive->store(*loaded, session_.userName());
            if (auto ok = change(i->sopInstanceUid, stored ? Sent : Failed,
                                 stored ? QString() : stored.error().message);
                !ok)
                return ok.error();
            if (stored)
                ++outcome.sentNow;
            continue;
        }
        const StoreSession::Outcome sent =
            session->send(*loaded->getDataset(), i->sopClassUid, i->sopInstanceUid);
        switch (sent.kind) {
        case StoreSession::Outcome::Kind::Stored:
            ++outcome.sentNow;
            if (auto ok = change(i->sopInstanceUid, Sent, sent.message); !ok)
                return ok.error();
            break;
        case StoreSession::Outcome::Kind::Rejected:
            if (auto ok = change(i->sopInstanceUid, Failed, sent.message); !ok)
                return ok.error();
            break;
        case StoreSession::Outcome::Kind::ConnectionLost:
            connectionLost = true;
            stopMessage = sent.message;
            break;
        }
    }
    preparer.reset();
    if (session)
        session->close();
    if (auto ok = flush(); !ok)
        return ok.error();
    progress(tr("sending to %1").arg(node.name), done, total);

    // Storage commitment: the node takes responsibility, or the job stays incomplete.
    QString commitMessage;
    if (node.has(DicomNode::Commit) && !connectionLost && !progress.cancelled()) {
        QVector<StorageCommitment::Reference> references;
        for (const ImportObject& i : std::as_const(plan.instances)) {
            if (state.value(i.sopInstanceUid) == Sent)
                references.append({i.sopClassUid, i.sopInstanceUid});
        }
        if (!references.isEmpty()) {
            outcome.commitmentAsked = true;
            progress(tr("waiting for %1 to confirm storage").arg(node.name), 0, references.size());
            const int timeout =
                station_.settings().integer(QString::fromLatin1(Settings::CommitTimeoutSeconds));
            Result<StorageCommitment::Report> report =
                StorageCommitment::request(node, LocalAe::fromSettings(station_.settings()),
                                           references, timeout, progress.cancel);
            if (!report) {
                commitMessage = report.error().message;
            } else if (!report->received) {
                commitMessage =
                    tr("%1 did not confirm storage commitment within %2 s; the objects are sent. "
                       "Run the same import again to ask again.")
                        .arg(node.name)
                        .arg(timeout);
            } else {
                for (const StorageCommitment::Reference& r : std::as_const(report->committed)) {
                    if (state.value(r.sopInstance) == Sent)
                        changes.append(
                            {r.sopInstance, Committed, QString(), report->transactionUid});
                }
                for (const StorageCommitment::Failure& f : std::as_const(report->failed)) {
                    if (state.value(f.reference.sopInstance) == Sent)
                        changes.append({f.reference.sopInstance, Failed,
                                        tr("storage commitment failed: %1").arg(f.text),
                                        report->transactionUid});
                }
                if (auto ok = flush(); !ok)
                    return ok.error();
            }
            progress(tr("waiting for %1 to confirm storage").arg(node.name), references.size(),
                     references.size());
        }
    }

    // Counts over this plan
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "SELECT sop_instance_uid, state, reason FROM import_instances WHERE job = ?"));
        q.addBindValue(outcome.jobId);
        if (auto ok = Database::exec(q, tr("reading the import job")); !ok)
            return ok.error();
        QHash<QString, QPair<QString, QString>> rows;
        while (q.next())
            rows.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
        for (const ImportObject& i : std::as_const(plan.instances)) {
            const auto row = rows.value(i.sopInstanceUid);
            if (row.first == Sent)
                ++outcome.sent;
            else if (row.first == Committed)
                ++outcome.committed;
            else if (row.first == Failed) {
                ++outcome.failed;
                outcome.failures.append({i.sopInstanceUid, row.second});
            } else
                ++outcome.pending;
        }
    }
    const int finished =
        node.has(DicomNode::Commit) ? outcome.committed : outcome.sent + outcome.committed;
    outcome.status = finished == outcome.planned ? ImportOutcome::Status::Complete
                                                 : ImportOutcome::Status::Incomplete;
    if (outcome.status == ImportOutcome::Status::Complete) {
        outcome.message =
            node.has(DicomNode::Commit)
                ? tr("Complete: %n object(s) sent to %1 and committed.", nullptr, outcome.planned)
                      .arg(node.name)
                : tr("Complete: %n object(s) sent to %1.", nullptr, outcome.planned).arg(node.name);
    } else {
        QStringList why;
        if (!stopMessage.isEmpty())
            why << stopMessage;
        if (!commitMessage.isEmpty())
            why << commitMessage;
        if (outcome.failed > 0)
            why << tr("%n object(s) failed; the reasons are in the job record.", nullptr,
                      outcome.failed);
        outcome.reasons = why;
        outcome.message =
            tr("Incomplete: %1 of %2 object(s) done (%3 sent, %4 committed, %5 failed, %6 still "
               "to send). %7 Run the same command again to continue; what was sent is not sent "
               "again.")
                .arg(finished)
                .arg(outcome.planned)
                .arg(outcome.sent)
                .arg(outcome.committed)
                .arg(outcome.failed)
                .arg(outcome.pending)
                .arg(why.join(QLatin1Char(' ')));
    }

    // The job record and the audit trail
    {
        auto begun = db.begin();
        if (!begun)
            return begun.error();
        Transaction& tx = *begun;
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("UPDATE import_jobs SET status = ?, message = ?, updated_at = ? "
                                 "WHERE id = ?"));
        q.addBindValue(ImportOutcome::statusName(outcome.status));
        q.addBindValue(outcome.message);
        q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
        q.addBindValue(outcome.jobId);
        if (auto ok = Database::exec(q, tr("updating the import job")); !ok)
            return ok.error();

        QStringList studyUids;
        for (const ImportObject& i : std::as_const(plan.instances)) {
            if (!studyUids.contains(i.studyUid))
                studyUids << i.studyUid;
        }
        if (outcome.sentNow > 0 && !node.isLocal()) {
            AuditEvent t = AuditEvent::by(session_, AuditEventType::Transfer);
            t.target = node.aeTitle;
            t.patients = {auditPatient(plan.local.patientId, plan.local.issuer, plan.local.name)};
            t.studies = studyUids;
            t.outcome = connectionLost ? AuditOutcome::MinorFailure : AuditOutcome::Success;
            t.details = QJsonObject{{QStringLiteral("node"), node.name},
                                    {QStringLiteral("host"), node.host},
                                    {QStringLiteral("port"), node.port},
                                    {QStringLiteral("tls"), node.tls},
                                    {QStringLiteral("instances"), outcome.sentNow},
                                    {QStringLiteral("job"), outcome.jobId}};
            if (auto recorded = station_.audit().record(tx, t); !recorded)
                return recorded.error();
        }
        AuditEvent e = AuditEvent::by(session_, AuditEventType::Import);
        e.outcome = outcome.status == ImportOutcome::Status::Complete ? AuditOutcome::Success
                                                                      : AuditOutcome::MinorFailure;
        e.mediumId = plan.medium.identifier;
        e.mediaType = plan.medium.mediaType;
        e.target = node.name;
        e.patients = {auditPatient(plan.local.patientId, plan.local.issuer, plan.local.name)};
        e.patientsBefore = {auditPatient(plan.outside.id, plan.outside.issuer, plan.outside.name)};
        e.studies = studyUids;
        e.details =
            QJsonObject{{QStringLiteral("job"), outcome.jobId},
                        {QStringLiteral("run"), outcome.run},
                        {QStringLiteral("outcome"), ImportOutcome::statusName(outcome.status)},
                        {QStringLiteral("destination"), node.name},
                        {QStringLiteral("sourceInstitution"), plan.sourceInstitution},
                        {QStringLiteral("mediumHash"), plan.medium.contentHash},
                        {QStringLiteral("keepIds"), plan.request.keepIds},
                        {QStringLiteral("accessionNumber"), plan.local.accessionNumber},
                        {QStringLiteral("planned"), outcome.planned},
                        {QStringLiteral("sentNow"), outcome.sentNow},
                        {QStringLiteral("sent"), outcome.sent},
                        {QStringLiteral("committed"), outcome.committed},
                        {QStringLiteral("failed"), outcome.failed},
                        {QStringLiteral("pending"), outcome.pending},
                        {QStringLiteral("leftOut"), int(plan.leftOut.size())}};
        if (auto recorded = station_.audit().record(tx, e); !recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }
    progress(outcome.message, outcome.planned, outcome.planned);
    return outcome;
}

QJsonObject ImportJob::toJson(const ImportPlan& plan, const ImportOutcome& outcome) {
    QJsonArray failures;
    for (const auto& f : outcome.failures)
        failures.append(QJsonObject{{QStringLiteral("sopInstanceUid"), f.first},
                                    {QStringLiteral("reason"), f.second}});
    QJsonArray known;
    for (const KnownPatient& k : plan.known)
        known.append(QJsonObject{{QStringLiteral("source"), k.source},
                                 {QStringLiteral("kind"), Candidate::kindName(k.kind)},
                                 {QStringLiteral("id"), k.patient.id},
                                 {QStringLiteral("issuer"), k.patient.issuer},
                                 {QStringLiteral("name"), k.patient.name},
                                 {QStringLiteral("birthDate"), k.patient.birthDate},
                                 {QStringLiteral("sex"), k.patient.sex}});
    const DicomNode& node = plan.destination;
    return QJsonObject{
        {QStringLiteral("job"), outcome.jobId},
        {QStringLiteral("run"), outcome.run},
        {QStringLiteral("status"), ImportOutcome::statusName(outcome.status)},
        {QStringLiteral("message"), outcome.message},
        {QStringLiteral("medium"),
         QJsonObject{{QStringLiteral("path"), plan.medium.medium->location()},
                     {QStringLiteral("kind"), mediumKindName(plan.medium.medium->kind())},
                     {QStringLiteral("identifier"), plan.medium.identifier},
                     {QStringLiteral("contentHash"), plan.medium.contentHash},
                     {QStringLiteral("flags"), plan.medium.report().flags.toJson()}}},
        {QStringLiteral("destination"),
         QJsonObject{{QStringLiteral("name"), node.name},
                     {QStringLiteral("aeTitle"), node.aeTitle},
                     {QStringLiteral("characterSet"), node.characterSet},
                     {QStringLiteral("commit"), node.has(DicomNode::Commit)}}},
        {QStringLiteral("outside"),
         QJsonObject{{QStringLiteral("id"), plan.outside.id},
                     {QStringLiteral("issuer"), plan.outside.issuer},
                     {QStringLiteral("name"), plan.outside.name},
                     {QStringLiteral("birthDate"), plan.outside.birthDate},
                     {QStringLiteral("sex"), plan.outside.sex},
                     {QStringLiteral("institution"), plan.sourceInstitution}}},
        {QStringLiteral("local"),
         QJsonObject{{QStringLiteral("id"), plan.local.patientId},
                     {QStringLiteral("issuer"), plan.local.issuer},
                     {QStringLiteral("name"), plan.local.name},
                     {QStringLiteral("birthDate"), plan.local.birthDate},
                     {QStringLiteral("sex"), plan.local.sex},
                     {QStringLiteral("accessionNumber"), plan.local.accessionNumber},
                     {QStringLiteral("source"), plan.demographicsSource},
                     {QStringLiteral("known"), known}}},
        {QStringLiteral("match"),
         QJsonObject{
             {QStringLiteral("score"), plan.match.score},
             {QStringLiteral("matches"), QJsonArray::fromStringList(plan.match.matches)},
             {QStringLiteral("differences"), QJsonArray::fromStringList(plan.match.differences)}}},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("planned"), outcome.planned},
                     {QStringLiteral("sentBefore"), outcome.sentBefore},
                     {QStringLiteral("sentNow"), outcome.sentNow},
                     {QStringLiteral("sent"), outcome.sent},
                     {QStringLiteral("committed"), outcome.committed},
                     {QStringLiteral("failed"), outcome.failed},
                     {QStringLiteral("pending"), outcome.pending},
                     {QStringLiteral("leftOut"), int(plan.leftOut.size())}}},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("leftOut"), leftOutJson(plan.leftOut)},
        {QStringLiteral("lookupProblems"), QJsonArray::fromStringList(plan.lookupProblems)},
    };
}

} // namespace pdi

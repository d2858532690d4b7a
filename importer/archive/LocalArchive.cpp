#include "LocalArchive.h"

#include "job/DiskSpace.h"

#include "dicom/DcmtkCondition.h"
#include "dicom/DicomSummaryReader.h"
#include "dicom/PersonName.h"
#include "reconcile/NameNormalizer.h"
#include "reconcile/PatientSearchKeys.h"
#include "station/Station.h"
#include "station/Timestamp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace pdi {

namespace {

QString like(const QString& text) {
    QString t = text;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return t;
}

ArchivedInstance instanceFromRow(const QSqlQuery& q, const QString& root) {
    ArchivedInstance i;
    i.sopInstanceUid = q.value(0).toString();
    i.sopClassUid = q.value(1).toString();
    i.transferSyntaxUid = q.value(2).toString();
    i.instanceNumber = q.value(3).toString();
    i.filePath = root + QLatin1Char('/') + q.value(4).toString();
    i.size = q.value(5).toLongLong();
    i.seriesUid = q.value(6).toString();
    i.studyUid = q.value(7).toString();
    i.stationId = q.value(8).toString();
    i.station = q.value(9).toString();
    return i;
}

const char* const InstanceColumns =
    "i.sop_instance_uid, i.sop_class_uid, i.transfer_syntax_uid, i.instance_number, i.file, "
    "i.size, i.series_uid, se.study_uid, i.station_id, COALESCE(sn.name, '')";

// Joined wherever InstanceColumns are selected: the name of the station holding the file.
const char* const HolderJoin = " LEFT JOIN stations sn ON sn.id = i.station_id";

} // namespace

LocalArchive::LocalArchive(const Station& station)
    : LocalArchive(station.database(), station.directory().filePath(QStringLiteral("archive"))) {}

LocalArchive::LocalArchive(Database database, QString root)
    : db_(std::move(database))
    , root_(std::move(root)) {}

QString LocalArchive::nameKey(const QString& dicomName) {
    const PersonName pn = PersonName::fromDicom(dicomName);
    return QStringLiteral("|%1|%2|%3|")
        .arg(NameNormalizer::normalize(pn.alphabetic), NameNormalizer::normalize(pn.ideographic),
             NameNormalizer::normalize(pn.phonetic));
}

QString LocalArchive::relativePath(const QString& sopInstanceUid) const {
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(sopInstanceUid.toLatin1(), QCryptographicHash::Sha256).toHex());
    return QStringLiteral("%1/%2/%3.dcm").arg(hash.left(2), hash.mid(2, 2), hash);
}

Result<ArchivedInstance> LocalArchive::store(DcmFileFormat& file, const QString& storedBy) {
    DcmDataset& ds = *file.getDataset();
    DicomSummary s;
    DicomSummaryReader::summarize(ds, s);
    if (s.sopInstanceUid.isEmpty() || s.sopClassUid.isEmpty() || s.studyUid.isEmpty() ||
        s.seriesUid.isEmpty())
        return Error::invalid(tr("The object has no SOP Class, SOP Instance, Study or Series "
                                 "Instance UID and cannot be archived."));
    {
        // Refuse a colliding study before anything is written.
        QSqlQuery q(db_.connection());
        q.prepare(QStringLiteral("SELECT p.patient_id, p.issuer FROM archive_studies s JOIN "
                                 "archive_patients p ON p.id = s.patient WHERE s.study_uid = ?"));
        q.addBindValue(s.studyUid);
        if (auto done = Database::exec(q, tr("reading the local archive")); !done)
            return done.error();
        if (q.next() &&
            (q.value(0).toString() != s.patientId || q.value(1).toString() != s.issuerOfPatientId))
            return Error::conflict(
                tr("Study %1 is already in the local archive under patient %2; the same Study "
                   "Instance UID cannot belong to patient %3 too.")
                    .arg(s.studyUid, q.value(0).toString(), s.patientId));
    }
    const QString relative = relativePath(s.sopInstanceUid);
    const QString path = root_ + QLatin1Char('/') + relative;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(
            tr("The archive folder %1 cannot be created; check the data directory's free space "
               "and permissions.")
                .arg(QFileInfo(path).absolutePath()));
    E_TransferSyntax xfer = ds.getCurrentXfer();
    if (xfer == EXS_Unknown)
        xfer = ds.getOriginalXfer();
    if (xfer == EXS_Unknown)
        xfer = EXS_LittleEndianExplicit;
    // Write beside, then rename: a crash never leaves half a file under the final name.
    const QString temporary = path + QStringLiteral(".part");
    const OFCondition c = file.saveFile(QFile::encodeName(temporary).constData(), xfer);
    if (c.bad()) {
        // Whether the disk is full is asked before the partial file goes: a large object that
        // did not fit leaves room behind it once removed.
        const QString problem =
            DiskSpace::writeFailure(temporary, tr("The archive file %1 cannot be written: %2.")
                                                   .arg(temporary, DcmtkCondition::describe(c)));
        QFile::remove(temporary);
        return Error::storage(problem);
    }
    // Patient data: owner only, like everything PDI Station keeps in the data directory.
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error::storage(tr("The archive file %1 cannot be put in place.").arg(path));
    }
    ArchivedInstance stored;
    stored.sopInstanceUid = s.sopInstanceUid;
    stored.sopClassUid = s.sopClassUid;
    stored.transferSyntaxUid = QString::fromLatin1(DcmXfer(xfer).getXferID());
    stored.studyUid = s.studyUid;
    stored.seriesUid = s.seriesUid;
    stored.instanceNumber = s.instanceNumber;
    stored.filePath = path;
    stored.size = QFileInfo(path).size();
    if (auto indexed = index(s, stored, relative, storedBy); !indexed)
        return indexed.error();
    return stored;
}

// The file is in place; the index learns its patient, study, series and instance in one
// transaction.
Result<void> LocalArchive::index(const DicomSummary& s, const ArchivedInstance& stored,
                                 const QString& relative, const QString& storedBy) {
    auto begun = db_.begin();
    if (!begun)
        return begun.error();
    Transaction& tx = *begun;
    QSqlQuery q(tx.connection());
    // Patient
    q.prepare(QStringLiteral("INSERT INTO archive_patients (patient_id, issuer, name, name_key, "
                             "birth_date, sex) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT(patient_id, issuer) DO UPDATE SET name = excluded.name,"
                             " name_key = excluded.name_key, birth_date = excluded.birth_date,"
                             " sex = excluded.sex"));
    q.addBindValue(Database::text(s.patientId));
    q.addBindValue(Database::text(s.issuerOfPatientId));
    q.addBindValue(Database::text(s.patientName));
    q.addBindValue(nameKey(s.patientName));
    q.addBindValue(Database::text(s.birthDate));
    q.addBindValue(Database::text(s.sex));
    if (auto done = Database::exec(q, tr("indexing the archived patient")); !done)
        return done.error();
    q.prepare(
        QStringLiteral("SELECT id FROM archive_patients WHERE patient_id = ? AND issuer = ?"));
    q.addBindValue(Database::text(s.patientId));
    q.addBindValue(Database::text(s.issuerOfPatientId));
    if (auto done = Database::exec(q, tr("indexing the archived patient")); !done)
        return done.error();
    if (!q.next())
        return Error::storage(tr("The archived patient was not indexed."));
    const qint64 patientRow = q.value(0).toLongLong();
    q.finish();
    // Study: never moved silently from one patient to another.
    q.prepare(QStringLiteral("SELECT p.patient_id, p.issuer, s.patient FROM archive_studies s "
                             "JOIN archive_patients p ON p.id = s.patient WHERE s.study_uid = ?"));
    q.addBindValue(s.studyUid);
    if (auto done = Database::exec(q, tr("indexing the archived study")); !done)
        return done.error();
    if (q.next() && q.value(2).toLongLong() != patientRow)
        return Error::conflict(tr("Study %1 is already in the local archive under patient %2; "
                                  "the same Study Instance UID cannot belong to patient %3 too.")
                                   .arg(s.studyUid, q.value(0).toString(), s.patientId));
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO archive_studies (study_uid, patient, study_date, study_time, study_id, "
        "accession_number, description) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(study_uid) DO UPDATE SET study_date = excluded.study_date,"
        " study_time = excluded.study_time, study_id = excluded.study_id,"
        " accession_number = excluded.accession_number, description = excluded.description"));
    q.addBindValue(s.studyUid);
    q.addBindValue(patientRow);
    q.addBindValue(Database::text(s.studyDate));
    q.addBindValue(Database::text(s.studyTime));
    q.addBindValue(Database::text(s.studyId));
    q.addBindValue(Database::text(s.accessionNumber));
    q.addBindValue(Database::text(s.studyDescription));
    if (auto done = Database::exec(q, tr("indexing the archived study")); !done)
        return done.error();
    q.prepare(QStringLiteral(
        "INSERT INTO archive_series (series_uid, study_uid, modality, series_number, "
        "description) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(series_uid) DO UPDATE SET modality = excluded.modality,"
        " series_number = excluded.series_number, description = excluded.description"));
    q.addBindValue(s.seriesUid);
    q.addBindValue(s.studyUid);
    q.addBindValue(Database::text(s.modality));
    q.addBindValue(Database::text(s.seriesNumber));
    q.addBindValue(Database::text(s.seriesDescription));
    if (auto done = Database::exec(q, tr("indexing the archived series")); !done)
        return done.error();
    q.prepare(QStringLiteral(
        "INSERT INTO archive_instances (sop_instance_uid, series_uid, sop_class_uid, "
        "transfer_syntax_uid, instance_number, file, size, stored_at, stored_by, station_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(sop_instance_uid) DO UPDATE SET series_uid = excluded.series_uid,"
        " sop_class_uid = excluded.sop_class_uid,"
        " transfer_syntax_uid = excluded.transfer_syntax_uid,"
        " instance_number = excluded.instance_number, file = excluded.file,"
        " size = excluded.size, stored_at = excluded.stored_at, stored_by = excluded.stored_by,"
        " station_id = excluded.station_id"));
    q.addBindValue(s.sopInstanceUid);
    q.addBindValue(s.seriesUid);
    q.addBindValue(s.sopClassUid);
    q.addBindValue(stored.transferSyntaxUid);
    q.addBindValue(Database::text(s.instanceNumber));
    q.addBindValue(relative);
    q.addBindValue(stored.size);
    q.addBindValue(Timestamp::isoUtc(Timestamp::now()));
    q.addBindValue(Database::text(storedBy));
    q.addBindValue(Database::text(db_.stationId()));
    if (auto done = Database::exec(q, tr("indexing the archived instance")); !done)
        return done.error();
    return tx.commit();
}

bool LocalArchive::contains(const QString& sopInstanceUid) const {
    return instance(sopInstanceUid).ok();
}

Result<ArchivedInstance> LocalArchive::instance(const QString& sopInstanceUid) const {
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM archive_instances i JOIN archive_series se ON "
                             "se.series_uid = i.series_uid%2 WHERE i.sop_instance_uid = ?")
                  .arg(QLatin1String(InstanceColumns), QLatin1String(HolderJoin)));
    q.addBindValue(sopInstanceUid);
    if (auto done = Database::exec(q, tr("reading the local archive")); !done)
        return done.error();
    if (!q.next())
        return Error::notFound(tr("The local archive holds no object %1.").arg(sopInstanceUid));
    return instanceFromRow(q, root_);
}

ArchiveQuery ArchiveQuery::forSearch(const QString& idOrName, const QString& birthDate) {
    ArchiveQuery q;
    const QString text = idOrName.trimmed();
    q.patientId = text;
    q.name = text;
    q.birthDate = birthDate;
    // The first word is the family name, or its beginning; what follows is the given name.
    QStringList words =
        text.split(QRegularExpression(QStringLiteral("[\\s\u3000,^]+")), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QString family = words.takeFirst();
        const QString asName = family + QLatin1Char('^') + words.join(QLatin1Char(' '));
        q.namePrefixes = PatientSearchKeys::of(asName).archivePrefixes();
        // The word as typed, too: a partial name a spelling rule would not produce.
        const QString typed = NameNormalizer::normalize(family);
        if (!typed.isEmpty() && !q.namePrefixes.contains(typed))
            q.namePrefixes << typed;
    }
    return q;
}

Result<QVector<ArchivedPatient>> LocalArchive::findPatients(const ArchiveQuery& query) const {
    QStringList where;
    QVariantList binds;
    if (!query.patientId.isEmpty()) {
        if (!query.issuer.isEmpty()) {
            where << QStringLiteral("(p.patient_id = ? AND p.issuer = ?)");
            binds << query.patientId << query.issuer;
        } else {
            where << QStringLiteral("p.patient_id = ?");
            binds << query.patientId;
        }
    }
    if (!query.birthDate.isEmpty()) {
        where << QStringLiteral("p.birth_date = ?");
        binds << query.birthDate;
    }
    if (!query.name.isEmpty()) {
        const PersonName pn = PersonName::fromDicom(query.name);
        for (const QString& group : {pn.alphabetic, pn.ideographic, pn.phonetic}) {
            const QString key = NameNormalizer::normalize(group);
            if (key.isEmpty())
                continue;
            where << QStringLiteral("p.name_key LIKE ? ESCAPE '\\'");
            binds << QStringLiteral("%|") + like(key) + QStringLiteral("|%");
        }
    }
    for (const QString& prefix : query.namePrefixes) {
        if (prefix.isEmpty())
            continue;
        where << QStringLiteral("p.name_key LIKE ? ESCAPE '\\'");
        binds << QStringLiteral("%|") + like(prefix) + QStringLiteral("%");
    }
    QVector<ArchivedPatient> out;
    if (where.isEmpty())
        return out;
    QSqlQuery q(db_.connection());
    q.prepare(
        QStringLiteral("SELECT p.patient_id, p.issuer, p.name, p.birth_date, p.sex,"
                       " (SELECT COUNT(*) FROM archive_studies s WHERE s.patient = p.id),"
                       " (SELECT COUNT(*) FROM archive_instances i JOIN archive_series se ON "
                       "se.series_uid = i.series_uid JOIN archive_studies st ON st.study_uid = "
                       "se.study_uid WHERE st.patient = p.id)"
                       " FROM archive_patients p WHERE %1 ORDER BY p.patient_id LIMIT %2")
            .arg(where.join(QLatin1String(" OR ")))
            .arg(qMax(1, query.limit)));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (auto done = Database::exec(q, tr("searching the local archive")); !done)
        return done.error();
    while (q.next()) {
        ArchivedPatient p;
        p.demographics = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
        p.studies = q.value(5).toInt();
        p.instances = q.value(6).toInt();
        out << p;
    }
    return out;
}

Result<QVector<ArchivedStudy>> LocalArchive::studies(const QString& patientId,
                                                     const QString& issuer) const {
    QSqlQuery q(db_.connection());
    q.prepare(
        QStringLiteral(
            "SELECT s.study_uid, s.study_date, s.study_time, s.study_id, s.accession_number,"
            " s.description,"
            " (SELECT %1 FROM archive_series se WHERE se.study_uid = s.study_uid),"
            " (SELECT COUNT(*) FROM archive_series se WHERE se.study_uid = s.study_uid),"
            " (SELECT COUNT(*) FROM archive_instances i JOIN archive_series se ON se.series_uid = "
            "i.series_uid WHERE se.study_uid = s.study_uid)"
            " FROM archive_studies s JOIN archive_patients p ON p.id = s.patient"
            " WHERE p.patient_id = ? AND p.issuer = ? ORDER BY s.study_date, s.study_time")
            .arg(db_.dialect().joinedDistinct(QStringLiteral("se.modality"))));
    q.addBindValue(patientId);
    q.addBindValue(Database::text(issuer));
    if (auto done = Database::exec(q, tr("reading the local archive")); !done)
        return done.error();
    QVector<ArchivedStudy> out;
    while (q.next()) {
        ArchivedStudy s;
        s.uid = q.value(0).toString();
        s.date = q.value(1).toString();
        s.time = q.value(2).toString();
        s.id = q.value(3).toString();
        s.accessionNumber = q.value(4).toString();
        s.description = q.value(5).toString();
        s.modalities = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.series = q.value(7).toInt();
        s.instances = q.value(8).toInt();
        out << s;
    }
    return out;
}

Result<QVector<ArchivedInstance>> LocalArchive::instances(const QString& patientId,
                                                          const QString& issuer,
                                                          const QStringList& studyUids) const {
    QString studyFilter;
    if (!studyUids.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < studyUids.size(); ++i)
            marks << QStringLiteral("?");
        studyFilter = QStringLiteral(" AND st.study_uid IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(db_.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM archive_instances i"
                             " JOIN archive_series se ON se.series_uid = i.series_uid"
                             " JOIN archive_studies st ON st.study_uid = se.study_uid"
                             " JOIN archive_patients p ON p.id = st.patient%5"
                             " WHERE p.patient_id = ? AND p.issuer = ?%2"
                             " ORDER BY st.study_date, st.study_time, st.study_uid,"
                             " %3, se.series_uid, %4, i.sop_instance_uid")
                  .arg(QLatin1String(InstanceColumns), studyFilter,
                       db_.dialect().leadingInteger(QStringLiteral("se.series_number")),
                       db_.dialect().leadingInteger(QStringLiteral("i.instance_number")),
                       QLatin1String(HolderJoin)));
    q.addBindValue(patientId);
    q.addBindValue(Database::text(issuer));
    for (const QString& uid : studyUids)
        q.addBindValue(uid);
    if (auto done = Database::exec(q, tr("reading the local archive")); !done)
        return done.error();
    QVector<ArchivedInstance> out;
    while (q.next())
        out << instanceFromRow(q, root_);
    return out;
}

Result<QStringList> LocalArchive::issuers(const QString& patientId) const {
    QSqlQuery q(db_.connection());
    q.prepare(
        QStringLiteral("SELECT issuer FROM archive_patients WHERE patient_id = ? ORDER BY issuer"));
    q.addBindValue(patientId);
    if (auto done = Database::exec(q, tr("reading the local archive")); !done)
        return done.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> LocalArchive::files(const QString& patientId, const QString& issuer,
                                        const QStringList& studyUids) const {
    Result<QVector<ArchivedInstance>> all = instances(patientId, issuer, studyUids);
    if (!all)
        return all.error();
    QStringList paths;
    QStringList elsewhere;
    for (const ArchivedInstance& i : *all) {
        if (i.stationId != db_.stationId()) {
            const QString holder = i.station.isEmpty() ? i.stationId : i.station;
            if (!elsewhere.contains(holder))
                elsewhere << holder;
            continue;
        }
        paths << i.filePath;
    }
    // The files are on the disk of the station that archived them.
    if (!elsewhere.isEmpty())
        return Error::notFound(
            tr("Objects of patient %1 are in the local archive of station %2, not of this "
               "one; write the medium there, or choose only studies this station holds.")
                .arg(patientId, elsewhere.join(QLatin1String(", "))));
    return paths;
}

} // namespace pdi

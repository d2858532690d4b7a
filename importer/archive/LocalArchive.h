#pragma once

#include "StudyOverview.h"

#include "reconcile/CandidateScorer.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class DcmFileFormat;

namespace pdi {

class Station;
struct DicomSummary;

// One object in the archive, as the index knows it.
struct ArchivedInstance {
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    QString studyUid;
    QString seriesUid;
    QString instanceNumber;
    QString filePath; // absolute, on the disk of the station holding it
    qint64 size = 0;
    QString stationId; // the station whose archive holds the file
    QString station;   // its name
};

using ArchivedStudy = StudyOverview;

// A patient of the archive and how much it holds.
struct ArchivedPatient {
    PatientDemographics demographics;
    int studies = 0;
    int instances = 0;
};

// What to look for: any field that is set matches (OR), so one query finds a patient by ID, by
// birth date or by name; CandidateScorer orders the results.
struct ArchiveQuery {
    QString patientId;
    QString issuer; // with patientId: only that issuer's patient
    QString birthDate;
    QString name; // any group (alphabetic, ideographic, phonetic), width/kana/case folded
    // A group that begins with one of these (NameNormalizer forms): family names in the
    // spellings PatientSearchKeys gives.
    QStringList namePrefixes;
    int limit = 200;

    // What a person typed in one search field, an ID or a name: the ID as typed, and any name
    // group that begins with the first word in each spelling a patient may be filed under:
    // 山田 also as 山田's variant kanji, やまだ also as ヤマダ, ﾔﾏﾀﾞ and YAMADA, YAMADA also as
    // its romaji variants; 山 finds 山田 (the beginning of a family name is enough).
    static ArchiveQuery forSearch(const QString& idOrName, const QString& birthDate = QString());
};

// The embedded archive in the data directory (destination and source "local"): Part 10 files
// under <data dir>/archive/<2 hex>/<2 hex>/<SHA-256 of the SOP Instance UID>.dcm, indexed by
// patient, study, series and instance in the station database. It needs no server.
//
// The writer takes a patient's files from here (`pdi write` with the local archive as source):
//
//   LocalArchive archive(station);
//   Result<QStringList> files = archive.files(patientId, issuer, studyUids);
//   ExportSource::collect(*files);
//
// A cheap handle; safe to use from any thread (each uses its own database connection).
class LocalArchive {
    Q_DECLARE_TR_FUNCTIONS(pdi::LocalArchive)

public:
    explicit LocalArchive(const Station& station);
    LocalArchive(Database database, QString root);

    QString root() const { return root_; }

    // Files an object (already coerced) and indexes it. Storing the same SOP Instance UID again
    // replaces the file. A Study Instance UID already filed under another patient is refused
    // (UIDs must not collide, IHE-IRWF).
    Result<ArchivedInstance> store(DcmFileFormat& file, const QString& storedBy);
    bool contains(const QString& sopInstanceUid) const;
    Result<ArchivedInstance> instance(const QString& sopInstanceUid) const;

    Result<QVector<ArchivedPatient>> findPatients(const ArchiveQuery& query) const;
    Result<QVector<ArchivedStudy>> studies(const QString& patientId, const QString& issuer) const;
    // A patient's objects, optionally only those of some studies; ordered by study, series and
    // instance number.
    Result<QVector<ArchivedInstance>> instances(const QString& patientId, const QString& issuer,
                                                const QStringList& studyUids = {}) const;
    // The issuers under which a Patient ID is filed (usually one: "" or the local issuer).
    Result<QStringList> issuers(const QString& patientId) const;
    // The same as absolute file paths, for the writer.
    Result<QStringList> files(const QString& patientId, const QString& issuer,
                              const QStringList& studyUids = {}) const;

    // '|alphabetic|ideographic|phonetic|' after NameNormalizer: what names are matched on.
    static QString nameKey(const QString& dicomName);

private:
    QString relativePath(const QString& sopInstanceUid) const;
    Result<void> index(const DicomSummary& summary, const ArchivedInstance& stored,
                       const QString& relative, const QString& storedBy);

    Database db_;
    QString root_;
};

} // namespace pdi

#pragma once

#include "job/JobProgress.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace pdi {

class RetrievedStudies;
class Session;
class Station;

// The files a patient source stands for, ready for ExportSource::collect. A PACS source's files
// are in a folder of the data directory that is removed when this goes.
class ResolvedSource {
public:
    ResolvedSource();
    ResolvedSource(ResolvedSource&&) noexcept;
    ResolvedSource& operator=(ResolvedSource&&) noexcept;
    ~ResolvedSource();

    // The archive's files, or the folder the studies were retrieved into.
    QStringList locations() const { return locations_; }
    // How many objects a PACS sent (0 for the archive, whose files are counted when read).
    int retrievedObjects() const;

private:
    friend class PatientSource;
    QStringList locations_;
    std::unique_ptr<RetrievedStudies> retrieved_;
};

// A source of a referral medium that is a patient rather than files a person points at: the
// patient's studies in the station's own archive ("local") or on a PACS node ("pacs:NODE").
// `pdi write` names one by argument, the Write workspace by its source buttons; both resolve it
// here, so they get the same files or the same refusal:
//
//   PatientSource source = PatientSource::archive(patientId, issuer, studyUids);
//   Result<ResolvedSource> files = source.resolve(station, session, progress);
//   ExportSource::collect(files->locations(), progress);
//
// One patient per medium: a Patient ID the archive files under several issuers names several
// patients, so it is refused even when a person picked one of them (Invalid), as is an ID the
// archive does not hold. resolve() asks the archive or the node, so it runs off the GUI thread.
class PatientSource {
    Q_DECLARE_TR_FUNCTIONS(pdi::PatientSource)

public:
    enum class Kind { LocalArchive, Pacs };

    // issuer: the issuer the person saw with the patient, which must be the archive's only one
    // for this ID; nullopt when only the ID was given.
    static PatientSource archive(const QString& patientId,
                                 const std::optional<QString>& issuer = std::nullopt,
                                 const QStringList& studyUids = {});
    static PatientSource pacs(const QString& node, const QString& patientId,
                              const QStringList& studyUids = {});
    // A write source argument: "local" or "pacs:NODE", unless a file or folder of that name
    // exists (then it is that file). The patient and studies are the command's; nullopt for
    // anything else.
    static std::optional<PatientSource>
    fromArgument(const QString& argument, const QString& patientId, const QStringList& studyUids);

    Kind kind() const { return kind_; }
    QString node() const { return node_; }
    QString patientId() const { return patientId_; }
    QStringList studyUids() const { return studyUids_; }

    // The files of the patient's studies: the archive's, or retrieved from the node with C-GET
    // (the transfer audited on session's behalf). Errors: Invalid (no Patient ID, an ID the
    // archive does not hold or holds under several issuers, a node that cannot be asked),
    // NotFound (no objects), Network, Storage, Cancelled.
    Result<ResolvedSource> resolve(const Station& station, const Session& session,
                                   const JobProgress& progress) const;

private:
    Result<ResolvedSource> fromArchive(const Station& station) const;
    Result<ResolvedSource> fromPacs(const Station& station, const Session& session,
                                    const JobProgress& progress) const;

    Kind kind_ = Kind::LocalArchive;
    QString node_;
    QString patientId_;
    std::optional<QString> issuer_;
    QStringList studyUids_;
};

} // namespace pdi

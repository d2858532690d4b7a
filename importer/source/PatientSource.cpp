#include "PatientSource.h"

#include "archive/LocalArchive.h"
#include "network/RetrievedStudies.h"

#include <QFileInfo>

namespace pdi {

namespace {

// An ID filed without an issuer is still a way the archive holds it: it must show in a list.
QString issuerName(const QString& issuer) {
    return issuer.isEmpty() ? PatientSource::tr("no issuer") : issuer;
}

} // namespace

ResolvedSource::ResolvedSource() = default;
ResolvedSource::ResolvedSource(ResolvedSource&&) noexcept = default;
ResolvedSource& ResolvedSource::operator=(ResolvedSource&&) noexcept = default;
ResolvedSource::~ResolvedSource() = default;

int ResolvedSource::retrievedObjects() const {
    return retrieved_ ? retrieved_->objects() : 0;
}

PatientSource PatientSource::archive(const QString& patientId, const std::optional<QString>& issuer,
                                     const QStringList& studyUids) {
    PatientSource s;
    s.kind_ = Kind::LocalArchive;
    s.patientId_ = patientId;
    s.issuer_ = issuer;
    s.studyUids_ = studyUids;
    return s;
}

PatientSource PatientSource::pacs(const QString& node, const QString& patientId,
                                  const QStringList& studyUids) {
    PatientSource s;
    s.kind_ = Kind::Pacs;
    s.node_ = node;
    s.patientId_ = patientId;
    s.studyUids_ = studyUids;
    return s;
}

std::optional<PatientSource> PatientSource::fromArgument(const QString& argument,
                                                         const QString& patientId,
                                                         const QStringList& studyUids) {
    // A file or folder that happens to be called "local" is that file: what is on disk wins.
    if (QFileInfo::exists(argument))
        return std::nullopt;
    if (argument == QLatin1String("local"))
        return archive(patientId, std::nullopt, studyUids);
    if (argument.startsWith(QLatin1String("pacs:")))
        return pacs(argument.mid(5), patientId, studyUids);
    return std::nullopt;
}

Result<ResolvedSource> PatientSource::resolve(const Station& station, const Session& session,
                                              const JobProgress& progress) const {
    if (patientId_.isEmpty())
        return Error::invalid(tr("A source from the station's archive or a PACS is one patient's "
                                 "studies, and no Patient ID was given."));
    if (kind_ == Kind::LocalArchive)
        return fromArchive(station);
    return fromPacs(station, session, progress);
}

Result<ResolvedSource> PatientSource::fromArchive(const Station& station) const {
    const LocalArchive archive(station);
    const Result<QStringList> issuers = archive.issuers(patientId_);
    if (!issuers)
        return issuers.error();
    if (issuers->isEmpty())
        return Error::invalid(tr("The local archive holds no patient with ID %1.").arg(patientId_));
    // The same ID from two issuers is two patients as far as anyone can tell: choosing one by
    // its issuer would put a medium in circulation whose ID the receiver can confuse.
    if (issuers->size() > 1) {
        QStringList names;
        for (const QString& issuer : *issuers)
            names << issuerName(issuer);
        return Error::invalid(tr("The local archive holds patient ID %1 from several issuers "
                                 "(%2); one patient per medium.")
                                  .arg(patientId_, names.join(QLatin1String(", "))));
    }
    const QString issuer = issuers->constFirst();
    if (issuer_ && *issuer_ != issuer)
        return Error::invalid(tr("The local archive holds patient ID %1 under another issuer (%2) "
                                 "than the one chosen.")
                                  .arg(patientId_, issuerName(issuer)));
    Result<QStringList> files = archive.files(patientId_, issuer, studyUids_);
    if (!files)
        return files.error();
    if (files->isEmpty())
        return Error::notFound(
            tr("The local archive holds no objects of %1 any more.").arg(patientId_));
    ResolvedSource resolved;
    resolved.locations_ = *files;
    return resolved;
}

Result<ResolvedSource> PatientSource::fromPacs(const Station& station, const Session& session,
                                               const JobProgress& progress) const {
    Result<std::unique_ptr<RetrievedStudies>> fetched =
        RetrievedStudies::fetch(station, session, node_, patientId_, studyUids_, progress);
    if (!fetched)
        return fetched.error();
    ResolvedSource resolved;
    resolved.locations_ = {(*fetched)->folder()};
    resolved.retrieved_ = std::move(*fetched);
    return resolved;
}

} // namespace pdi

#include "CheckAudit.h"

#include "account/AccessControl.h"
#include "account/Session.h"
#include "audit/AuditTrail.h"
#include "rules/FindingCatalog.h"

#include <QFileInfo>
#include <QJsonArray>

namespace pdi {

namespace {

// An alert names at most this many files; a medium with thousands of programs is one alert, not
// thousands of lines to read.
constexpr int MaxAlertFiles = 20;

} // namespace

QString CheckAudit::mediumId(const CheckReport& report) {
    if (!report.inventory.volumeId.trimmed().isEmpty())
        return report.inventory.volumeId.trimmed();
    if (!report.fileSetId().isEmpty())
        return report.fileSetId();
    return report.inventory.location;
}

MediaType CheckAudit::guessMediaType(const CheckReport& report) {
    if (report.inventory.kind == MediumKind::Zip)
        return MediaType::File;
    if (report.inventory.kind == MediumKind::Iso && QFileInfo(report.inventory.location).isFile())
        return MediaType::File;
    return MediaType::Other;
}

AuditEvent CheckAudit::checkEvent(const Session& session, const CheckReport& report,
                                  MediaType mediaType) {
    AuditEvent e = AuditEvent::by(session, AuditEventType::Check);
    for (const PatientContents& p : report.contents.patients) {
        e.patients << AuditPatient{p.id, p.issuer, p.name};
        for (const StudyContents& st : p.studies) {
            if (!st.uid.isEmpty() && !e.studies.contains(st.uid))
                e.studies << st.uid;
        }
    }
    e.mediumId = mediumId(report);
    e.mediaType = mediaType;
    QJsonArray flags;
    for (int f = 0; f < MediumFlags::FlagCount; ++f) {
        if (report.flags[MediumFlags::Flag(f)])
            flags.append(MediumFlags::key(MediumFlags::Flag(f)));
    }
    e.details = QJsonObject{
        {QStringLiteral("location"), report.inventory.location},
        {QStringLiteral("kind"), mediumKindName(report.inventory.kind)},
        {QStringLiteral("conformant"), report.conformant()},
        {QStringLiteral("errors"), report.count(Severity::Error)},
        {QStringLiteral("warnings"), report.count(Severity::Warning)},
        {QStringLiteral("instances"), report.dicomCount()},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("quick"), report.inventory.quick},
    };
    if (!report.sourceInstitutions().isEmpty())
        e.details.insert(QStringLiteral("institutions"),
                         QJsonArray::fromStringList(report.sourceInstitutions()));
    return e;
}

std::optional<AuditEvent> CheckAudit::contentAlert(const Session& session,
                                                   const CheckReport& report, MediaType mediaType) {
    if (!report.flags[MediumFlags::Autorun] && !report.flags[MediumFlags::Executables])
        return std::nullopt;
    QStringList files;
    int count = 0;
    for (const Finding& f : report.findings) {
        if (!FindingCatalog::sets(f, MediumFlags::Autorun) &&
            !FindingCatalog::sets(f, MediumFlags::Executables))
            continue;
        ++count;
        if (files.size() < MaxAlertFiles && !files.contains(f.path))
            files << f.path;
    }
    AuditEvent e = AuditEvent::by(session, AuditEventType::SecurityAlert);
    e.alert = SecurityAlert::MediumContent;
    e.target = files.value(0, mediumId(report));
    e.mediumId = mediumId(report);
    e.mediaType = mediaType;
    for (const PatientContents& p : report.contents.patients)
        e.patients << AuditPatient{p.id, p.issuer, p.name};
    e.details = QJsonObject{{QStringLiteral("autorun"), report.flags[MediumFlags::Autorun]},
                            {QStringLiteral("programs"), report.flags[MediumFlags::Executables]},
                            {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                            {QStringLiteral("count"), count}};
    return e;
}

Result<AuditRecord> CheckAudit::record(const AuditTrail& audit, const Session& session,
                                       const CheckReport& report, MediaType mediaType) {
    if (auto allowed =
            AccessControl::require(session, Permission::Check, audit, QStringLiteral("check"));
        !allowed)
        return allowed.error();
    auto begun = audit.database().begin();
    if (!begun)
        return begun.error();
    Result<AuditRecord> recorded = audit.record(*begun, checkEvent(session, report, mediaType));
    if (!recorded)
        return recorded;
    if (const std::optional<AuditEvent> alert = contentAlert(session, report, mediaType)) {
        if (auto alerted = audit.record(*begun, *alert); !alerted)
            return alerted.error();
    }
    if (auto committed = begun->commit(); !committed)
        return committed.error();
    return recorded;
}

} // namespace pdi

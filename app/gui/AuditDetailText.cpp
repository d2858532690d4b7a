#include "AuditDetailText.h"

#include "node/DicomNode.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace pdi {

namespace {

constexpr int MaxListed = 20;

QString scalar(const QJsonValue& v) {
    // The local archive is stored under its key; people read its name.
    if (v.isString() && v.toString() == QLatin1String(DicomNode::LocalName))
        return DicomNode::readableName(v.toString());
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? AuditDetailText::tr("yes") : AuditDetailText::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    default:
        return QString();
    }
}

// A nested object on one line: "what: value, what: value".
QString inline_(const QJsonObject& o) {
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject() || it->isArray())
            continue;
        parts << QStringLiteral("%1: %2").arg(AuditDetailText::label(it.key()), scalar(*it));
    }
    return parts.join(QLatin1String(", "));
}

QString brief(const QJsonValue& v) {
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        QStringList items;
        for (const QJsonValue& item : a) {
            if (item.isObject() || item.isArray())
                return AuditDetailText::tr("%n item(s)", nullptr, int(a.size()));
            items << scalar(item);
        }
        return items.join(QLatin1String(", "));
    }
    if (v.isObject())
        return inline_(v.toObject());
    return scalar(v);
}

} // namespace

QString AuditDetailText::label(const QString& key) {
    static const QHash<QString, const char*> known = {
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("target"), QT_TR_NOOP("Written to")},
        {QStringLiteral("targetKind"), QT_TR_NOOP("Kind of target")},
        {QStringLiteral("jobId"), QT_TR_NOOP("Job")},
        {QStringLiteral("job"), QT_TR_NOOP("Job")},
        {QStringLiteral("instances"), QT_TR_NOOP("Objects")},
        {QStringLiteral("transcoded"), QT_TR_NOOP("Decoded to uncompressed")},
        {QStringLiteral("verified"), QT_TR_NOOP("Verified")},
        {QStringLiteral("label"), QT_TR_NOOP("Label file")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled by the person")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused")},
        {QStringLiteral("patientsFound"), QT_TR_NOOP("Patients found")},
        {QStringLiteral("decisions"), QT_TR_NOOP("Decisions")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("seriesUid"), QT_TR_NOOP("Series UID")},
        {QStringLiteral("flags"), QT_TR_NOOP("Flags")},
        {QStringLiteral("conformant"), QT_TR_NOOP("Conformant")},
        {QStringLiteral("failures"), QT_TR_NOOP("Failed attempts")},
        {QStringLiteral("destination"), QT_TR_NOOP("Sent to")},
        {QStringLiteral("sent"), QT_TR_NOOP("Sent")},
        {QStringLiteral("planned"), QT_TR_NOOP("Planned")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("committed"), QT_TR_NOOP("Confirmed by the PACS")},
        {QStringLiteral("studies"), QT_TR_NOOP("Studies")},
        {QStringLiteral("series"), QT_TR_NOOP("Series")},
        {QStringLiteral("files"), QT_TR_NOOP("Files")},
        {QStringLiteral("leftOut"), QT_TR_NOOP("Left out")},
        {QStringLiteral("media"), QT_TR_NOOP("Medium")},
        {QStringLiteral("web"), QT_TR_NOOP("Web content")},
        {QStringLiteral("warnings"), QT_TR_NOOP("Warnings")},
        {QStringLiteral("errors"), QT_TR_NOOP("Errors")},
        {QStringLiteral("problems"), QT_TR_NOOP("Problems")},
        {QStringLiteral("keepIds"), QT_TR_NOOP("Outside IDs kept")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("matches"), QT_TR_NOOP("Matches")},
        {QStringLiteral("differences"), QT_TR_NOOP("Differences")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("id"), QT_TR_NOOP("ID")},
        {QStringLiteral("issuer"), QT_TR_NOOP("Issuer of the ID")},
        {QStringLiteral("birthDate"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("displayName"), QT_TR_NOOP("Name shown")},
        {QStringLiteral("change"), QT_TR_NOOP("Change")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
        {QStringLiteral("port"), QT_TR_NOOP("Port")},
        {QStringLiteral("aeTitle"), QT_TR_NOOP("AE title")},
        {QStringLiteral("tls"), QT_TR_NOOP("TLS")},
        {QStringLiteral("fileSetId"), QT_TR_NOOP("File-set ID")},
        {QStringLiteral("mediumHash"), QT_TR_NOOP("Medium fingerprint")},
        {QStringLiteral("institutions"), QT_TR_NOOP("Institutions")},
        {QStringLiteral("sourceInstitution"), QT_TR_NOOP("Institution of origin")},
        {QStringLiteral("accessionNumber"), QT_TR_NOOP("Accession number")},
        {QStringLiteral("quick"), QT_TR_NOOP("Quick check")},
        {QStringLiteral("outside"), QT_TR_NOOP("On the medium")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("path"), QT_TR_NOOP("Path")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("modality"), QT_TR_NOOP("Modality")},
        {QStringLiteral("modalities"), QT_TR_NOOP("Modalities")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("time"), QT_TR_NOOP("Time")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("node"), QT_TR_NOOP("Node")},
        {QStringLiteral("key"), QT_TR_NOOP("Setting")},
        {QStringLiteral("locked"), QT_TR_NOOP("Locked")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("aiDerived"), QT_TR_NOOP("AI-derived")},
        {QStringLiteral("autorun"), QT_TR_NOOP("Autorun")},
        {QStringLiteral("bulk"), QT_TR_NOOP("Thin-slice or large data")},
        {QStringLiteral("candidates"), QT_TR_NOOP("Candidates")},
        {QStringLiteral("capacityBytes"), QT_TR_NOOP("Capacity (bytes)")},
        {QStringLiteral("count"), QT_TR_NOOP("Count")},
        {QStringLiteral("createdAt"), QT_TR_NOOP("Created")},
        {QStringLiteral("createdBy"), QT_TR_NOOP("Created by")},
        {QStringLiteral("demographicsSource"), QT_TR_NOOP("Demographics from")},
        {QStringLiteral("detail"), QT_TR_NOOP("Detail")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("estimatedBytes"), QT_TR_NOOP("Estimated size (bytes)")},
        {QStringLiteral("excluded"), QT_TR_NOOP("Left out")},
        {QStringLiteral("executables"), QT_TR_NOOP("Programs")},
        {QStringLiteral("failedLogins"), QT_TR_NOOP("Failed sign-ins")},
        {QStringLiteral("failedSources"), QT_TR_NOOP("Sources that did not answer")},
        {QStringLiteral("firstAccount"), QT_TR_NOOP("First account")},
        {QStringLiteral("identityOverride"), QT_TR_NOOP("Difference confirmed")},
        {QStringLiteral("limit"), QT_TR_NOOP("Limit")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("manifest"), QT_TR_NOOP("Manifest")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("otherFiles"), QT_TR_NOOP("Other files")},
        {QStringLiteral("own"), QT_TR_NOOP("Own account")},
        {QStringLiteral("passwordChangedAt"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("permission"), QT_TR_NOOP("Permission")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("procedure"), QT_TR_NOOP("Procedure")},
        {QStringLiteral("programs"), QT_TR_NOOP("Programs")},
        {QStringLiteral("refusal"), QT_TR_NOOP("Refusal")},
        {QStringLiteral("run"), QT_TR_NOOP("Run")},
        {QStringLiteral("scheduledDate"), QT_TR_NOOP("Scheduled date")},
        {QStringLiteral("sentNow"), QT_TR_NOOP("Sent now")},
        {QStringLiteral("sourceProblems"), QT_TR_NOOP("Source problems")},
        {QStringLiteral("spoiledDisc"), QT_TR_NOOP("Spoiled disc")},
        {QStringLiteral("uid"), QT_TR_NOOP("UID")},
        {QStringLiteral("verdict"), QT_TR_NOOP("Verdict")},
        {QStringLiteral("verificationProblems"), QT_TR_NOOP("Verification problems")},
        {QStringLiteral("video"), QT_TR_NOOP("Video")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("breakGlass"), QT_TR_NOOP("Emergency access (break-glass)")},
        {QStringLiteral("counted"), QT_TR_NOOP("Counted towards the lock")},
        {QStringLiteral("dn"), QT_TR_NOOP("Entry in the hospital directory")},
        {QStringLiteral("problem"), QT_TR_NOOP("Problem")},
    };
    if (const char* text = known.value(key))
        return tr(text);
    // A key no one named yet: its words, not its camelCase.
    QString words = key;
    words.replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")),
                  QStringLiteral("\\1 \\2"));
    words = words.toLower();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString AuditDetailText::mediaType(MediaType type) {
    switch (type) {
    case MediaType::None:
        return QString();
    case MediaType::Cd:
        return QStringLiteral("CD");
    case MediaType::Dvd:
        return QStringLiteral("DVD");
    case MediaType::Bd:
        return QStringLiteral("BD");
    case MediaType::Usb:
        return tr("USB stick");
    case MediaType::File:
        return tr("disc image or archive file");
    case MediaType::Other:
        return tr("folder");
    }
    return QString();
}

QString AuditDetailText::medium(const AuditEvent& e) {
    QString id = e.mediumId;
    // A medium with no name of its own is known by the hash of its contents.
    if (id.startsWith(QLatin1String("sha256:")))
        id = tr("(no name; fingerprint %1)").arg(id.mid(7, 8));
    return QStringLiteral("%1 %2").arg(mediaType(e.mediaType), id).trimmed();
}

QString AuditDetailText::summary(const AuditEvent& e) {
    QStringList parts;
    if (!e.target.isEmpty())
        parts << DicomNode::readableName(e.target);
    for (auto it = e.details.begin(); it != e.details.end(); ++it) {
        const QString value = brief(*it);
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(label(it.key()), value);
    }
    return parts.join(QLatin1String("; "));
}

QStringList AuditDetailText::lines(const AuditEvent& e) {
    QStringList out;
    for (auto it = e.details.begin(); it != e.details.end(); ++it) {
        const QJsonValue v = *it;
        if (v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isObject()) {
            const QJsonArray a = v.toArray();
            out << QStringLiteral("%1:").arg(label(it.key()));
            for (int i = 0; i < a.size() && i < MaxListed; ++i)
                out << QStringLiteral("    • ") + inline_(a.at(i).toObject());
            if (a.size() > MaxListed)
                out << QStringLiteral("    ") +
                           tr("... and %n more.", nullptr, int(a.size()) - MaxListed);
        } else if (v.isObject()) {
            out << QStringLiteral("%1:").arg(label(it.key()));
            const QJsonObject o = v.toObject();
            for (auto inner = o.begin(); inner != o.end(); ++inner)
                out << QStringLiteral("    %1: %2").arg(label(inner.key()), brief(*inner));
        } else {
            out << QStringLiteral("%1: %2").arg(label(it.key()), brief(v));
        }
    }
    return out;
}

} // namespace pdi

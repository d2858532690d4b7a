// DICOM audit messages (PS3.15 A.5) for each kind of record.
#include "audit/DicomAuditMessage.h"
#include "audit/SyslogMessage.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace pdi;

namespace {

struct Node {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QVector<Node> children;

    QString attr(const char* n) const { return attributes.value(QLatin1String(n)).toString(); }
    QVector<const Node*> all(const char* n) const {
        QVector<const Node*> out;
        for (const Node& c : children) {
            if (c.name == QLatin1String(n))
                out << &c;
        }
        return out;
    }
    const Node* first(const char* n) const {
        const auto a = all(n);
        return a.isEmpty() ? nullptr : a.constFirst();
    }
    // The active participant (or object) whose coded child has this csd-code.
    const Node* withCode(const char* element, const char* child, const QString& code) const {
        for (const Node* n : all(element)) {
            for (const Node* c : n->all(child)) {
                if (c->attr("csd-code") == code)
                    return n;
            }
        }
        return nullptr;
    }
};

Node parseElement(QXmlStreamReader& r) {
    Node n;
    n.name = r.name().toString();
    n.attributes = r.attributes();
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            n.children << parseElement(r);
        else if (r.isCharacters())
            n.text += r.text();
        else if (r.isEndElement())
            break;
    }
    return n;
}

Node parse(const QByteArray& xml, QString* error = nullptr) {
    QXmlStreamReader r(xml);
    while (!r.atEnd() && !r.isStartElement())
        r.readNext();
    Node root = parseElement(r);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError() && error)
        *error = r.errorString();
    return root;
}

AuditRecord makeRecord(AuditEventType type) {
    AuditRecord r;
    r.seq = 42;
    r.time = QDateTime(QDate(2024, 1, 5), QTime(10, 15, 0, 123), Qt::UTC);
    r.utcOffsetSeconds = 9 * 3600;
    r.event.type = type;
    r.event.actor = AuditActor{QStringLiteral("tanaka"), QStringLiteral("田中 花子"),
                               QStringLiteral("technologist"), QStringLiteral("RAD-WS1")};
    return r;
}

const AuditSource Source{QStringLiteral("Tokyo Central Hospital"),
                         QStringLiteral("radws1.hospital.local")};

QString fromBase64(const QString& v) {
    return QString::fromUtf8(QByteArray::fromBase64(v.toLatin1()));
}

} // namespace

class DicomAuditMessageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyEventGivesAWellFormedMessage() {
        for (AuditEventType type : allAuditEventTypes()) {
            QString error;
            const Node root = parse(DicomAuditMessage::toXml(makeRecord(type), Source), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(root.name, QStringLiteral("AuditMessage"));
            // Schema order: event, participants, source, objects.
            QStringList order;
            for (const Node& c : root.children) {
                if (order.isEmpty() || order.constLast() != c.name)
                    order << c.name;
            }
            QCOMPARE(order.value(0), QStringLiteral("EventIdentification"));
            QCOMPARE(order.value(1), QStringLiteral("ActiveParticipant"));
            QCOMPARE(order.value(2), QStringLiteral("AuditSourceIdentification"));
            QVERIFY(order.size() <= 4);
            const Node* event = root.first("EventIdentification");
            QCOMPARE(event->first("EventID")->attr("codeSystemName"), QStringLiteral("DCM"));
            QCOMPARE(event->attr("EventDateTime"), QStringLiteral("2024-01-05T19:15:00.123+09:00"));
            QCOMPARE(event->attr("EventOutcomeIndicator"), QStringLiteral("0"));
            const Node* source = root.first("AuditSourceIdentification");
            QCOMPARE(source->attr("AuditSourceID"), QStringLiteral("RAD-WS1"));
            QCOMPARE(source->attr("AuditEnterpriseSiteID"),
                     QStringLiteral("Tokyo Central Hospital"));
            const Node* person = root.first("ActiveParticipant");
            QCOMPARE(person->attr("UserID"), QStringLiteral("tanaka"));
            QCOMPARE(person->attr("UserName"), QStringLiteral("田中 花子"));
            QCOMPARE(person->attr("UserIsRequestor"), QStringLiteral("true"));
            QCOMPARE(person->attr("NetworkAccessPointID"), QStringLiteral("radws1.hospital.local"));
        }
    }

    void exportToCd() {
        AuditRecord r = makeRecord(AuditEventType::Export);
        r.event.patients = {
            {QStringLiteral("P1"), QStringLiteral("HOSP"), QStringLiteral("YAMADA^TARO")}};
        r.event.studies = {QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.5")};
        r.event.mediumId = QStringLiteral("PDI0001");
        r.event.mediaType = MediaType::Cd;
        const Node root = parse(DicomAuditMessage::toXml(r, Source));
        const Node* event = root.first("EventIdentification");
        QCOMPARE(event->first("EventID")->attr("csd-code"), QStringLiteral("110106"));
        QCOMPARE(event->first("EventID")->attr("originalText"), QStringLiteral("Export"));
        QCOMPARE(event->attr("EventActionCode"), QStringLiteral("R"));

        const Node* media =
            root.withCode("ActiveParticipant", "RoleIDCode", QStringLiteral("110154"));
        QVERIFY(media);
        QCOMPARE(media->first("RoleIDCode")->attr("originalText"),
                 QStringLiteral("Destination Media"));
        QCOMPARE(media->attr("UserID"), QStringLiteral("CD PDI0001"));
        QCOMPARE(media->attr("AlternativeUserID"), QStringLiteral("PDI0001"));
        QCOMPARE(media->attr("UserIsRequestor"), QStringLiteral("false"));
        const Node* type = media->first("MediaIdentifier")->first("MediaType");
        QCOMPARE(type->attr("csd-code"), QStringLiteral("110032"));
        QCOMPARE(type->attr("codeSystemName"), QStringLiteral("DCM"));
        QVERIFY(root.withCode("ActiveParticipant", "RoleIDCode",
                              QStringLiteral("110153"))); // this app: source

        const Node* patient = root.withCode("ParticipantObjectIdentification",
                                            "ParticipantObjectIDTypeCode", QStringLiteral("2"));
        QVERIFY(patient);
        QCOMPARE(patient->attr("ParticipantObjectID"), QStringLiteral("P1^^^HOSP"));
        QCOMPARE(patient->attr("ParticipantObjectTypeCode"), QStringLiteral("1"));
        QCOMPARE(patient->attr("ParticipantObjectTypeCodeRole"), QStringLiteral("1"));
        QCOMPARE(patient->first("ParticipantObjectName")->text, QStringLiteral("YAMADA^TARO"));
        int studies = 0;
        for (const Node* o : root.all("ParticipantObjectIdentification")) {
            if (o->first("ParticipantObjectIDTypeCode")->attr("csd-code") ==
                QLatin1String("110180")) {
                ++studies;
                QCOMPARE(o->attr("ParticipantObjectTypeCode"), QStringLiteral("2"));
                QCOMPARE(o->attr("ParticipantObjectTypeCodeRole"), QStringLiteral("3"));
            }
        }
        QCOMPARE(studies, 2);
    }

    void importFromDvdKeepsTheOutsideIdentity() {
        AuditRecord r = makeRecord(AuditEventType::Import);
        r.event.patients = {
            {QStringLiteral("L123"), QStringLiteral("LOCAL"), QStringLiteral("佐藤^花子")}};
        r.event.patientsBefore = {
            {QStringLiteral("X9"), QStringLiteral("OTHERHOSP"), QStringLiteral("SATO^HANAKO")}};
        r.event.mediumId = QStringLiteral("OUTSIDE01");
        r.event.mediaType = MediaType::Dvd;
        const Node root = parse(DicomAuditMessage::toXml(r, Source));
        const Node* event = root.first("EventIdentification");
        QCOMPARE(event->first("EventID")->attr("csd-code"), QStringLiteral("110107"));
        QCOMPARE(event->attr("EventActionCode"), QStringLiteral("C"));
        const Node* media =
            root.withCode("ActiveParticipant", "RoleIDCode", QStringLiteral("110155"));
        QVERIFY(media);
        QCOMPARE(media->first("MediaIdentifier")->first("MediaType")->attr("csd-code"),
                 QStringLiteral("110033"));
        QVERIFY(root.withCode("ActiveParticipant", "RoleIDCode",
                              QStringLiteral("110152"))); // this app: destination
        const Node* patient = root.first("ParticipantObjectIdentification");
        QCOMPARE(patient->attr("ParticipantObjectID"), QStringLiteral("L123^^^LOCAL"));
        QCOMPARE(patient->first("ParticipantObjectName")->text, QStringLiteral("佐藤^花子"));
        QMap<QString, QString> details;
        for (const Node* d : patient->all("ParticipantObjectDetail"))
            details.insert(d->attr("type"), fromBase64(d->attr("value")));
        QCOMPARE(details.value(QStringLiteral("OriginalPatientID")),
                 QStringLiteral("X9^^^OTHERHOSP"));
        QCOMPARE(details.value(QStringLiteral("OriginalPatientName")),
                 QStringLiteral("SATO^HANAKO"));
    }

    void mediaTypes() {
        QCOMPARE(DicomAuditMessage::mediaTypeCode(MediaType::Usb)->code, QStringLiteral("110030"));
        QCOMPARE(DicomAuditMessage::mediaTypeCode(MediaType::Cd)->code, QStringLiteral("110032"));
        QCOMPARE(DicomAuditMessage::mediaTypeCode(MediaType::Dvd)->code, QStringLiteral("110033"));
        QCOMPARE(DicomAuditMessage::mediaTypeCode(MediaType::File)->code, QStringLiteral("110037"));
        QCOMPARE(DicomAuditMessage::mediaTypeCode(MediaType::Bd)->scheme, QStringLiteral("99PDI"));
        QVERIFY(!DicomAuditMessage::mediaTypeCode(MediaType::None));
        AuditRecord r = makeRecord(AuditEventType::Check);
        QVERIFY(!DicomAuditMessage::toXml(r, Source).contains(
            "MediaIdentifier")); // no medium, no participant
        r.event.mediaType = MediaType::Usb;
        r.event.mediumId = QStringLiteral("USBSTICK");
        const Node root = parse(DicomAuditMessage::toXml(r, Source));
        QCOMPARE(root.first("EventIdentification")->first("EventID")->attr("csd-code"),
                 QStringLiteral("110103"));
        QVERIFY(root.withCode("ActiveParticipant", "RoleIDCode", QStringLiteral("110155")));
    }

    void userAuthentication() {
        const Node login =
            parse(DicomAuditMessage::toXml(makeRecord(AuditEventType::Login), Source));
        const Node* e = login.first("EventIdentification");
        QCOMPARE(e->first("EventID")->attr("csd-code"), QStringLiteral("110114"));
        QCOMPARE(e->first("EventTypeCode")->attr("csd-code"), QStringLiteral("110122"));
        QCOMPARE(e->attr("EventActionCode"), QStringLiteral("E"));

        AuditRecord failed = makeRecord(AuditEventType::LoginFailed);
        failed.event.outcome = AuditOutcome::MinorFailure;
        failed.event.details =
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong-password")}};
        const Node f = parse(DicomAuditMessage::toXml(failed, Source));
        QCOMPARE(f.first("EventIdentification")->attr("EventOutcomeIndicator"),
                 QStringLiteral("4"));
        QCOMPARE(f.first("EventIdentification")->first("EventOutcomeDescription")->text,
                 QStringLiteral("wrong-password"));

        const Node logout =
            parse(DicomAuditMessage::toXml(makeRecord(AuditEventType::Logout), Source));
        QCOMPARE(logout.first("EventIdentification")->first("EventTypeCode")->attr("csd-code"),
                 QStringLiteral("110123"));
    }

    void securityAlerts() {
        AuditRecord denied = makeRecord(AuditEventType::SecurityAlert);
        denied.event.alert = SecurityAlert::RestrictedFunction;
        denied.event.outcome = AuditOutcome::MinorFailure;
        denied.event.target = QStringLiteral("config set institution.name");
        denied.event.details =
            QJsonObject{{QStringLiteral("permission"), QStringLiteral("manage-settings")}};
        const Node d = parse(DicomAuditMessage::toXml(denied, Source));
        QCOMPARE(d.first("EventIdentification")->first("EventID")->attr("csd-code"),
                 QStringLiteral("110113"));
        QCOMPARE(d.first("EventIdentification")->first("EventTypeCode")->attr("csd-code"),
                 QStringLiteral("110132"));
        const Node* subject = d.first("ParticipantObjectIdentification");
        QCOMPARE(subject->attr("ParticipantObjectID"),
                 QStringLiteral("pdistation:function/config%20set%20institution.name"));
        QCOMPARE(subject->first("ParticipantObjectIDTypeCode")->attr("csd-code"),
                 QStringLiteral("12"));

        AuditRecord locked = makeRecord(AuditEventType::SecurityAlert);
        locked.event.alert = SecurityAlert::AccountLocked;
        locked.event.target = QStringLiteral("suzuki");
        const Node l = parse(DicomAuditMessage::toXml(locked, Source));
        QCOMPARE(l.first("EventIdentification")->first("EventTypeCode")->attr("csd-code"),
                 QStringLiteral("110137"));
        QCOMPARE(l.first("ParticipantObjectIdentification")->attr("ParticipantObjectID"),
                 QStringLiteral("suzuki"));

        AuditRecord settings = makeRecord(AuditEventType::SettingsChange);
        settings.event.target = QStringLiteral("institution.name");
        settings.event.details = QJsonObject{{QStringLiteral("old"), QStringLiteral("A")},
                                             {QStringLiteral("new"), QStringLiteral("B <&> 病院")}};
        const Node s = parse(DicomAuditMessage::toXml(settings, Source));
        QCOMPARE(s.first("EventIdentification")->first("EventTypeCode")->attr("csd-code"),
                 QStringLiteral("110131"));
        QMap<QString, QString> values;
        for (const Node* v :
             s.first("ParticipantObjectIdentification")->all("ParticipantObjectDetail"))
            values.insert(v->attr("type"), fromBase64(v->attr("value")));
        QCOMPARE(values.value(QStringLiteral("OldValue")), QStringLiteral("A"));
        QCOMPARE(values.value(QStringLiteral("NewValue")), QStringLiteral("B <&> 病院"));

        settings.event.target = QStringLiteral("login.maxFailures");
        QCOMPARE(DicomAuditMessage::eventTypeCode(settings)->code, QStringLiteral("110129"));
        AuditRecord role = makeRecord(AuditEventType::UserChange);
        role.event.details = QJsonObject{{QStringLiteral("change"), QStringLiteral("role")}};
        QCOMPARE(DicomAuditMessage::eventTypeCode(role)->code, QStringLiteral("110136"));
        QCOMPARE(DicomAuditMessage::eventTypeCode(makeRecord(AuditEventType::NodeChange))->code,
                 QStringLiteral("110128"));
    }

    void transferAndReconcile() {
        AuditRecord t = makeRecord(AuditEventType::Transfer);
        t.event.target = QStringLiteral("PACS_AE");
        t.event.details =
            QJsonObject{{QStringLiteral("host"), QStringLiteral("pacs.hospital.local")}};
        const Node tn = parse(DicomAuditMessage::toXml(t, Source));
        QCOMPARE(tn.first("EventIdentification")->first("EventID")->attr("csd-code"),
                 QStringLiteral("110104"));
        const Node* dest = tn.withCode("ActiveParticipant", "RoleIDCode", QStringLiteral("110152"));
        QVERIFY(dest);
        QCOMPARE(dest->attr("UserID"), QStringLiteral("PACS_AE"));
        QCOMPARE(dest->attr("NetworkAccessPointID"), QStringLiteral("pacs.hospital.local"));

        const Node rn =
            parse(DicomAuditMessage::toXml(makeRecord(AuditEventType::ReconcileDecision), Source));
        QCOMPARE(rn.first("EventIdentification")->first("EventID")->attr("csd-code"),
                 QStringLiteral("110110"));
        QCOMPARE(rn.first("EventIdentification")->attr("EventActionCode"), QStringLiteral("U"));
    }

    void syslogFraming() {
        AuditRecord r = makeRecord(AuditEventType::Login);
        const QByteArray xml = DicomAuditMessage::toXml(r, Source);
        const QByteArray m = SyslogMessage::format(r, xml);
        QVERIFY(m.startsWith("<85>1 2024-01-05T19:15:00.123+09:00 "));
        const QList<QByteArray> fields = m.left(m.indexOf("\xEF\xBB\xBF")).split(' ');
        QCOMPARE(fields.size(),
                 8); // PRI+VERSION, TIMESTAMP, HOST, APP, PROCID, MSGID, SD, (empty before BOM)
        QCOMPARE(fields.at(3), QByteArray("pdistation"));
        QCOMPARE(fields.at(5), QByteArray("DICOM+RFC3881"));
        QCOMPARE(fields.at(6), QByteArray("-"));
        QVERIFY(m.endsWith(xml));
        QVERIFY(m.contains(QByteArray("- \xEF\xBB\xBF<?xml")));
        r.event.outcome = AuditOutcome::MinorFailure;
        QVERIFY(SyslogMessage::format(r, xml).startsWith("<84>1 "));
        QCOMPARE(SyslogMessage::frameForTls("abc"), QByteArray("3 abc"));
        const QByteArray utf8 = QStringLiteral("日本").toUtf8();
        QCOMPARE(SyslogMessage::frameForTls(utf8),
                 QByteArray("6 ") + utf8); // octets, not characters
    }
};

QTEST_GUILESS_MAIN(DicomAuditMessageTest)
#include "tst_dicom_audit_message.moc"

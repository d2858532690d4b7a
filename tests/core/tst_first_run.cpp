// Setting up a new station (FirstRun), what checking a medium puts on the record (CheckAudit),
// audit export files (AuditExport) and the GUI's settings (ui.language, idle time 0).
#include "StationFixture.h"
#include "TestSupport.h"
#include "audit/AuditExport.h"
#include "report/CheckAudit.h"
#include "report/MediumChecker.h"
#include "station/FirstRun.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class FirstRunTest : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    static FirstRunSetup sampleSetup() {
        FirstRunSetup s;
        s.administrator = {QStringLiteral("sato"), QStringLiteral("佐藤 一郎"), Role::Reception,
                           QStringLiteral("First-Pa55word")};
        s.institution = {QStringLiteral("さくら総合病院"), QStringLiteral("放射線科"),
                         QStringLiteral("03-1234-5678"), QStringLiteral("東京都千代田区1-2-3")};
        s.stationName = QStringLiteral("RECEPTION-1");
        s.language = QStringLiteral("ja");
        return s;
    }

    static QVector<AuditRecord> all(const Station& station, const Session& session) {
        Result<QVector<AuditRecord>> r = station.audit().list(session);
        return r ? *r : QVector<AuditRecord>();
    }

private Q_SLOTS:
    void firstRunCreatesAdministratorAndInstitution() {
        Result<Station> station = Station::open(tmp_.filePath(QStringLiteral("new")));
        QVERIFY(station);
        QCOMPARE(*FirstRun::needed(*station), true);
        const FirstRunSetup setup = sampleSetup();
        const Result<void> done = FirstRun::apply(*station, setup);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(*FirstRun::needed(*station), false);

        // The role asked for does not matter: the first account is an administrator.
        Result<Session> admin = station->authenticator().login(QStringLiteral("sato"),
                                                               QStringLiteral("First-Pa55word"));
        QVERIFY(admin);
        QCOMPARE(admin->role(), Role::Admin);
        QCOMPARE(admin->displayName(), QStringLiteral("佐藤 一郎"));
        const Settings settings = station->settings();
        QCOMPARE(settings.institution().name, QStringLiteral("さくら総合病院"));
        QCOMPARE(settings.institution().department, QStringLiteral("放射線科"));
        QCOMPARE(settings.institution().phone, QStringLiteral("03-1234-5678"));
        QCOMPARE(settings.institution().address, QStringLiteral("東京都千代田区1-2-3"));
        QCOMPARE(settings.stationName(), QStringLiteral("RECEPTION-1"));
        QCOMPARE(settings.uiLanguage(), QStringLiteral("ja"));

        // On the record, by the new administrator: the account, a sign-in, each setting, the
        // sign-out.
        QStringList events;
        for (const AuditRecord& r : all(*station, *admin)) {
            events << auditEventName(r.event.type);
            QCOMPARE(r.event.actor.userName, QStringLiteral("sato"));
        }
        QCOMPARE(events.mid(0, 2),
                 (QStringList{QStringLiteral("user-change"), QStringLiteral("login")}));
        QCOMPARE(events.count(QStringLiteral("settings-change")), 6);
        QCOMPARE(events.at(8), QStringLiteral("logout"));
        QVERIFY(station->verifier().verify(*admin)->intact);

        // Only once.
        QCOMPARE(FirstRun::apply(*station, setup).error().kind, Error::Kind::Permission);
    }

    void firstRunRefusesBeforeWritingAnything() {
        Result<Station> station = Station::open(tmp_.filePath(QStringLiteral("refused")));
        QVERIFY(station);
        FirstRunSetup setup = sampleSetup();
        setup.administrator.password = QStringLiteral("short");
        QCOMPARE(FirstRun::apply(*station, setup).error().kind, Error::Kind::Invalid);
        setup = sampleSetup();
        setup.institution.name.clear();
        QVERIFY(!FirstRun::validate(*station, setup));
        setup = sampleSetup();
        setup.institution.phone = QString(40, QLatin1Char('1'));
        const Result<void> tooLong = FirstRun::apply(*station, setup);
        QVERIFY(!tooLong);
        // Said of the form's field, never of the setting's key (issue 12).
        QVERIFY2(tooLong.error().message.startsWith(QLatin1String("Telephone takes at most 32")),
                 qPrintable(tooLong.error().message));
        setup = sampleSetup();
        setup.language = QStringLiteral("fr");
        QVERIFY(!FirstRun::validate(*station, setup));
        QCOMPARE(*station->accounts().count(), 0);
        QCOMPARE(*FirstRun::needed(*station), true);
    }

    void languageAndIdleSettings() {
        test::StationFixture f;
        QVERIFY(f.ok());
        Settings s = f.station().settings();
        QCOMPARE(s.uiLanguage(), QString());
        QVERIFY(s.set(f.admin(), QStringLiteral("ui.language"), QStringLiteral("en")));
        QCOMPARE(s.uiLanguage(), QStringLiteral("en"));
        QVERIFY(s.set(f.admin(), QStringLiteral("ui.language"), QString()));
        QCOMPARE(s.uiLanguage(), QString());
        const Result<void> bad =
            s.set(f.admin(), QStringLiteral("ui.language"), QStringLiteral("de"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("\"\", ja, en")),
                 qPrintable(bad.error().message));
        // 0 means the GUI never signs a person out by itself.
        QVERIFY(s.set(f.admin(), QStringLiteral("session.idleLogoutMinutes"), QStringLiteral("0")));
        QCOMPARE(s.idleLogoutMinutes(), 0);
        QVERIFY(
            !s.set(f.admin(), QStringLiteral("session.idleLogoutMinutes"), QStringLiteral("-1")));
    }

    void checkIsRecordedWithPatientsFlagsAndAlert() {
        test::StationFixture f;
        QVERIFY(f.ok());
        const std::optional<Session> reception = f.addAndLogin(
            QStringLiteral("uketsuke"), Role::Reception, QStringLiteral("Rcptn-Pa55"));
        QVERIFY(reception);
        const QString root = tmp_.filePath(QStringLiteral("medium"));
        test::InstanceSpec a;
        a.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        a.issuer = QStringLiteral("HOSP-A");
        QVERIFY(test::writeConformantMedium(root, {a}, QStringLiteral("VOL42")));
        QVERIFY(test::writeText(root + QStringLiteral("/AUTORUN.INF"), "[autorun]\r\n"));
        QVERIFY(test::writeText(root + QStringLiteral("/SETUP.EXE"), "MZ\x90\x00"));
        const Result<CheckedMedium> outcome = MediumChecker::check(root, {});
        QVERIFY(outcome);

        QCOMPARE(CheckAudit::mediumId(outcome->report), QStringLiteral("VOL42"));
        QCOMPARE(CheckAudit::guessMediaType(outcome->report), MediaType::Other);
        const Result<AuditRecord> recorded =
            CheckAudit::record(f.station().audit(), *reception, outcome->report, MediaType::Cd);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
        const AuditEvent& e = recorded->event;
        QCOMPARE(e.type, AuditEventType::Check);
        QCOMPARE(e.actor.userName, QStringLiteral("uketsuke"));
        QCOMPARE(e.mediaType, MediaType::Cd);
        QCOMPARE(e.mediumId, QStringLiteral("VOL42"));
        QCOMPARE(e.patients.size(), 1);
        QCOMPARE(e.patients.constFirst().id, QStringLiteral("PAT001"));
        QCOMPARE(e.patients.constFirst().issuer, QStringLiteral("HOSP-A"));
        QVERIFY(e.patients.constFirst().name.contains(QStringLiteral("山田^太郎")));
        QCOMPARE(e.studies.size(), 1);
        const QJsonArray flags = e.details.value(QLatin1String("flags")).toArray();
        QVERIFY(flags.contains(QStringLiteral("autorun")));
        QVERIFY(flags.contains(QStringLiteral("executables")));
        QCOMPARE(e.details.value(QLatin1String("instances")).toInt(), 1);

        Result<QVector<AuditRecord>> records = f.station().audit().list(f.admin());
        QVERIFY(records);
        const AuditRecord& alert = records->constLast();
        QCOMPARE(alert.seq, recorded->seq + 1);
        QCOMPARE(alert.event.type, AuditEventType::SecurityAlert);
        QCOMPARE(alert.event.alert, SecurityAlert::MediumContent);
        const QJsonArray files = alert.event.details.value(QLatin1String("files")).toArray();
        QVERIFY(files.contains(QStringLiteral("AUTORUN.INF")));
        QVERIFY(files.contains(QStringLiteral("SETUP.EXE")));

        // A clean medium: the check alone.
        const QString clean = tmp_.filePath(QStringLiteral("clean"));
        QVERIFY(test::writeConformantMedium(clean, {a}));
        const Result<CheckedMedium> ok = MediumChecker::check(clean, {});
        QVERIFY(ok);
        QVERIFY(!CheckAudit::contentAlert(*reception, ok->report, MediaType::Usb));
        QVERIFY(CheckAudit::record(f.station().audit(), *reception, ok->report, MediaType::Usb));
        records = f.station().audit().list(f.admin());
        QCOMPARE(records->constLast().event.type, AuditEventType::Check);
    }

    void exportWritesOneFilePerRecord() {
        test::StationFixture f;
        QVERIFY(f.ok());
        Result<QVector<AuditRecord>> records = f.station().audit().list(f.admin());
        QVERIFY(records && records->size() >= 2);
        const QString folder = tmp_.filePath(QStringLiteral("export/nested"));
        const Result<int> written = AuditExport::writeDicomXml(
            *records, AuditSource::fromSettings(f.station().settings()), folder);
        QVERIFY(written);
        QCOMPARE(*written, records->size());
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), records->size());
        QCOMPARE(files.constFirst(), QStringLiteral("audit-00000001.xml"));
        QFile first(QDir(folder).filePath(files.constFirst()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(first.readAll().contains("<AuditMessage"));

        std::atomic<bool> cancel{true};
        QCOMPARE(*AuditExport::writeDicomXml(*records, {}, folder, &cancel), 0);
        QVERIFY(!AuditExport::writeDicomXml(*records, {}, QStringLiteral("/proc/nope")));
    }
};

QTEST_GUILESS_MAIN(FirstRunTest)
#include "tst_first_run.moc"

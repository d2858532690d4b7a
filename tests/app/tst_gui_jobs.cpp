// The Jobs workspace, offscreen: a real write and a real import cut short (its PACS does not
// answer) made with pdi, the import's record then naming another desk, as one of a shared
// database would; the list, its filters, and what it says continues the import here.
#include "DicomServers.h"
#include "PostgresServer.h"
#include "StationFixture.h"
#include "TestSupport.h"
#include "gui/JobsWorkspace.h"
#include "gui/MainWindow.h"
#include "station/StationRegistry.h"
#include "station/Timestamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QtTest>

using namespace pdi;

namespace {

const QString DeskPassword = QStringLiteral("Dsk-Pa55word");
const QString TechPassword = QStringLiteral("Tch-Pa55word");

} // namespace

class TestGuiJobs : public QObject {
    Q_OBJECT

    test::StationFixture f_;
    QTemporaryDir tmp_;
    std::optional<Session> tech_;
    std::optional<Session> desk_;

    test::ProcessResult pdi(const QString& user, const QString& password,
                            const QStringList& args) const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PDI_DATA_DIR"), f_.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("PDI_USER"), user);
        env.insert(QStringLiteral("PDI_PASSWORD"), password);
        return test::runPdi(args, QByteArray(), env);
    }

    static QStringList row(QTableWidget* table, int r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return cells;
    }

    static bool listed(JobsWorkspace* jobs) {
        return QTest::qWaitFor([jobs] { return !jobs->isBusy(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        tech_ = f_.addAndLogin(QStringLiteral("tech"), Role::Technologist, TechPassword);
        desk_ = f_.addAndLogin(QStringLiteral("desk"), Role::FrontDesk, DeskPassword);
        QVERIFY(tech_ && desk_);

        const QString source = tmp_.filePath(QStringLiteral("source"));
        test::InstanceSpec w;
        w.patientId = QStringLiteral("LOC-42");
        w.patientName = QStringLiteral("SATO^KENJI");
        w.studyUid = test::uid(QStringLiteral("42"));
        w.seriesUid = test::uid(QStringLiteral("42.1"));
        w.sopInstanceUid = test::uid(QStringLiteral("42.1.1"));
        QVERIFY(test::writeConformantMedium(source, {w}));
        const QString usb = tmp_.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        const test::ProcessResult written =
            pdi(QStringLiteral("desk"), DeskPassword,
                {QStringLiteral("write"), source, QStringLiteral("--out"), usb});
        QVERIFY2(written.exitCode == 0, written.err.constData());

        QVERIFY(pdi(test::StationFixture::AdminName, test::StationFixture::AdminPassword,
                    {QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("pacs"),
                     QStringLiteral("--aet"), QStringLiteral("PACS"), QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                     QString::number(test::freePort()), QStringLiteral("--roles"),
                     QStringLiteral("store")})
                    .exitCode == 0);
        const QString medium = tmp_.filePath(QStringLiteral("outside"));
        QList<test::InstanceSpec> specs;
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.patientId = QStringLiteral("OUT-7");
            s.patientName = QStringLiteral("HAYASHI^HARUKA");
            s.studyUid = test::uid(QStringLiteral("77"));
            s.seriesUid = test::uid(QStringLiteral("77.1"));
            s.sopInstanceUid = test::uid(QStringLiteral("77.1.%1").arg(i));
            specs << s;
        }
        QVERIFY(test::writeConformantMedium(medium, specs, QStringLiteral("OUTSIDE7")));
        const test::ProcessResult cut =
            pdi(QStringLiteral("tech"), TechPassword,
                {QStringLiteral("import"), medium, QStringLiteral("--to"), QStringLiteral("pacs"),
                 QStringLiteral("--keep-ids")});
        QVERIFY2(cut.exitCode == 3, cut.err.constData());

        // The import's record names another desk, as a shared database's would.
        const QString now = Timestamp::isoUtc(Timestamp::now());
        QVERIFY(StationRegistry(f_.station().database())
                    .enter({QStringLiteral("ct-desk-id"), QStringLiteral("ct-desk"),
                            QStringLiteral("ct.local"), QStringLiteral("/srv/pdi"), now, now})
                    .ok());
        const test::ProcessResult moved =
            test::outsideSql(f_.path() + QStringLiteral("/data"),
                             QStringLiteral("UPDATE import_jobs SET station_id = 'ct-desk-id'"));
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
    }

    void listsEveryStationsJobs() {
        MainWindow window({f_.station(), *tech_});
        JobsWorkspace* jobs = window.jobsWorkspace();
        QVERIFY(jobs);
        window.showWorkspace(jobs);
        QVERIFY(listed(jobs));
        QTableWidget* table = jobs->table();
        QCOMPARE(table->rowCount(), 2);

        const QStringList import = row(table, 0);
        QCOMPARE(import.at(0), QStringLiteral("ct-desk"));
        QCOMPARE(import.at(1), QStringLiteral("Import"));
        QCOMPARE(import.at(2),
                 QStringLiteral("HAYASHI HARUKA (ID OUT-7), filed under the same IDs"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
                     .match(import.at(3))
                     .hasMatch(),
                 qPrintable(import.at(3)));
        QCOMPARE(import.at(4), QStringLiteral("tech"));
        QCOMPARE(import.at(5), QStringLiteral("unfinished, can be resumed"));
        QVERIFY2(import.at(6).startsWith(QLatin1String("0 of 3 object(s) sent")),
                 qPrintable(import.at(6)));

        const QStringList write = row(table, 1);
        QVERIFY2(write.at(0).endsWith(QLatin1String(" (this station)")), qPrintable(write.at(0)));
        QCOMPARE(write.at(1), QStringLiteral("Write"));
        QCOMPARE(write.at(2), QStringLiteral("SATO KENJI (ID LOC-42)"));
        QCOMPARE(write.at(4), QStringLiteral("desk"));
        QCOMPARE(write.at(5), QStringLiteral("finished"));
        QVERIFY2(write.at(6).startsWith(QLatin1String("File-set ID ")) &&
                     write.at(6).endsWith(QLatin1String(", USB")),
                 qPrintable(write.at(6)));

        // The import is selected first: how to continue it here, in words.
        const QString detail = jobs->detailText();
        QVERIFY2(detail.contains(QLatin1String(
                     "It ran at station ct-desk. To continue it here, insert the medium "
                     "OUTSIDE7 in this station's drive and open it in Import, which offers to "
                     "resume it.")),
                 qPrintable(detail));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("jobDetail"))->text(), detail);
        QVERIFY(jobs->statusText().contains(QLatin1String("1 import(s) can be resumed")));
        // No internal word reaches the person.
        for (int r = 0; r < table->rowCount(); ++r) {
            for (const QString& cell : row(table, r)) {
                for (const char* word : {"incomplete", "complete", "written", "usb", "^", "Z"})
                    QVERIFY2(!cell.contains(QLatin1String(word)), qPrintable(cell));
            }
        }
    }

    void filtersNarrowTheList() {
        MainWindow window({f_.station(), *tech_});
        JobsWorkspace* jobs = window.jobsWorkspace();
        window.showWorkspace(jobs);
        QVERIFY(listed(jobs));
        auto* unfinished = jobs->findChild<QCheckBox*>(QStringLiteral("unfinishedOnly"));
        auto* scope = jobs->findChild<QComboBox*>(QStringLiteral("stationScope"));
        auto* kind = jobs->findChild<QComboBox*>(QStringLiteral("kind"));
        unfinished->setChecked(true);
        QVERIFY(listed(jobs));
        QCOMPARE(jobs->table()->rowCount(), 1);
        QCOMPARE(jobs->jobs().constFirst().kind, JobKind::Import);
        scope->setCurrentIndex(1); // this station: the import ran at ct-desk
        QVERIFY(listed(jobs));
        QCOMPARE(jobs->table()->rowCount(), 0);
        QCOMPARE(jobs->statusText(), QStringLiteral("0 job(s) listed."));
        unfinished->setChecked(false);
        QVERIFY(listed(jobs));
        QCOMPARE(jobs->table()->rowCount(), 1);
        QCOMPARE(jobs->jobs().constFirst().kind, JobKind::Write);
        scope->setCurrentIndex(0);
        kind->setCurrentIndex(2); // imports
        QVERIFY(listed(jobs));
        QCOMPARE(jobs->table()->rowCount(), 1);
        QCOMPARE(jobs->jobs().constFirst().kind, JobKind::Import);
    }

    // The front desk sees the jobs too; continuing an import is a technologist's.
    void frontDeskIsToldWhoContinues() {
        MainWindow window({f_.station(), *desk_});
        JobsWorkspace* jobs = window.jobsWorkspace();
        QVERIFY(jobs);
        window.showWorkspace(jobs);
        QVERIFY(listed(jobs));
        QCOMPARE(jobs->table()->rowCount(), 2);
        QVERIFY2(jobs->detailText().contains(QLatin1String(
                     "A technologist can continue it at any station with the medium OUTSIDE7 in "
                     "its drive")),
                 qPrintable(jobs->detailText()));
    }

    void receptionHasNoJobsWorkspace() {
        std::optional<Session> reception =
            f_.addAndLogin(QStringLiteral("recept"), Role::Reception, QStringLiteral("Rcp-Pa55"));
        QVERIFY(reception);
        MainWindow window({f_.station(), *reception});
        QVERIFY(!window.jobsWorkspace());
    }
};

QTEST_MAIN(TestGuiJobs)
#include "tst_gui_jobs.moc"

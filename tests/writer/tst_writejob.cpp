// The write job through the library: cancelling at any step leaves nothing that looks finished,
// the job row and the audit trail say what happened, and roles are enforced below the CLI.
#include "StationFixture.h"
#include "TestSupport.h"

#include "audit/AuditTrail.h"
#include "job/WriteJob.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

class TestWriteJob : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture station_;
    QString source_;

    QString jobStatus(qint64 id) {
        QSqlQuery q(station_.station().database().connection());
        q.prepare(QStringLiteral("SELECT status FROM write_jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QString();
        return q.value(0).toString();
    }

    qint64 jobCount() {
        QSqlQuery q(station_.station().database().connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM write_jobs")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString staging() { return station_.station().directory().path() + QStringLiteral("/staging"); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(station_.ok(), qPrintable(station_.error()));
        source_ = tmp_.filePath(QStringLiteral("src"));
        for (int i = 1; i <= 4; ++i) {
            test::InstanceSpec s;
            s.sopInstanceUid = test::uid(QStringLiteral("97.1.%1").arg(i));
            s.instanceNumber = QString::number(i);
            s.rows = 256;
            s.columns = 256;
            QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(source_).arg(i), s));
        }
    }

    void cancelledWhileWritingLeavesNothing_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("step");
        QTest::newRow("iso, while preparing") << "a.iso"
                                              << "Preparing images";
        QTest::newRow("iso, while writing") << "b.iso"
                                            << "Writing disc image";
        QTest::newRow("iso, while verifying") << "c.iso"
                                              << "Verifying";
        QTest::newRow("usb, while copying") << "usb"
                                            << "Copying files";
        QTest::newRow("stdio burn") << "stdio:d.img"
                                    << "Burning";
    }
    void cancelledWhileWritingLeavesNothing() {
        QFETCH(QString, target);
        QFETCH(QString, step);
        QString path = target.startsWith(QLatin1String("stdio:"))
                           ? QStringLiteral("stdio:") + tmp_.filePath(target.mid(6))
                           : tmp_.filePath(target);
        std::atomic<bool> cancel{false};
        JobProgress progress;
        progress.cancel = &cancel;
        progress.report = [&](const QString& s, qint64, qint64) {
            if (s == step)
                cancel = true;
        };
        WriteRequest request;
        request.sources = {source_};
        request.target = path;
        request.options.media = target == QLatin1String("usb") ? TargetMedia::Usb : TargetMedia::Cd;
        const Result<WriteOutcome> out =
            WriteJob(station_.station(), station_.admin()).run(request, progress);
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        QCOMPARE(out->statusName(), QStringLiteral("cancelled"));
        const QString local = path.startsWith(QLatin1String("stdio:")) ? path.mid(6) : path;
        if (target == QLatin1String("usb"))
            QVERIFY(!QFile::exists(local + QStringLiteral("/DICOMDIR")));
        else
            QVERIFY2(!QFile::exists(local), qPrintable(local));
        QVERIFY(!QFile::exists(local + QStringLiteral(".part")));
        QVERIFY(QDir(staging()).isEmpty());
        QCOMPARE(jobStatus(out->jobId), QStringLiteral("cancelled"));
    }

    // The screen asks before it offers Write, with the sentences the job refuses with.
    void targetProblems() {
        QVERIFY(WriteJob::targetProblem(tmp_.filePath(QStringLiteral("new.iso"))).isEmpty());
        QVERIFY(WriteJob::targetProblem(tmp_.filePath(QStringLiteral("fresh-folder"))).isEmpty());
        QVERIFY(WriteJob::targetProblem(QStringLiteral("/dev/sr0")).isEmpty());
        QVERIFY(WriteJob::targetProblem(tmp_.filePath(QStringLiteral("no/such/folder/x.iso")))
                    .contains(QLatin1String("does not exist")));
        const QString taken = tmp_.filePath(QStringLiteral("taken.iso"));
        QVERIFY(test::writeText(taken, "x"));
        QVERIFY(WriteJob::targetProblem(taken).contains(QLatin1String("already exists")));
        const QString used = tmp_.filePath(QStringLiteral("used"));
        QVERIFY(test::writeText(used + QStringLiteral("/notes.txt"), "x"));
        QVERIFY(WriteJob::targetProblem(used).contains(QLatin1String("not empty")));

        WriteRequest request;
        request.sources = {source_};
        request.target = taken;
        const Result<WriteOutcome> out =
            WriteJob(station_.station(), station_.admin()).run(request, JobProgress());
        // Bad input: nothing was written, so no disc can be spoiled.
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, Error::Kind::Invalid);
        QCOMPARE(out.error().message, WriteJob::targetProblem(taken));
    }

    void writtenJobIsRecorded() {
        WriteRequest request;
        request.sources = {source_};
        request.target = tmp_.filePath(QStringLiteral("ok.iso"));
        const Result<WriteOutcome> out =
            WriteJob(station_.station(), station_.admin()).run(request, JobProgress());
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        QVERIFY2(out->status == WriteOutcome::Status::Written, qPrintable(out->message));
        QVERIFY(out->verified);
        QCOMPARE(jobStatus(out->jobId), QStringLiteral("written"));
        QCOMPARE(out->manifest.entries().size(), 6); // 4 objects, DICOMDIR, README.TXT
        const auto records = station_.station().audit().list(station_.admin());
        QVERIFY(records.ok());
        bool exported = false;
        for (const AuditRecord& r : *records) {
            if (r.event.type == AuditEventType::Export && r.event.mediumId == out->fileSetId &&
                r.event.outcome == AuditOutcome::Success)
                exported = true;
        }
        QVERIFY(exported);
    }

    void refusedAndNotAllowedAreRecorded() {
        const std::optional<Session> reception = station_.addAndLogin(
            QStringLiteral("recep"), Role::Reception, QStringLiteral("Recep-Pa55word"));
        QVERIFY(reception);
        WriteRequest request;
        request.sources = {source_};
        request.target = tmp_.filePath(QStringLiteral("no.iso"));
        Result<WriteOutcome> out =
            WriteJob(station_.station(), *reception).run(request, JobProgress());
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, Error::Kind::Permission);
        QVERIFY(!QFile::exists(request.target));

        request.options.patientId = QStringLiteral("NOBODY");
        const qint64 jobsBefore = jobCount();
        out = WriteJob(station_.station(), station_.admin()).run(request, JobProgress());
        // Refused: an error, not an outcome, so no job was recorded.
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, Error::Kind::Conflict);
        QCOMPARE(jobCount(), jobsBefore);
        const auto records = station_.station().audit().list(station_.admin());
        QVERIFY(records.ok());
        bool alert = false;
        bool refusal = false;
        for (const AuditRecord& r : *records) {
            alert = alert || (r.event.type == AuditEventType::SecurityAlert &&
                              r.event.actor.userName == QLatin1String("recep"));
            refusal = refusal || (r.event.type == AuditEventType::Export &&
                                  r.event.outcome == AuditOutcome::MinorFailure);
        }
        QVERIFY(alert);
        QVERIFY(refusal);
    }
};

QTEST_MAIN(TestWriteJob)
#include "tst_writejob.moc"

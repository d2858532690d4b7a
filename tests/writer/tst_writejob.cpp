// The write job through the library: cancelling at any step leaves nothing that looks finished,
// the job row and the audit trail say what happened, and roles are enforced below the CLI.
#include "StationFixture.h"
#include "TestSupport.h"

#include "audit/AuditTrail.h"
#include "dicom/SpecificCharacterSet.h"
#include "job/WriteJob.h"
#include "report/MediumChecker.h"
#include "rules/FindingCodes.h"

#include <QJsonObject>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

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

    // The identity the writer puts in README.TXT, the DICOMDIR, the job row and the Export audit
    // record is the objects' as text: patient attributes stored with VR UN (pydicom's
    // rtdose_rle_1frame.dcm) and a Specific Character Set of "ISO 2022 IR 87" alone, whose
    // values start in ASCII (Orthanc with DefaultEncoding JapaneseKanji writes files so).
    void identityIsReadAsText_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("readable");
        QTest::newRow("VR UN") << test::pydicomFile(QStringLiteral("rtdose_rle_1frame.dcm"))
                               << "id11111"
                               << "Lastname^Firstname"
                               << "Lastname Firstname";
        QTest::newRow("ISO 2022 IR 87 alone") << QString() << "10000003"
                                              << "YAMADA^TARO=山田^太郎=やまだ^たろう"
                                              << "山田 太郎";
    }
    void identityIsReadAsText() {
        QFETCH(QString, source);
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, readable);
        const QString folder = tmp_.filePath(QStringLiteral("identity-src-%1").arg(id));
        if (source.isEmpty()) {
            test::InstanceSpec s;
            s.characterSet = QStringLiteral("ISO 2022 IR 87");
            s.patientId = id;
            s.patientName = name;
            s.sopInstanceUid = test::uid(QStringLiteral("97.2.1"));
            s.customize = [name](DcmDataset& ds) {
                ds.putAndInsertString(DCM_PatientName,
                                      SpecificCharacterSet(QStringLiteral("ISO 2022 IR 87"))
                                          .encode(name)
                                          .constData());
            };
            const QString path = folder + QStringLiteral("/1.dcm");
            QVERIFY(test::writeInstance(path, s));
            // pydicom reads the source as intended: the test does not rest on our own encoder.
            const QJsonObject py = test::pydicomIdentities({path}).value(path).toObject();
            QCOMPARE(py.value(QStringLiteral("id")).toString(), id);
            QCOMPARE(py.value(QStringLiteral("name")).toString(), name);
        } else {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::copy(source, folder + QStringLiteral("/1.dcm")));
        }
        WriteRequest request;
        request.sources = {folder};
        request.target = tmp_.filePath(QStringLiteral("identity-usb-%1").arg(id));
        request.options.media = TargetMedia::Usb;
        const Result<WriteOutcome> written =
            WriteJob(station_.station(), station_.admin()).run(request, JobProgress());
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        const WriteOutcome& out = *written;
        QVERIFY2(out.status == WriteOutcome::Status::Written, qPrintable(out.message));

        QFile readme(request.target + QStringLiteral("/README.TXT"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        QVERIFY2(text.contains(id) && text.contains(readable), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("69\\64")));

        const Result<CheckedMedium> checked = MediumChecker::check(request.target, {});
        QVERIFY(checked);
        QCOMPARE(checked->report.contents.patients.size(), 1);
        QCOMPARE(checked->report.contents.patients.first().id, id);
        QCOMPARE(checked->report.contents.patients.first().name, name);
        for (const Finding& f : checked->report.findings) {
            QVERIFY2(f.code != QLatin1String(FindingCode::RecordKeyDisagreesWithObject) &&
                         f.code != QLatin1String(FindingCode::RecordCharacterSet),
                     qPrintable(f.message));
        }

        QSqlQuery q(station_.station().database().connection());
        q.prepare(QStringLiteral("SELECT patient_id, patient_name FROM write_jobs WHERE id = ?"));
        q.addBindValue(out.jobId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), id);
        QCOMPARE(q.value(1).toString(), name);

        const auto records = station_.station().audit().list(station_.admin());
        QVERIFY(records.ok());
        const AuditRecord* exported = nullptr; // this job's: the latest Export record
        for (const AuditRecord& r : *records) {
            if (r.event.type == AuditEventType::Export && (!exported || r.seq > exported->seq))
                exported = &r;
        }
        QVERIFY(exported);
        QCOMPARE(exported->event.mediumId, out.fileSetId);
        QCOMPARE(exported->event.patients.size(), 1);
        QCOMPARE(exported->event.patients.first().id, id);
        QCOMPARE(exported->event.patients.first().name, name);
    }

    // Verification takes an object as the plan read it only when the written bytes are the
    // bytes the plan parsed: a source rewritten between the plan and the write (another patient
    // now) is parsed again from the medium, and its disagreement with the DICOMDIR made from the
    // plan fails the write; nothing that looks finished is left.
    void sourceChangedAfterThePlanFailsVerification() {
        const QString folder = tmp_.filePath(QStringLiteral("changing-src"));
        for (int i = 1; i <= 3; ++i) {
            test::InstanceSpec s;
            s.sopInstanceUid = test::uid(QStringLiteral("97.3.%1").arg(i));
            s.instanceNumber = QString::number(i);
            QVERIFY(test::writeInstance(QStringLiteral("%1/%2.dcm").arg(folder).arg(i), s));
        }
        WriteRequest request;
        request.sources = {folder};
        request.target = tmp_.filePath(QStringLiteral("changed.iso"));
        const WriteJob job(station_.station(), station_.admin());
        const Result<WritePlan> planned = job.prepare(request, JobProgress());
        QVERIFY2(planned.ok(), qPrintable(planned ? QString() : planned.error().message));
        QCOMPARE(planned->plan.instanceCount(), 3);
        for (const PlannedStudy& st : planned->plan.studies) {
            for (const PlannedSeries& se : st.series) {
                for (const PlannedInstance& inst : se.instances)
                    QCOMPARE(inst.source.sha256.size(), 32); // read whole and hashed
            }
        }

        test::InstanceSpec other;
        other.patientId = QStringLiteral("OTHER-PATIENT");
        other.sopInstanceUid = test::uid(QStringLiteral("97.3.2"));
        other.instanceNumber = QStringLiteral("2");
        QVERIFY(test::writeInstance(folder + QStringLiteral("/2.dcm"), other));

        const Result<WriteOutcome> out = job.execute(*planned, JobProgress());
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        QCOMPARE(out->status, WriteOutcome::Status::Failed);
        QVERIFY(!out->verified);
        QVERIFY2(out->verificationProblems.join(QLatin1Char('\n'))
                     .contains(QLatin1String(FindingCode::RecordKeyDisagreesWithObject)),
                 qPrintable(out->verificationProblems.join(QLatin1Char('\n'))));
        QVERIFY(!QFile::exists(request.target));
        QVERIFY(!QFile::exists(request.target + QStringLiteral(".part")));
        QCOMPARE(jobStatus(out->jobId), QStringLiteral("failed"));
    }

    void refusedAndNotAllowedAreRecorded() {
        const std::optional<Session> reception = station_.addAndLogin(
            QStringLiteral("recep"), Role::Reception, QStringLiteral("Rcp-Pa55word"));
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

// The local archive: files under hashed paths, the index by patient/study/series/instance,
// searches that fold width and kana, the writer's file list, colliding UIDs refused; the archive
// as a write source (PatientSource), one patient per medium.
#include "StationFixture.h"
#include "TestSupport.h"
#include "archive/LocalArchive.h"
#include "source/PatientSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

class ArchiveTest : public QObject {
    Q_OBJECT

    test::StationFixture f_;
    QTemporaryDir tmp_;
    int serial_ = 0;

    Result<ArchivedInstance> put(test::InstanceSpec spec) {
        const QString path = tmp_.filePath(QStringLiteral("in%1").arg(++serial_));
        if (!test::writeInstance(path, spec))
            return Error::storage(QStringLiteral("cannot write the test object"));
        DcmFileFormat ff;
        if (ff.loadFile(QFile::encodeName(path).constData()).bad())
            return Error::storage(QStringLiteral("cannot load the test object"));
        return LocalArchive(f_.station()).store(ff, QStringLiteral("admin"));
    }

    static test::InstanceSpec yamada(int study, int series, int instance) {
        test::InstanceSpec s;
        s.patientId = QStringLiteral("L0001");
        s.issuer = QStringLiteral("PDIGH");
        s.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        s.birthDate = QStringLiteral("19650203");
        s.studyUid = test::uid(QStringLiteral("50.%1").arg(study));
        s.studyDate = QStringLiteral("2024010%1").arg(study);
        s.seriesUid = test::uid(QStringLiteral("50.%1.%2").arg(study).arg(series));
        s.seriesNumber = QString::number(series);
        s.sopInstanceUid =
            test::uid(QStringLiteral("50.%1.%2.%3").arg(study).arg(series).arg(instance));
        s.instanceNumber = QString::number(instance);
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        // Two studies of one patient, in an order the listing must put right.
        for (int study : {2, 1})
            for (int series : {2, 1})
                for (int instance : {10, 2, 1}) {
                    Result<ArchivedInstance> r = put(yamada(study, series, instance));
                    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
                }
        test::InstanceSpec other;
        other.patientId = QStringLiteral("L0002");
        other.patientName = QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ");
        other.birthDate = QStringLiteral("19800101");
        other.sex = QStringLiteral("F");
        other.studyUid = test::uid(QStringLiteral("51.1"));
        other.seriesUid = test::uid(QStringLiteral("51.1.1"));
        other.sopInstanceUid = test::uid(QStringLiteral("51.1.1.1"));
        QVERIFY(put(other));
    }

    void filesLiveUnderHashedPaths() {
        const LocalArchive archive(f_.station());
        Result<ArchivedInstance> i = archive.instance(test::uid(QStringLiteral("50.1.1.1")));
        QVERIFY(i);
        QVERIFY(i->filePath.startsWith(archive.root() + QLatin1Char('/')));
        const QString relative = QDir(archive.root()).relativeFilePath(i->filePath);
        QCOMPARE(relative.count(QLatin1Char('/')), 2);
        QVERIFY(relative.endsWith(QLatin1String(".dcm")));
        QVERIFY(!relative.contains(QStringLiteral("50.1.1.1"))); // not guessable from the UID
        QCOMPARE(test::run(QStringLiteral("dcmftest"), {i->filePath}).exitCode, 0);
        QCOMPARE(i->studyUid, test::uid(QStringLiteral("50.1")));
        QCOMPARE(i->transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        QVERIFY(archive.contains(test::uid(QStringLiteral("51.1.1.1"))));
        QVERIFY(!archive.contains(test::uid(QStringLiteral("99"))));
    }

    void findsPatientsByIdBirthDateAndName_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id") << "L0001"
                            << ""
                            << "" << QStringList{"L0001"};
        QTest::newRow("birth date") << ""
                                    << "19800101"
                                    << "" << QStringList{"L0002"};
        QTest::newRow("half-width katakana") << ""
                                             << ""
                                             << "ﾔﾏﾀﾞ^ﾀﾛｳ" << QStringList{"L0001"};
        QTest::newRow("full-width katakana") << ""
                                             << ""
                                             << "サトウ^ハナコ" << QStringList{"L0002"};
        QTest::newRow("kanji with space") << ""
                                          << ""
                                          << "=山田 太郎" << QStringList{"L0001"};
        QTest::newRow("romaji any case") << ""
                                         << ""
                                         << "yamada^taro" << QStringList{"L0001"};
        QTest::newRow("any of them") << "L0001"
                                     << "19800101"
                                     << "" << QStringList{"L0001", "L0002"};
        QTest::newRow("nobody") << "X"
                                << "20000101"
                                << "SUZUKI" << QStringList{};
    }

    void findsPatientsByIdBirthDateAndName() {
        QFETCH(QString, id);
        QFETCH(QString, birthDate);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        ArchiveQuery q;
        q.patientId = id;
        q.birthDate = birthDate;
        q.name = name;
        Result<QVector<ArchivedPatient>> found = LocalArchive(f_.station()).findPatients(q);
        QVERIFY(found);
        QStringList ids;
        for (const ArchivedPatient& p : *found)
            ids << p.demographics.id;
        QCOMPARE(ids, expected);
        if (ids == QStringList{QStringLiteral("L0001")}) {
            const ArchivedPatient& p = found->constFirst();
            QCOMPARE(p.demographics.issuer, QStringLiteral("PDIGH"));
            QCOMPARE(p.demographics.name, QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう"));
            QCOMPARE(p.studies, 2);
            QCOMPARE(p.instances, 12);
        }
    }

    // One search field, as a person types in it (issue 12: 山田, やまだ, YAMADA found nothing):
    // an ID, any name group or the beginning of the family name, in any script or spelling.
    void searchTextFindsAnyNameGroup_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id") << "L0002" << QStringList{"L0002"};
        QTest::newRow("kanji family name") << "山田" << QStringList{"L0001"};
        QTest::newRow("part of the kanji family name") << "山" << QStringList{"L0001"};
        QTest::newRow("hiragana family name") << "やまだ" << QStringList{"L0001"};
        QTest::newRow("katakana family name") << "サトウ" << QStringList{"L0002"};
        QTest::newRow("half-width katakana") << "ﾔﾏﾀﾞ" << QStringList{"L0001"};
        QTest::newRow("romaji family name") << "YAMADA" << QStringList{"L0001"};
        QTest::newRow("romaji, lower case, part") << "yama" << QStringList{"L0001"};
        QTest::newRow("romaji spelling variant") << "SATOU" << QStringList{"L0002"};
        QTest::newRow("full name with a space") << "佐藤 花子" << QStringList{"L0002"};
        QTest::newRow("full-width space") << "さとう　はなこ" << QStringList{"L0002"};
        QTest::newRow("nobody") << "鈴木" << QStringList{};
    }

    void searchTextFindsAnyNameGroup() {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Result<QVector<ArchivedPatient>> found =
            LocalArchive(f_.station()).findPatients(ArchiveQuery::forSearch(text));
        QVERIFY(found);
        QStringList ids;
        for (const ArchivedPatient& p : *found)
            ids << p.demographics.id;
        QCOMPARE(ids, expected);
    }

    void listsAPatientsFilesForTheWriter() {
        const LocalArchive archive(f_.station());
        Result<QVector<ArchivedStudy>> studies =
            archive.studies(QStringLiteral("L0001"), QStringLiteral("PDIGH"));
        QVERIFY(studies);
        QCOMPARE(studies->size(), 2);
        QCOMPARE(studies->at(0).uid, test::uid(QStringLiteral("50.1"))); // by date
        QCOMPARE(studies->at(0).series, 2);
        QCOMPARE(studies->at(0).instances, 6);
        QCOMPARE(studies->at(0).modalities, QStringList{QStringLiteral("CT")});

        Result<QVector<ArchivedInstance>> all =
            archive.instances(QStringLiteral("L0001"), QStringLiteral("PDIGH"));
        QVERIFY(all);
        QCOMPARE(all->size(), 12);
        QStringList order;
        for (int i = 0; i < 6; ++i)
            order << all->at(i).sopInstanceUid;
        QCOMPARE(
            order,
            QStringList(
                {test::uid(QStringLiteral("50.1.1.1")), test::uid(QStringLiteral("50.1.1.2")),
                 test::uid(QStringLiteral("50.1.1.10")), test::uid(QStringLiteral("50.1.2.1")),
                 test::uid(QStringLiteral("50.1.2.2")), test::uid(QStringLiteral("50.1.2.10"))}));

        Result<QStringList> files = archive.files(QStringLiteral("L0001"), QStringLiteral("PDIGH"),
                                                  {test::uid(QStringLiteral("50.2"))});
        QVERIFY(files);
        QCOMPARE(files->size(), 6);
        for (const QString& f : *files)
            QVERIFY(QFile::exists(f));
        // The issuer is part of who the patient is.
        QCOMPARE(archive.files(QStringLiteral("L0001"), QString())->size(), 0);
        QCOMPARE(*archive.issuers(QStringLiteral("L0001")), QStringList{QStringLiteral("PDIGH")});
        QVERIFY(archive.issuers(QStringLiteral("NOBODY"))->isEmpty());
    }

    void storingAgainReplaces() {
        test::InstanceSpec again = yamada(1, 1, 1);
        again.instanceNumber = QStringLiteral("1");
        QVERIFY(put(again));
        Result<QVector<ArchivedInstance>> all =
            LocalArchive(f_.station()).instances(QStringLiteral("L0001"), QStringLiteral("PDIGH"));
        QCOMPARE(all->size(), 12);
    }

    void refusesAStudyOfAnotherPatient() {
        test::InstanceSpec intruder = yamada(1, 9, 1);
        intruder.patientId = QStringLiteral("L0003");
        intruder.issuer.clear();
        Result<ArchivedInstance> r = put(intruder);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QVERIFY(!LocalArchive(f_.station()).contains(intruder.sopInstanceUid));
    }

    // The archive as a write source (PatientSource, what `pdi write local` and the Write
    // workspace's archive button both resolve): the patient's files, or a refusal that says why.
    void patientSourceResolvesToThePatientsFiles() {
        const PatientSource byId = *PatientSource::fromArgument(
            QStringLiteral("local"), QStringLiteral("L0001"), {test::uid(QStringLiteral("50.2"))});
        QCOMPARE(byId.kind(), PatientSource::Kind::LocalArchive);
        Result<ResolvedSource> files = byId.resolve(f_.station(), f_.admin(), JobProgress());
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        QCOMPARE(files->locations(), *LocalArchive(f_.station())
                                          .files(QStringLiteral("L0001"), QStringLiteral("PDIGH"),
                                                 {test::uid(QStringLiteral("50.2"))}));
        QCOMPARE(files->locations().size(), 6);
        // The patient as a person picked it (with its issuer): the same files.
        Result<ResolvedSource> picked =
            PatientSource::archive(QStringLiteral("L0001"), QStringLiteral("PDIGH"),
                                   {test::uid(QStringLiteral("50.2"))})
                .resolve(f_.station(), f_.admin(), JobProgress());
        QVERIFY(picked);
        QCOMPARE(picked->locations(), files->locations());

        // An ID the archive does not hold, an issuer it does not hold it from, no ID at all.
        Result<ResolvedSource> nobody = PatientSource::archive(QStringLiteral("NOBODY"))
                                            .resolve(f_.station(), f_.admin(), JobProgress());
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().kind, Error::Kind::Invalid);
        QVERIFY(nobody.error().message.contains(QLatin1String("no patient with ID NOBODY")));
        Result<ResolvedSource> otherIssuer =
            PatientSource::archive(QStringLiteral("L0001"), QString())
                .resolve(f_.station(), f_.admin(), JobProgress());
        QVERIFY(!otherIssuer);
        QVERIFY2(
            otherIssuer.error().message.contains(QLatin1String("under another issuer (PDIGH)")),
            qPrintable(otherIssuer.error().message));
        QVERIFY(
            !PatientSource::archive(QString()).resolve(f_.station(), f_.admin(), JobProgress()));
        // Not a patient source: a file or folder of that name, or any other path.
        QVERIFY(!PatientSource::fromArgument(tmp_.path(), QStringLiteral("L0001"), {}));
        QVERIFY(!PatientSource::fromArgument(QStringLiteral("/no/such/folder"),
                                             QStringLiteral("L0001"), {}));
        const std::optional<PatientSource> pacs =
            PatientSource::fromArgument(QStringLiteral("pacs:main"), QStringLiteral("L0001"), {});
        QVERIFY(pacs && pacs->kind() == PatientSource::Kind::Pacs);
        QCOMPARE(pacs->node(), QStringLiteral("main"));
    }

    // One patient per medium: a Patient ID filed under two issuers is refused, by ID alone and
    // also when a person picked one of the two, and nothing of either is handed to the writer.
    void patientSourceRefusesAnIdFromSeveralIssuers() {
        for (const QString& issuer : {QString(), QStringLiteral("OTHERHOSP")}) {
            test::InstanceSpec twin = yamada(7, 1, 1);
            twin.patientId = QStringLiteral("TWIN01");
            twin.issuer = issuer;
            const QString tag = issuer.isEmpty() ? QStringLiteral("0") : QStringLiteral("1");
            twin.studyUid = test::uid(QStringLiteral("52.") + tag);
            twin.seriesUid = test::uid(QStringLiteral("52.%1.1").arg(tag));
            twin.sopInstanceUid = test::uid(QStringLiteral("52.%1.1.1").arg(tag));
            QVERIFY(put(twin));
        }
        QCOMPARE(LocalArchive(f_.station()).issuers(QStringLiteral("TWIN01"))->size(), 2);
        for (const std::optional<QString>& picked :
             {std::optional<QString>(), std::optional<QString>(QString()),
              std::optional<QString>(QStringLiteral("OTHERHOSP"))}) {
            Result<ResolvedSource> r = PatientSource::archive(QStringLiteral("TWIN01"), picked)
                                           .resolve(f_.station(), f_.admin(), JobProgress());
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::Invalid);
            QCOMPARE(r.error().message,
                     QStringLiteral("The local archive holds patient ID TWIN01 from several "
                                    "issuers (no issuer, OTHERHOSP); one patient per medium."));
        }
    }
};

QTEST_GUILESS_MAIN(ArchiveTest)
#include "tst_archive.moc"

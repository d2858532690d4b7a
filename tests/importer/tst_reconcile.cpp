// Reconciliation against real sources: Orthanc as the PACS (patient-level C-FIND), DCMTK's
// dcmqrscp as a PACS without Patient Root (study-level C-FIND), DCMTK's wlmscpfs as the worklist
// (entries in ISO 2022 IR 87, a scheduling window), and the local archive; outside media in ISO
// 2022 IR 87, ISO 2022 IR 13 + IR 87 (half-width katakana) and ISO_IR 192, as ISO image, ZIP and
// folder, plus pydicom's real-world Japanese file.
#include "DicomServers.h"
#include "StationFixture.h"
#include "TestSupport.h"
#include "archive/LocalArchive.h"
#include "dicom/SpecificCharacterSet.h"
#include "job/ImportMedium.h"
#include "network/StoreSession.h"
#include "reconcile/PatientReconciler.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

namespace {

struct Person {
    QString id;
    QString name;
    QString birthDate;
    QString sex;
};

const Person Yamada{QStringLiteral("L1001"), QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう"),
                    QStringLiteral("19650203"), QStringLiteral("M")};
const Person YamadaJiro{QStringLiteral("L1003"),
                        QStringLiteral("YAMADA^JIRO=山田^次郎=やまだ^じろう"),
                        QStringLiteral("19650203"), QStringLiteral("M")};
const Person Sato{QStringLiteral("L1002"), QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ"),
                  QStringLiteral("19800101"), QStringLiteral("F")};
const Person Suzuki{QStringLiteral("L3001"), QStringLiteral("SUZUKI^KEI=鈴木^圭=すずき^けい"),
                    QStringLiteral("19900505"), QStringLiteral("F")};

// An object whose text is written in characterSet (the test support writes UTF-8 otherwise).
test::InstanceSpec encodedSpec(const Person& p, const QString& characterSet, const QString& uid) {
    test::InstanceSpec s;
    s.patientId = p.id;
    s.patientName = p.name;
    s.birthDate = p.birthDate;
    s.sex = p.sex;
    s.characterSet = characterSet;
    s.institution = QStringLiteral("OUTSIDE CLINIC");
    s.studyUid = test::uid(uid);
    s.seriesUid = test::uid(uid + QStringLiteral(".1"));
    s.sopInstanceUid = test::uid(uid + QStringLiteral(".1.1"));
    const QString name = p.name;
    s.customize = [characterSet, name](DcmDataset& ds) {
        const QByteArray bytes = SpecificCharacterSet(characterSet).encode(name);
        ds.putAndInsertString(DCM_PatientName, bytes.constData());
    };
    return s;
}

QStringList ids(const PatientReconciliation& r) {
    QStringList out;
    for (const Candidate& c : r.candidates)
        out << c.patient.id;
    return out;
}

const Candidate* candidate(const PatientReconciliation& r, const QString& id) {
    for (const Candidate& c : r.candidates) {
        if (c.patient.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class ReconcileTest : public QObject {
    Q_OBJECT

    test::StationFixture f_;
    QTemporaryDir tmp_;
    test::OrthancServer pacs_;
    test::WorklistServer worklist_;
    PatientReconciler::Options options_;
    std::unique_ptr<LocalArchive> archive_;

    PatientReconciliation reconcileMedium(const QString& location) {
        Result<ImportMedium> medium =
            ImportMedium::open(location, f_.station().settings().checkSettings());
        if (!medium) {
            qWarning("%s", qPrintable(medium.error().message));
            return {};
        }
        const QVector<PatientReconciliation> all =
            PatientReconciler(options_).reconcile(medium->report());
        return all.value(0);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        LocalAe local;
        local.aeTitle = QStringLiteral("PDISTATION");

        // The PACS and its patients (stored as UTF-8; Orthanc answers C-FIND in UTF-8).
        test::OrthancServer::Options o;
        o.modalities.insert(QStringLiteral("pdi"),
                            {QStringLiteral("PDISTATION"), QStringLiteral("127.0.0.1"),
                             QString::number(test::freePort())});
        QVERIFY2(pacs_.start(o), qPrintable(pacs_.error()));
        DicomNode pacs;
        pacs.name = QStringLiteral("pacs");
        pacs.aeTitle = QStringLiteral("ORTHANC");
        pacs.host = QStringLiteral("127.0.0.1");
        pacs.port = pacs_.dicomPort();
        pacs.roles = DicomNode::Store | DicomNode::Find;
        StoreSession session(pacs, local);
        int n = 0;
        for (const Person& p : {Yamada, YamadaJiro, Sato}) {
            const QString path = tmp_.filePath(QStringLiteral("pacs%1").arg(++n));
            QVERIFY(test::writeInstance(path, encodedSpec(p, QStringLiteral("ISO_IR 192"),
                                                          QStringLiteral("80.%1").arg(n))));
            DcmFileFormat ff;
            QVERIFY(ff.loadFile(QFile::encodeName(path).constData()).good());
            QCOMPARE(session
                         .send(*ff.getDataset(), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"),
                               test::uid(QStringLiteral("80.%1.1.1").arg(n)))
                         .kind,
                     StoreSession::Outcome::Kind::Stored);
        }
        session.close();

        // The worklist: one order today, one a month away (outside the window).
        const QDate today = QDate::currentDate();
        QList<QByteArray> entries;
        for (int i : {1, 2}) {
            test::WorklistEntry e;
            e.characterSet = QStringLiteral("\\ISO 2022 IR 87");
            e.patientName = QStringLiteral("TANAKA^ICHIRO=田中^一郎=たなか^いちろう");
            e.patientId = QStringLiteral("L200%1").arg(i);
            e.birthDate = QStringLiteral("19721111");
            e.sex = QStringLiteral("M");
            e.accessionNumber = QStringLiteral("ACC200%1").arg(i);
            e.studyUid = test::uid(QStringLiteral("81.%1").arg(i));
            e.procedure = QStringLiteral("胸部CT");
            e.scheduledDate = today.addDays(i == 1 ? 0 : 30).toString(QStringLiteral("yyyyMMdd"));
            entries << e.dump();
        }
        QVERIFY2(worklist_.start(QStringLiteral("WORKLIST"), entries),
                 qPrintable(worklist_.error()));
        DicomNode wl;
        wl.name = QStringLiteral("ris");
        wl.aeTitle = QStringLiteral("WORKLIST");
        wl.host = QStringLiteral("127.0.0.1");
        wl.port = worklist_.port();
        wl.roles = DicomNode::Worklist;

        // The local archive.
        archive_ = std::make_unique<LocalArchive>(f_.station());
        for (const Person& p : {Suzuki, Yamada}) {
            const QString path = tmp_.filePath(QStringLiteral("archive%1").arg(++n));
            QVERIFY(test::writeInstance(path, encodedSpec(p, QStringLiteral("ISO_IR 192"),
                                                          QStringLiteral("82.%1").arg(n))));
            DcmFileFormat ff;
            QVERIFY(ff.loadFile(QFile::encodeName(path).constData()).good());
            QVERIFY(archive_->store(ff, QStringLiteral("admin")));
        }

        options_.sources = {DicomNode::localArchive(), pacs, wl};
        options_.local = local;
        options_.worklistDays = 7;
        options_.archive = archive_.get();
    }

    void iso2022Ir87OnAnIsoImage() {
        const Person outside{QStringLiteral("OUT-A"), Yamada.name, Yamada.birthDate,
                             QStringLiteral("M")};
        const QString root = tmp_.filePath(QStringLiteral("mediumA"));
        QVERIFY(test::writeConformantMedium(
            root,
            {encodedSpec(outside, QStringLiteral("\\ISO 2022 IR 87"), QStringLiteral("90"))}));
        const QString iso = tmp_.filePath(QStringLiteral("a.iso"));
        QVERIFY(test::makeIso(root, iso, QStringLiteral("OUTSIDE_A")));

        const PatientReconciliation r = reconcileMedium(iso);
        QCOMPARE(r.outside.name, Yamada.name); // decoded from ISO 2022 IR 87
        QCOMPARE(r.outside.id, QStringLiteral("OUT-A"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char(' '))));
        // Taro first (PACS and archive), then Jiro: same birth date and family name only.
        QCOMPARE(r.candidates.size(), 3);
        QCOMPARE(r.candidates.at(0).patient.id, QStringLiteral("L1001"));
        QCOMPARE(r.candidates.at(1).patient.id, QStringLiteral("L1001"));
        QCOMPARE(r.candidates.at(2).patient.id, QStringLiteral("L1003"));
        QStringList sources{r.candidates.at(0).source, r.candidates.at(1).source};
        sources.sort();
        QCOMPARE(sources, QStringList({QStringLiteral("local"), QStringLiteral("pacs")}));
        const Candidate& taro = r.candidates.at(0);
        QCOMPARE(taro.patient.name, Yamada.name);
        QVERIFY(taro.match.matches.contains(QStringLiteral("same birth date")));
        QVERIFY(taro.match.matches.contains(QStringLiteral("name matches (kanji)")));
        QCOMPARE(taro.match.verdict, Verdict::Likely);
        QCOMPARE(taro.match.differences,
                 QStringList{QStringLiteral("Patient ID L1001 here, OUT-A on the medium")});
        const Candidate& jiro = r.candidates.at(2);
        QCOMPARE(jiro.kind, Candidate::Kind::Pacs);
        QVERIFY(jiro.match.score < taro.match.score);
        QVERIFY(jiro.match.differences.contains(
            QStringLiteral("given name differs: 次郎 here, 太郎 on the medium")));
        QCOMPARE(jiro.match.verdict, Verdict::Possible);
    }

    void halfWidthKatakanaInIso2022Ir13OnAZip() {
        const Person outside{QStringLiteral("OUT-B"), QStringLiteral("ﾀﾅｶ^ｲﾁﾛｳ=田中^一郎"),
                             QStringLiteral("19721111"), QStringLiteral("M")};
        const QString root = tmp_.filePath(QStringLiteral("mediumB"));
        QVERIFY(test::writeConformantMedium(
            root, {encodedSpec(outside, QStringLiteral("ISO 2022 IR 13\\ISO 2022 IR 87"),
                               QStringLiteral("91"))}));
        const QString zip = tmp_.filePath(QStringLiteral("b.zip"));
        QVERIFY(test::makeZip(root, zip));

        const PatientReconciliation r = reconcileMedium(zip);
        QCOMPARE(r.outside.name, outside.name);
        // Only the order inside the window, from the worklist, with its accession number.
        QCOMPARE(ids(r), QStringList{QStringLiteral("L2001")});
        const Candidate& c = r.candidates.constFirst();
        QCOMPARE(c.kind, Candidate::Kind::Worklist);
        QCOMPARE(c.source, QStringLiteral("ris"));
        QCOMPARE(c.accessionNumber, QStringLiteral("ACC2001"));
        QCOMPARE(c.procedure, QStringLiteral("胸部CT"));
        QCOMPARE(c.patient.name, QStringLiteral("TANAKA^ICHIRO=田中^一郎=たなか^いちろう"));
        // Kanji against kanji: the strongest form both have.
        QVERIFY2(c.match.matches.contains(QStringLiteral("name matches (kanji)")),
                 qPrintable(c.match.matches.join(QLatin1String("; "))));
    }

    void utf8WithHalfWidthKatakanaInAFolder() {
        const Person outside{QStringLiteral("OUT-C"), QStringLiteral("ｽｽﾞｷ^ｹｲ=鈴木^圭"),
                             Suzuki.birthDate, QStringLiteral("F")};
        const QString root = tmp_.filePath(QStringLiteral("mediumC"));
        QVERIFY(test::writeConformantMedium(
            root, {encodedSpec(outside, QStringLiteral("ISO_IR 192"), QStringLiteral("92"))}));
        const PatientReconciliation r = reconcileMedium(root);
        QCOMPARE(r.outside.name, outside.name);
        QCOMPARE(ids(r), QStringList{QStringLiteral("L3001")});
        QCOMPARE(r.candidates.constFirst().kind, Candidate::Kind::Archive);
        QCOMPARE(r.candidates.constFirst().match.score, 91); // likely: 70 + 30% of 35 + 30 + 5
        QCOMPARE(r.candidates.constFirst().match.verdict, Verdict::Likely);
    }

    void pydicomsRealWorldJapaneseFile() {
        // ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう in ISO 2022 IR 13 + IR 87, no birth date: only names
        // can match; the PACS and the archive are asked by the name in each script.
        const QString root = tmp_.filePath(QStringLiteral("mediumD"));
        QDir().mkpath(root);
        QVERIFY(QFile::copy(test::pydicomCharsetFile(QStringLiteral("chrH32.dcm")),
                            root + QStringLiteral("/IMG1")));
        const PatientReconciliation r = reconcileMedium(root);
        QCOMPARE(r.outside.name, QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char(' '))));
        QStringList sources;
        for (const Candidate& c : r.candidates) {
            if (c.patient.id == QLatin1String("L1001")) {
                sources << c.source;
                QVERIFY(c.match.matches.contains(QStringLiteral("name matches (kanji)")));
                QCOMPARE(c.match.verdict, Verdict::Possible); // no birth date to confirm it
            }
        }
        sources.sort();
        QCOMPARE(sources, (QStringList{QStringLiteral("local"), QStringLiteral("pacs")}));
        QCOMPARE(r.candidates.constFirst().patient.id, QStringLiteral("L1001"));
    }

    void nothingMatchesNothingIsInvented() {
        const Person outside{QStringLiteral("OUT-E"), QStringLiteral("NOBODY^HERE"),
                             QStringLiteral("20010101"), QStringLiteral("O")};
        const QString root = tmp_.filePath(QStringLiteral("mediumE"));
        QVERIFY(test::writeConformantMedium(
            root, {encodedSpec(outside, QStringLiteral("ISO_IR 192"), QStringLiteral("93"))}));
        const PatientReconciliation r = reconcileMedium(root);
        QVERIFY(r.candidates.isEmpty());
        QVERIFY(r.problems.isEmpty());
    }

    void looksUpLocalIds() {
        const PatientReconciler reconciler(options_);
        QStringList problems;
        QVector<KnownPatient> known =
            reconciler.lookup(QStringLiteral("L1001"), QString(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(known.size(), 2); // the archive and the PACS
        for (const KnownPatient& k : known)
            QCOMPARE(k.patient.name, Yamada.name);

        known = reconciler.lookup(QStringLiteral("L2002"), QString());
        QCOMPARE(known.size(), 1); // by ID the worklist answers whatever the date
        QCOMPARE(known.constFirst().accessionNumber, QStringLiteral("ACC2002"));
        QCOMPARE(known.constFirst().patient.name,
                 QStringLiteral("TANAKA^ICHIRO=田中^一郎=たなか^いちろう"));

        QVERIFY(reconciler.lookup(QStringLiteral("L9999"), QString()).isEmpty());
    }

    // A PACS without the Patient Root models (dcmqrscp --no-patient-root) is asked at study
    // level, and its answers are candidates like any other.
    void aPacsWithoutPatientRootIsAskedAtStudyLevel() {
        QStringList files;
        int n = 0;
        for (const Person& p : {Yamada, Sato}) {
            files << tmp_.filePath(QStringLiteral("qr%1").arg(++n));
            QVERIFY(test::writeInstance(
                files.constLast(),
                encodedSpec(p, QStringLiteral("ISO_IR 192"), QStringLiteral("83.%1").arg(n))));
        }
        test::QrScpServer qr;
        QVERIFY2(qr.start(QStringLiteral("STUDYONLY"), files, false), qPrintable(qr.error()));
        DicomNode node;
        node.name = QStringLiteral("studyonly");
        node.aeTitle = QStringLiteral("STUDYONLY");
        node.host = QStringLiteral("127.0.0.1");
        node.port = qr.port();
        node.roles = DicomNode::Find;
        PatientReconciler::Options options = options_;
        options.sources = {node};
        const PatientReconciliation r = PatientReconciler(options).reconcile(PatientDemographics{
            QStringLiteral("OUT-Q"), QString(), Yamada.name, Yamada.birthDate, Yamada.sex});
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(ids(r), QStringList{Yamada.id});
        const Candidate* c = candidate(r, Yamada.id);
        QCOMPARE(c->source, QStringLiteral("studyonly"));
        QCOMPARE(c->patient.name, Yamada.name);
        QCOMPARE(c->patient.birthDate, Yamada.birthDate);
        // The local ID looked up the same way.
        QCOMPARE(PatientReconciler(options).lookup(Sato.id, QString()).size(), 1);
    }

    // A scheduling window with more orders than are read is asked again by the name, in the
    // worklist's own character set (ISO 2022 IR 87 here): a medium with kanji and kana only and
    // no birth date still finds its order. wlmscpfs refuses kanji and kana as matching keys; the
    // romanised kana (TAKAHASHI*) finds it.
    void aFullWorklistIsAskedByName() {
        const QDate today = QDate::currentDate();
        QList<QByteArray> entries;
        // JIS X 0208 has no 髙: the RIS holds 高.
        const QStringList names{QStringLiteral("NAKAMURA^YOKO=中村^陽子=なかむら^ようこ"),
                                QStringLiteral("TAKAHASHI^KENJI=高橋^健二=たかはし^けんじ"),
                                QStringLiteral("ITO^JUN=伊藤^純=いとう^じゅん")};
        for (int i = 0; i < names.size(); ++i) {
            test::WorklistEntry e;
            e.characterSet = QStringLiteral("\\ISO 2022 IR 87");
            e.patientName = names.at(i);
            e.patientId = QStringLiteral("W%1").arg(i);
            e.birthDate = QStringLiteral("1970051%1").arg(i);
            e.sex = QStringLiteral("M");
            e.accessionNumber = QStringLiteral("ACCW%1").arg(i);
            e.studyUid = test::uid(QStringLiteral("84.%1").arg(i));
            e.scheduledDate = today.toString(QStringLiteral("yyyyMMdd"));
            entries << e.dump();
        }
        test::WorklistServer busy;
        QVERIFY2(busy.start(QStringLiteral("BUSYRIS"), entries), qPrintable(busy.error()));
        DicomNode wl;
        wl.name = QStringLiteral("busy-ris");
        wl.aeTitle = QStringLiteral("BUSYRIS");
        wl.host = QStringLiteral("127.0.0.1");
        wl.port = busy.port();
        wl.roles = DicomNode::Worklist;
        wl.characterSet = QStringLiteral("\\ISO 2022 IR 87");
        PatientReconciler::Options options = options_;
        options.sources = {wl};
        options.worklistMaxAnswers = 1; // the window alone would show one order of three
        const PatientReconciliation r = PatientReconciler(options).reconcile(PatientDemographics{
            QStringLiteral("OUT-W"), QString(), QStringLiteral("=髙橋^健二=タカハシ^ケンジ"),
            QString(), QStringLiteral("M")});
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char(' '))));
        QVERIFY(!r.candidates.isEmpty());
        const Candidate& c = r.candidates.constFirst();
        QCOMPARE(c.patient.id, QStringLiteral("W1"));
        QCOMPARE(c.accessionNumber, QStringLiteral("ACCW1"));
        QVERIFY2(c.match.matches.contains(QStringLiteral("name matches (kanji via variant 髙→高)")),
                 qPrintable(c.match.matches.join(QLatin1String("; "))));
        QCOMPARE(c.match.verdict, Verdict::Possible); // no birth date on the medium
    }

    void unreachableSourcesAreReportedNotHidden() {
        PatientReconciler::Options options = options_;
        DicomNode gone;
        gone.name = QStringLiteral("gone");
        gone.aeTitle = QStringLiteral("GONE");
        gone.host = QStringLiteral("127.0.0.1");
        gone.port = test::freePort();
        gone.roles = DicomNode::Find;
        options.sources = {gone};
        QStringList problems;
        QVERIFY(PatientReconciler(options)
                    .lookup(QStringLiteral("L1001"), QString(), &problems)
                    .isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(QStringLiteral("gone")));
        const PatientReconciliation r = PatientReconciler(options).reconcile(PatientDemographics{
            QStringLiteral("OUT-F"), QString(), Yamada.name, Yamada.birthDate, Yamada.sex});
        QCOMPARE(r.failedSources, QStringList{QStringLiteral("gone")});
        QCOMPARE(r.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(ReconcileTest)
#include "tst_reconcile.moc"

// The adversarial identity set (issue 10): outside patients built to fool reconciliation (twins,
// the same name with another birth date, variant kanji 髙/高 渡辺/渡邊 斎藤/齋藤, homophones
// 渡辺^晃 / 渡邊^明, half-width kana, Patient IDs that collide with and without issuer, kana-only
// names, no birth date, romaji variants), asked of three real sources holding the same local
// patients: Orthanc answering C-FIND in UTF-8, Orthanc answering in ISO 2022 IR 87
// (DefaultEncoding JapaneseKanji), and the local archive. On every source every true match must
// rank first and every impostor must fall below "likely". The log gives the numbers.
#include "DicomServers.h"
#include "StationFixture.h"
#include "TestSupport.h"
#include "archive/LocalArchive.h"
#include "dicom/SpecificCharacterSet.h"
#include "network/StoreSession.h"
#include "reconcile/KanjiVariants.h"
#include "reconcile/PatientReconciler.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace pdi;

namespace {

const QString OwnInstitution = QStringLiteral("PDI GENERAL HOSPITAL");
const QString OtherClinic = QStringLiteral("OTHER CLINIC");

// The local patients, as the PACS and the archive hold them.
const QVector<PatientDemographics> Locals{
    {QStringLiteral("L01"),
     {},
     QStringLiteral("TAKAHASHI^KENJI=髙橋^健二=たかはし^けんじ"),
     QStringLiteral("19700512"),
     QStringLiteral("M")},
    {QStringLiteral("L02"),
     {},
     QStringLiteral("TAKAHASHI^KEN=高橋^健=たかはし^けん"),
     QStringLiteral("19700512"),
     QStringLiteral("M")},
    {QStringLiteral("L03"),
     {},
     QStringLiteral("WATANABE^AKIRA=渡邊^明=わたなべ^あきら"),
     QStringLiteral("19820304"),
     QStringLiteral("M")},
    {QStringLiteral("L04"),
     {},
     QStringLiteral("WATANABE^AKIRA=渡辺^晃=わたなべ^あきら"),
     QStringLiteral("19820304"),
     QStringLiteral("M")},
    {QStringLiteral("L05"),
     {},
     QStringLiteral("SAITO^KEIKO=齋藤^恵子=さいとう^けいこ"),
     QStringLiteral("19550101"),
     QStringLiteral("F")},
    {QStringLiteral("L06"),
     {},
     QStringLiteral("SAITO^EMI=齋藤^恵美=さいとう^えみ"),
     QStringLiteral("19550101"),
     QStringLiteral("F")},
    {QStringLiteral("L07"),
     {},
     QStringLiteral("SATO^YUTO=佐藤^優斗=さとう^ゆうと"),
     QStringLiteral("20100707"),
     QStringLiteral("M")},
    {QStringLiteral("L08"),
     {},
     QStringLiteral("SATO^YUMA=佐藤^悠真=さとう^ゆうま"),
     QStringLiteral("20100707"),
     QStringLiteral("M")},
    {QStringLiteral("L09"),
     {},
     QStringLiteral("TANAKA^ICHIRO=田中^一郎=たなか^いちろう"),
     QStringLiteral("19600101"),
     QStringLiteral("M")},
    {QStringLiteral("L10"),
     {},
     QStringLiteral("TANAKA^ICHIRO=田中^一郎=たなか^いちろう"),
     QStringLiteral("19751120"),
     QStringLiteral("M")},
    {QStringLiteral("L11"),
     {},
     QStringLiteral("YAMAMOTO^HANAKO=山本^花子=やまもと^はなこ"),
     QStringLiteral("19880808"),
     QStringLiteral("F")},
    {QStringLiteral("L12"),
     {},
     QStringLiteral("YAMAMOTO^HANA=山本^花=やまもと^はな"),
     QStringLiteral("19880808"),
     QStringLiteral("F")},
    {QStringLiteral("10001"),
     {},
     QStringLiteral("NAKAMURA^YOKO=中村^陽子=なかむら^ようこ"),
     QStringLiteral("19900101"),
     QStringLiteral("F")},
    {QStringLiteral("L14"),
     {},
     QStringLiteral("SUZUKI^ICHIRO=鈴木^一郎=すずき^いちろう"),
     QStringLiteral("19491212"),
     QStringLiteral("M")},
    {QStringLiteral("20002"),
     {},
     QStringLiteral("ITO^JUN=伊藤^純=いとう^じゅん"),
     QStringLiteral("19991010"),
     QStringLiteral("F")},
    {QStringLiteral("L16"),
     {},
     QStringLiteral("KOBAYASHI^MAI=小林^舞=こばやし^まい"),
     QStringLiteral("19991010"),
     QStringLiteral("F")},
    {QStringLiteral("H300"), OwnInstitution, QStringLiteral("MORI^NAOKI=森^直樹=もり^なおき"),
     QStringLiteral("19770707"), QStringLiteral("M")},
    {QStringLiteral("L26"),
     {},
     QStringLiteral("MORI^NAOKI=森^直樹=もり^なおき"),
     QStringLiteral("19801212"),
     QStringLiteral("M")},
    {QStringLiteral("L17"),
     {},
     QStringLiteral("MURAKAMI^HARUKI=村上^春樹=むらかみ^はるき"),
     QStringLiteral("19490112"),
     QStringLiteral("M")},
    {QStringLiteral("L18"),
     {},
     QStringLiteral("KIMURA^TAKESHI=木村^武=きむら^たけし"),
     QStringLiteral("19650303"),
     QStringLiteral("M")},
    {QStringLiteral("L19"),
     {},
     QStringLiteral("KIMURA^TAKASHI=木村^隆=きむら^たかし"),
     QStringLiteral("19650303"),
     QStringLiteral("M")},
    {QStringLiteral("L20"),
     {},
     QStringLiteral("ONO^MAKOTO=大野^誠=おおの^まこと"),
     QStringLiteral("19800202"),
     QStringLiteral("M")},
    {QStringLiteral("L21"),
     {},
     QStringLiteral("ONO^MAKOTO=小野^誠=おの^まこと"),
     QStringLiteral("19810303"),
     QStringLiteral("M")},
    {QStringLiteral("L22"),
     {},
     QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ"),
     QStringLiteral("19930303"),
     QStringLiteral("F")},
    {QStringLiteral("L23"),
     {},
     QStringLiteral("SATO^HANA=佐藤^花=さとう^はな"),
     QStringLiteral("19930303"),
     QStringLiteral("F")},
    {QStringLiteral("L24"),
     {},
     QStringLiteral("FUJITA^SHOHEI=藤田^翔平=ふじた^しょうへい"),
     QStringLiteral("19840404"),
     QStringLiteral("M")},
    {QStringLiteral("L25"),
     {},
     QStringLiteral("FUJITA^SHOTA=藤田^翔太=ふじた^しょうた"),
     QStringLiteral("19840404"),
     QStringLiteral("M")},
};

struct Case {
    const char* what;
    PatientDemographics outside;
    QString institution; // on the medium
    QString truth;       // the local ID of the same person; empty: nobody here
};

const QVector<Case> Cases{
    {"variant 高 on the medium, 髙 here",
     {QStringLiteral("C-0001"),
      {},
      QStringLiteral("=高橋^健二"),
      QStringLiteral("19700512"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L01")},
    {"variant 高, no birth date",
     {QStringLiteral("C-0002"), {}, QStringLiteral("=高橋^健二"), {}, QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L01")},
    {"variant 渡辺 / 渡邊, homophone beside",
     {QStringLiteral("C-0003"),
      {},
      QStringLiteral("WATANABE^AKIRA=渡辺^明=わたなべ^あきら"),
      QStringLiteral("19820304"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L03")},
    {"homophone 渡辺^晃 / 渡邊^明",
     {QStringLiteral("C-0004"),
      {},
      QStringLiteral("WATANABE^AKIRA=渡辺^晃=わたなべ^あきら"),
      QStringLiteral("19820304"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L04")},
    {"variant 斎藤 / 齋藤, romaji SAITOU",
     {QStringLiteral("C-0005"),
      {},
      QStringLiteral("SAITOU^KEIKO=斎藤^恵子"),
      QStringLiteral("19550101"),
      QStringLiteral("F")},
     OtherClinic,
     QStringLiteral("L05")},
    {"twins",
     {QStringLiteral("C-0006"),
      {},
      QStringLiteral("SATOH^YUTO=佐藤^優斗=サトウ^ユウト"),
      QStringLiteral("20100707"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L07")},
    {"same name, other birth date",
     {QStringLiteral("C-0007"),
      {},
      QStringLiteral("TANAKA^ICHIRO=田中^一郎=たなか^いちろう"),
      QStringLiteral("19751120"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L10")},
    {"half-width kana only",
     {QStringLiteral("C-0008"),
      {},
      QStringLiteral("ﾔﾏﾓﾄ^ﾊﾅｺ"),
      QStringLiteral("19880808"),
      QStringLiteral("F")},
     OtherClinic,
     QStringLiteral("L11")},
    {"ID collides, no issuer",
     {QStringLiteral("10001"),
      {},
      QStringLiteral("SUZUKI^ICHIRO=鈴木^一郎=すずき^いちろう"),
      QStringLiteral("19491212"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L14")},
    {"ID collides, other issuer, same birth date",
     {QStringLiteral("20002"), QStringLiteral("CLINIC-B"), QStringLiteral("KOBAYASHI^MAI=小林^舞"),
      QStringLiteral("19991010"), QStringLiteral("F")},
     OtherClinic,
     QStringLiteral("L16")},
    {"ID collides, nobody here",
     {QStringLiteral("20002"),
      {},
      QStringLiteral("=森^舞"),
      QStringLiteral("19991010"),
      QStringLiteral("F")},
     OtherClinic,
     {}},
    {"ID from the same issuer",
     {QStringLiteral("H300"), OwnInstitution, QStringLiteral("MORI^NAOKI=森^直樹"),
      QStringLiteral("19770707"), QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("H300")},
    {"own medium, no issuer, no birth date",
     {QStringLiteral("L17"), {}, QStringLiteral("=村上^春樹"), {}, {}},
     OwnInstitution,
     QStringLiteral("L17")},
    {"kana only, no birth date",
     {QStringLiteral("C-0014"), {}, QStringLiteral("=^=キムラ^タケシ"), {}, {}},
     OtherClinic,
     QStringLiteral("L18")},
    {"OHNO without birth date, 小野 beside",
     {QStringLiteral("C-0015"), {}, QStringLiteral("OHNO^MAKOTO=大野^誠"), {}, QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L20")},
    {"Kunrei romaji only",
     {QStringLiteral("C-0016"),
      {},
      QStringLiteral("HUZITA^SYOUHEI"),
      QStringLiteral("19840404"),
      QStringLiteral("M")},
     OtherClinic,
     QStringLiteral("L24")},
    {"long vowel SATOU",
     {QStringLiteral("C-0017"),
      {},
      QStringLiteral("SATOU^HANAKO"),
      QStringLiteral("19930303"),
      QStringLiteral("F")},
     OtherClinic,
     QStringLiteral("L22")},
    {"kanji and kana, no alphabetic group, no birth date",
     {QStringLiteral("C-0018"),
      {},
      QStringLiteral("=斎藤^恵子=サイトウ^ケイコ"),
      {},
      QStringLiteral("F")},
     OtherClinic,
     QStringLiteral("L05")},
};

// The name as a system writing JIS X 0208 stores it: a kanji it cannot write replaced by a
// variant it can (髙 -> 高), as such systems do.
QString jisWritable(const QString& name) {
    const SpecificCharacterSet jis(QStringLiteral("\\ISO 2022 IR 87"));
    QString out;
    for (uint c : name.toUcs4()) {
        QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        QString missing;
        jis.encode(ch, &missing);
        if (!missing.isEmpty()) {
            for (char32_t v : KanjiVariants::variantsOf(c)) {
                const QString alt = QString::fromUcs4(&v, 1);
                missing.clear();
                jis.encode(alt, &missing);
                if (missing.isEmpty()) {
                    ch = alt;
                    break;
                }
            }
        }
        out += ch;
    }
    return out;
}

test::InstanceSpec specOf(const PatientDemographics& p, const QString& uidRoot, int n) {
    test::InstanceSpec s;
    s.patientId = p.id;
    s.issuer = p.issuer;
    s.patientName = p.name;
    s.birthDate = p.birthDate;
    s.sex = p.sex;
    s.institution = OwnInstitution;
    s.studyUid = test::uid(QStringLiteral("%1.%2").arg(uidRoot).arg(n));
    s.seriesUid = test::uid(QStringLiteral("%1.%2.1").arg(uidRoot).arg(n));
    s.sopInstanceUid = test::uid(QStringLiteral("%1.%2.1.1").arg(uidRoot).arg(n));
    return s;
}

struct Tally {
    int cases = 0;
    int truths = 0;
    int truthFirst = 0;
    int highestImpostor = -1;
    int lowestTruth = 101;
    int impostorsLikely = 0;
    QStringList failures;
};

} // namespace

class AdversarialTest : public QObject {
    Q_OBJECT

    test::StationFixture f_;
    QTemporaryDir tmp_;
    LocalAe local_;
    Tally all_;

    bool fill(const DicomNode& pacs, bool jis, const QString& uidRoot) {
        StoreSession session(pacs, local_);
        int n = 0;
        for (PatientDemographics p : Locals) {
            if (jis)
                p.name = jisWritable(p.name);
            const QString path = tmp_.filePath(QStringLiteral("%1-%2").arg(uidRoot).arg(++n));
            if (!test::writeInstance(path, specOf(p, uidRoot, n)))
                return false;
            DcmFileFormat ff;
            if (ff.loadFile(QFile::encodeName(path).constData()).bad())
                return false;
            if (session
                    .send(*ff.getDataset(), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"),
                          specOf(p, uidRoot, n).sopInstanceUid)
                    .kind != StoreSession::Outcome::Kind::Stored)
                return false;
        }
        session.close();
        return true;
    }

    void run(const QString& label, PatientReconciler::Options options, Tally& t) {
        options.ownAuthorities = {OwnInstitution};
        const PatientReconciler reconciler(options);
        for (const Case& c : Cases) {
            const PatientReconciliation r = reconciler.reconcile(c.outside, {c.institution});
            ++t.cases;
            QStringList shown;
            for (const Candidate& k : r.candidates)
                shown << QStringLiteral("%1 %2 %3")
                             .arg(k.patient.id)
                             .arg(k.match.score)
                             .arg(CandidateMatch::verdictName(k.match.verdict));
            const QString where =
                QStringLiteral("%1 / %2: %3 [%4] %5")
                    .arg(label, QString::fromUtf8(c.what), shown.join(QLatin1String(", ")),
                         r.problems.join(QLatin1Char(' ')),
                         r.candidates.isEmpty()
                             ? QString()
                             : r.candidates.first().match.differences.join(QLatin1String("; ")));
            qInfo("%s", qPrintable(where));
            if (!r.problems.isEmpty())
                t.failures << where;
            if (!c.truth.isEmpty()) {
                ++t.truths;
                if (!r.candidates.isEmpty() && r.candidates.first().patient.id == c.truth) {
                    ++t.truthFirst;
                    t.lowestTruth = qMin(t.lowestTruth, r.candidates.first().match.score);
                } else {
                    t.failures << QStringLiteral("true match not first: ") + where;
                }
            }
            for (int i = 0; i < r.candidates.size(); ++i) {
                const Candidate& k = r.candidates.at(i);
                if (k.patient.id == c.truth)
                    continue;
                t.highestImpostor = qMax(t.highestImpostor, k.match.score);
                if (k.match.verdict == Verdict::Likely) {
                    ++t.impostorsLikely;
                    t.failures << QStringLiteral("impostor %1 judged likely: ").arg(k.patient.id) +
                                      where;
                }
            }
        }
    }

    void check(const QString& label, const PatientReconciler::Options& options) {
        Tally t;
        run(label, options, t);
        qInfo("%s: %d cases, %d/%d true matches ranked first, highest impostor score %d, lowest "
              "true-match score %d, impostors judged likely %d",
              qPrintable(label), t.cases, t.truthFirst, t.truths, t.highestImpostor, t.lowestTruth,
              t.impostorsLikely);
        all_.cases += t.cases;
        all_.truths += t.truths;
        all_.truthFirst += t.truthFirst;
        all_.highestImpostor = qMax(all_.highestImpostor, t.highestImpostor);
        all_.lowestTruth = qMin(all_.lowestTruth, t.lowestTruth);
        all_.impostorsLikely += t.impostorsLikely;
        QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(QLatin1Char('\n'))));
        QCOMPARE(t.truthFirst, t.truths);
        QVERIFY(t.highestImpostor < 70);
    }

    DicomNode node(const QString& name, int port, const QString& characterSet) const {
        DicomNode n;
        n.name = name;
        n.aeTitle = QStringLiteral("ORTHANC");
        n.host = QStringLiteral("127.0.0.1");
        n.port = port;
        n.roles = DicomNode::Store | DicomNode::Find;
        n.characterSet = characterSet;
        return n;
    }

    PatientReconciler::Options options(const DicomNode& source) const {
        PatientReconciler::Options o;
        o.sources = {source};
        o.local = local_;
        return o;
    }

    test::OrthancServer::Options orthancOptions(const QString& encoding) const {
        test::OrthancServer::Options o;
        o.defaultEncoding = encoding;
        o.modalities.insert(QStringLiteral("pdi"), {local_.aeTitle, QStringLiteral("127.0.0.1"),
                                                    QString::number(test::freePort())});
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        local_.aeTitle = QStringLiteral("PDISTATION");
    }

    void orthancAnsweringInUtf8() {
        test::OrthancServer pacs;
        QVERIFY2(pacs.start(orthancOptions(QStringLiteral("Utf8"))), qPrintable(pacs.error()));
        const DicomNode n =
            node(QStringLiteral("pacs-utf8"), pacs.dicomPort(), QStringLiteral("ISO_IR 192"));
        QVERIFY(fill(n, false, QStringLiteral("60")));
        check(QStringLiteral("Orthanc UTF-8"), options(n));
    }

    void orthancAnsweringInIso2022Ir87() {
        // Orthanc answers with the single value "ISO 2022 IR 87", which starts in ASCII (PS3.5
        // 6.1.2.5.3): its Patient IDs and names must read as the UTF-8 source reads them.
        QCOMPARE(SpecificCharacterSet(QStringLiteral("ISO 2022 IR 87")).decode("10000003"),
                 QStringLiteral("10000003"));
        test::OrthancServer pacs;
        QVERIFY2(pacs.start(orthancOptions(QStringLiteral("JapaneseKanji"))),
                 qPrintable(pacs.error()));
        const DicomNode n =
            node(QStringLiteral("pacs-jis"), pacs.dicomPort(), QStringLiteral("\\ISO 2022 IR 87"));
        QVERIFY(fill(n, true, QStringLiteral("61")));
        check(QStringLiteral("Orthanc ISO 2022 IR 87"), options(n));
    }

    void localArchive() {
        LocalArchive archive(f_.station());
        int n = 0;
        for (const PatientDemographics& p : Locals) {
            const QString path = tmp_.filePath(QStringLiteral("archive-%1").arg(++n));
            QVERIFY(test::writeInstance(path, specOf(p, QStringLiteral("62"), n)));
            DcmFileFormat ff;
            QVERIFY(ff.loadFile(QFile::encodeName(path).constData()).good());
            QVERIFY(archive.store(ff, QStringLiteral("admin")));
        }
        PatientReconciler::Options o = options(DicomNode::localArchive());
        o.archive = &archive;
        check(QStringLiteral("local archive"), o);
    }

    void cleanupTestCase() {
        qInfo("adversarial set, all sources: %d cases, %d/%d true matches ranked first, highest "
              "impostor score %d, lowest true-match score %d, impostors judged likely %d",
              all_.cases, all_.truthFirst, all_.truths, all_.highestImpostor, all_.lowestTruth,
              all_.impostorsLikely);
    }
};

QTEST_GUILESS_MAIN(AdversarialTest)
#include "tst_reconcile_adversarial.moc"

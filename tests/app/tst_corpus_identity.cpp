// Identity on real-world media (../shared/media-corpus, see its INDEX.md): `pdi check` and
// `pdi check --quick` show the patients the objects name, decoded as pydicom decodes them; a
// DICOMDIR that names someone else, lost its names' letters or lacks the character set its
// bytes need is reported, and a quick check falls back to the full one rather than show it.
// Skips with a message when the corpus is absent; tst_identity_media covers the same cases
// with media the tests generate.
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace pdi;

namespace {

struct Check {
    int exitCode = -1;
    QJsonObject json;
    QStringList codes() const {
        QStringList out;
        for (const QJsonValue& f : json.value(QLatin1String("findings")).toArray())
            out << f.toObject().value(QLatin1String("code")).toString();
        return out;
    }
    QStringList messages(const QString& code) const {
        QStringList out;
        for (const QJsonValue& v : json.value(QLatin1String("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("code")).toString() == code)
                out << f.value(QLatin1String("message")).toString();
        }
        return out;
    }
    // "id|name" of every patient shown.
    QSet<QString> patients() const {
        QSet<QString> out;
        for (const QJsonValue& v : json.value(QLatin1String("patients")).toArray()) {
            const QJsonObject p = v.toObject();
            out << p.value(QLatin1String("id")).toString() + QLatin1Char('|') +
                       p.value(QLatin1String("name")).toString();
        }
        return out;
    }
    bool quick() const {
        return json.value(QLatin1String("medium"))
            .toObject()
            .value(QLatin1String("quick"))
            .toBool();
    }
    QStringList fallback() const {
        QStringList out;
        for (const QJsonValue& v : json.value(QLatin1String("medium"))
                                       .toObject()
                                       .value(QLatin1String("quickFallback"))
                                       .toArray())
            out << v.toString();
        return out;
    }
};

Check check(const QString& medium, bool quick) {
    QStringList args{QStringLiteral("check"), medium, QStringLiteral("--json"),
                     QStringLiteral("-")};
    if (quick)
        args << QStringLiteral("--quick");
    const test::ProcessResult r = test::runPdi(args);
    Check c;
    c.exitCode = r.exitCode;
    c.json = QJsonDocument::fromJson(r.out).object();
    return c;
}

// "id|name" of every DICOM object under root as pydicom reads it (the DICOMDIR left out).
QSet<QString> pydicomPatients(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (it.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0 ||
            !f.open(QIODevice::ReadOnly))
            continue;
        if (f.read(132).mid(128) == "DICM")
            files << path;
    }
    QSet<QString> out;
    const QJsonObject py = test::pydicomIdentities(files);
    for (auto i = py.begin(); i != py.end(); ++i) {
        const QJsonObject p = i.value().toObject();
        out << p.value(QLatin1String("id")).toString() + QLatin1Char('|') +
                   p.value(QLatin1String("name")).toString();
    }
    return out;
}

} // namespace

class TestCorpusIdentity : public QObject {
    Q_OBJECT

    QString corpus_;

    QString medium(const QString& relative) {
        const QString path = test::mediaCorpusCase(relative);
        if (path.isEmpty())
            qWarning("%s is not in the media corpus", qPrintable(relative));
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        corpus_ = test::mediaCorpus();
        if (corpus_.isEmpty())
            QSKIP("The media corpus (../shared/media-corpus next to the source tree, or "
                  "PDI_MEDIA_CORPUS) is absent; these real-world cases are not checked.");
    }

    // Patient attributes stored with VR UN: the ID and name as pydicom reads them, no false
    // header/data finding.
    void unVrIdentity() {
        const QString m = medium(QStringLiteral("regression/un-vr-identity"));
        QVERIFY(!m.isEmpty());
        for (bool quick : {false, true}) {
            const Check c = check(m, quick);
            QCOMPARE(c.patients(), QSet<QString>{QStringLiteral("id11111|Lastname^Firstname")});
            QCOMPARE(c.patients(), pydicomPatients(m));
            QVERIFY(!c.codes().contains(QStringLiteral("PDI-F005")));
        }
    }

    // A DICOMDIR naming SMITH^JOHN over another person's images.
    void dicomdirNameMismatch() {
        const QString m = medium(QStringLiteral("regression/dicomdir-name-mismatch"));
        QVERIFY(!m.isEmpty());
        const QSet<QString> objects = pydicomPatients(m);
        QCOMPARE(objects.size(), 1);
        const Check full = check(m, false);
        QCOMPARE(full.exitCode, 1);
        QCOMPARE(full.patients(), objects);
        const QStringList d016 = full.messages(QStringLiteral("PDI-D016"));
        QVERIFY2(!d016.isEmpty(), qPrintable(full.codes().join(QLatin1Char(' '))));
        QVERIFY(d016.join(QLatin1Char(' ')).contains(QLatin1String("SMITH^JOHN")));
        QVERIFY(d016.join(QLatin1Char(' ')).contains(QStringLiteral("ﾌﾙﾊｼ^ﾀｲﾁ")));

        const Check quick = check(m, true);
        QCOMPARE(quick.exitCode, 1);
        QVERIFY(!quick.quick());
        QVERIFY(!quick.fallback().isEmpty());
        QCOMPARE(quick.patients(), objects);
        QVERIFY(quick.codes().contains(QStringLiteral("PDI-D016")));
    }

    // Orthanc 1.10's media download: letters stripped from the DICOMDIR's names and the invalid
    // character set value "ISO 2022 IR 13ISO 2022 IR 87".
    void orthancCharsets() {
        const QString m = medium(QStringLiteral("regression/orthanc-1.10-charsets-media.zip"));
        QVERIFY(!m.isEmpty());
        for (bool quick : {false, true}) {
            const Check c = check(m, quick);
            QCOMPARE(c.patients().size(), 11);
            QVERIFY(c.patients().contains(
                QStringLiteral("H32EXAMPLE|ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう")));
            QVERIFY(c.patients().contains(QStringLiteral("SCSFREN|Buc^Jérôme")));
            QVERIFY(c.patients().contains(QStringLiteral("X1EXAMPLE|Wang^XiaoDong=王^小東")));
            const QStringList d017 = c.messages(QStringLiteral("PDI-D017"));
            QVERIFY(d017.join(QLatin1Char(' '))
                        .contains(QLatin1String("ISO 2022 IR 13ISO 2022 IR 87")));
            QVERIFY(c.codes().contains(QStringLiteral("PDI-D016")));
            QVERIFY(!c.quick());
        }
    }

    // Records with non-ASCII names but no Specific Character Set: reported, and the quick check
    // shows the objects' names, not mojibake.
    void gdcmgendirNoCharset() {
        const QString m = medium(QStringLiteral("regression/gdcmgendir-no-charset"));
        QVERIFY(!m.isEmpty());
        const QSet<QString> objects = pydicomPatients(m);
        for (bool quick : {false, true}) {
            const Check c = check(m, quick);
            QCOMPARE(c.patients(), objects);
            QVERIFY(c.codes().contains(QStringLiteral("PDI-D017")));
            QVERIFY(!c.quick());
        }
    }

    // pydicom's dicomdirtests variants: no PATIENT level, a DICOMDIR listing nothing, records
    // without offsets. The quick check neither merges nor hides patients.
    void pydicomDicomdirVariants_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("reliable");
        QTest::newRow("dd-nopatient") << "regression/dd-nopatient" << false;
        QTest::newRow("dd-empty") << "regression/dd-empty" << false;
        // Only offsets of 0 were left out: the links still describe the hierarchy.
        QTest::newRow("dd-nooffset") << "regression/dd-nooffset" << true;
    }
    void pydicomDicomdirVariants() {
        QFETCH(QString, name);
        QFETCH(bool, reliable);
        const QString m = medium(name);
        QVERIFY(!m.isEmpty());
        const Check full = check(m, false);
        const Check quick = check(m, true);
        QCOMPARE(full.patients().size(), 2);
        QCOMPARE(full.patients(), pydicomPatients(m));
        QCOMPARE(quick.patients(), full.patients());
        QCOMPARE(quick.quick(), reliable);
        QCOMPARE(quick.fallback().isEmpty(), reliable);
    }

    // DICOMDIRs of two Japanese discs without their images: every reference is missing, so the
    // quick check falls back, and the names are decoded (as pydicom decodes the records).
    void japaneseDicomdirOnly_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("evlite") << "regression/jp-evlite-dicomdir-only";
        QTest::newRow("pdsv") << "regression/jp-pdsv-dicomdir-only";
    }
    void japaneseDicomdirOnly() {
        QFETCH(QString, name);
        const QString m = medium(name);
        QVERIFY(!m.isEmpty());
        const Check quick = check(m, true);
        QVERIFY(!quick.quick());
        QVERIFY(!quick.fallback().isEmpty());
        QVERIFY(quick.codes().contains(QStringLiteral("PDI-D006")));
        QVERIFY(!quick.codes().contains(QStringLiteral("PDI-D017")));
    }

    // The real Japanese disc: the same patient in both checks, as pydicom reads it, and a quick
    // check that needed no fallback.
    void wakasa() {
        const QString m = medium(QStringLiteral("jp-mri-wakasa"));
        QVERIFY(!m.isEmpty());
        const QSet<QString> objects = pydicomPatients(m);
        QCOMPARE(objects.size(), 1);
        const Check full = check(m, false);
        const Check quick = check(m, true);
        QCOMPARE(full.patients(), objects);
        QCOMPARE(quick.patients(), objects);
        QVERIFY(quick.quick());
        QVERIFY(quick.fallback().isEmpty());
        for (const Check& c : {full, quick}) {
            QVERIFY(c.codes().contains(QStringLiteral("PDI-S001")));
            QVERIFY(c.codes().contains(QStringLiteral("PDI-S002")));
            QVERIFY(!c.codes().contains(QStringLiteral("PDI-D016")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpusIdentity)
#include "tst_corpus_identity.moc"

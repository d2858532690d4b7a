// Filing an outside object under the local patient: values in, originals kept as PS3.3 asks,
// text in the destination's character set (checked against pydicom), refusals change nothing.
#include "TestSupport.h"

#include "coerce/PatientCoercion.h"
#include "dicom/SpecificCharacterSet.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

using namespace pdi;

namespace {

QString str(DcmItem& item, const DcmTagKey& tag) {
    OFString v;
    item.findAndGetOFStringArray(tag, v, OFFalse);
    return QString::fromLatin1(v.c_str(), int(v.length()));
}

QByteArray serialize(DcmDataset& ds) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x"));
    DcmFileFormat ff(&ds);
    ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

CoercionContext context(const QString& charset) {
    CoercionContext c;
    c.modifyingSystem = QStringLiteral("PDI Station 0.1.0 RAD-01");
    c.sourceOfPreviousValues = QStringLiteral("OUTSIDE CLINIC");
    c.institutionName = QStringLiteral("PDI General Hospital");
    c.stationName = QStringLiteral("RAD-01");
    c.softwareVersion = QStringLiteral("0.1.0");
    c.when = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
    c.characterSet = charset;
    return c;
}

LocalIdentity sato() {
    return {QStringLiteral("L0001234"),
            QStringLiteral("PDIGH"),
            QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ"),
            QStringLiteral("19800101"),
            QStringLiteral("F"),
            QString()};
}

} // namespace

class TestCoercion : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    bool load(DcmFileFormat& ff, const test::InstanceSpec& spec) {
        const QString path = tmp_.filePath(QStringLiteral("in%1").arg(qrand_++));
        return test::writeInstance(path, spec) &&
               ff.loadFile(QFile::encodeName(path).constData()).good();
    }
    int qrand_ = 0;

private Q_SLOTS:
    // Patient attributes stored as UN (pydicom's rtdose_rle_1frame.dcm) are text: the changes
    // the job and the audit trail record, and the values kept in the object, are never hex.
    void unVrIdentityIsText() {
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(
                      QFile::encodeName(test::pydicomFile(QStringLiteral("rtdose_rle_1frame.dcm")))
                          .constData())
                    .good());
        DcmDataset& ds = *ff.getDataset();
        DcmElement* id = nullptr;
        QVERIFY(ds.findAndGetElement(DCM_PatientID, id).good());
        QCOMPARE(id->ident(), EVR_UN);
        const PatientCoercion::Result r =
            PatientCoercion::apply(ds, sato(), context(QStringLiteral("ISO_IR 192")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QHash<QString, QString> before;
        for (const auto& c : r.changes)
            before.insert(c.attribute, c.before);
        QCOMPARE(before.value(QStringLiteral("PatientID")), QStringLiteral("id11111"));
        QCOMPARE(before.value(QStringLiteral("PatientName")), QStringLiteral("Lastname^Firstname"));
        QCOMPARE(before.value(QStringLiteral("PatientSex")), QStringLiteral("O"));
        DcmItem* other = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_OtherPatientIDsSequence, other, 0).good());
        QCOMPARE(str(*other, DCM_PatientID), QStringLiteral("id11111"));
        QCOMPARE(str(ds, DCM_PatientID), QStringLiteral("L0001234"));
        QCOMPARE(QString::fromUtf8(str(ds, DCM_PatientName).toLatin1()), sato().name);
    }

    void coercesAndKeepsOriginals() {
        test::InstanceSpec spec;
        spec.patientId = QStringLiteral("OUT-998");
        spec.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        DcmFileFormat ff;
        QVERIFY(load(ff, spec));
        DcmDataset& ds = *ff.getDataset();
        const PatientCoercion::Result r =
            PatientCoercion::apply(ds, sato(), context(QStringLiteral("\\ISO 2022 IR 87")));
        QVERIFY2(r.ok, qPrintable(r.error));

        QCOMPARE(str(ds, DCM_SpecificCharacterSet), QStringLiteral("\\ISO 2022 IR 87"));
        const SpecificCharacterSet cs(QStringLiteral("\\ISO 2022 IR 87"));
        QCOMPARE(str(ds, DCM_PatientID), QStringLiteral("L0001234"));
        QCOMPARE(str(ds, DCM_IssuerOfPatientID), QStringLiteral("PDIGH"));
        QCOMPARE(cs.decode(str(ds, DCM_PatientName).toLatin1(), true), sato().name);
        QCOMPARE(str(ds, DCM_PatientBirthDate), QStringLiteral("19800101"));
        QCOMPARE(str(ds, DCM_PatientSex), QStringLiteral("F"));
        // UIDs stay.
        QCOMPARE(str(ds, DCM_SOPInstanceUID), spec.sopInstanceUid);
        QCOMPARE(str(ds, DCM_StudyInstanceUID), spec.studyUid);
        QCOMPARE(str(ds, DCM_SeriesInstanceUID), spec.seriesUid);

        DcmItem* original = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_OriginalAttributesSequence, original, 0).good());
        QCOMPARE(str(*original, DCM_ReasonForTheAttributeModification), QStringLiteral("COERCE"));
        QCOMPARE(str(*original, DCM_ModifyingSystem), QStringLiteral("PDI Station 0.1.0 RAD-01"));
        QCOMPARE(str(*original, DCM_SourceOfPreviousValues), QStringLiteral("OUTSIDE CLINIC"));
        QVERIFY(str(*original, DCM_AttributeModificationDateTime)
                    .startsWith(QLatin1String("20261121093000")));
        DcmItem* modified = nullptr;
        QVERIFY(
            original->findAndGetSequenceItem(DCM_ModifiedAttributesSequence, modified, 0).good());
        QCOMPARE(str(*modified, DCM_PatientID), QStringLiteral("OUT-998"));
        QVERIFY(modified->tagExists(DCM_IssuerOfPatientID)); // with every Patient ID change
        QCOMPARE(cs.decode(str(*modified, DCM_PatientName).toLatin1(), true), spec.patientName);
        QCOMPARE(str(*modified, DCM_PatientBirthDate), QStringLiteral("19700101"));

        DcmItem* other = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_OtherPatientIDsSequence, other, 0).good());
        QCOMPARE(str(*other, DCM_PatientID), QStringLiteral("OUT-998"));
        QCOMPARE(str(*other, DCM_IssuerOfPatientID), QStringLiteral("OUTSIDE CLINIC"));

        DcmItem* equipment = nullptr;
        QVERIFY(ds.findAndGetSequenceItem(DCM_ContributingEquipmentSequence, equipment, 0).good());
        DcmItem* purpose = nullptr;
        QVERIFY(equipment->findAndGetSequenceItem(DCM_PurposeOfReferenceCodeSequence, purpose, 0)
                    .good());
        QCOMPARE(str(*purpose, DCM_CodeValue), QStringLiteral("MEDIM"));
        QCOMPARE(str(*purpose, DCM_CodingSchemeDesignator), QStringLiteral("DCM"));

        QStringList changed;
        for (const auto& c : r.changes)
            changed << c.attribute;
        QCOMPARE(changed, QStringList({"PatientID", "IssuerOfPatientID", "PatientName",
                                       "PatientBirthDate", "PatientSex"}));

        // pydicom reads the ISO 2022 IR 87 file the same way.
        const QString out = tmp_.filePath(QStringLiteral("coerced.dcm"));
        QVERIFY(ff.saveFile(QFile::encodeName(out).constData(), EXS_LittleEndianExplicit).good());
        const test::ProcessResult py =
            test::run(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import sys,pydicom; ds=pydicom.dcmread(sys.argv[1]);"
                                      "print(str(ds.PatientName)); "
                                      "print(str(ds.OriginalAttributesSequence[0]."
                                      "ModifiedAttributesSequence[0].PatientName))"),
                       out});
        QCOMPARE(py.exitCode, 0);
        QCOMPARE(py.outText().split(QLatin1Char('\n')).value(0), sato().name);
        QCOMPARE(py.outText().split(QLatin1Char('\n')).value(1), spec.patientName);
        QCOMPARE(test::run(QStringLiteral("dcmftest"), {out}).exitCode, 0);
    }

    void accessionOnlyWithALocalOrder() {
        DcmFileFormat ff;
        QVERIFY(load(ff, test::InstanceSpec()));
        LocalIdentity local = sato();
        local.accessionNumber = QStringLiteral("A2026-77");
        const PatientCoercion::Result r =
            PatientCoercion::apply(*ff.getDataset(), local, context(QStringLiteral("ISO_IR 192")));
        QVERIFY(r.ok);
        QCOMPARE(str(*ff.getDataset(), DCM_AccessionNumber), QStringLiteral("A2026-77"));
        DcmItem* original = nullptr;
        DcmItem* modified = nullptr;
        QVERIFY(ff.getDataset()
                    ->findAndGetSequenceItem(DCM_OriginalAttributesSequence, original, 0)
                    .good());
        QVERIFY(
            original->findAndGetSequenceItem(DCM_ModifiedAttributesSequence, modified, 0).good());
        QCOMPARE(str(*modified, DCM_AccessionNumber), QStringLiteral("ACC001"));
    }

    void unencodableNameChangesNothing() {
        test::InstanceSpec spec;
        spec.patientName = QStringLiteral("KIM^HEEJUNG=김^희중");
        DcmFileFormat ff;
        QVERIFY(load(ff, spec));
        const QByteArray before = serialize(*ff.getDataset());
        const PatientCoercion::Result r = PatientCoercion::apply(
            *ff.getDataset(), sato(), context(QStringLiteral("\\ISO 2022 IR 87")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("김")), qPrintable(r.error));
        QCOMPARE(serialize(*ff.getDataset()), before);
    }

    void sameIdentityRecordsNothing() {
        DcmFileFormat ff;
        test::InstanceSpec spec;
        QVERIFY(load(ff, spec));
        LocalIdentity same{spec.patientId, spec.issuer, spec.patientName,
                           spec.birthDate, spec.sex,    QString()};
        const PatientCoercion::Result r =
            PatientCoercion::apply(*ff.getDataset(), same, context(QStringLiteral("ISO_IR 192")));
        QVERIFY(r.ok);
        QVERIFY(r.changes.isEmpty());
        QVERIFY(!ff.getDataset()->tagExists(DCM_OriginalAttributesSequence));
    }

    void nestedItemsAreConverted() {
        // An item with its own character set (pydicom's chrSQEncoding): converted and unified.
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(QFile::encodeName(
                                test::pydicomCharsetFile(QStringLiteral("chrSQEncoding.dcm")))
                                .constData())
                    .good());
        const PatientCoercion::Result r =
            PatientCoercion::convertCharacterSet(*ff.getDataset(), QStringLiteral("ISO_IR 192"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString out = tmp_.filePath(QStringLiteral("sq.dcm"));
        QVERIFY(ff.saveFile(QFile::encodeName(out).constData(), EXS_LittleEndianExplicit).good());
        const test::ProcessResult py =
            test::run(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import sys,pydicom; a=pydicom.dcmread(sys.argv[1]); "
                                      "b=pydicom.dcmread(sys.argv[2]);"
                                      "print(str(a.RequestedProcedureCodeSequence[0].PatientName)=="
                                      "str(b.RequestedProcedureCodeSequence[0].PatientName))"),
                       test::pydicomCharsetFile(QStringLiteral("chrSQEncoding.dcm")), out});
        QCOMPARE(py.outText().trimmed(), QStringLiteral("True"));
    }
};

QTEST_GUILESS_MAIN(TestCoercion)
#include "tst_coercion.moc"

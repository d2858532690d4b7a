// DCMTK's data dictionary compiled into the program (dicom/CompiledDictionary.h): it must hold
// exactly what DCMTK makes of its default dictionary files, be used only while those files are
// the ones it was made from, and leave a chosen DCMDICTPATH to DCMTK.
#include "dicom/CompiledDictionary.h"
#include "dicom/Dcmtk.h"
#include "dicom/dictionary/DictionaryFingerprint.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dctag.h>

#include <cstring>

using namespace pdi;

namespace {

// Every field DCMTK keeps of an entry, as one line.
QString describe(const DcmDictEntry& e) {
    auto text = [](const char* s) {
        return s ? QStringLiteral("\"%1\"").arg(QString::fromLatin1(s)) : QStringLiteral("null");
    };
    return QStringLiteral("(%1-%2,%3-%4) vr %5 %6 vm %7-%8 %9 restrict %10/%11 creator %12")
        .arg(e.getGroup(), 4, 16, QLatin1Char('0'))
        .arg(e.getUpperGroup(), 4, 16, QLatin1Char('0'))
        .arg(e.getElement(), 4, 16, QLatin1Char('0'))
        .arg(e.getUpperElement(), 4, 16, QLatin1Char('0'))
        .arg(int(e.getEVR()))
        .arg(text(e.getTagName()))
        .arg(e.getVMMin())
        .arg(e.getVMMax())
        .arg(text(e.getStandardVersion()))
        .arg(int(e.getGroupRangeRestriction()))
        .arg(int(e.getElementRangeRestriction()))
        .arg(text(e.getPrivateCreator()));
}

// What DCMTK loads from its default files, as loadExternalDictionaries does.
void loadFiles(DcmDataDictionary& dict) {
    for (const std::string& path : dictionary::defaultPaths())
        QVERIFY2(dict.loadDictionary(path.c_str()), path.c_str());
}

} // namespace

class TestDcmtkDictionary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tableHoldsWhatDcmtkLoadsFromTheFiles() {
        DcmDataDictionary files(OFFalse, OFFalse);
        loadFiles(files);
        DcmDataDictionary table(OFFalse, OFFalse);
        CompiledDictionary::addTo(table);
        QVERIFY(files.numberOfEntries() > 5000);
        QCOMPARE(table.numberOfNormalTagEntries(), files.numberOfNormalTagEntries());
        QCOMPARE(table.numberOfRepeatingTagEntries(), files.numberOfRepeatingTagEntries());
        for (auto it = files.normalBegin(); it != files.normalEnd(); ++it) {
            const DcmDictEntry* mine = table.findEntry(**it, (*it)->getPrivateCreator());
            QVERIFY2(mine, qPrintable(describe(**it)));
            QCOMPARE(describe(*mine), describe(**it));
        }
        // The repeating entries in the same order: a lookup takes the first range that fits.
        auto mine = table.repeatingBegin();
        for (auto it = files.repeatingBegin(); it != files.repeatingEnd(); ++it, ++mine)
            QCOMPARE(describe(**mine), describe(**it));
    }

    void programUsesTheTableAndLooksUpAsDcmtk() {
        QVERIFY(qEnvironmentVariableIsEmpty("DCMDICTPATH"));
        QVERIFY(CompiledDictionary::current(dictionary::defaultPaths()));
        initDcmtk();
        // The variable the table is installed with is gone again.
        QVERIFY(!qEnvironmentVariableIsSet("DCMDICTPATH"));
        QVERIFY(dcmDataDict.isDictionaryLoaded());
        DcmDataDictionary files(OFFalse, OFFalse);
        loadFiles(files);
        const DcmDataDictionary& global = dcmDataDict.rdlock();
        const int entries = global.numberOfEntries();
        dcmDataDict.rdunlock();
        QCOMPARE(entries, files.numberOfEntries());
        QCOMPARE(DcmTag(DCM_PatientName).getEVR(), EVR_PN);
        QCOMPARE(QString::fromLatin1(DcmTag(DCM_PatientName).getTagName()),
                 QStringLiteral("PatientName"));
        QCOMPARE(DcmTag(DCM_ReferencedSOPInstanceUIDInFile).getEVR(), EVR_UI);
        // A repeating group (overlays) and a private tag with its creator.
        QCOMPARE(DcmTag(DcmTagKey(0x6002, 0x3000)).getEVR(), EVR_ox);
        QCOMPARE(DcmTag(DcmTagKey(0x0019, 0x1002), "GEMS_ACQU_01").getEVR(), EVR_SL);
    }

    // The files are fingerprinted as they are mapped (at build time and at every start): the
    // value is that of the bytes in a row however they arrive, and a changed byte changes it.
    void fingerprintOfPiecesIsThatOfTheWhole() {
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes.append(char((i * 131 + 7) & 0xff));
        dictionary::Fingerprint whole;
        whole.add(bytes.constData(), size_t(bytes.size()));
        for (const int piece : {1, 2, 3, 7, 8, 9, 15, 64, 999}) {
            dictionary::Fingerprint pieces;
            for (int at = 0; at < bytes.size(); at += piece)
                pieces.add(bytes.constData() + at, size_t(qMin(piece, int(bytes.size()) - at)));
            QCOMPARE(pieces.value(), whole.value());
        }
        dictionary::Fingerprint uneven;
        for (int at = 0, piece = 1; at < bytes.size(); at += piece, piece = piece % 13 + 1)
            uneven.add(bytes.constData() + at, size_t(qMin(piece, int(bytes.size()) - at)));
        QCOMPARE(uneven.value(), whole.value());
        for (const int at : {0, 7, 8, 500, 995, 999}) {
            QByteArray changed = bytes;
            changed[at] = char(changed.at(at) ^ 0x20);
            dictionary::Fingerprint other;
            other.add(changed.constData(), size_t(changed.size()));
            QVERIFY2(other.value() != whole.value(), qPrintable(QString::number(at)));
        }
        dictionary::Fingerprint shorter;
        shorter.add(bytes.constData(), size_t(bytes.size() - 1));
        QVERIFY(shorter.value() != whole.value());
    }

    void changedFilesAreNotCurrent() {
        QTemporaryDir dir;
        std::vector<std::string> copies;
        for (const std::string& path : dictionary::defaultPaths()) {
            const QString copy = dir.filePath(QFileInfo(QString::fromStdString(path)).fileName());
            QVERIFY(QFile::copy(QString::fromStdString(path), copy));
            copies.push_back(copy.toStdString());
        }
        QVERIFY(CompiledDictionary::current(copies));
        QFile first(QString::fromStdString(copies.front()));
        QVERIFY(first.open(QIODevice::Append));
        first.write("(0009,\"LOCAL\",01)\tLO\tLocalAddition\t1\tPrivateTag\n");
        first.close();
        QVERIFY(!CompiledDictionary::current(copies));
        QVERIFY(!CompiledDictionary::current({copies.back()}));
        QVERIFY(!CompiledDictionary::current(
            {dir.filePath(QStringLiteral("missing.dic")).toStdString()}));
    }

    void chosenDictionaryIsLeftToDcmtk() {
        qputenv("DCMDICTPATH", "/somewhere/else.dic");
        const bool installed = CompiledDictionary::install();
        QCOMPARE(qgetenv("DCMDICTPATH"), QByteArray("/somewhere/else.dic"));
        qunsetenv("DCMDICTPATH");
        QVERIFY(!installed);
    }
};

QTEST_GUILESS_MAIN(TestDcmtkDictionary)
#include "tst_dcmtk_dictionary.moc"

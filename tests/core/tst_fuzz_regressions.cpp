// Inputs the fuzzer once broke the medium reader with (a crash inside DCMTK, a reader that
// waited forever); they must now read to the end like any other broken medium.
#include "TestSupport.h"

#include "../fuzz/MediumFuzzInput.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void regressions_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PDI_SOURCE_DIR "/tests/fuzz/regressions"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void regressions() {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        pdi::fuzz::readUntrusted(f.readAll());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"

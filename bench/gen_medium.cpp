// Writes a synthetic referral medium for the benchmarks: N CT-like instances of one patient in
// DICOM/S1/Rnn/Innnn with a DICOMDIR (dcmmkdir) and a README.TXT.
//   pdi_bench_gen OUTDIR COUNT [ROWS] [INSTANCES_PER_SERIES] [PATIENT_NAME]
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: pdi_bench_gen OUTDIR COUNT [ROWS] [PER_SERIES] [PATIENT_NAME]\n");
        return 2;
    }
    const QString out = args.at(1);
    const int count = args.at(2).toInt();
    const int rows = args.size() > 3 ? args.at(3).toInt() : 512;
    const int perSeries = args.size() > 4 ? args.at(4).toInt() : 250;
    QDir().mkpath(out);

    pdi::test::InstanceSpec spec;
    spec.patientName =
        args.size() > 5 ? args.at(5) : QStringLiteral("BENCH^TARO=ベンチ^太郎=べんち^たろう");
    spec.rows = rows;
    spec.columns = rows;
    spec.studyUid = pdi::test::uid(QStringLiteral("9.1"));
    for (int i = 0; i < count; ++i) {
        const int series = i / perSeries + 1;
        spec.seriesUid = pdi::test::uid(QStringLiteral("9.1.%1").arg(series));
        spec.seriesNumber = QString::number(series);
        spec.sopInstanceUid = pdi::test::uid(QStringLiteral("9.1.%1.%2").arg(series).arg(i + 1));
        spec.instanceNumber = QString::number(i % perSeries + 1);
        const QString path = QStringLiteral("%1/DICOM/S1/R%2/I%3").arg(out).arg(series).arg(i + 1);
        if (!pdi::test::writeInstance(path, spec)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    if (!pdi::test::writeText(out + QStringLiteral("/README.TXT"), "Benchmark medium.\r\n"))
        return 1;
    return pdi::test::makeDicomdir(out, QStringLiteral("BENCH")) ? 0 : 1;
}

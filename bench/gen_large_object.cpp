// Writes a referral medium whose one object is a multi-frame image of about MEGABYTES of
// uncompressed pixel data (written in chunks, never held in memory), for the large-object bench.
//   pdi_bench_large OUTDIR MEGABYTES
// Prints the SHA-256 of the pixel data.
#include "TestSupport.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pdi_bench_large OUTDIR MEGABYTES\n");
        return 2;
    }
    pdi::test::InstanceSpec spec;
    spec.patientName = QStringLiteral("BENCH^LARGE=ベンチ^大=べんち^だい");
    spec.patientId = QStringLiteral("OUT-LARGE");
    spec.studyUid = pdi::test::uid(QStringLiteral("9.7"));
    spec.seriesUid = pdi::test::uid(QStringLiteral("9.7.1"));
    spec.sopInstanceUid = pdi::test::uid(QStringLiteral("9.7.1.1"));
    const QByteArray sha = pdi::test::writeLargeObjectMedium(args.at(1), spec, args.at(2).toInt());
    if (sha.isEmpty()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    std::printf("%s\n", sha.toHex().constData());
    return 0;
}

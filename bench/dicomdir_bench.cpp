// The DICOMDIR phase of a write on its own: the sources of a folder collected and planned once,
// then DicomdirBuilder::build made from the plan's keys RUNS times into fresh folders, as
// MediumBuilder calls it for objects that go on the medium unchanged. Prints each run's wall
// time and CPU time (user + system of the whole process: every thread), then the minimum and
// the median of each.
//   pdi_bench_dicomdir SOURCE_FOLDER [RUNS]
#include "layout/DicomdirBuilder.h"
#include "layout/FileIdAllocator.h"
#include "plan/ExportPlanner.h"
#include "plan/ExportSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <sys/resource.h>

using namespace pdi;

namespace {

double processCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return t.tv_sec * 1000.0 + t.tv_usec / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The entries MediumBuilder gives the builder when nothing is transcoded.
QVector<DirectoryEntry> entriesOf(const ExportPlan& plan) {
    QVector<DirectoryEntry> entries;
    FileIdAllocator allocator;
    const QString patientKey = plan.patient.id + QChar(0) + plan.patient.issuer;
    for (const PlannedStudy& st : plan.studies) {
        for (const PlannedSeries& se : st.series) {
            for (const PlannedInstance& inst : se.instances) {
                const DicomSummary& s = inst.source.summary;
                const QString fileId =
                    allocator.allocate(patientKey, st.uid, se.uid, s.sopInstanceUid)
                        .join(QLatin1Char('/'));
                entries.append({fileId, inst.source.localPath, &s, false, s.metaSopClassUid,
                                s.metaSopInstanceUid, s.transferSyntaxUid});
            }
        }
    }
    return entries;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: pdi_bench_dicomdir SOURCE_FOLDER [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? qMax(1, args.at(2).toInt()) : 9;
    const Result<CollectedSources> collected = ExportSource::collect({args.at(1)});
    if (!collected) {
        out << collected.error().message << '\n';
        return 1;
    }
    const ExportPlan plan = ExportPlanner::plan(*collected, ExportOptions(), CheckSettings());
    if (plan.refused) {
        out << plan.refusal << '\n';
        return 1;
    }
    const QVector<DirectoryEntry> entries = entriesOf(plan);
    QTemporaryDir tmp;
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int r = 0; r < runs; ++r) {
        const QString root = tmp.filePath(QString::number(r));
        QDir().mkpath(root);
        QElapsedTimer timer;
        const double cpu0 = processCpuMs();
        timer.start();
        const Result<DicomdirBuilder::Written> built =
            DicomdirBuilder::build(root, entries, QStringLiteral("BENCH"), false,
                                   plan.patient.birthDate, plan.patient.sex);
        walls.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpus.push_back(processCpuMs() - cpu0);
        if (!built) {
            out << built.error().message << '\n';
            return 1;
        }
        out << QStringLiteral("run %1: %2 ms wall, %3 ms CPU\n")
                   .arg(r + 1)
                   .arg(walls.back(), 0, 'f', 1)
                   .arg(cpus.back(), 0, 'f', 1);
        QDir(root).removeRecursively();
    }
    out << QStringLiteral("DICOMDIR of %1 objects: wall min %2 median %3 ms; CPU min %4 median %5 "
                          "ms\n")
               .arg(entries.size())
               .arg(*std::min_element(walls.begin(), walls.end()), 0, 'f', 1)
               .arg(median(walls), 0, 'f', 1)
               .arg(*std::min_element(cpus.begin(), cpus.end()), 0, 'f', 1)
               .arg(median(cpus), 0, 'f', 1);
    return 0;
}

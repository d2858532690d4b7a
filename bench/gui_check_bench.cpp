// The Check workspace's first answer: the time from openMedium (a disc put in, a folder dropped)
// to the quick look on screen (CheckWorkspace::quickLookShown: whose medium it is, its
// directory, one object per patient), offscreen, on a fresh station signed in as reception.
// The full check that starts then is stopped; each run uses a new workspace.
//   pdi_bench_gui_check MEDIUM [RUNS]
// Prints one line per run and the medians (wall and this process's CPU time); bench/
// gui_check_bench.py runs it beside `pdi check --quick` of the same medium.
#include "StationFixture.h"
#include "gui/CheckWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace pdi;

namespace {

double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double median(QVector<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: pdi_bench_gui_check MEDIUM [RUNS]\n";
        return 2;
    }
    const QString medium = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    test::StationFixture fixture;
    std::optional<Session> reception = fixture.addAndLogin(
        QStringLiteral("uketsuke"), Role::Reception, QStringLiteral("Rcptn-Pa55"));
    if (!fixture.ok() || !reception) {
        out << "station: " << fixture.error() << "\n";
        return 1;
    }
    QVector<double> walls, cpus;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache and the libraries
        CheckWorkspace workspace({fixture.station(), *reception}, nullptr);
        workspace.resize(1366, 768);
        workspace.show();
        QEventLoop loop;
        QElapsedTimer wall;
        double cpuStart = 0;
        double wallMs = -1, cpuMs = 0;
        QObject::connect(&workspace, &CheckWorkspace::quickLookShown, &loop, [&] {
            wallMs = double(wall.nsecsElapsed()) / 1e6;
            cpuMs = processCpuMs() - cpuStart;
            workspace.cancel();
        });
        QObject::connect(&workspace, &CheckWorkspace::checkFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        cpuStart = processCpuMs();
        wall.start();
        workspace.openMedium(medium);
        loop.exec();
        if (wallMs < 0) {
            out << "no quick look: " << workspace.statusText() << "\n";
            return 1;
        }
        if (run == 0)
            continue;
        walls << wallMs;
        cpus << cpuMs;
        out << QStringLiteral("run %1: first answer %2 ms, CPU %3 ms\n")
                   .arg(run)
                   .arg(wallMs, 0, 'f', 1)
                   .arg(cpuMs, 0, 'f', 1);
        out.flush();
    }
    out << QStringLiteral("median: first answer %1 ms, CPU %2 ms\n")
               .arg(median(walls), 0, 'f', 1)
               .arg(median(cpus), 0, 'f', 1);
    return 0;
}

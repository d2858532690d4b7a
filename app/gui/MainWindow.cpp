#include "MainWindow.h"

#include "CheckWorkspace.h"

#include <QTabWidget>

namespace pdi {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("PDI Station"));
    auto* tabs = new QTabWidget(this);
    check_ = new CheckWorkspace(tabs);
    tabs->addTab(check_, tr("Check"));
    setCentralWidget(tabs);
    resize(1100, 760);
}

} // namespace pdi

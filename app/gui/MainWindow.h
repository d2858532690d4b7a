#pragma once

#include <QMainWindow>

namespace pdi {

class CheckWorkspace;

// The application window: one tab per workspace the user's role allows.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    CheckWorkspace* checkWorkspace() const { return check_; }

private:
    CheckWorkspace* check_;
};

} // namespace pdi

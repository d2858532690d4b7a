#pragma once

#include "report/CheckReport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QHBoxLayout;

namespace pdi {

// Reception's view: open a medium and see at a glance whose it is, where it came from and what
// warnings it carries. The check runs off the GUI thread and can be cancelled.
class CheckWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit CheckWorkspace(QWidget* parent = nullptr);
    ~CheckWorkspace() override;

    void openMedium(const QString& location);
    const CheckReport* report() const { return hasReport_ ? &report_ : nullptr; }

Q_SIGNALS:
    void checkFinished();

private:
    void chooseFolder();
    void chooseFile();
    void cancel();
    void showOutcome();
    void showReport();
    void clearBadges();
    void addBadge(const QString& text, const QString& explanation, bool severe);

    QPushButton* folderButton_;
    QPushButton* fileButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* patientName_;
    QLabel* patientDetails_;
    QLabel* source_;
    QWidget* badgeArea_;
    QHBoxLayout* badgeLayout_;
    QTreeWidget* contents_;
    QTreeWidget* findings_;

    QFutureWatcher<MediumChecker::Outcome> watcher_;
    std::atomic<bool> cancel_{false};
    CheckReport report_;
    bool hasReport_ = false;
};

} // namespace pdi

#pragma once

#include "job/WriteJob.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace pdi {

// What became of a write: written and verified, with the job ID, the File-set ID and what went
// on the medium; or why not. A real disc that does not read back as written gets a banner no one
// can miss: it must not be handed over.
class WriteResultView : public QFrame {
    Q_OBJECT
public:
    explicit WriteResultView(QWidget* parent = nullptr);

    void showOutcome(const WriteOutcome& outcome);
    // A write stopped before it started: refused, not allowed, a target or source that cannot
    // be used, cancelled while the sources were read.
    void showError(const Error& error);
    void clear();
    // Label buttons after a successful write (the person may print labels).
    void setLabelActionsAllowed(bool allowed);

    QString headline() const;
    QString details() const;
    bool warnsOfSpoiledDisc() const;

Q_SIGNALS:
    void printLabelRequested();
    void saveLabelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showStopped(const Error& error);

    std::optional<WriteOutcome> outcome_;
    std::optional<Error> error_;
    bool labelAllowed_ = true;
    QLabel* headline_;
    QLabel* details_;
    QLabel* spoiled_;
    QPushButton* printButton_;
    QPushButton* pdfButton_;
};

} // namespace pdi

#pragma once

#include "job/WriteJob.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace pdi {

// The last look before writing: whose medium, what goes on it, the decisions the person takes
// (they are recorded in the audit trail under their name), what is left out, and where it goes.
// Write starts the job; Back returns to the workspace with nothing done.
class WriteConfirmation : public QDialog {
    Q_OBJECT
public:
    WriteConfirmation(const ExportPlan& plan, const WriteRequest& request,
                      QWidget* parent = nullptr);

    QString summaryText() const;

    // For a person: "Include AI-derived images: OT series 9 "CAD" (manufacturer LPIXEL)".
    static QString describeDecision(const ExportDecision& decision);
    // For a person, in the workspace's terms (tick, untick) rather than the command line's.
    static QString describeLeftOut(const ExcludedContent& excluded);
    // "ISO image /tmp/a.iso (CD)", "USB stick or folder /media/USB", "disc in /dev/sr0 (DVD)".
    static QString describeTarget(const QString& target, TargetMedia::Kind media);
    // "山田 太郎 (やまだ たろう)": the name in kanji with its reading, else the romaji.
    static QString describePatientName(const QString& dicomName);
    // "6 objects in 2 series of 1 study, about 0.2 MB".
    static QString describeAmount(const ExportPlan& plan);
    static QString summaryHtml(const ExportPlan& plan, const WriteRequest& request);

private:
    QTextBrowser* summary_;
};

} // namespace pdi

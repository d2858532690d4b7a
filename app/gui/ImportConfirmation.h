#pragma once

#include "job/IdentityGuard.h"
#include "job/ImportJob.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace pdi {

// The last look before sending: the outside identity and the local one it is filed under, field
// by field; where the local values come from and how well they match; what changes inside the
// objects and what is kept; how many objects go where, and what is left out. Send starts the
// import; Back returns with nothing sent and nothing recorded.
//
// When the local patient contradicts the outside one (IdentityGuard) the dialog leads with what
// differs, in red; Back is the default button, and Send needs a reason chosen or typed and, where
// the station requires it, a second person who signs in to approve.
class ImportConfirmation : public QDialog {
    Q_OBJECT
public:
    ImportConfirmation(const ImportPlan& plan, const IdentityGuard& guard,
                       QWidget* parent = nullptr);

    QString summaryText() const;
    // The person's answer to a contradiction (empty when nothing contradicts) and who approved.
    QString differenceReason() const;
    std::optional<Session> approver() const { return approver_; }
    // For tests and the screenshot tour.
    QComboBox* reasonBox() const { return reason_; }
    QLineEdit* approverNameEdit() const { return approverName_; }
    QLineEdit* approverPasswordEdit() const { return approverPassword_; }
    QPushButton* sendButton() const { return send_; }
    QString problemText() const;

    void accept() override;

    // The reasons offered for importing under a contradicting local patient.
    static QStringList differenceReasons();

    static QString summaryHtml(const ImportPlan& plan);
    // What the import changes inside each object, one sentence each.
    static QStringList describeChanges(const ImportPlan& plan);
    // "12 objects in 2 series of 1 study".
    static QString describeAmount(const QVector<ImportObject>& instances);
    // "PACS pacs (ORTHANC at 10.0.0.5:104)" or "the local archive of this station".
    static QString describeDestination(const DicomNode& node);
    // Where the local name, birth date and sex came from.
    static QString describeDemographicsSource(const QString& source);

private:
    void updateSend();

    IdentityGuard guard_;
    bool contradicts_ = false;
    bool approvalRequired_ = false;
    QTextBrowser* summary_;
    QComboBox* reason_ = nullptr;
    QLineEdit* approverName_ = nullptr;
    QLineEdit* approverPassword_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* send_ = nullptr;
    std::optional<Session> approver_;
    bool approving_ = false; // the approver's sign-in runs
};

} // namespace pdi

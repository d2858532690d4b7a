#pragma once

#include "SettingsForm.h"
#include "layout/MediumDescription.h"

#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pdi {

// The institution that issues media, with a live preview of how it appears on the disc label and
// in README.TXT: a sample medium is drawn by the writer's own LabelRenderer and ReadmeWriter with
// the values as typed, so what the administrator sees is what the receiving hospital will read.
class InstitutionForm : public SettingsForm {
    Q_OBJECT
public:
    explicit InstitutionForm(const WorkspaceContext& context, QWidget* parent = nullptr);

    // The sample medium the previews show, issued by institution.
    static MediumDescription sampleMedium(const Institution& institution);
    Institution typedInstitution() const;
    QString readmePreview() const;

protected:
    void retranslate() override;
    void loaded() override { updatePreview(); }

private:
    void updatePreview();

    QLabel* intro_;
    QLabel* nameLabel_;
    QLabel* departmentLabel_;
    QLabel* phoneLabel_;
    QLabel* addressLabel_;
    QLineEdit* name_;
    QLineEdit* department_;
    QLineEdit* phone_;
    QLineEdit* address_;
    QLabel* labelTitle_;
    QLabel* labelPreview_;
    QLabel* readmeTitle_;
    QPlainTextEdit* readme_;
    QTimer previewTimer_;
};

} // namespace pdi

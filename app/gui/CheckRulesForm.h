#pragma once

#include "SettingsForm.h"

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pdi {

// What the checker and the writer treat specially: the AI products whose series count as
// AI-derived, and the thresholds above which a series is bulk data (thin slices, many images).
class CheckRulesForm : public SettingsForm {
    Q_OBJECT
public:
    explicit CheckRulesForm(const WorkspaceContext& context, QWidget* parent = nullptr);

    QListWidget* aiProducts() const { return products_; }
    void addProduct(const QString& name);

protected:
    void retranslate() override;

private:
    QLabel* productsTitle_;
    QLabel* productsHint_;
    QListWidget* products_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* thicknessLabel_;
    QLabel* countLabel_;
    QDoubleSpinBox* thickness_;
    QSpinBox* count_;
};

} // namespace pdi

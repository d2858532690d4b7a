#include "CheckRulesForm.h"

#include "FocusOrder.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pdi {

CheckRulesForm::CheckRulesForm(const WorkspaceContext& context, QWidget* parent)
    : SettingsForm(context, parent) {
    setObjectName(QStringLiteral("checkRulesForm"));
    productsTitle_ = new QLabel(this);
    productsHint_ = new QLabel(this);
    productsHint_->setWordWrap(true);
    productsHint_->setStyleSheet(QStringLiteral("color:#616161;"));
    products_ = new QListWidget(this);
    products_->setObjectName(QStringLiteral("aiProducts"));
    add_ = new QPushButton(this);
    remove_ = new QPushButton(this);
    remove_->setEnabled(false);
    thickness_ = new QDoubleSpinBox(this);
    thickness_->setObjectName(QStringLiteral("bulkSliceThickness"));
    thickness_->setDecimals(1);
    thickness_->setSingleStep(0.1);
    count_ = new QSpinBox(this);
    count_->setObjectName(QStringLiteral("bulkInstanceCount"));
    thicknessLabel_ = new QLabel(this);
    countLabel_ = new QLabel(this);
    thicknessLabel_->setBuddy(thickness_);
    countLabel_->setBuddy(count_);

    bindList(Settings::AiProducts, products_);
    bind(Settings::BulkSliceThickness, thickness_);
    bind(Settings::BulkInstanceCount, count_);

    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(add_);
    listButtons->addWidget(remove_);
    listButtons->addStretch();
    auto* list = new QHBoxLayout;
    list->addWidget(products_, 1);
    list->addLayout(listButtons);
    auto* form = new QFormLayout;
    form->addRow(thicknessLabel_, thickness_);
    form->addRow(countLabel_, count_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(productsTitle_);
    layout->addWidget(productsHint_);
    layout->addLayout(list, 1);
    layout->addLayout(form);
    layout->addWidget(buttonRow());
    layout->addWidget(messageLabel());

    connect(add_, &QPushButton::clicked, this, [this] { addProduct(QString()); });
    connect(remove_, &QPushButton::clicked, this, [this] { delete products_->currentItem(); });
    connect(products_, &QListWidget::currentRowChanged, this,
            [this](int row) { remove_->setEnabled(row >= 0); });
    retranslate();
    load();
    FocusOrder::followLayout(this);
}

void CheckRulesForm::addProduct(const QString& name) {
    auto* item = new QListWidgetItem(name, products_);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    products_->setCurrentItem(item);
    if (name.isEmpty())
        products_->editItem(item);
}

void CheckRulesForm::retranslate() {
    SettingsForm::retranslate();
    productsTitle_->setText(tr("AI products"));
    productsHint_->setText(
        tr("A series whose manufacturer, model, description or software names one of these "
           "products is treated as AI-derived: shown with a badge when checking, and left out "
           "of referral media unless someone decides to include it. Double-click a name to edit "
           "it."));
    add_->setText(tr("Add"));
    remove_->setText(tr("Remove"));
    thicknessLabel_->setText(tr("Thin-slice series: slices of at most"));
    thickness_->setSuffix(tr(" mm"));
    countLabel_->setText(tr("Large series: at least"));
    count_->setSuffix(tr(" images"));
}

} // namespace pdi

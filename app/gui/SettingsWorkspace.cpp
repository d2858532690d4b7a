#include "SettingsWorkspace.h"

#include "AuditForwardingForm.h"
#include "CheckRulesForm.h"
#include "DirectoryForm.h"
#include "InstitutionForm.h"
#include "NodeTable.h"
#include "ScrollingColumn.h"
#include "StationForm.h"
#include "UserTable.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pdi {

SettingsWorkspace::SettingsWorkspace(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("settingsWorkspace"));
    pages_ = new QTabWidget(this);
    if (context.session.can(Permission::ManageSettings)) {
        institution_ = new InstitutionForm(context, pages_);
        station_ = new StationForm(context, pages_);
        rules_ = new CheckRulesForm(context, pages_);
        forwarding_ = new AuditForwardingForm(context, pages_);
        directory_ = new DirectoryForm(context, pages_);
        for (SettingsForm* form : std::initializer_list<SettingsForm*>{
                 institution_, station_, rules_, forwarding_, directory_}) {
            // A form with its previews is taller than a 1280x720 screen leaves: it scrolls.
            QScrollArea* scroll = scrollingColumn(pages_, form);
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // wide previews
            pages_->addTab(scroll, QString());
            connect(form, &SettingsForm::saved, this, &SettingsWorkspace::settingsChanged);
        }
    }
    if (context.session.can(Permission::ManageAccounts)) {
        users_ = new UserTable(context, pages_);
        pages_->addTab(users_, QString());
    }
    if (context.session.can(Permission::ManageNodes)) {
        nodes_ = new NodeTable(context, pages_);
        pages_->addTab(nodes_, QString());
        connect(nodes_, &NodeTable::changed, this, &SettingsWorkspace::settingsChanged);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    retranslate();
}

void SettingsWorkspace::retranslate() {
    auto title = [this](QWidget* page, const QString& text) {
        for (int i = 0; page && i < pages_->count(); ++i) {
            auto* scroll = qobject_cast<QScrollArea*>(pages_->widget(i));
            if (pages_->widget(i) == page || (scroll && scroll->widget() == page))
                pages_->setTabText(i, text);
        }
    };
    title(institution_, tr("Institution"));
    title(station_, tr("Station and sign-in"));
    title(rules_, tr("AI and bulk data"));
    title(forwarding_, tr("Audit forwarding"));
    title(directory_, tr("Directory sign-in"));
    title(users_, tr("Users"));
    title(nodes_, tr("DICOM nodes"));
}

void SettingsWorkspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pdi

#include "SettingsForm.h"
#include "settings/SiteSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace pdi {

SettingsForm::SettingsForm(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , context_(context) {
    buttons_ = new QWidget(this);
    save_ = new QPushButton(buttons_);
    save_->setObjectName(QStringLiteral("save"));
    revert_ = new QPushButton(buttons_);
    revert_->setObjectName(QStringLiteral("revert"));
    auto* row = new QHBoxLayout(buttons_);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch();
    row->addWidget(revert_);
    row->addWidget(save_);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(save_, &QPushButton::clicked, this, &SettingsForm::save);
    connect(revert_, &QPushButton::clicked, this, [this] {
        load();
        showMessage(QString(), false);
    });
    SettingsForm::retranslate();
}

void SettingsForm::retranslate() {
    save_->setText(tr("Save"));
    revert_->setText(tr("Revert"));
}

void SettingsForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SettingsForm::message() const {
    return message_->text();
}

void SettingsForm::showMessage(const QString& text, bool problem) {
    message_->setText(text);
    message_->setStyleSheet(problem ? QStringLiteral("color:#b71c1c;font-weight:bold;")
                                    : QStringLiteral("color:#1b5e20;"));
}

void SettingsForm::add(Binding binding) {
    bindings_.append(std::move(binding));
}

void SettingsForm::bind(const char* key, QLineEdit* edit) {
    add({QString::fromLatin1(key), edit, [edit] { return edit->text(); },
         [edit](const QString& v) {
             edit->setText(v);
         }});
}

void SettingsForm::bind(const char* key, QSpinBox* box) {
    if (const SettingDefinition* d = SiteSettings::catalog().find(QString::fromLatin1(key)))
        box->setRange(int(d->minimum), int(d->maximum));
    add({QString::fromLatin1(key), box, [box] { return QString::number(box->value()); },
         [box](const QString& v) {
             box->setValue(v.toInt());
         }});
}

void SettingsForm::bind(const char* key, QDoubleSpinBox* box) {
    if (const SettingDefinition* d = SiteSettings::catalog().find(QString::fromLatin1(key)))
        box->setRange(d->minimum, d->maximum);
    // The library takes a dot for decimals whatever the locale shows.
    add({QString::fromLatin1(key), box, [box] { return QString::number(box->value(), 'g', 15); },
         [box](const QString& v) {
             box->setValue(v.toDouble());
         }});
}

void SettingsForm::bind(const char* key, QCheckBox* box) {
    add({QString::fromLatin1(key), box,
         [box] { return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); },
         [box](const QString& v) {
             box->setChecked(v == QLatin1String("true"));
         }});
}

void SettingsForm::bind(const char* key, QComboBox* box) {
    add({QString::fromLatin1(key), box, [box] { return box->currentData().toString(); },
         [box](const QString& v) {
             const int i = box->findData(v);
             box->setCurrentIndex(i < 0 ? 0 : i);
         }});
}

void SettingsForm::bindList(const char* key, QListWidget* list) {
    const QString k = QString::fromLatin1(key);
    add({k, list,
         [list] {
             // A JSON array, so that names with commas survive.
             QJsonArray items;
             for (int i = 0; i < list->count(); ++i)
                 items.append(list->item(i)->text());
             return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
         },
         [list, k, this](const QString&) {
             list->clear();
             for (const QString& item : SiteSettings::of(context_.station).list(k)) {
                 auto* row = new QListWidgetItem(item, list);
                 row->setFlags(row->flags() | Qt::ItemIsEditable);
             }
         }});
}

void SettingsForm::load() {
    const Settings settings = SiteSettings::of(context_.station);
    for (const Binding& b : std::as_const(bindings_))
        b.write(settings.text(b.key));
    loaded();
}

QString SettingsForm::fieldName(const Binding& b) const {
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->buddy() != b.widget)
            continue;
        QString text = label->text();
        text.remove(QLatin1Char('&'));
        while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
            text.chop(1);
        return text.trimmed();
    }
    // A check box says what it is itself.
    if (const auto* box = qobject_cast<const QCheckBox*>(b.widget))
        return box->text().remove(QLatin1Char('&'));
    return tr("This value");
}

bool SettingsForm::save() {
    const Settings settings = SiteSettings::of(context_.station);
    QStringList changed;
    for (const Binding& b : std::as_const(bindings_)) {
        const Result<QJsonValue> parsed = settings.catalog().parse(b.key, b.read(), fieldName(b));
        if (!parsed) {
            showMessage(parsed.error().message, true);
            b.widget->setFocus();
            return false;
        }
        if (*parsed != settings.value(b.key))
            changed << b.key;
    }
    if (changed.isEmpty()) {
        showMessage(tr("Nothing to save: no value was changed."), false);
        return true;
    }
    QStringList saved;
    QStringList savedNames;
    for (const QString& key : saveOrder(changed)) {
        const auto binding = std::find_if(bindings_.cbegin(), bindings_.cend(),
                                          [&](const Binding& b) { return b.key == key; });
        Settings s = SiteSettings::of(context_.station);
        if (Result<void> done = s.set(context_.session, key, binding->read()); !done) {
            showMessage(saved.isEmpty()
                            ? done.error().message
                            : tr("%1 (Saved before the problem: %2.)")
                                  .arg(done.error().message,
                                       savedNames.join(tr(", ", "between field names"))),
                        true);
            if (!saved.isEmpty())
                Q_EMIT this->saved(saved);
            return false;
        }
        saved << key;
        savedNames << fieldName(*binding);
    }
    load();
    showMessage(tr("Saved: %1.").arg(savedNames.join(tr(", ", "between field names"))), false);
    Q_EMIT this->saved(saved);
    return true;
}

} // namespace pdi

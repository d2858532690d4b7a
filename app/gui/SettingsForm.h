#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace pdi {

// A page of site settings: widgets bound to setting keys, filled from the station's settings
// and saved through Settings::set, which checks the permission, validates and records every
// change with its old and new value. Nothing is saved unless every field is acceptable; only
// fields that differ from the stored value are saved (and recorded).
class SettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit SettingsForm(const WorkspaceContext& context, QWidget* parent = nullptr);

    // The widgets from the stored values; unsaved edits are dropped.
    void load();
    // false, with the reason shown on the page, when a value is refused.
    bool save();
    QString message() const;

Q_SIGNALS:
    void saved(const QStringList& keys);

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate();
    // The order changed keys are saved in, for settings whose combination the library checks.
    virtual QStringList saveOrder(const QStringList& keys) const { return keys; }
    // Called after load() and after a save.
    virtual void loaded() {}

    void bind(const char* key, QLineEdit* edit);
    void bind(const char* key, QSpinBox* box);
    void bind(const char* key, QDoubleSpinBox* box);
    void bind(const char* key, QCheckBox* box);
    void bind(const char* key, QComboBox* box); // item data holds the stored choice
    void bindList(const char* key, QListWidget* list);

    // The Save / Revert row and the message line, for the subclass to put into its layout.
    QWidget* buttonRow() const { return buttons_; }
    QLabel* messageLabel() const { return message_; }
    void showMessage(const QString& text, bool problem);

    WorkspaceContext context_;

private:
    struct Binding {
        QString key;
        QWidget* widget;
        std::function<QString()> read;
        std::function<void(const QString&)> write; // the stored value as Settings::text gives it
    };
    void add(Binding binding);
    // What the person sees the value as: the text of the label beside its field.
    QString fieldName(const Binding& binding) const;

    QVector<Binding> bindings_;
    QWidget* buttons_;
    QPushButton* save_;
    QPushButton* revert_;
    QLabel* message_;
};

} // namespace pdi

#include "UserTable.h"

#include "BackgroundTask.h"
#include "FocusOrder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

QLabel* problemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    return label;
}

QLineEdit* passwordEdit(QWidget* parent, const char* objectName) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

UserTable::UserTable(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , context_(context) {
    setObjectName(QStringLiteral("userTable"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("accounts"));
    table_->setColumnCount(6);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("addAccount"));
    role_ = new QPushButton(this);
    role_->setObjectName(QStringLiteral("changeRole"));
    password_ = new QPushButton(this);
    disable_ = new QPushButton(this);
    disable_->setObjectName(QStringLiteral("disableAccount"));
    unlock_ = new QPushButton(this);
    unlock_->setObjectName(QStringLiteral("unlockAccount"));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add_, role_, password_, disable_, unlock_})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(table_, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(body, 1);
    layout->addWidget(message_);

    connect(table_, &QTableWidget::itemSelectionChanged, this, &UserTable::selectionChanged);
    connect(add_, &QPushButton::clicked, this, &UserTable::openAddDialog);
    connect(password_, &QPushButton::clicked, this, &UserTable::openPasswordDialog);
    connect(role_, &QPushButton::clicked, this, &UserTable::openRoleDialog);
    connect(disable_, &QPushButton::clicked, this, [this] {
        if (const std::optional<Account> a = selected())
            setDisabled(a->name, !a->disabled);
    });
    connect(unlock_, &QPushButton::clicked, this, [this] {
        if (const std::optional<Account> a = selected())
            unlock(a->name);
    });
    retranslate();
    reload();
    FocusOrder::followLayout(this);
}

void UserTable::retranslate() {
    intro_->setText(tr("One account per person: the audit trail names whoever signed in. Disable "
                       "an account instead of deleting it, so that its records stay readable. "
                       "People of the hospital directory appear here after their first sign-in; "
                       "their password and role are the directory's."));
    table_->setHorizontalHeaderLabels({tr("Login name"), tr("Name"), tr("Role"), tr("State"),
                                       tr("Signs in with"), tr("Last sign-in")});
    add_->setText(tr("Add..."));
    role_->setText(tr("Change role..."));
    password_->setText(tr("Reset password..."));
    unlock_->setText(tr("Unlock"));
    showAccounts();
}

void UserTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString UserTable::message() const {
    return message_->text();
}

void UserTable::reload() {
    Result<QVector<Account>> accounts = context_.station.accounts().list(context_.session);
    if (!accounts) {
        accounts_.clear();
        message_->setText(accounts.error().message);
    } else {
        accounts_ = *accounts;
    }
    showAccounts();
}

void UserTable::showAccounts() {
    const QString current = selectedName();
    table_->setRowCount(accounts_.size());
    for (int i = 0; i < accounts_.size(); ++i) {
        const Account& a = accounts_.at(i);
        QString state = tr("active");
        if (a.disabled)
            state = tr("disabled");
        else if (a.locked)
            state = tr("locked after %n failed sign-in(s)", nullptr, a.failedLogins);
        const QString source =
            a.source == AccountSource::Directory ? tr("hospital directory") : tr("this station");
        const QStringList cells{a.name,
                                a.displayName,
                                Roles::displayName(a.role),
                                state,
                                source,
                                a.lastLoginAt.isValid() ? a.lastLoginAt.toLocalTime().toString(
                                                              QStringLiteral("yyyy-MM-dd HH:mm"))
                                                        : tr("not yet")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (a.disabled || a.locked)
                item->setForeground(a.locked ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x75, 0x75, 0x75));
            table_->setItem(i, c, item);
        }
        if (a.name == current)
            table_->selectRow(i);
    }
    table_->resizeColumnsToContents();
    selectionChanged();
}

QString UserTable::selectedName() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    return items.isEmpty() ? QString() : table_->item(items.first()->row(), 0)->text();
}

std::optional<Account> UserTable::selected() const {
    const QString name = selectedName();
    for (const Account& a : accounts_) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

void UserTable::selectionChanged() {
    const std::optional<Account> a = selected();
    const bool idle = !isBusy();
    add_->setEnabled(idle);
    // A directory account's role and password are the directory's.
    const bool local = a && a->source == AccountSource::Local;
    role_->setEnabled(idle && local);
    password_->setEnabled(idle && local);
    disable_->setEnabled(idle && a.has_value());
    disable_->setText(a && a->disabled ? tr("Enable") : tr("Disable"));
    unlock_->setEnabled(idle && a && a->locked);
}

void UserTable::report(const Result<void>& result, const QString& success) {
    message_->setText(result ? success : result.error().message);
    message_->setStyleSheet(result ? QStringLiteral("color:#1b5e20;")
                                   : QStringLiteral("color:#b71c1c;font-weight:bold;"));
    reload();
    Q_EMIT changed();
}

void UserTable::addAccount(const NewAccount& account) {
    if (isBusy())
        return;
    AccountStore store = context_.station.accounts();
    const Session session = context_.session;
    message_->setText(tr("Adding %1 ...").arg(account.name));
    task_ = BackgroundTask::run(
        this, context_.station.database(),
        [store, session, account]() mutable {
            Result<Account> added = store.add(session, account);
            return added ? Result<void>() : Result<void>(added.error());
        },
        [this, name = account.name](Result<void> done) {
            task_ = nullptr;
            report(done, tr("Account %1 added.").arg(name));
        });
    selectionChanged();
}

void UserTable::resetPassword(const QString& name, const QString& password) {
    if (isBusy())
        return;
    AccountStore store = context_.station.accounts();
    const Session session = context_.session;
    task_ = BackgroundTask::run(
        this, context_.station.database(),
        [store, session, name, password]() mutable {
            return store.changePassword(session, name, password);
        },
        [this, name](Result<void> done) {
            task_ = nullptr;
            report(done,
                   tr("The password of %1 was changed; tell the person in person.").arg(name));
        });
    selectionChanged();
}

void UserTable::setRole(const QString& name, Role role) {
    report(context_.station.accounts().setRole(context_.session, name, role),
           tr("%1 is now %2.").arg(name, Roles::displayName(role)));
}

void UserTable::setDisabled(const QString& name, bool disabled) {
    AccountStore store = context_.station.accounts();
    report(disabled ? store.disable(context_.session, name) : store.enable(context_.session, name),
           disabled ? tr("Account %1 is disabled.").arg(name)
                    : tr("Account %1 is enabled.").arg(name));
}

void UserTable::unlock(const QString& name) {
    report(context_.station.accounts().unlock(context_.session, name),
           tr("Account %1 is unlocked.").arg(name));
}

void UserTable::openAddDialog() {
    auto* dialog = new AccountDialog(context_.station, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addAccount(dialog->account()); });
    dialog->open();
}

void UserTable::openPasswordDialog() {
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto* dialog = new PasswordDialog(context_.station, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, name] { resetPassword(name, dialog->password()); });
    dialog->open();
}

void UserTable::openRoleDialog() {
    const std::optional<Account> a = selected();
    if (!a)
        return;
    QStringList names;
    for (Role r : Roles::all())
        names << Roles::displayName(r);
    QPointer<UserTable> self(this);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(a->name), names,
                              int(Roles::all().indexOf(a->role)), false, &ok);
    if (!self || !ok)
        return;
    const int index = names.indexOf(chosen);
    if (index >= 0 && Roles::all().at(index) != a->role)
        setRole(a->name, Roles::all().at(index));
}

AccountDialog::AccountDialog(const Station& station, QWidget* parent)
    : QDialog(parent)
    , station_(station) {
    setWindowTitle(tr("Add an account"));
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("name"));
    displayName_ = new QLineEdit(this);
    displayName_->setObjectName(QStringLiteral("displayName"));
    role_ = new QComboBox(this);
    role_->setObjectName(QStringLiteral("role"));
    for (Role r : Roles::all())
        role_->addItem(Roles::displayName(r), Roles::name(r));
    password_ = passwordEdit(this, "password");
    repeat_ = passwordEdit(this, "repeat");
    message_ = problemLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Login name:"), name_);
    form->addRow(tr("Full name:"), displayName_);
    form->addRow(tr("Role:"), role_);
    form->addRow(tr("Password:"), password_);
    form->addRow(tr("Repeat password:"), repeat_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    FocusOrder::followLayout(this);
}

NewAccount AccountDialog::account() const {
    return NewAccount{name_->text().trimmed(), displayName_->text().trimmed(),
                      Roles::fromName(role_->currentData().toString()).value_or(Role::Reception),
                      password_->text()};
}

void AccountDialog::accept() {
    const NewAccount a = account();
    Result<void> valid = AccountStore::checkName(a.name);
    if (valid && password_->text() != repeat_->text())
        valid = Error::invalid(tr("The two passwords differ; type the same password twice."));
    if (valid)
        valid = station_.accounts().checkPassword(a.name, a.password, a.displayName);
    if (!valid) {
        message_->setText(valid.error().message);
        return;
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(const Station& station, const QString& account, QWidget* parent)
    : QDialog(parent)
    , station_(station)
    , account_(account) {
    setWindowTitle(tr("New password for %1").arg(account));
    password_ = passwordEdit(this, "password");
    repeat_ = passwordEdit(this, "repeat");
    message_ = problemLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("New password:"), password_);
    form->addRow(tr("Repeat password:"), repeat_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    FocusOrder::followLayout(this);
}

QString PasswordDialog::password() const {
    return password_->text();
}

void PasswordDialog::accept() {
    Result<void> valid = password_->text() == repeat_->text()
                             ? station_.accounts().checkPassword(account_, password_->text())
                             : Result<void>(Error::invalid(
                                   tr("The two passwords differ; type the same password twice.")));
    if (!valid) {
        message_->setText(valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace pdi

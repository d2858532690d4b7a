#include "NodeTable.h"

#include "BackgroundTask.h"
#include "FocusOrder.h"
#include "network/DicomAssociation.h"
#include "node/NodeStore.h"
#include "settings/ImportSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

enum Column { Name, AeTitle, Address, Roles, Charset, Tls, Echo, EchoResultColumn, ColumnCount };

QString roleText(int roles) {
    QStringList out;
    if (roles & DicomNode::Store)
        out << NodeTable::tr("store");
    if (roles & DicomNode::Find)
        out << NodeTable::tr("find");
    if (roles & DicomNode::Worklist)
        out << NodeTable::tr("worklist");
    if (roles & DicomNode::Commit)
        out << NodeTable::tr("commit");
    return out.join(NodeTable::tr(", ", "between roles"));
}

} // namespace

NodeTable::NodeTable(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent)
    , context_(context) {
    setObjectName(QStringLiteral("nodeTable"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("nodes"));
    table_->setColumnCount(ColumnCount);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(true);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("addNode"));
    remove_ = new QPushButton(this);
    remove_->setObjectName(QStringLiteral("removeNode"));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(table_, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(body, 1);
    layout->addWidget(message_);

    connect(add_, &QPushButton::clicked, this, &NodeTable::openAddDialog);
    connect(remove_, &QPushButton::clicked, this, &NodeTable::confirmRemove);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedName();
        remove_->setEnabled(!name.isEmpty() && name != QLatin1String(DicomNode::LocalName));
    });
    retranslate();
    reload();
    FocusOrder::followLayout(this);
}

void NodeTable::retranslate() {
    intro_->setText(tr("The PACS and worklist servers this station talks to. \"local\" is the "
                       "station's own archive: imports go there until a PACS is configured, and "
                       "it is always asked for local patients. C-ECHO tests a node: is it there, "
                       "does it accept this station."));
    table_->setHorizontalHeaderLabels({tr("Name", "of a node"), tr("AE title"), tr("Address"),
                                       tr("Roles"), tr("Character set"), tr("TLS"), tr("Test"),
                                       tr("Last C-ECHO")});
    add_->setText(tr("Add..."));
    remove_->setText(tr("Remove..."));
    showNodes();
}

void NodeTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString NodeTable::message() const {
    return message_->text();
}

void NodeTable::showMessage(const QString& text, bool problem) {
    message_->setText(text);
    message_->setStyleSheet(problem ? QStringLiteral("color:#b71c1c;font-weight:bold;")
                                    : QStringLiteral("color:#1b5e20;"));
}

void NodeTable::reload() {
    Result<QVector<DicomNode>> nodes = NodeStore(context_.station.database()).list(true);
    if (!nodes) {
        nodes_.clear();
        showMessage(nodes.error().message, true);
    } else {
        nodes_ = *nodes;
    }
    showNodes();
}

int NodeTable::row(const QString& name) const {
    for (int r = 0; r < table_->rowCount(); ++r) {
        if (table_->item(r, Name) && table_->item(r, Name)->text() == name)
            return r;
    }
    return -1;
}

QString NodeTable::selectedName() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    return items.isEmpty() ? QString() : table_->item(items.first()->row(), Name)->text();
}

QString NodeTable::echoResult(const QString& name) const {
    return results_.value(name).text;
}

void NodeTable::showNodes() {
    const QString current = selectedName();
    table_->clearContents();
    table_->setRowCount(nodes_.size());
    for (int i = 0; i < nodes_.size(); ++i) {
        const DicomNode& n = nodes_.at(i);
        const bool local = n.isLocal();
        const QStringList cells{n.name,
                                local ? QStringLiteral("-") : n.aeTitle,
                                local ? tr("this station's archive (no network)")
                                      : QStringLiteral("%1:%2").arg(n.host).arg(n.port),
                                roleText(n.roles),
                                n.characterSet,
                                local ? QString() : (n.tls ? tr("yes") : tr("no")),
                                QString(),
                                QString()};
        for (int c = 0; c < cells.size(); ++c)
            table_->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (!n.callingAeTitle.isEmpty())
            table_->item(i, AeTitle)->setToolTip(tr("calls as %1").arg(n.callingAeTitle));
        if (local)
            continue;
        auto* echo = new QPushButton(tr("C-ECHO"), table_);
        echo->setObjectName(QStringLiteral("echo-%1").arg(n.name));
        echo->setEnabled(!echoes_.contains(n.name));
        const QString name = n.name;
        connect(echo, &QPushButton::clicked, this, [this, name] { this->echo(name); });
        table_->setCellWidget(i, Echo, echo);
        QTableWidgetItem* result = table_->item(i, EchoResultColumn);
        if (echoes_.contains(n.name)) {
            result->setText(tr("asking ..."));
        } else if (results_.contains(n.name)) {
            const EchoResult& r = results_.value(n.name);
            result->setText(r.text);
            result->setToolTip(r.text);
            result->setForeground(r.answered ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
        }
        if (n.name == current)
            table_->selectRow(i);
    }
    table_->resizeColumnsToContents();
    table_->setColumnWidth(Address, qMin(table_->columnWidth(Address), 240));
    table_->resizeRowsToContents();
    const QString selected = selectedName();
    remove_->setEnabled(!selected.isEmpty() && selected != QLatin1String(DicomNode::LocalName));
}

bool NodeTable::addNode(const DicomNode& node) {
    Result<DicomNode> added = NodeStore(context_.station.database()).add(context_.session, node);
    if (!added) {
        showMessage(added.error().message, true);
        return false;
    }
    showMessage(tr("Node %1 added. Press C-ECHO to test it.").arg(added->name), false);
    reload();
    Q_EMIT changed();
    return true;
}

bool NodeTable::removeNode(const QString& name) {
    Result<void> removed = NodeStore(context_.station.database()).remove(context_.session, name);
    if (!removed) {
        showMessage(removed.error().message, true);
        return false;
    }
    results_.remove(name);
    showMessage(tr("Node %1 removed.").arg(name), false);
    reload();
    Q_EMIT changed();
    return true;
}

void NodeTable::echo(const QString& name) {
    if (echoes_.contains(name))
        return;
    const Station station = context_.station;
    const Session session = context_.session;
    echoes_.insert(name, BackgroundTask::run(
                             this, station.database(),
                             [station, session, name] {
                                 return NodeStore(station.database())
                                     .echo(session, name,
                                           LocalAe::fromSettings(station.settings()));
                             },
                             [this, name](Result<void> echoed) {
                                 echoes_.remove(name);
                                 EchoResult r;
                                 r.answered = bool(echoed);
                                 r.text = echoed ? tr("answered") : echoed.error().message;
                                 results_.insert(name, r);
                                 showMessage(echoed ? tr("%1 answered the C-ECHO.").arg(name)
                                                    : echoed.error().message,
                                             !echoed);
                                 showNodes();
                                 Q_EMIT echoFinished(name, r.answered);
                             }));
    showMessage(tr("Sending a C-ECHO to %1 ...").arg(name), false);
    showNodes();
}

void NodeTable::openAddDialog() {
    auto* dialog = new NodeDialog(ImportSettings(context_.station.settings()).aeTitle(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addNode(dialog->node()); });
    dialog->open();
}

void NodeTable::confirmRemove() {
    const QString name = selectedName();
    if (name.isEmpty() || name == QLatin1String(DicomNode::LocalName))
        return;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove node"),
        tr("Remove the node %1? Imports can no longer be sent there, and it is no longer asked "
           "for local patients. Import jobs that name it stay in the record.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            removeNode(name);
    });
    // Not exec(): the idle sign-out may close this window while the question is open.
    box->open();
}

NodeDialog::NodeDialog(const QString& stationAeTitle, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("nodeDialog"));
    setWindowTitle(tr("Add a DICOM node"));
    auto edit = [this](const char* objectName) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(objectName));
        return e;
    };
    name_ = edit("nodeName");
    name_->setPlaceholderText(tr("e.g. pacs or ris-worklist"));
    aeTitle_ = edit("aeTitle");
    aeTitle_->setMaxLength(16);
    host_ = edit("host");
    host_->setPlaceholderText(tr("host name or IP address"));
    port_ = new QSpinBox(this);
    port_->setObjectName(QStringLiteral("port"));
    port_->setRange(1, 65535);
    port_->setValue(104);
    callingAeTitle_ = edit("callingAeTitle");
    callingAeTitle_->setMaxLength(16);
    callingAeTitle_->setPlaceholderText(tr("%1 (the station's AE title)").arg(stationAeTitle));
    store_ = new QCheckBox(tr("store: destination of imports (C-STORE)"), this);
    store_->setObjectName(QStringLiteral("roleStore"));
    store_->setChecked(true);
    find_ = new QCheckBox(tr("find: asked for local patients (C-FIND)"), this);
    find_->setObjectName(QStringLiteral("roleFind"));
    find_->setChecked(true);
    worklist_ = new QCheckBox(tr("worklist: asked for orders (Modality Worklist)"), this);
    worklist_->setObjectName(QStringLiteral("roleWorklist"));
    commit_ = new QCheckBox(tr("commit: an import is complete when the PACS confirms it "
                               "(storage commitment)"),
                            this);
    commit_->setObjectName(QStringLiteral("roleCommit"));
    characterSet_ = new QComboBox(this);
    characterSet_->setObjectName(QStringLiteral("characterSet"));
    for (const QString& cs : DicomNode::characterSetChoices())
        characterSet_->addItem(cs == QLatin1String("ISO_IR 192") ? tr("%1 (UTF-8)").arg(cs)
                                                                 : tr("%1 (JIS X 0208)").arg(cs),
                               cs);
    tls_ = new QCheckBox(tr("DICOM TLS"), this);
    tls_->setObjectName(QStringLiteral("tls"));
    verifyHostName_ = new QCheckBox(tr("The node's certificate must name its host"), this);
    verifyHostName_->setObjectName(QStringLiteral("verifyHostName"));
    verifyHostName_->setChecked(true);
    caFile_ = edit("caFile");
    caFile_->setPlaceholderText(tr("PEM file of the CA that signs the node's certificate"));
    certFile_ = edit("certFile");
    certFile_->setPlaceholderText(tr("optional: this station's certificate (PEM)"));
    keyFile_ = edit("keyFile");
    keyFile_->setPlaceholderText(tr("with the certificate: its unencrypted key (PEM)"));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color:#b71c1c;"));

    auto fileRow = [this](QLineEdit* edit) {
        auto* row = new QHBoxLayout;
        auto* browse = new QPushButton(tr("Browse..."), this);
        browse_ << browse;
        connect(browse, &QPushButton::clicked, this, [this, edit] {
            QPointer<NodeDialog> self(this);
            const QString file =
                QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), QString(),
                                             tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            if (self && !file.isEmpty())
                edit->setText(file);
        });
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    auto* roles = new QVBoxLayout;
    for (QCheckBox* b : {store_, find_, worklist_, commit_})
        roles->addWidget(b);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&AE title:"), aeTitle_);
    form->addRow(tr("&Host:"), host_);
    form->addRow(tr("&Port:"), port_);
    form->addRow(tr("&Calling AE title:"), callingAeTitle_);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("Character &set:"), characterSet_);
    form->addRow(QString(), tls_);
    form->addRow(tr("CA certificate:"), fileRow(caFile_));
    form->addRow(tr("Certificate:"), fileRow(certFile_));
    form->addRow(tr("Key:"), fileRow(keyFile_));
    form->addRow(QString(), verifyHostName_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NodeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    connect(tls_, &QCheckBox::toggled, this, &NodeDialog::updateTls);
    // Storage commitment is a promise about what was stored.
    connect(store_, &QCheckBox::toggled, this, [this](bool on) {
        commit_->setEnabled(on);
        if (!on)
            commit_->setChecked(false);
    });
    updateTls();
    setMinimumWidth(560);
    FocusOrder::followLayout(this);
}

void NodeDialog::updateTls() {
    const bool on = tls_->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{caFile_, certFile_, keyFile_, verifyHostName_})
        w->setEnabled(on);
    for (QPushButton* b : std::as_const(browse_))
        b->setEnabled(on);
}

DicomNode NodeDialog::node() const {
    DicomNode n;
    n.name = name_->text().trimmed();
    n.aeTitle = aeTitle_->text().trimmed();
    n.host = host_->text().trimmed();
    n.port = port_->value();
    n.callingAeTitle = callingAeTitle_->text().trimmed();
    n.roles = (store_->isChecked() ? DicomNode::Store : 0) |
              (find_->isChecked() ? DicomNode::Find : 0) |
              (worklist_->isChecked() ? DicomNode::Worklist : 0) |
              (commit_->isChecked() ? DicomNode::Commit : 0);
    n.characterSet = characterSet_->currentData().toString();
    n.tls = tls_->isChecked();
    if (n.tls) {
        n.caFile = caFile_->text().trimmed();
        n.certFile = certFile_->text().trimmed();
        n.keyFile = keyFile_->text().trimmed();
        n.verifyHostName = verifyHostName_->isChecked();
    }
    return n;
}

void NodeDialog::setNode(const DicomNode& n) {
    name_->setText(n.name);
    aeTitle_->setText(n.aeTitle);
    host_->setText(n.host);
    port_->setValue(n.port);
    callingAeTitle_->setText(n.callingAeTitle);
    store_->setChecked(n.has(DicomNode::Store));
    find_->setChecked(n.has(DicomNode::Find));
    worklist_->setChecked(n.has(DicomNode::Worklist));
    commit_->setChecked(n.has(DicomNode::Commit));
    characterSet_->setCurrentIndex(qMax(0, characterSet_->findData(n.characterSet)));
    tls_->setChecked(n.tls);
    caFile_->setText(n.caFile);
    certFile_->setText(n.certFile);
    keyFile_->setText(n.keyFile);
    verifyHostName_->setChecked(n.verifyHostName);
}

QString NodeDialog::message() const {
    return message_->text();
}

void NodeDialog::accept() {
    // The same check as when it is stored, so that the dialog stays open with what to correct.
    if (Result<void> valid = NodeStore::check(node()); !valid) {
        message_->setText(valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace pdi

#pragma once

#include "WorkspaceContext.h"
#include "node/DicomNode.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pdi {

class BackgroundTask;

// The DICOM nodes of this station for an administrator: the PACS and worklist servers, and the
// station's own archive "local" (always there; the destination until a PACS is configured). Add
// and remove go through NodeStore with the administrator's session, which checks every field
// and records the change. Each node has a C-ECHO button: the echo runs off the GUI thread and
// its answer, or what to check, is shown on the node's row and recorded.
class NodeTable : public QWidget {
    Q_OBJECT
public:
    explicit NodeTable(const WorkspaceContext& context, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return table_; }
    QString message() const;
    int row(const QString& name) const;

    // What the buttons do after their dialogs; results show in the message line.
    bool addNode(const DicomNode& node);
    bool removeNode(const QString& name);
    void echo(const QString& name);
    bool isEchoing(const QString& name) const { return echoes_.contains(name); }
    // The last echo's answer for a node: empty while none was made.
    QString echoResult(const QString& name) const;

Q_SIGNALS:
    // A node was added or removed.
    void changed();
    void echoFinished(const QString& name, bool answered);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct EchoResult {
        bool answered = false;
        QString text;
    };

    void retranslate();
    void showNodes();
    void showMessage(const QString& text, bool problem);
    void openAddDialog();
    void confirmRemove();
    QString selectedName() const;

    WorkspaceContext context_;
    QVector<DicomNode> nodes_;
    QHash<QString, QPointer<BackgroundTask>> echoes_;
    QHash<QString, EchoResult> results_;
    QLabel* intro_;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* message_;
};

// A new node: name, AE title, host and port, the calling AE title, roles, character set, and
// DICOM TLS with its files. NodeStore::check says what is wrong before the dialog closes.
class NodeDialog : public QDialog {
    Q_OBJECT
public:
    explicit NodeDialog(const QString& stationAeTitle, QWidget* parent = nullptr);

    DicomNode node() const;
    void setNode(const DicomNode& node);
    void accept() override;
    QString message() const;

private:
    void updateTls();

    QLineEdit* name_;
    QLineEdit* aeTitle_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* callingAeTitle_;
    QCheckBox* store_;
    QCheckBox* find_;
    QCheckBox* worklist_;
    QCheckBox* commit_;
    QComboBox* characterSet_;
    QCheckBox* tls_;
    QCheckBox* verifyHostName_;
    QLineEdit* caFile_;
    QLineEdit* certFile_;
    QLineEdit* keyFile_;
    QList<QPushButton*> browse_;
    QLabel* message_;
};

} // namespace pdi

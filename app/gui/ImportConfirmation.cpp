#include "ImportConfirmation.h"

#include "BackgroundTask.h"
#include "ReconciliationTable.h"
#include "report/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pdi {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QString ImportConfirmation::describeAmount(const QVector<ImportObject>& instances) {
    QSet<QString> studies;
    QSet<QString> series;
    for (const ImportObject& i : instances) {
        studies.insert(i.studyUid);
        series.insert(i.seriesUid);
    }
    return tr("%1 in %2 of %3", "objects in series of studies")
        .arg(tr("%n object(s)", nullptr, int(instances.size())),
             tr("%n series", nullptr, int(series.size())),
             tr("%n study(ies)", nullptr, int(studies.size())));
}

QString ImportConfirmation::describeDestination(const DicomNode& node) {
    if (node.isLocal())
        return tr("the local archive of this station");
    return tr("%1 (%2 at %3:%4)").arg(node.name, node.aeTitle, node.host).arg(node.port);
}

QString ImportConfirmation::describeDemographicsSource(const QString& source) {
    if (source == QLatin1String("explicit"))
        return tr("typed by you (no source knows the local ID)");
    if (source == QLatin1String("medium"))
        return tr("the medium (outside IDs kept)");
    if (source == QLatin1String(DicomNode::LocalName))
        return tr("the local archive");
    return source;
}

QStringList ImportConfirmation::describeChanges(const ImportPlan& plan) {
    QStringList out;
    const PatientDemographics& o = plan.outside;
    const LocalIdentity& l = plan.local;
    const bool idChanges = o.id != l.patientId || o.issuer != l.issuer;
    const bool changes = idChanges || o.name != l.name || o.birthDate != l.birthDate ||
                         o.sex != l.sex || (!l.accessionNumber.isEmpty());
    if (changes) {
        out << tr("The patient's identity in each object becomes the local one shown above.");
        out << tr("The old values stay in each object (Original Attributes Sequence, reason "
                  "COERCE, from %1).")
                   .arg(plan.sourceInstitution.isEmpty() ? tr("the outside institution")
                                                         : plan.sourceInstitution);
        if (idChanges && !o.id.isEmpty())
            out << tr("The outside ID %1 is added to Other Patient IDs.").arg(o.id);
        out << tr("This station is recorded as the portable media importer (Contributing "
                  "Equipment).");
    } else {
        out << tr("The identity stays as it is on the medium.");
    }
    out << tr("Text is written in %1, the character set of the destination.")
               .arg(plan.destination.characterSet);
    out << tr("Study, series and instance UIDs and the images themselves are not changed. The "
              "medium is never changed.");
    return out;
}

QString ImportConfirmation::summaryHtml(const ImportPlan& plan) {
    const PatientDemographics& o = plan.outside;
    const LocalIdentity& l = plan.local;
    QString html;
    if (!plan.contradictions.isEmpty()) {
        html += QStringLiteral("<div style='color:#b71c1c;font-weight:bold;border:2px solid "
                               "#b71c1c;padding:6px'><p>%1</p><ul>")
                    .arg(escaped(tr("This local patient contradicts the patient on the medium. "
                                    "Send only if you are sure they are the same person, and "
                                    "say why below.")));
        for (const IdentityDifference& d : plan.contradictions)
            html += QStringLiteral("<li>%1</li>").arg(escaped(d.sentence()));
        html += QStringLiteral("</ul></div>");
    }
    if (plan.medium.report().flags[MediumFlags::Autorun] ||
        plan.medium.report().flags[MediumFlags::Executables])
        html += QStringLiteral("<p style='color:#b71c1c;font-weight:bold'>%1</p>")
                    .arg(escaped(tr("The medium carries programs or an autorun file. Nothing on "
                                    "it is run and they are not imported; the import is "
                                    "recorded as a security alert.")));

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Patient")));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' "
                           "style='border-collapse:collapse'>");
    html += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>")
                .arg(escaped(tr("On the medium")), escaped(tr("Filed as")));
    struct Row {
        QString label;
        QString before;
        QString after;
    };
    const Row rows[] = {
        {tr("Patient ID"), o.id, l.patientId},
        {tr("Issuer"), o.issuer, l.issuer},
        {tr("Name"), ReconciliationTable::describeName(o.name),
         ReconciliationTable::describeName(l.name)},
        {tr("Born"), DisplayText::date(o.birthDate), DisplayText::date(l.birthDate)},
        {tr("Sex"), DisplayText::sex(o.sex), DisplayText::sex(l.sex)},
    };
    for (const Row& r : rows) {
        const bool changed = r.before != r.after;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(escaped(r.label), escaped(r.before),
                         changed ? QStringLiteral("<b>%1</b>").arg(escaped(r.after))
                                 : escaped(r.after));
    }
    if (!l.accessionNumber.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td></td><td><b>%2</b></td></tr>")
                    .arg(escaped(tr("Accession number")), escaped(l.accessionNumber));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Local values from: %1.")
                                 .arg(describeDemographicsSource(plan.demographicsSource))));
    if (!plan.request.keepIds) {
        if (!plan.match.matches.isEmpty())
            html += QStringLiteral("<div>%1</div>")
                        .arg(escaped(
                            tr("Matches: %1.").arg(plan.match.matches.join(QLatin1String("; ")))));
        if (!plan.match.differences.isEmpty())
            html += QStringLiteral("<div style='color:#b71c1c;font-weight:bold'>%1</div>")
                        .arg(escaped(tr("Differs: %1. Make sure this is the same person.")
                                         .arg(plan.match.differences.join(QLatin1String("; ")))));
    }
    for (const QString& p : plan.lookupProblems)
        html += QStringLiteral("<div style='color:#8d6e00'>%1</div>").arg(escaped(p));

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("What is sent")));
    html += QStringLiteral("<div>%1</div>").arg(escaped(describeAmount(plan.instances)));
    if (!plan.leftOut.isEmpty())
        html += QStringLiteral("<div>%1</div>")
                    .arg(escaped(tr("%n file(s) of the medium are left out; the list in the "
                                    "workspace says why.",
                                    nullptr, int(plan.leftOut.size()))));

    html += QStringLiteral("<h3>%1</h3><div>%2</div>")
                .arg(escaped(tr("Destination")), escaped(describeDestination(plan.destination)));
    if (plan.destination.has(DicomNode::Commit))
        html += QStringLiteral("<div>%1</div>")
                    .arg(escaped(tr("The import is complete when the PACS confirms that it "
                                    "keeps the objects (storage commitment).")));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Inside the objects")));
    for (const QString& c : describeChanges(plan))
        html += QStringLiteral("<li>%1</li>").arg(escaped(c));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped(tr("The import is recorded under your name: you are responsible "
                                "for the imported images.")));
    return html;
}

QStringList ImportConfirmation::differenceReasons() {
    return {tr("Identity confirmed in person with the patient"),
            tr("Identity confirmed with the referring hospital"),
            tr("Name changed (marriage, adoption or other)"),
            tr("The referring hospital recorded the birth date wrongly"),
            tr("The referring hospital recorded the sex wrongly")};
}

ImportConfirmation::ImportConfirmation(const ImportPlan& plan, const IdentityGuard& guard,
                                       QWidget* parent)
    : QDialog(parent)
    , guard_(guard)
    , contradicts_(!plan.contradictions.isEmpty())
    , approvalRequired_(contradicts_ && guard.approvalRequired()) {
    setObjectName(QStringLiteral("importConfirmation"));
    setWindowTitle(tr("Import these objects?"));
    auto* intro = new QLabel(tr("Check that the outside patient is filed under the right local "
                                "patient, and what is sent where."),
                             this);
    intro->setWordWrap(true);
    summary_ = new QTextBrowser(this);
    summary_->setObjectName(QStringLiteral("importSummary"));
    summary_->setHtml(summaryHtml(plan));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(summary_, 1);

    if (contradicts_) {
        auto* form = new QFormLayout;
        reason_ = new QComboBox(this);
        reason_->setObjectName(QStringLiteral("differenceReason"));
        reason_->setEditable(true);
        reason_->addItems(differenceReasons());
        reason_->setCurrentIndex(-1);
        reason_->lineEdit()->setPlaceholderText(tr("Choose or type why they are the same person"));
        reason_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        form->addRow(tr("Reason:"), reason_);
        connect(reason_, &QComboBox::currentTextChanged, this, &ImportConfirmation::updateSend);
        if (approvalRequired_) {
            auto* note = new QLabel(tr("This station asks a second person (technologist or "
                                       "administrator) to approve: they sign in here."),
                                    this);
            note->setWordWrap(true);
            form->addRow(note);
            approverName_ = new QLineEdit(this);
            approverName_->setObjectName(QStringLiteral("approverName"));
            approverPassword_ = new QLineEdit(this);
            approverPassword_->setObjectName(QStringLiteral("approverPassword"));
            approverPassword_->setEchoMode(QLineEdit::Password);
            form->addRow(tr("Approved by (login name):"), approverName_);
            form->addRow(tr("Their password:"), approverPassword_);
            for (QLineEdit* e : {approverName_, approverPassword_})
                connect(e, &QLineEdit::textChanged, this, &ImportConfirmation::updateSend);
        }
        layout->addLayout(form);
    }
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("confirmationProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color:#b71c1c;font-weight:bold;"));
    problem_->hide();
    layout->addWidget(problem_);

    auto* buttons = new QDialogButtonBox(this);
    send_ = buttons->addButton(contradicts_ ? tr("Send all the same") : tr("Send"),
                               QDialogButtonBox::AcceptRole);
    send_->setObjectName(QStringLiteral("confirmImport"));
    QPushButton* back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backFromImport"));
    // A contradiction makes going back the easy way: Enter must not send.
    send_->setAutoDefault(!contradicts_);
    send_->setDefault(!contradicts_);
    back->setAutoDefault(contradicts_);
    back->setDefault(contradicts_);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportConfirmation::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSend();
    resize(660, 700);
}

QString ImportConfirmation::summaryText() const {
    return summary_->toPlainText();
}

QString ImportConfirmation::differenceReason() const {
    return reason_ ? reason_->currentText().trimmed() : QString();
}

QString ImportConfirmation::problemText() const {
    return problem_->isVisible() ? problem_->text() : QString();
}

void ImportConfirmation::updateSend() {
    bool complete = !contradicts_ || !differenceReason().isEmpty();
    if (approvalRequired_)
        complete = complete && !approverName_->text().trimmed().isEmpty() &&
                   !approverPassword_->text().isEmpty();
    send_->setEnabled(complete && !approving_);
}

void ImportConfirmation::accept() {
    if (!send_->isEnabled())
        return;
    if (!approvalRequired_) {
        QDialog::accept();
        return;
    }
    // The approver's password hash takes a moment: off the GUI thread, as at sign-in.
    approving_ = true;
    problem_->hide();
    const IdentityGuard guard = guard_;
    const QString name = approverName_->text().trimmed();
    const QString password = approverPassword_->text();
    approverPassword_->clear();
    BackgroundTask::run(
        this, guard.database(), [guard, name, password] { return guard.approve(name, password); },
        [this](Result<Session> approved) {
            approving_ = false;
            if (!approved) {
                problem_->setText(approved.error().message);
                problem_->show();
                updateSend();
                return;
            }
            approver_ = *approved;
            QDialog::accept();
        });
    updateSend();
}

} // namespace pdi

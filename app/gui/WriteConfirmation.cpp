#include "WriteConfirmation.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pdi {

namespace {

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

QString WriteConfirmation::describeDecision(const ExportDecision& d) {
    switch (d.kind) {
    case ExportDecision::Kind::AllowVideo:
        return tr("Include video: %1").arg(d.series);
    case ExportDecision::Kind::AllowBulk:
        return tr("Include thin-slice or large data: %1 (%2)").arg(d.series, d.detail);
    case ExportDecision::Kind::AllowAi:
        return tr("Include AI-derived images: %1 (%2)").arg(d.series, d.detail);
    case ExportDecision::Kind::MarkAi:
        return tr("Treat as AI-derived: %1").arg(d.series);
    case ExportDecision::Kind::NotAi:
        return tr("Treat as not AI-derived: %1 (recognised by: %2)").arg(d.series, d.detail);
    }
    return d.series;
}

QString WriteConfirmation::describeLeftOut(const ExcludedContent& e) {
    switch (e.reason) {
    case ExcludedContent::Reason::OtherPatient:
        return tr("Another patient: %1").arg(e.label);
    case ExcludedContent::Reason::NotSelected:
    case ExcludedContent::Reason::ExcludedByOperator:
        return tr("%1: not ticked").arg(e.label);
    case ExcludedContent::Reason::Video:
        return tr("%1: video, left out unless you tick it").arg(e.label);
    case ExcludedContent::Reason::Bulk:
        return tr("%1: thin-slice or large data, left out unless you tick it").arg(e.label);
    case ExcludedContent::Reason::AiDerived:
        return tr("%1: AI-derived, left out unless you tick it (or choose Not AI-derived)")
            .arg(e.label);
    }
    return e.message;
}

QString WriteConfirmation::describeTarget(const QString& target, TargetMedia::Kind media) {
    switch (WriteJob::targetKind(target)) {
    case WriteTarget::Folder:
        return tr("USB stick or folder %1 (%2)").arg(target, TargetMedia::label(media));
    case WriteTarget::IsoFile:
        return tr("disc image file %1 (%2)").arg(target, TargetMedia::label(media));
    case WriteTarget::Disc:
        return tr("disc in %1 (%2)").arg(target, TargetMedia::label(media));
    }
    return target;
}

QString WriteConfirmation::describePatientName(const QString& dicomName) {
    const PersonName name = PersonName::fromDicom(dicomName);
    if (name.ideographic.isEmpty())
        return PersonName::readable(name.alphabetic);
    if (name.phonetic.isEmpty())
        return PersonName::readable(name.ideographic);
    return tr("%1 (%2)", "name in kanji, reading in kana")
        .arg(PersonName::readable(name.ideographic), PersonName::readable(name.phonetic));
}

QString WriteConfirmation::describeAmount(const ExportPlan& plan) {
    int series = 0;
    for (const PlannedStudy& st : plan.studies)
        series += st.series.size();
    return tr("%1 in %2 of %3, about %4 MB")
        .arg(tr("%n object(s)", nullptr, plan.instanceCount()), tr("%n series", nullptr, series),
             tr("%n study(ies)", nullptr, int(plan.studies.size())),
             megabytes(plan.estimatedBytes));
}

QString WriteConfirmation::summaryHtml(const ExportPlan& plan, const WriteRequest& request) {
    const PersonName name = PersonName::fromDicom(plan.patient.name);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Patient")));
    if (!name.phonetic.isEmpty())
        html += QStringLiteral("<div>%1</div>").arg(escaped(PersonName::readable(name.phonetic)));
    // As on a Japanese form: the reading above the name in kanji, the romaji after it.
    QString shown =
        PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic : name.ideographic);
    if (!name.ideographic.isEmpty() && !name.alphabetic.isEmpty())
        shown += QLatin1String("   ") + PersonName::readable(name.alphabetic);
    html += QStringLiteral("<div style='font-size:x-large;font-weight:bold'>%1</div>")
                .arg(escaped(shown));
    html +=
        QStringLiteral("<div>%1</div>")
            .arg(escaped(
                tr("ID %1   born %2   %3")
                    .arg(plan.patient.issuer.isEmpty()
                             ? plan.patient.id
                             : tr("%1 (issued by %2)").arg(plan.patient.id, plan.patient.issuer),
                         DisplayText::date(plan.patient.birthDate),
                         DisplayText::sex(plan.patient.sex))));

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Content")));
    html += QStringLiteral("<div>%1</div>").arg(escaped(describeAmount(plan)));
    html += QStringLiteral("<ul>");
    for (const PlannedStudy& st : plan.studies) {
        html += QStringLiteral("<li>%1").arg(
            escaped(tr("Study %1  %2  %3")
                        .arg(DisplayText::date(st.date), st.modalities.join(QLatin1Char('/')),
                             st.description)));
        html += QStringLiteral("<ul>");
        for (const PlannedSeries& se : st.series) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(escaped(tr("Series %1  %2  %3  (%n image(s))", nullptr, se.frames)
                                         .arg(se.number, se.modality, se.description)));
        }
        html += QStringLiteral("</ul></li>");
    }
    html += QStringLiteral("</ul>");
    if (plan.web)
        html += QStringLiteral("<div>%1</div>").arg(escaped(tr("With web content.")));
    for (const PlannedOtherFile& o : plan.otherFiles)
        html += QStringLiteral("<div>%1</div>")
                    .arg(escaped(tr("Other file: %1 (%2)").arg(o.mediumPath, o.description)));

    html +=
        QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Your decisions (recorded under your name)")));
    if (plan.decisions.isEmpty()) {
        html += QStringLiteral("<div>%1</div>").arg(escaped(tr("None.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const ExportDecision& d : plan.decisions)
            html += QStringLiteral("<li><b>%1</b></li>").arg(escaped(describeDecision(d)));
        html += QStringLiteral("</ul>");
    }
    if (!plan.excluded.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Left out")));
        for (const ExcludedContent& e : plan.excluded)
            html += QStringLiteral("<li>%1</li>").arg(escaped(describeLeftOut(e)));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>%1</h3><div>%2</div>")
                .arg(escaped(tr("Target")),
                     escaped(describeTarget(request.target, request.options.media)));
    return html;
}

WriteConfirmation::WriteConfirmation(const ExportPlan& plan, const WriteRequest& request,
                                     QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("writeConfirmation"));
    setWindowTitle(tr("Write this medium?"));
    auto* intro = new QLabel(tr("Check whose medium this is and what goes on it. The medium is "
                                "written, read back and compared before it is reported done."),
                             this);
    intro->setWordWrap(true);
    summary_ = new QTextBrowser(this);
    summary_->setObjectName(QStringLiteral("writeSummary"));
    summary_->setHtml(summaryHtml(plan, request));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* write = buttons->addButton(tr("Write"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("confirmWrite"));
    write->setDefault(true);
    buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(summary_, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

QString WriteConfirmation::summaryText() const {
    return summary_->toPlainText();
}

} // namespace pdi

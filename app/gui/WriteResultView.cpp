#include "WriteResultView.h"

#include "WriteConfirmation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdi {

WriteResultView::WriteResultView(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("writeResult"));
    setFrameShape(QFrame::StyledPanel);
    headline_ = new QLabel(this);
    headline_->setObjectName(QStringLiteral("resultHeadline"));
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    headline_->setFont(big);
    headline_->setWordWrap(true);
    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("resultDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    spoiled_ = new QLabel(this);
    spoiled_->setObjectName(QStringLiteral("spoiledDisc"));
    spoiled_->setWordWrap(true);
    spoiled_->setAlignment(Qt::AlignCenter);
    QFont alarm = spoiled_->font();
    alarm.setPointSizeF(alarm.pointSizeF() * 1.8);
    alarm.setBold(true);
    spoiled_->setFont(alarm);
    spoiled_->setStyleSheet(
        QStringLiteral("background:#b71c1c;color:white;padding:12px;border-radius:4px;"));
    printButton_ = new QPushButton(this);
    printButton_->setObjectName(QStringLiteral("resultPrintLabel"));
    pdfButton_ = new QPushButton(this);
    pdfButton_->setObjectName(QStringLiteral("resultSaveLabel"));

    auto* text = new QVBoxLayout;
    text->addWidget(headline_);
    text->addWidget(details_);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(printButton_);
    buttons->addWidget(pdfButton_);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addLayout(text, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(spoiled_);
    layout->addLayout(row);

    connect(printButton_, &QPushButton::clicked, this, &WriteResultView::printLabelRequested);
    connect(pdfButton_, &QPushButton::clicked, this, &WriteResultView::saveLabelRequested);
    clear();
}

void WriteResultView::clear() {
    outcome_.reset();
    error_.reset();
    retranslate();
}

void WriteResultView::showOutcome(const WriteOutcome& outcome) {
    outcome_ = outcome;
    error_.reset();
    retranslate();
}

void WriteResultView::showError(const Error& error) {
    outcome_.reset();
    error_ = error;
    retranslate();
}

void WriteResultView::setLabelActionsAllowed(bool allowed) {
    labelAllowed_ = allowed;
    retranslate();
}

QString WriteResultView::headline() const {
    return headline_->text();
}

QString WriteResultView::details() const {
    return details_->text();
}

bool WriteResultView::warnsOfSpoiledDisc() const {
    return !spoiled_->isHidden();
}

void WriteResultView::retranslate() {
    printButton_->setText(tr("Print label..."));
    pdfButton_->setText(tr("Save label as PDF..."));
    spoiled_->setText(tr("Do not hand over this disc. It does not read back as written: "
                         "destroy it and write a new one."));
    const bool written = outcome_ && outcome_->status == WriteOutcome::Status::Written;
    setVisible(outcome_.has_value() || error_.has_value());
    spoiled_->setVisible(outcome_ && outcome_->spoiledDisc);
    printButton_->setVisible(written && labelAllowed_);
    pdfButton_->setVisible(written && labelAllowed_);
    if (error_) {
        showStopped(*error_);
        return;
    }
    if (!outcome_) {
        headline_->clear();
        details_->clear();
        return;
    }
    const WriteOutcome& o = *outcome_;
    QStringList lines;
    QString colour = QStringLiteral("#b71c1c");
    switch (o.status) {
    case WriteOutcome::Status::Written: {
        colour = QStringLiteral("#1b5e20");
        headline_->setText(tr("Written and verified"));
        lines << tr("Job %1   File-set ID %2").arg(o.jobId).arg(o.fileSetId);
        lines << WriteConfirmation::describeTarget(o.targetPath, o.plan.media);
        lines << tr("%1 for %2 (ID %3)")
                     .arg(WriteConfirmation::describeAmount(o.plan),
                          WriteConfirmation::describePatientName(o.plan.patient.name),
                          o.plan.patient.id);
        if (o.transcoded > 0)
            lines << tr("%n object(s) decoded to uncompressed.", nullptr, o.transcoded);
        for (const ExportDecision& d : o.plan.decisions)
            lines << tr("Decision recorded: %1").arg(WriteConfirmation::describeDecision(d));
        lines << tr("Verified: read back with the checker's rules; every file's SHA-256 matches.");
        break;
    }
    case WriteOutcome::Status::Cancelled:
        colour = QStringLiteral("#616161");
        headline_->setText(tr("Cancelled"));
        lines << o.message;
        break;
    case WriteOutcome::Status::Failed:
        headline_->setText(tr("Writing failed"));
        lines << o.message;
        for (const QString& p : o.verificationProblems.mid(0, 10))
            lines << QStringLiteral("• ") + p;
        break;
    }
    if (o.jobId > 0 && o.status != WriteOutcome::Status::Written)
        lines << tr("Job %1 is recorded with this outcome.").arg(o.jobId);
    headline_->setStyleSheet(QStringLiteral("color:%1;").arg(colour));
    details_->setText(lines.join(QLatin1Char('\n')));
}

void WriteResultView::showStopped(const Error& error) {
    QString colour = QStringLiteral("#b71c1c");
    switch (error.kind) {
    case Error::Kind::Cancelled:
        colour = QStringLiteral("#616161");
        headline_->setText(tr("Cancelled"));
        break;
    case Error::Kind::Storage:
    case Error::Kind::Network:
        headline_->setText(tr("Writing failed"));
        break;
    default:
        headline_->setText(tr("Not written"));
        break;
    }
    headline_->setStyleSheet(QStringLiteral("color:%1;").arg(colour));
    details_->setText(error.message);
}

void WriteResultView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace pdi

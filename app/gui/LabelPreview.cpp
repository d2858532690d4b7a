#include "LabelPreview.h"

#include "label/LabelRenderer.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pdi {

namespace {

// The preview follows the space it is given, down to this size.
constexpr int MinimumPreviewPx = 220;

QImage paintedImage(int width, int height,
                    const std::function<void(QPainter&, const QRectF&)>& paint) {
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, width, height));
    painter.end();
    return image;
}

} // namespace

LabelPreview::LabelPreview(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("labelPreview"));
    pages_ = new QTabWidget(this);
    pages_->setDocumentMode(true);
    disc_ = new QLabel(pages_);
    disc_->setObjectName(QStringLiteral("discLabel"));
    insert_ = new QLabel(pages_);
    insert_->setObjectName(QStringLiteral("caseInsert"));
    for (QLabel* l : {disc_, insert_}) {
        l->setAlignment(Qt::AlignCenter);
        l->setMinimumSize(MinimumPreviewPx, MinimumPreviewPx);
        l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        l->setWordWrap(true);
    }
    pages_->addTab(disc_, QString());
    pages_->addTab(insert_, QString());
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("labelCaption"));
    caption_->setWordWrap(true);
    caption_->setStyleSheet(QStringLiteral("color:#616161;"));
    pdfButton_ = new QPushButton(this);
    pdfButton_->setObjectName(QStringLiteral("saveLabelPdf"));
    printButton_ = new QPushButton(this);
    printButton_->setObjectName(QStringLiteral("printLabel"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(pdfButton_);
    buttons->addWidget(printButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages_, 1);
    layout->addWidget(caption_);
    layout->addLayout(buttons);

    // Every tick in the content tree changes the label; it is drawn once the clicking stops.
    redrawTimer_.setSingleShot(true);
    redrawTimer_.setInterval(200);
    connect(&redrawTimer_, &QTimer::timeout, this, &LabelPreview::redraw);
    connect(pdfButton_, &QPushButton::clicked, this, &LabelPreview::choosePdf);
    connect(printButton_, &QPushButton::clicked, this, &LabelPreview::choosePrinter);
    retranslate();
}

void LabelPreview::retranslate() {
    pages_->setTabText(0, tr("Disc"));
    pages_->setTabText(1, tr("Case insert"));
    pdfButton_->setText(tr("Save label as PDF..."));
    printButton_->setText(tr("Print label..."));
    const QString later = tr("Saving and printing become available once the medium is written, "
                             "with the File-set ID it got.");
    pdfButton_->setToolTip(written_ ? QString() : later);
    printButton_->setToolTip(written_ ? QString() : later);
    if (!hasMedium_)
        caption_->setText(tr("The label appears here when there is something to write."));
    else if (written_)
        caption_->setText(
            tr("Label of the written medium (File-set ID %1).").arg(medium_.fileSetId));
    else
        caption_->setText(tr("Preview: the File-set ID is given when the medium is written."));
    updateButtons();
}

void LabelPreview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (hasMedium_)
        redrawTimer_.start();
}

void LabelPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LabelPreview::setPrintingAllowed(bool allowed) {
    printingAllowed_ = allowed;
    updateButtons();
}

void LabelPreview::updateButtons() {
    const bool enabled = hasMedium_ && written_ && printingAllowed_;
    pdfButton_->setEnabled(enabled);
    printButton_->setEnabled(enabled);
}

void LabelPreview::setMedium(const MediumDescription& medium, bool written) {
    medium_ = medium;
    hasMedium_ = true;
    written_ = written;
    retranslate();
    redrawTimer_.start();
}

void LabelPreview::clear() {
    hasMedium_ = false;
    written_ = false;
    medium_ = MediumDescription();
    retranslate();
    redrawTimer_.start();
}

void LabelPreview::redraw() {
    redrawTimer_.stop();
    if (!hasMedium_) {
        disc_->clear();
        insert_->clear();
        return;
    }
    QString fontError;
    if (LabelRenderer::fontFamily(&fontError).isEmpty()) {
        disc_->setText(fontError);
        insert_->setText(fontError);
        return;
    }
    const MediumDescription m = medium_;
    // Both pages share the tab's area; the one not shown has no size of its own yet.
    const QSize area = pages_->currentWidget()->contentsRect().size();
    const int px = qMax(MinimumPreviewPx, qMin(area.width(), area.height()) - 4);
    disc_->setPixmap(QPixmap::fromImage(paintedImage(
        px, px, [&m](QPainter& p, const QRectF& r) { LabelRenderer::paintDiscLabel(p, r, m); })));
    // The front insert is the square one; the back inlay has the same text as the spines.
    insert_->setPixmap(QPixmap::fromImage(paintedImage(px, px, [&m](QPainter& p, const QRectF& r) {
        p.fillRect(r, Qt::white);
        LabelRenderer::paintCaseFront(p, r, m);
    })));
}

QString LabelPreview::statusText() const {
    return caption_->text();
}

Result<void> LabelPreview::savePdf(const QString& path) const {
    if (!hasMedium_ || !written_)
        return Error::invalid(tr("Write the medium first: the label carries its File-set ID."));
    const Result<int> pages = LabelRenderer::renderPdf(medium_, path);
    if (!pages)
        return pages.error();
    return {};
}

Result<void> LabelPreview::print(QPrinter& printer) const {
    if (!hasMedium_ || !written_)
        return Error::invalid(tr("Write the medium first: the label carries its File-set ID."));
    QString fontError;
    if (LabelRenderer::fontFamily(&fontError).isEmpty())
        return Error::invalid(fontError);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::invalid(tr("The printer cannot be started."));
    const QRectF page(QPointF(0, 0), printer.paperRect(QPrinter::DevicePixel).size());
    LabelRenderer::paintPage(painter, page, LabelRenderer::Page::DiscLabel, medium_);
    printer.newPage();
    LabelRenderer::paintPage(painter, page, LabelRenderer::Page::CaseInsert, medium_);
    painter.end();
    return {};
}

void LabelPreview::choosePdf() {
    if (!hasMedium_ || !written_)
        return;
    QPointer<LabelPreview> self(this);
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/label-%1.pdf").arg(medium_.fileSetId);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the label as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!self || path.isEmpty())
        return;
    const Result<void> saved = savePdf(path);
    caption_->setText(saved ? tr("The label was saved as %1.").arg(path) : saved.error().message);
    if (saved)
        Q_EMIT labelSaved(path);
}

void LabelPreview::choosePrinter() {
    if (!hasMedium_ || !written_)
        return;
    // On the heap and opened without a nested event loop: sign-out may close this workspace
    // while the dialog is open.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        const Result<void> printed = print(*printer);
        caption_->setText(printed ? tr("The label was sent to the printer.")
                                  : printed.error().message);
    });
    dialog->open();
}

} // namespace pdi

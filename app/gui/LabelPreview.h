#pragma once

#include "layout/MediumDescription.h"
#include "result/Result.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPrinter;
class QPushButton;
class QTabWidget;

namespace pdi {

// The disc label and the case insert of the medium being prepared, drawn by the writer's own
// LabelRenderer (as `pdi label` and the write job draw them), so what the front desk sees is what
// the receiving hospital gets. Until the medium is written the File-set ID is a placeholder; the
// label of a written medium saves as PDF and prints.
class LabelPreview : public QWidget {
    Q_OBJECT
public:
    explicit LabelPreview(QWidget* parent = nullptr);

    // The medium as planned (written = false) or as written; redrawn shortly after.
    void setMedium(const MediumDescription& medium, bool written);
    void clear();
    bool hasMedium() const { return hasMedium_; }
    bool isWritten() const { return written_; }
    const MediumDescription& medium() const { return medium_; }
    // The person may print labels (Permission::Label).
    void setPrintingAllowed(bool allowed);

    Result<void> savePdf(const QString& path) const;
    // Both pages, A4, full page: the disc and the inserts keep their sizes in millimetres.
    Result<void> print(QPrinter& printer) const;
    void choosePdf();
    void choosePrinter();

    // Draws now instead of shortly after (tests, screenshots).
    void redraw();
    QString statusText() const;

Q_SIGNALS:
    void labelSaved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    MediumDescription medium_;
    bool hasMedium_ = false;
    bool written_ = false;
    bool printingAllowed_ = true;
    QTimer redrawTimer_;

    QTabWidget* pages_;
    QLabel* disc_;
    QLabel* insert_;
    QLabel* caption_;
    QPushButton* pdfButton_;
    QPushButton* printButton_;
};

} // namespace pdi

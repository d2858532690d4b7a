#include "ScrollingColumn.h"

#include <QScrollArea>
#include <QScrollBar>

namespace pdi {

namespace {

// While it scrolls up and down only, it must never be narrower than what the column needs, or
// the column's right edge (buttons, a combo box) is cut off with no way to reach it.
class ColumnScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override {
        QSize hint = QScrollArea::minimumSizeHint();
        const QWidget* column = widget();
        if (column && horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff)
            hint.setWidth(column->minimumSizeHint().width() +
                          verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
        return hint;
    }
};

} // namespace

QScrollArea* scrollingColumn(QWidget* parent, QWidget* column) {
    auto* area = new ColumnScrollArea(parent);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(column);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

} // namespace pdi

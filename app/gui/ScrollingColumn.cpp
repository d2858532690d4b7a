#include "ScrollingColumn.h"

#include <QScrollArea>

namespace pdi {

QScrollArea* scrollingColumn(QWidget* parent, QWidget* column) {
    auto* area = new QScrollArea(parent);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(column);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

} // namespace pdi

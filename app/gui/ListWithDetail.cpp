#include "ListWithDetail.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>

namespace pdi {

ListWithDetail ListWithDetail::make(QWidget* parent, QWidget* list, const QString& detailName,
                                    int listStretch, int detailLines) {
    ListWithDetail out;
    out.detail = new QLabel(parent);
    out.detail->setObjectName(detailName);
    out.detail->setWordWrap(true);
    out.detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    out.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    out.detail->setMargin(6);
    auto* area = new QScrollArea(parent);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(out.detail);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (detailLines > 0)
        area->setMinimumHeight(out.detail->fontMetrics().lineSpacing() * detailLines + 12);
    out.splitter = new QSplitter(Qt::Vertical, parent);
    out.splitter->addWidget(list);
    out.splitter->addWidget(area);
    out.splitter->setStretchFactor(0, listStretch);
    out.splitter->setStretchFactor(1, 1);
    out.splitter->setChildrenCollapsible(false);
    return out;
}

} // namespace pdi

#include "FocusOrder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QList>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

namespace pdi {

namespace {

void collect(QLayout* layout, QList<QWidget*>& out);

void collect(QWidget* w, QList<QWidget*>& out) {
    if (!w || w->isWindow())
        return;
    if (auto* area = qobject_cast<QScrollArea*>(w)) {
        // An area that takes focus itself (to scroll with the keys) comes before its fields.
        if (area->focusPolicy() & Qt::TabFocus)
            out << area;
        if (area->widget())
            collect(area->widget(), out);
        return;
    }
    if (auto* splitter = qobject_cast<QSplitter*>(w)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out);
        return;
    }
    // Pages of tabs and stacks keep their own order; the tab bar is one stop.
    if (qobject_cast<QTabWidget*>(w) || qobject_cast<QStackedWidget*>(w)) {
        out << w;
        return;
    }
    if (w->focusPolicy() & Qt::TabFocus) {
        out << w;
        return;
    }
    if (w->layout())
        collect(w->layout(), out);
}

void collect(QLayout* layout, QList<QWidget*>& out) {
    struct Placed {
        int row;
        int column;
        QLayoutItem* item;
    };
    QList<Placed> items;
    for (int i = 0; i < layout->count(); ++i) {
        Placed p{0, i, layout->itemAt(i)};
        if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
            int rowSpan = 0;
            int columnSpan = 0;
            grid->getItemPosition(i, &p.row, &p.column, &rowSpan, &columnSpan);
            // A button beside several rows (Search beside the filters) comes after them.
            p.row += qMax(0, rowSpan - 1);
        } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getItemPosition(i, &p.row, &role);
            p.column = int(role);
        }
        items << p;
    }
    std::stable_sort(items.begin(), items.end(), [](const Placed& a, const Placed& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    auto* box = qobject_cast<QBoxLayout*>(layout);
    if (box && (box->direction() == QBoxLayout::RightToLeft ||
                box->direction() == QBoxLayout::BottomToTop))
        std::reverse(items.begin(), items.end());
    for (const Placed& p : std::as_const(items)) {
        if (QWidget* w = p.item->widget())
            collect(w, out);
        else if (QLayout* inner = p.item->layout())
            collect(inner, out);
    }
}

} // namespace

void FocusOrder::followLayout(QWidget* root) {
    if (!root || !root->layout())
        return;
    QList<QWidget*> chain;
    collect(root->layout(), chain);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace pdi

#pragma once

#include <QString>

class QLabel;
class QSplitter;
class QWidget;

namespace pdi {

// A list above and its selected row in words below, whole: the list's columns only have room
// for a summary. The words wrap, can be selected and scroll when long; Tab passes them by. The
// list gets listStretch parts of the height to the words' one; detailLines is the least the
// words keep.
struct ListWithDetail {
    QSplitter* splitter = nullptr; // add this to the layout
    QLabel* detail = nullptr;      // set the selected row's words here

    static ListWithDetail make(QWidget* parent, QWidget* list, const QString& detailName,
                               int listStretch, int detailLines = 0);
};

} // namespace pdi

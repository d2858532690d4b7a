#pragma once

class QWidget;

namespace pdi {

// Tab goes where the eyes go. Qt's focus chain follows the order widgets were created, which
// drifts from the order they are laid out in as forms change (a field added to a grid later
// was skipped by Tab, or reached after the button below it). followLayout() sets the chain of
// every field under `root` to the order of its layouts: box layouts in order, grids and form
// layouts row by row, splitters and scroll areas by their children. Called at the end of a
// form's constructor; widgets added later (rows of a list) join the chain at its end.
class FocusOrder {
public:
    static void followLayout(QWidget* root);
};

} // namespace pdi

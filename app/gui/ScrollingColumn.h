#pragma once

class QScrollArea;
class QWidget;

namespace pdi {

// A column of a workspace that scrolls up and down when the screen is too low for it, instead of
// squeezing its boxes until sentences are cut (1280x720, or 150 % on 1920x1080). Tab goes to the
// fields inside, not to the scroll area.
QScrollArea* scrollingColumn(QWidget* parent, QWidget* column);

} // namespace pdi

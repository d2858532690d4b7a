#pragma once

#include "LabelCanvas.h"
#include "layout/MediumDescription.h"

// What the label says, from the medium's description: the lines every painter (disc, case front,
// case back) takes, so that the preview and the printed label say the same.
namespace pdi::label {

// A value on one line: control characters become spaces.
QString oneLine(const QString& value);
QString idLine(const MediumDescription& m);       // ID 123 (issuer)
QString birthSexLine(const MediumDescription& m); // date of birth and sex, in both languages
QString discLine(const MediumDescription& m);     // 1/2
QString createdDate(const MediumDescription& m);
QString phoneLine(const MediumDescription& m);
QString studyImagesText(const MediumDescription::Study& st);
QString moreStudies(int n);

// The patient's name: kanji first where it has them, a long one on two lines.
QVector<Line> nameLines(const MediumDescription& m, double mainSize, double otherSize);
// The warning marks in red frames.
QVector<Line> warningLines(const MediumDescription& m, double size, double secondSize, double gap);
// Who issued the medium and how to call them.
QVector<Line> institutionLines(const MediumDescription& m, double scale);

} // namespace pdi::label

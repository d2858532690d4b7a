#pragma once

#include <QString>
#include <QStringList>

namespace pdi {

// One study as a source lists it for a person to choose from: the station's own archive, or a
// PACS answering a study-level C-FIND.
struct StudyOverview {
    QString uid;
    QString date;
    QString time;
    QString id;
    QString accessionNumber;
    QString description;
    QStringList modalities;
    int series = -1;    // -1: the source did not say
    int instances = -1; // -1: the source did not say
};

} // namespace pdi

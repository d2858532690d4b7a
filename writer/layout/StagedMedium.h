#pragma once

#include "Manifest.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace pdi {

// A medium laid out and ready to go to a target: every file by its path on the medium and the
// local file that holds its bytes (a file in the staging folder, or an unchanged source file).
struct StagedMedium {
    QString root;                 // the staging folder (DICOMDIR, README.TXT ... live here)
    QMap<QString, QString> files; // medium path ('/'-separated) -> local file
    QString fileSetId;            // also the ISO volume identifier
    Manifest manifest;

    // Folders of the medium, parents first.
    QStringList directories() const {
        QStringList dirs;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            for (int i = 1; i < parts.size(); ++i) {
                const QString dir = parts.mid(0, i).join(QLatin1Char('/'));
                if (!dirs.contains(dir))
                    dirs << dir;
            }
        }
        std::sort(dirs.begin(), dirs.end(), [](const QString& a, const QString& b) {
            return a.count(QLatin1Char('/')) != b.count(QLatin1Char('/'))
                       ? a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'))
                       : a < b;
        });
        return dirs;
    }
};

} // namespace pdi

#pragma once

#include "MediumDescription.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pdi {

// The IHE PDI Web Content option: INDEX.HTM in the root and, in IHE_PDI/, one static page per
// study with a JPEG preview per series, so that someone without a DICOM viewer can see whose
// images these are and what they show. Plain HTML 4 in UTF-8: no scripts, no links leaving the
// medium, nothing that runs; readable in any browser. Labels are Japanese and English together.
class WebContentWriter {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::WebContentWriter)

public:
    static constexpr int kPreviewSide = 256;

    // What was written.
    struct Written {
        QStringList files;    // as paths on the medium: "INDEX.HTM", "IHE_PDI/..."
        QStringList problems; // series shown without a preview, for a person; not failures
    };

    static QString indexFile() { return QStringLiteral("INDEX.HTM"); }
    static QString folder() { return QStringLiteral("IHE_PDI"); }

    // Writes the web content under root, the staging folder of the medium, and fills the
    // description's pagePath and previewPath (empty when a series has no preview) and sets
    // webContent, so that the label and README.TXT written afterwards say DICOM PLUS WEB.
    // Only HTML and JPEG files go into IHE_PDI, never a DICOM file. On an error (Storage: what
    // could not be written), the staging folder and the description are half done: the caller
    // discards both.
    static Result<Written> write(MediumDescription& medium, const QString& root);
};

} // namespace pdi

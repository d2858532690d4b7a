#pragma once

#include "MediumFile.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

class IsoMedium;

// Reads the volume descriptors and the directory tree of an ISO 9660 image (ECMA-119, the names
// a PDI medium's File IDs must match; Rock Ridge and Joliet names are not used) into an
// IsoMedium, straight from the image's bytes.
//
// An image is untrusted: a directory record may point back at a folder that contains it, a
// directory may claim gigabytes, records may overrun their sector. Each directory extent is read
// at most once (a record that leads to one already read is a loop, reported and not followed),
// the nesting, the number of entries and the bytes of directory read are bounded, and whatever
// was not read is a listing problem. libisofs builds its whole tree before one can look at it,
// so a loop made it run without end; it is used for writing only.
class IsoVolumeReader {
    Q_DECLARE_TR_FUNCTIONS(pdi::IsoMedium)

public:
    // Directory bytes read in all (each extent once): far above a 5,000-image disc's few MB.
    static constexpr qint64 kMaxDirectoryBytes = 64ll << 20;

    IsoVolumeReader(IsoMedium& medium, MediumFile& image)
        : medium_(medium)
        , image_(image) {}

    // False with error set when the image has no readable primary volume descriptor.
    bool readDescriptors(QString* error);
    void readTree();

private:
    struct Directory {
        quint32 block;
        quint32 length;
        QString path;
        int depth;
    };
    QByteArray readExtent(quint32 block, quint32 length);
    void readDirectory(const Directory& dir, QVector<Directory>& todo);
    void readRockRidgeMark(const QByteArray& firstRecord);

    IsoMedium& medium_;
    MediumFile& image_;
    quint32 rootBlock_ = 0;
    quint32 rootLength_ = 0;
    qint64 directoryBytesRead_ = 0;
};

} // namespace pdi

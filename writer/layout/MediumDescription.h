#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// What a written medium holds, as people read it: on the disc label, the case insert, README.TXT
// and the web pages. Built by the writer from its export plan (or, for `pdi label` of any medium,
// from a check report) so that every place says the same thing.
struct MediumDescription {
    struct Series {
        QString number;
        QString modality;
        QString description;
        int images = 0;
        bool aiDerived = false;
        bool video = false;
        bool bulk = false;
        QString previewPath; // on the medium, e.g. "IHE_PDI/S1R1.JPG"; empty without web content
        QString firstInstanceLocalPath; // local file to render the preview from (writer only)
    };
    struct Study {
        QString uid;
        QString date; // DICOM DA
        QString time;
        QString description;
        QString accessionNumber;
        QStringList modalities;
        QVector<Series> series;
        QString pagePath; // on the medium, e.g. "IHE_PDI/STUDY1.HTM"; empty without web content
    };
    struct OtherFile {
        QString path;        // on the medium, 8.3 names, e.g. "OTHER/LETTER.PDF"
        QString description; // what it is, e.g. "PDF document"
    };

    // Patient, as on the images (Person Name with its '=' groups).
    QString patientName;
    QString patientId;
    QString issuerOfPatientId;
    QString birthDate; // DICOM DA
    QString sex;       // DICOM CS

    // Issuing institution (settings).
    QString institutionName;
    QString department;
    QString phone;
    QString address;

    QDate created;
    QString
        operatorRole; // e.g. "frontdesk"; the person's name is in the audit trail, not on the disc
    QString application; // "PDI Station 0.1.0"
    QString fileSetId;   // = ISO volume identifier
    QString mediaType;   // "CD", "DVD", "BD", "USB"
    int discNumber = 1;
    int discCount = 1;

    QVector<Study> studies;
    QVector<OtherFile> otherFiles;

    // File IDs of objects whose file meta information disagreed with their data set and was
    // written anew from it (README.TXT says so).
    QStringList correctedHeaders;

    bool webContent = false; // DICOM PLUS WEB
    bool nonDicomContent() const { return !otherFiles.isEmpty(); }
    bool aiDerivedContent() const;
    bool videoContent() const;
    bool bulkContent() const;
    int imageCount() const;
};

inline bool MediumDescription::aiDerivedContent() const {
    for (const Study& st : studies)
        for (const Series& se : st.series)
            if (se.aiDerived)
                return true;
    return false;
}

inline bool MediumDescription::videoContent() const {
    for (const Study& st : studies)
        for (const Series& se : st.series)
            if (se.video)
                return true;
    return false;
}

inline bool MediumDescription::bulkContent() const {
    for (const Study& st : studies)
        for (const Series& se : st.series)
            if (se.bulk)
                return true;
    return false;
}

inline int MediumDescription::imageCount() const {
    int n = 0;
    for (const Study& st : studies)
        for (const Series& se : st.series)
            n += se.images;
    return n;
}

} // namespace pdi

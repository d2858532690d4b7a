#include "ReportDescription.h"
#include "rules/FindingCodes.h"

namespace pdi {

ReportDescription::Result ReportDescription::describe(const CheckReport& report,
                                                      const MediumIssuer& issuer,
                                                      const QDate& created) {
    Result result;
    if (report.contents.patients.isEmpty()) {
        result.error = tr("the medium holds no DICOM objects; there is nothing to label");
        return result;
    }
    if (report.contents.patients.size() > 1) {
        result.error = tr("the medium holds %1 patients; a label names one patient")
                           .arg(report.contents.patients.size());
        return result;
    }
    const PatientContents& p = report.contents.patients.constFirst();
    MediumDescription& d = result.description;
    d.patientName = p.name;
    d.patientId = p.id;
    d.issuerOfPatientId = p.issuer;
    d.birthDate = p.birthDate;
    d.sex = p.sex;
    issuer.describe(d, created);
    d.fileSetId = report.fileSetId().isEmpty() ? report.inventory.volumeId : report.fileSetId();
    d.webContent = report.flags[MediumFlags::WebContent];

    // Video and bulk series are those the checker flagged; their findings carry the folder.
    QStringList videoPaths;
    QStringList bulkPaths;
    for (const Finding& f : report.findings) {
        if (f.code == QLatin1String(FindingCode::Video))
            videoPaths << f.path.section(QLatin1Char('/'), 0, -2);
        if (f.code == QLatin1String(FindingCode::BulkSeries))
            bulkPaths << f.path;
    }
    for (const StudyContents& st : p.studies) {
        MediumDescription::Study study;
        study.uid = st.uid;
        study.date = st.date;
        study.time = st.time;
        study.description = st.description;
        study.accessionNumber = st.accessionNumber;
        study.modalities = st.modalities;
        for (const SeriesContents& se : st.series) {
            MediumDescription::Series series;
            series.number = se.number;
            series.modality = se.modality;
            series.description = se.description;
            series.images = se.frames;
            series.aiDerived = se.aiDerived;
            if (!se.instanceIndexes.isEmpty()) {
                const QString path = report.contents.instances.at(se.instanceIndexes.first()).path;
                const QString folder = path.section(QLatin1Char('/'), 0, -2);
                series.video = videoPaths.contains(folder);
                series.bulk = bulkPaths.contains(folder);
            }
            study.series << series;
        }
        d.studies << study;
    }
    for (const ScannedFile& f : report.inventory.files) {
        if (f.kind != ScannedFile::Kind::NonDicom)
            continue;
        const QString upper = f.path.toUpper();
        if (upper == QLatin1String("README.TXT") || upper == QLatin1String("INDEX.HTM") ||
            upper.startsWith(QLatin1String("IHE_PDI/")))
            continue;
        d.otherFiles << MediumDescription::OtherFile{f.path, f.contentType};
    }
    result.ok = true;
    return result;
}

} // namespace pdi

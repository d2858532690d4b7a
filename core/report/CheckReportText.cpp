#include "CheckReportText.h"

#include "DisplayText.h"
#include "dicom/PersonName.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QTextStream>

namespace pdi {

namespace {

QString kindLabel(MediumKind kind) {
    switch (kind) {
    case MediumKind::Folder:
        return CheckReportText::tr("folder");
    case MediumKind::Iso:
        return CheckReportText::tr("ISO 9660 image");
    case MediumKind::Zip:
        return CheckReportText::tr("ZIP archive");
    }
    return QString();
}

QString severityLabel(Severity s) {
    switch (s) {
    case Severity::Error:
        return CheckReportText::tr("ERROR");
    case Severity::Warning:
        return CheckReportText::tr("WARNING");
    case Severity::Info:
        return CheckReportText::tr("info");
    }
    return QString();
}

} // namespace

namespace {

void writeSummary(QTextStream& out, const CheckReport& r) {
    const MediumInventory& inv = r.inventory;
    out << CheckReportText::tr("Medium:    %1 (%2)")
               .arg(DisplayText::printable(inv.location), kindLabel(inv.kind))
        << '\n';
    if (!inv.volumeId.isEmpty() || !r.fileSetId().isEmpty())
        out << CheckReportText::tr("Volume ID: %1   File-set ID: %2")
                   .arg(inv.volumeId.isEmpty() ? QStringLiteral("-") : inv.volumeId,
                        r.fileSetId().isEmpty() ? QStringLiteral("-") : r.fileSetId())
            << '\n';
    const QStringList sources = r.sourceInstitutions();
    if (!sources.isEmpty())
        out << CheckReportText::tr("From:      %1")
                   .arg(DisplayText::printable(sources.join(QLatin1String(", "))))
            << '\n';
    out << CheckReportText::tr("Files:     %1 (%2 DICOM, %3 other)")
               .arg(inv.files.size())
               .arg(r.dicomCount())
               .arg(r.nonDicomCount())
        << '\n';
    if (r.conformant())
        out << CheckReportText::tr("Result:    conformant PDI medium (%1 warnings)")
                   .arg(r.count(Severity::Warning))
            << '\n';
    else
        out << CheckReportText::tr("Result:    NOT CONFORMANT: %1 errors, %2 warnings")
                   .arg(r.count(Severity::Error))
                   .arg(r.count(Severity::Warning))
            << '\n';
    if (inv.quick)
        out << CheckReportText::tr(
                   "           quick check: the DICOMDIR and one object per patient were read")
            << '\n';
    if (!inv.quickFallback.isEmpty())
        out << CheckReportText::tr("           checked in full: the DICOMDIR is not reliable "
                                   "enough for a quick check (%1)")
                   .arg(inv.quickFallback.join(QLatin1String("; ")))
            << '\n';
}

void writePatients(QTextStream& out, const CheckReport& r) {
    const int patientCount = r.contents.patients.size();
    for (int i = 0; i < patientCount; ++i) {
        const PatientContents& p = r.contents.patients.at(i);
        out << '\n';
        const PersonName name = PersonName::fromDicom(p.name);
        out << CheckReportText::tr("Patient %1 of %2: %3")
                   .arg(i + 1)
                   .arg(patientCount)
                   .arg(DisplayText::printable(name.display()))
            << '\n';
        QString id = p.id.isEmpty() ? CheckReportText::tr("(no ID)") : p.id;
        if (!p.issuer.isEmpty())
            id += CheckReportText::tr(" issued by %1").arg(p.issuer);
        out << "  "
            << CheckReportText::tr("ID %1   born %2   sex %3")
                   .arg(DisplayText::printable(id),
                        // A quick check reads only the DICOMDIR, whose patient records
                        // often lack the birth date.
                        p.birthDate.isEmpty() ? CheckReportText::tr("unknown")
                                              : DisplayText::date(p.birthDate),
                        DisplayText::sex(p.sex))
            << '\n';
        for (const StudyContents& st : p.studies) {
            out << "  "
                << CheckReportText::tr("Study %1  %2  %3")
                       .arg(DisplayText::date(st.date), st.modalities.join(QLatin1Char('/')),
                            DisplayText::printable(st.description));
            if (!st.accessionNumber.isEmpty())
                out << "  " << CheckReportText::tr("accession %1").arg(st.accessionNumber);
            out << '\n';
            for (const SeriesContents& se : st.series) {
                out << "    "
                    << CheckReportText::tr("Series %1  %2  %3  %n image(s)", nullptr, se.frames)
                           .arg(se.number.isEmpty() ? QStringLiteral("-") : se.number, se.modality,
                                se.description.isEmpty() ? QStringLiteral("-")
                                                         : DisplayText::printable(se.description));
                if (se.aiDerived)
                    out << "  " << CheckReportText::tr("[AI-derived]");
                if (se.lossy)
                    out << "  " << CheckReportText::tr("[lossy]");
                out << '\n';
            }
        }
    }
}

void writeFlags(QTextStream& out, const CheckReport& r) {
    bool anyFlag = false;
    for (int f = 0; f < MediumFlags::FlagCount; ++f) {
        if (!r.flags.set[f])
            continue;
        if (!anyFlag) {
            out << '\n' << CheckReportText::tr("Flags:") << '\n';
            anyFlag = true;
        }
        out << "  ! " << MediumFlags::explanation(MediumFlags::Flag(f)) << '\n';
    }
}

// Grouped by code so that 5,000 compressed files read as one problem with examples.
void writeFindings(QTextStream& out, const CheckReport& r, int examplesPerCode) {
    if (!r.findings.isEmpty()) {
        out << '\n' << CheckReportText::tr("Findings:") << '\n';
        // Group by code so that 5,000 compressed files read as one problem with examples.
        QMap<QString, QVector<const Finding*>> byCode;
        QStringList order;
        for (const Finding& f : r.findings) {
            if (!byCode.contains(f.code))
                order << f.code;
            byCode[f.code].append(&f);
        }
        std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
            return int(byCode[a].first()->severity) > int(byCode[b].first()->severity);
        });
        for (const QString& code : std::as_const(order)) {
            const QVector<const Finding*>& list = byCode[code];
            const int shown =
                examplesPerCode > 0 ? qMin(examplesPerCode, list.size()) : list.size();
            for (int i = 0; i < shown; ++i) {
                const Finding* f = list.at(i);
                out << QStringLiteral("  %1 %2").arg(severityLabel(f->severity), -7).arg(f->code);
                if (!f->path.isEmpty())
                    out << "  " << DisplayText::printable(f->path);
                out << "\n      " << DisplayText::printable(f->message) << '\n';
            }
            if (list.size() > shown)
                out << "      "
                    << CheckReportText::tr(
                           "... and %1 more %2 findings like this (the JSON report lists all)")
                           .arg(list.size() - shown)
                           .arg(code)
                    << '\n';
        }
    }
}

} // namespace

QString CheckReportText::render(const CheckReport& r, int examplesPerCode) {
    QString text;
    QTextStream out(&text);
    writeSummary(out, r);
    writePatients(out, r);
    writeFlags(out, r);
    writeFindings(out, r, examplesPerCode);
    out.flush();
    return text;
}

} // namespace pdi

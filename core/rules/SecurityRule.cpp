#include "SecurityRule.h"
#include "scan/ContentSniffer.h"

#include <QCoreApplication>

namespace pdi {

namespace {}

void SecurityRule::check(const RuleInput& in, Findings& out) const {
    const MediumInventory& inv = in.inventory;
    for (const ScannedFile& f : inv.files) {
        // Only a name in the root can be an AUTORUN.INF (the whole path then).
        if (!f.path.contains(QLatin1Char('/')) && ContentSniffer::isAutorunName(f.path)) {
            out << FindingCatalog::make(
                FindingCode::Autorun, f.path,
                SecurityRule::tr(
                    "AUTORUN.INF tells Windows to start a program when the medium is inserted; "
                    "referral media must not start anything. Do not run programs from this "
                    "medium."));
            continue;
        }
        if (f.program) {
            out << FindingCatalog::make(
                FindingCode::Program, f.path,
                SecurityRule::tr(
                    "A program (%1) is on the medium. Referral media must not carry programs "
                    "that may start; do not run it, open the images with your own DICOM "
                    "viewer.")
                    .arg(f.contentType.isEmpty() ? f.path.section(QLatin1Char('/'), -1)
                                                 : f.contentType));
        }
    }
    for (const MediumEntry& e : inv.entries) {
        if (e.type != MediumEntry::Type::Link)
            continue;
        if (e.linkLeavesMedium) {
            out << FindingCatalog::make(
                FindingCode::PathLeavesMedium, e.path,
                SecurityRule::tr("A link that points outside the medium (%1); it was not followed.")
                    .arg(e.linkTarget.isEmpty() ? SecurityRule::tr("target unknown")
                                                : e.linkTarget));
        } else {
            out << FindingCatalog::make(
                FindingCode::Link, e.path,
                SecurityRule::tr(
                    "A link to %1 on the medium; links are not followed and cannot be written "
                    "to a disc as such.")
                    .arg(e.linkTarget));
        }
    }
    for (const ListingProblem& p : inv.listingProblems) {
        switch (p.kind) {
        case ListingProblem::Kind::UnsafePath:
            out << FindingCatalog::make(
                FindingCode::PathLeavesMedium, p.path,
                SecurityRule::tr("A name that leaves the medium (%1); it was not read.")
                    .arg(p.detail));
            break;
        case ListingProblem::Kind::Loop:
            out << FindingCatalog::make(
                FindingCode::DirectoryLoop, p.path,
                SecurityRule::tr("The medium's folders form a loop: %1. Whatever lies behind it "
                                 "was not read; the medium is damaged or made to mislead.")
                    .arg(p.detail));
            break;
        case ListingProblem::Kind::SpecialFile:
            out << FindingCatalog::make(
                FindingCode::SpecialFile, p.path,
                SecurityRule::tr("%1 is on the medium. A referral medium holds only files and "
                                 "folders; it was not opened.")
                    .arg(p.detail));
            break;
        case ListingProblem::Kind::LimitReached:
        case ListingProblem::Kind::Unreadable:
            out << FindingCatalog::make(
                FindingCode::ScanLimitReached, p.path,
                SecurityRule::tr(
                    "The medium was not read completely: %1. Treat the result as incomplete.")
                    .arg(p.detail));
            break;
        }
    }
    if (inv.dicomdir && inv.dicomdir->truncated) {
        out << FindingCatalog::make(
            FindingCode::ScanLimitReached, inv.dicomdirPath,
            SecurityRule::tr(
                "The DICOMDIR has more directory records than can be checked; the rest was "
                "ignored."));
    }
    if (inv.bootable) {
        out << FindingCatalog::make(
            FindingCode::Bootable, QString(),
            SecurityRule::tr(
                "The disc image is bootable (El Torito); a referral medium has no reason to "
                "start a computer. Do not boot from it."));
    }
}

} // namespace pdi

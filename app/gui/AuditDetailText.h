#pragma once

#include "audit/AuditEvent.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

// An audit record in words for the administrator who reviews it: the details a job kept
// (JSON in the trail, for machines and the DICOM export) as "what: value" with the names of
// things a person uses, media types by name (CD, USB stick, disc image file), and a medium known
// only by its fingerprint said to be one. The trail itself is not changed.
class AuditDetailText {
    Q_DECLARE_TR_FUNCTIONS(pdi::AuditDetailText)

public:
    // CD, DVD, BD, USB stick, disc image or archive file, folder; empty for none.
    static QString mediaType(MediaType type);
    // The medium's kind and name: "CD PDI20261205", "folder (no name; fingerprint a28676c4)".
    static QString medium(const AuditEvent& event);
    // One line for the list: the target and the details, "what: value; ...".
    static QString summary(const AuditEvent& event);
    // Every detail on a line of its own, nested lists indented, for the record's view.
    static QStringList lines(const AuditEvent& event);
    // A detail's key as words ("patientsFound" -> "Patients found"), translated when known.
    static QString label(const QString& key);
};

} // namespace pdi

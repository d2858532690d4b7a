<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Transcoder</name>
    <message>
        <source>the pixel data holds no compressed frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) expected, but the %1 fragments of the pixel data cannot be assigned to them</source>
        <translation>
            <numerusform>%n frame expected, but the %1 fragments of the pixel data cannot be assigned to them</numerusform>
            <numerusform>%n frames expected, but the %1 fragments of the pixel data cannot be assigned to them</numerusform>
        </translation>
    </message>
    <message>
        <source>fragment %1 of the pixel data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed frame is larger than 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame is neither a JPEG 2000 codestream nor a JP2 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenJPEG cannot be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenJPEG cannot decode the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenJPEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image attributes (Rows, Columns, Samples per Pixel, Bits Allocated, Bits Stored, Pixel Representation) are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has no size (Rows %1, Columns %2, %3 frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples per pixel are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits Allocated %1 is not supported with JPEG 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits Stored %1 / Pixel Representation %2 do not fit Bits Allocated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photometric Interpretation &quot;%1&quot; with %2 samples per pixel is not supported with JPEG 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoded image would take %1 MB, more than the %2 MB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pixel data is not encapsulated as JPEG 2000 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for the decoded image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 declares capabilities beyond JPEG 2000 Part 1 (Rsiz 0x%2), which OpenJPEG does not decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 has %2 components, the data set says %3 samples per pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is %2 x %3 pixels, the data set says %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the components or frames of the JPEG 2000 data differ in bit depth or sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG 2000 data has a precision of %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JP2 header says the colours are YCC, the data set says RGB; which one is right cannot be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photometric Interpretation is %1, but the JPEG 2000 data carries no colour transform, so its colours are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG 2000 data holds negative values, but the data set says the pixels are unsigned (Pixel Representation 0); which one is right cannot be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG 2000 data holds values that do not fit %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG 2000 data is unsigned but Pixel Representation says signed: the samples were read as signed %1-bit values, as the data set says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits Stored was %1 but the JPEG 2000 data needs %2 bits; Bits Stored and High Bit were corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoded pixels cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the station&apos;s data directory (default: PDI_DATA_DIR or ~/.local/share/pdistation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medium to check after signing in (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AccessControl</name>
    <message>
        <source>%1 is signed in as %2, which may not %3. Ask an administrator to do it, or to give you a role that may.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AccountStore</name>
    <message>
        <source>counting accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable login name: use 1 to 32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; `pdi user list` shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name must be one line of at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; exists already (login names ignore letter case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (the system&apos;s random number source failed); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator (role admin): only an administrator can add the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts exist already; sign in as an administrator to add more (set PDI_USER and give your password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator who can sign in; add another administrator first, or nobody could manage accounts any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AiDetector</name>
    <message>
        <source>segmentation made by an algorithm (Segment Algorithm Type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries the Algorithm Identification macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries the Algorithm Identification macro (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structured report identifies an algorithm (TID 4019 codes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parametric map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived secondary capture from an AI product (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributing equipment is an AI product (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AuditExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AuditForwardingForm</name>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every audit record to an Audit Record Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (RFC 5425, confirmed delivery, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP (RFC 5426, no delivery confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard (6514 TLS, 514 UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s CA store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages wait in a queue while the repository cannot be reached and are sent with the next record or with the button below. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued messages now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n message queued</numerusform>
            <numerusform>%n messages queued</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding is off: turn it on and save first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PDI Station program is sending the queue right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent; the rest stay queued: %1</source>
        <translation>
            <numerusform>%n message sent; the rest stay queued: %1</numerusform>
            <numerusform>%n messages sent; the rest stay queued: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) sent.</source>
        <translation>
            <numerusform>%n audit message sent.</numerusform>
            <numerusform>%n audit messages sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::AuditTrail</name>
    <message>
        <source>An audit record was refused because its details name a password or secret; this is a program error, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing an audit message for the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AuditVerifier</name>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is missing before record %2: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing before record %3: they were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 appears where record %2 should be: records were renumbered or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it (its previous hash differs): an earlier record was changed, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::AuditWorkspace</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to PACS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazardous content on a medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records from this date on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before or after import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DICOM XML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queued messages now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on the medium: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n record(s); narrow the search to see older ones.</source>
        <translation>
            <numerusform>The newest %n record; narrow the search to see older ones.</numerusform>
            <numerusform>The newest %n records; narrow the search to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n record(s), last hash %1</source>
        <translation>
            <numerusform>Audit trail intact: %n record, last hash %1</numerusform>
            <numerusform>Audit trail intact: %n records, last hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for the audit repository</source>
        <translation>
            <numerusform>%n message queued for the audit repository</numerusform>
            <numerusform>%n messages queued for the audit repository</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding to an audit repository is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the listed records as DICOM XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n record(s) ...</source>
        <translation>
            <numerusform>Exporting %n record ...</numerusform>
            <numerusform>Exporting %n records ...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) written to %1</source>
        <translation>
            <numerusform>%n audit message written to %1</numerusform>
            <numerusform>%n audit messages written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending queued audit messages ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding to an audit repository is off; turn it on in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PDI Station program is sending the queue right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent; the rest stay queued: %1</source>
        <translation>
            <numerusform>%n message sent; the rest stay queued: %1</numerusform>
            <numerusform>%n messages sent; the rest stay queued: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) sent.</source>
        <translation>
            <numerusform>%n audit message sent.</numerusform>
            <numerusform>%n audit messages sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::Authenticator</name>
    <message>
        <source>counting a failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Account %1 is now locked after %2 failed logins in a row; an administrator can unlock it (pdi user unlock %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name given; set PDI_USER or type your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is disabled; ask an administrator to enable it (pdi user enable %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is locked after too many failed logins; ask an administrator to unlock it (pdi user unlock %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has an unknown role &quot;%2&quot; in the database; an administrator must set its role again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 changed while signing in; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::CandidateScorer</name>
    <message>
        <source>same Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1 here, %2 on the medium: the same number from another hospital is usually another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID %1 here, %2 on the medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 here, %2 on the medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex %1 here, %2 on the medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alphabetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name matches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name matches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 here, %2 on the medium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::CheckBadges</name>
    <message>
        <source>Several patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-DICOM content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not PDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not PDI: the medium breaks the rules for patient media; the findings below say which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::CheckReportDocument</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder or drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disc image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 by %2 at station %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID %1   Birth date %2   Sex %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing institution: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The medium follows the PDI rules (%n warning(s)).</source>
        <translation>
            <numerusform>The medium follows the PDI rules (%n warning).</numerusform>
            <numerusform>The medium follows the PDI rules (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>The medium does not follow the PDI rules: %1 errors, %2 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more like this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID %1   File-set ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files: %2 DICOM, %3 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 could not be written; check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::CheckReportText</name>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 9660 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1   born %2   sex %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accession %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Series %1  %2  %3  %n image(s)</source>
        <translation>
            <numerusform>Series %1  %2  %3  %n image</numerusform>
            <numerusform>Series %1  %2  %3  %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>[AI-derived]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[lossy]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more %2 findings like this (see --json for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium:    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID: %1   File-set ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:     %1 (%2 DICOM, %3 other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:    conformant PDI medium (%1 warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:    NOT CONFORMANT: %1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>           quick check: only the DICOMDIR was read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::CheckRulesForm</name>
    <message>
        <source>AI products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series whose manufacturer, model, description or software names one of these products is treated as AI-derived: shown with a badge when checking, and left out of referral media unless someone decides to include it. Double-click a name to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin-slice series: slices of at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large series: at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::CheckWorkspace</name>
    <message>
        <source>Open folder or drive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disc image or ZIP...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a disc or USB stick, or open a folder, disc image or ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study / series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open medium folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disc image or ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc images and archives (*.iso *.img *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformant PDI medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a conformant PDI medium: %1 errors, %2 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1   born %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more patient(s))</source>
        <translation>
            <numerusform>(+%n more patient)</numerusform>
            <numerusform>(+%n more patients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing institution unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lossy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disc or USB stick opens by itself when it is inserted. You can also drop a folder, disc image or ZIP file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies on the medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New medium %1: checking %2 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optical drive, not mounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disc in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (USB or memory card, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disc or USB stick found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more like this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check a medium first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::ContentRule</name>
    <message>
        <source>no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium holds %1 patients: %2. A referral medium holds one patient; import each patient separately and check that none was sent by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) have no Patient ID; they cannot be matched to a patient safely.</source>
        <translation>
            <numerusform>%n object has no Patient ID; it cannot be matched to a patient safely.</numerusform>
            <numerusform>%n objects have no Patient ID; they cannot be matched to a patient safely.</numerusform>
        </translation>
    </message>
    <message>
        <source>names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth dates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID %1 appears with different %2; this may be two patients. Confirm the identity before using these images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is thin-slice or very large data (%2); the receiver may not expect it. It needs the operator&apos;s decision to be included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been lossy compressed at some point; it is not the original image quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (%1); referral media carry video only by prior agreement with the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is compressed (%1); referral media must be uncompressed (Explicit VR Little Endian). Some receivers cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encoded as %1; PDI media use Explicit VR Little Endian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same SOP Instance UID as %1; one of them will overwrite the other on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks AI-derived: %2. The label and README.TXT must say so; import it or pass it on only after a person has decided to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::ContentSniffer</name>
    <message>
        <source>Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitmap picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown binary data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::DataDirectory</name>
    <message>
        <source>No data directory given; use --data-dir DIR or set PDI_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1; check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is not writable for this user; fix its permissions or use another directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Database</name>
    <message>
        <source>opening the station database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching the station database to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database %1 cannot use WAL mode (it reports &quot;%2&quot;); keep the data directory on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database %1 was written by a newer PDI Station (schema version %2; this program knows up to %3). Update PDI Station before using this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the database schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a change in the station database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database failed while %1: %2. Check that the data directory is on a local disk with free space and that no other program holds it locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::DicomSummaryReader</name>
    <message>
        <source>pixel data truncated: %1 of %2 bytes present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::DicomdirBuilder</name>
    <message>
        <source>cannot create the DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be listed in the DICOMDIR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the DICOMDIR: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::DicomdirReader</name>
    <message>
        <source>the DICOMDIR is larger than %1 MB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOMDIR cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOMDIR has no Directory Record Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offsets that link the directory records are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offset (%1) points at no directory record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record at offset %1 is linked more than once (a loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n directory record(s) cannot be reached through the offsets</source>
        <translation>
            <numerusform>%n directory record cannot be reached through the offsets</numerusform>
            <numerusform>%n directory records cannot be reached through the offsets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::DicomdirRule</name>
    <message>
        <source>record at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the medium was checked file by file instead. A viewer will not be able to open this medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOMDIR&apos;s Media Storage SOP Class is &quot;%1&quot; instead of %2 (Media Storage Directory Storage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOMDIR has no Part 10 file meta information (preamble, DICM, group 0002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOMDIR is encoded as %1; IHE PDI requires Explicit VR Little Endian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The File-set ID &quot;%1&quot; is not valid: at most 16 characters of A-Z, 0-9, _ and space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links between directory records are broken (%1); the hierarchy was inferred from the record order. Some viewers will show the medium as empty or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has an empty %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lacks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lacks Instance Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object (SOP Class %1) is listed under a %2 record; it must be a %3 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 8 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Referenced File ID &quot;%1&quot; is not valid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOMDIR references %1, which is not on the medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Referenced File ID &quot;%1&quot; points outside the medium; it was not followed. This medium may be malicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is referenced by more than one directory record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOMDIR references this file, but it is not DICOM (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Instance UID %1 in the record, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Class UID %1 in the record, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Syntax %1 in the record, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory record does not match the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is listed under the wrong %1 in the DICOMDIR; a viewer will show it with the wrong patient or study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This DICOM file is not referenced by the DICOMDIR, so viewers and importers that follow the DICOMDIR will miss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The File-set ID &quot;%1&quot; differs from the volume identifier &quot;%2&quot;; on a CD they must be the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s directory record has no complete patient, study and series records above it; a viewer may not show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::DiscBurner</name>
    <message>
        <source>%1 already exists; the stdio: drive writes a new image only. Remove it or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable drive at %1: check that the drive is connected, not busy and that you may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no disc in the drive at %1; insert a blank disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disc in %1 is not blank; insert a blank CD-R, DVD-R or BD-R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disc image cannot be handed to the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive cannot write this disc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disc holds %1 MB but the medium needs %2 MB; use a larger disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burning was cancelled; the disc is unusable and must not be handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive reported an error while burning; the disc must not be handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::DisplayText</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::ExportPlanner</name>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 born %3 (%n object(s))</source>
        <translation>
            <numerusform>%1 %2 born %3 (%n object)</numerusform>
            <numerusform>%1 %2 born %3 (%n objects)</numerusform>
        </translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) are damaged: %1. A medium with a damaged image may mislead the receiver; remove these files from the sources or get intact copies.</source>
        <translation>
            <numerusform>%n source file is damaged: %1. A medium with a damaged image may mislead the receiver; remove this file from the sources or get an intact copy.</numerusform>
            <numerusform>%n source files are damaged: %1. A medium with a damaged image may mislead the receiver; remove these files from the sources or get intact copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources hold no DICOM objects; nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with ID %1 among the sources. Patients found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID %1 is used with different issuers in the sources; these are different patients. Write each from its own source. Patients found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources hold %1 patients; a referral medium holds one. Choose one with --patient-id. Patients found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) have no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</source>
        <translation>
            <numerusform>%n object has no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</numerusform>
            <numerusform>%n objects have no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another patient&apos;s objects are not written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth dates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objects of patient %1 disagree on %2. This may be two patients; correct the source data in the archive before writing a medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--study %1 matches no study of patient %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 (given on the command line) matches no series of patient %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 is both marked and unmarked as AI-derived; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a study that was not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left out by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as AI-derived by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is video; it is left out unless you decide to include it (--allow video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is thin-slice or very large data (%2 images, slices %3 mm); it is left out unless you decide to include it (--allow bulk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks AI-derived (%2); it is left out unless you decide to include it (--allow ai) or say it is not (--not-ai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images, slices %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (--other): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a program (%2); programs may not be put on a referral medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to write for patient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content needs %1 MB but the %2 holds %3 MB: %4 MB too much. The largest series is %5 series %6 &quot;%7&quot; (%8 MB, UID %9). Choose a larger medium or leave series out with --exclude-series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::ExportSource</name>
    <message>
        <source>%1 does not exist; check the source path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged DICOM file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DICOM object (%1); not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DICOM object; use --other to add documents to the medium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::FileIdRules</name>
    <message>
        <source>empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has lower-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has characters other than A-Z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::FileRule</name>
    <message>
        <source>The DICOM file is damaged (%1); it may not open or may show wrong images. Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is DICOM without the Part 10 header (preamble, DICM and file meta information); media must carry Part 10 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Class UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file meta information and the data set disagree on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Specific Character Set %1; names and text may show wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-DICOM content (%1). The label and README.TXT must say the medium holds non-DICOM content; it is not imported into a PACS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1). If this is a disc, clean it and try again, or ask the sender for a new medium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::FirstRun</name>
    <message>
        <source>Give the name of the institution: it is written on every medium this station issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 was created, but signing in failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 was created, but a setting could not be saved: %2 Sign in and finish in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::FirstRunWizard</name>
    <message>
        <source>Set up PDI Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::FolderMedium</name>
    <message>
        <source>folders nested deeper than %1 levels were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path longer than %1 characters skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::FolderWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (it holds %2). A referral medium must hold only its own files: use an empty USB stick or folder, or remove the old content first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing was cancelled; the partial medium was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device did not confirm writing (sync failed); check the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::InstitutionForm</name>
    <message>
        <source>Written on every medium this station issues. The receiving hospital reads these lines to know where a disc came from and whom to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc label (sample patient):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>README.TXT on the medium (sample patient):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::IsoImageGenerator</name>
    <message>
        <source>cannot create the disc image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add folder %1 to the disc image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while preparing the disc image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the disc image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the disc image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start writing the disc image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read completely into the disc image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::IsoImageWriter</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the disc image was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disc image could not be generated (a source file may have changed or become unreadable while writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing disc image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the finished image to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::IsoMedium</name>
    <message>
        <source>folders nested deeper than %1 levels were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lies beyond the end of the image (truncated image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data location recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable ISO 9660 image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::LabelRenderer</name>
    <message>
        <source>Labels need a QGuiApplication for their fonts (the command line starts one with the offscreen platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Japanese font &quot;%1&quot; is not installed, so names in kanji and kana cannot be printed. Install the package fonts-noto-cjk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label PDF cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::LanguageBox</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::LayoutRule</name>
    <message>
        <source>The medium is read through a mounted file system that does not keep letter case, so upper-case names cannot be checked; check the disc image or the device (e.g. /dev/sr0) for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DICOMDIR in the root of the medium, so a viewer cannot find the images; the medium was checked file by file. Write it again with PDI software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another DICOMDIR besides the one in the root; a PDI medium holds exactly one file set. Write each file set to its own medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the IHE_PDI folder may have a root name starting with &quot;IHE&quot;; rename or remove this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no README.TXT in the root; IHE PDI requires one that names the issuing institution and how to read the medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDEX.HTM is present but the IHE_PDI folder with the web content is missing; the web view of this medium is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IHE_PDI folder is present but INDEX.HTM is missing from the root; the web content cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium has web content (INDEX.HTM and IHE_PDI): DICOM PLUS WEB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DICOM file inside IHE_PDI, which may hold only web content; DICOM files belong outside it and in the DICOMDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DICOM file in the root of the medium; only the DICOMDIR may be there. Put images in a folder and reference them from the DICOMDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 levels deep; a File ID has at most 8 components, so this file cannot be referenced from a DICOMDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOM file name &quot;%1&quot; is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _ without an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; differ only in letter case; on a disc or a FAT USB stick they are the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; of DICOM files is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; is not an ISO 9660 Level 1 name (1 to 8 characters of A-Z, 0-9 and _); some computers cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not an 8.3 ISO 9660 Level 1 name (upper-case A-Z, 0-9 and _, at most 8 characters, a 3-character extension); some computers cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IHE_PDI should hold only the web pages and pictures that show the DICOM content; this file (%1) belongs elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::LoginDialog</name>
    <message>
        <source>Sign in - PDI Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, station %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::MainWindow</name>
    <message>
        <source>PDI Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI Station - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)   Station: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Manifest</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::MediumBuilder</name>
    <message>
        <source>cannot prepare the staging folder %1 (it must be new or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many studies, series or instances for DICOM File IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: marked as lossy compressed (Lossy Image Compression 01): the source was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing web content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write README.TXT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::MediumFlags</name>
    <message>
        <source>Several patients: the medium holds images of more than one patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-DICOM content: documents, pictures or programs besides the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-derived content: some series look produced by an AI product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorun: the medium tries to start a program when inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs: the medium carries programs; do not run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed: some images are compressed, which PDI media must not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: the medium carries video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable DICOMDIR: viewers may not find the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Part 10: some DICOM files lack the file header media require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web content: the medium can be viewed in a web browser (INDEX.HTM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk data: thin-slice or very large series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossy: some images were lossy compressed at some point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged files: some files cannot be read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted images: some DICOM files are missing from the DICOMDIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::MediumOpener</name>
    <message>
        <source>cannot read %1: check that the file exists and that you may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a UDF-only disc image, which cannot be read without mounting; mount it and check the mounted folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a single DICOM file, not a medium; check the folder, disc image or ZIP that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder, ISO 9660 disc image or ZIP archive; point at the disc&apos;s folder, an ISO image or a ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; check the path or that the disc or USB stick is inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no permission to read this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::MediumScanner</name>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOMDIR cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::MediumVerifier</name>
    <message>
        <source>the written medium cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing on the written medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the wrong size on the written medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back from the written medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from what was written (SHA-256 mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the written medium but was not written by this job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::PatientCoercion</name>
    <message>
        <source>the object nests sequences too deeply to convert its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character set &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 cannot be written in the destination&apos;s character set %3; choose a node with ISO_IR 192 (UTF-8) or correct the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local Patient ID was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object&apos;s text cannot be read in its character set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Permissions</name>
    <message>
        <source>check media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage PACS and worklist nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::PreviewImage</name>
    <message>
        <source>the file cannot be read as DICOM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::ReportDescription</name>
    <message>
        <source>the medium holds no DICOM objects; there is nothing to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium holds %1 patients; a label names one patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Roles</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::RuleEngine</name>
    <message>
        <source>Quick check: only the DICOMDIR and the file names were read; damaged files and files that differ from their DICOMDIR records are found by the full check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::SecurityRule</name>
    <message>
        <source>AUTORUN.INF tells Windows to start a program when the medium is inserted; referral media must not start anything. Do not run programs from this medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program (%1) is on the medium. Referral media must not carry programs that may start; do not run it, open the images with your own DICOM viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link that points outside the medium (%1); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to %1 on the medium; links are not followed and cannot be written to a disc as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that leaves the medium (%1); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium was not read completely: %1. Treat the result as incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DICOMDIR has more directory records than can be checked; the rest was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disc image is bootable (El Torito); a referral medium has no reason to start a computer. Do not boot from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Settings</name>
    <message>
        <source>Issuing institution, written on media labels, README.TXT and audit messages (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing department, written on labels and README.TXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact telephone number for questions about a medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address of the institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this workstation in the audit trail; the host name by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of AI products; a series whose manufacturer, model, description or software matches one is treated as AI-derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series with slices this thin or thinner (mm) is thin-slice bulk data that needs an explicit decision before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series with at least this many images is bulk data that needs an explicit decision before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input after which the application signs the person out; 0: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins in a row after which an account is locked until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum number of characters in a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send every audit record to an Audit Record Repository by syslog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (RFC 5425, confirmed delivery, recommended) or udp (RFC 5426, no delivery confirmation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address of the Audit Record Repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the repository; 0 means the standard port (6514 for TLS, 514 for UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with the CA certificates that sign the repository&apos;s certificate; empty: the system&apos;s CA store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate this station presents to the repository (mutual TLS); empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted PEM private key for audit.syslog.certFile; readable by this user only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the repository before leaving messages queued for the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the desktop application: ja (Japanese), en (English), or empty to follow the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; `pdi config list` shows the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line of text without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; &quot;%3&quot; has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a host name or an IP address, e.g. arr.hospital.local or 192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (use a dot for decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON array of names; give the names separated by commas instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every item of the JSON array must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a usable name (one line, at most %3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes at most 500 names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute path (the GUI and the CLI start in different folders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set audit.syslog.host before turning on audit.syslog.enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off audit.syslog.enabled before clearing audit.syslog.host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::SettingsForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Saved before the problem: %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::SettingsWorkspace</name>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI and bulk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::StationForm</name>
    <message>
        <source>&amp;Station name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an account after &amp;failed sign-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum password length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station name identifies this computer in the audit trail. A locked account stays locked until an administrator unlocks it under Users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::StationShell</name>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without input.</source>
        <translation>
            <numerusform>You were signed out after %n minute without input.</numerusform>
            <numerusform>You were signed out after %n minutes without input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::SyslogSender</name>
    <message>
        <source>The audit repository host %1 cannot be found: %2. Check audit.syslog.host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending an audit message by UDP to %1:%2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available on this system (Qt&apos;s OpenSSL backend is missing); install the Qt 6 network package or use audit.syslog.transport udp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.syslog.caFile %1 holds no PEM certificate; set it to the CA file of the audit repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both audit.syslog.certFile and audit.syslog.keyFile, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station certificate %1 or its key %2 cannot be read; check audit.syslog.certFile and audit.syslog.keyFile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit repository %1:%2 cannot be reached over TLS: %3. Messages stay queued and are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the audit repository %1:%2 broke: %3. Unsent messages stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a sent audit message from the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Transaction</name>
    <message>
        <source>A change was committed twice; this is a program error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Transcoder</name>
    <message>
        <source>frame %1 has no valid RLE header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 has an RLE segment outside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE segment %1 of frame %2 ends after %3 of %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (re-encoded only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG-LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Check that the source is still there and readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DICOM file, so it cannot be written as DICOM. Put it on the medium as other content, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a video (%2). Video is not decoded for a referral medium; it is carried as it is only when the operator decides to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encoded as %2, which this program cannot decode. Ask the sender for an uncompressed or JPEG/JPEG-LS/RLE/JPEG 2000 copy, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Get the image again from its source, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) stored with the unknown VR UN were given the VR of the DICOM dictionary; their values are unchanged.</source>
        <translation>
            <numerusform>%n attribute stored with the unknown VR UN was given the VR of the DICOM dictionary; its value is unchanged.</numerusform>
            <numerusform>%n attributes stored with the unknown VR UN were given the VR of the DICOM dictionary; their values are unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no SOP Class UID or SOP Instance UID, so it cannot be referenced from a DICOMDIR. Leave it off, or get a complete copy from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would take %2 MB once decoded, more than the %3 MB allowed. Leave it off, or ask the sender for an uncompressed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcoding %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RLE compressed pixels of %1 are damaged: %2. Get the image again from its source, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 compressed pixels of %2 cannot be decoded (%3). Get the image again from its source, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG 2000 pixels of %1 cannot be decoded correctly: %2. Get an uncompressed copy from its source, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds further JPEG 2000 pixel data (an icon image, for example) that cannot be decoded. Leave it off, or ask the sender for an uncompressed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written as Explicit VR Little Endian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to %2 (%3). Check the free space and the permissions of the target folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to %2. Check the free space and the permissions of the target folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::TransferSyntax</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::UserTable</name>
    <message>
        <source>One account per person: the audit trail names whoever signed in. Disable an account instead of deleting it, so that its records stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>locked after %n failed sign-in(s)</source>
        <translation>
            <numerusform>locked after %n failed sign-in</numerusform>
            <numerusform>locked after %n failed sign-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed; tell the person in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::WebContentWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 of the study of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no preview for video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no preview, there is no image to make it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no preview, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::WriteJob</name>
    <message>
        <source>%1 already exists; choose another file name or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing was cancelled before anything was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the write job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification was cancelled; the output was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disc does not read back as written (%1). Do not hand it over: destroy it and write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written medium does not read back as written (%1); it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium was written and verified, but the label could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>written and verified: %n object(s) for patient %1</source>
        <translation>
            <numerusform>written and verified: %n object for patient %1</numerusform>
            <numerusform>written and verified: %n objects for patient %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::ZipMedium</name>
    <message>
        <source>not a readable ZIP archive (central directory missing or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 members; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged; members after the damage are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member name leaves the archive root; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member path too long or too deep; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted member; not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI Station %1: write, check and import portable medical image media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi COMMAND [options]; pdi COMMAND --help tells more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli::AuditCommand</name>
    <message>
        <source>list, verify, export and forward the audit trail (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi audit list [--since DATE] [--user NAME] [--patient ID] [--event EVENT] [--limit N] [--json]
       pdi audit verify [--json]
       pdi audit export --format dicom --out DIR [--since DATE] [--user NAME] [--patient ID] [--event EVENT]
       pdi audit flush
       (all: [--data-dir DIR] [--password-stdin])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records from this date (YYYY-MM-DD, local time) or ISO 8601 time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records involving this patient ID (before or after import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of this event (login, export, import, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the newest N records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export format: dicom (PS3.15 A.5 XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the folder to write one XML file per record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, verify, export or flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date like 2024-01-31 or a time like 2024-01-31T09:00:00+09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format dicom and --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n record(s); last hash %1</source>
        <translation>
            <numerusform>Audit trail intact: %n record; last hash %1</numerusform>
            <numerusform>Audit trail intact: %n records; last hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forwarding to an audit repository is off (audit.syslog.enabled); %n message(s) queued.</source>
        <translation>
            <numerusform>Forwarding to an audit repository is off (audit.syslog.enabled); %n message queued.</numerusform>
            <numerusform>Forwarding to an audit repository is off (audit.syslog.enabled); %n messages queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another PDI Station process is sending the queue right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) sent</source>
        <translation>
            <numerusform>%n audit message sent</numerusform>
            <numerusform>%n audit messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) written to %1</source>
        <translation>
            <numerusform>%n audit message written to %1</numerusform>
            <numerusform>%n audit messages written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::cli::CheckCommand</name>
    <message>
        <source>check a medium (folder, ISO image, ZIP) against the PDI rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the report as JSON to FILE, or only JSON to standard output with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read only the DICOMDIR when there is one (for reception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi check MEDIUM [--json FILE|-] [--quick]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station&apos;s data directory, for the site&apos;s AI product list and thresholds (else PDI_DATA_DIR, else the default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli::CliLogin</name>
    <message>
        <source>the station&apos;s data directory (default: PDI_DATA_DIR, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read passwords from standard input, one per line: yours first (unless PDI_PASSWORD is set), then a new one where the command sets one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 (%n audit message(s) queued; `pdi audit flush` sends them later)</source>
        <translation>
            <numerusform>warning: %1 (%n audit message queued; `pdi audit flush` sends them later)</numerusform>
            <numerusform>warning: %1 (%n audit messages queued; `pdi audit flush` sends them later)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set PDI_USER to your login name: every act is recorded under a named person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your own password you can also set PDI_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli::ConfigCommand</name>
    <message>
        <source>show and change the site settings (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi config list [--json] | get KEY | set KEY VALUE | unset KEY  [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, get, set or unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; `pdi config list` shows the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli::LabelCommand</name>
    <message>
        <source>make the disc label and case insert of a medium as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi label MEDIUM --pdf FILE [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder, disc image or ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Label written to %1 (%n page).</numerusform>
            <numerusform>Label written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::cli::PasswordInput</name>
    <message>
        <source>Standard input ended before the password; give one password per line with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to type the password on; give it on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli::UserCommand</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, disable and unlock accounts; change roles and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable NAME | enable NAME | unlock NAME | role NAME ROLE | passwd NAME   [--data-dir DIR] [--password-stdin]
roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the new account&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the person&apos;s name as shown and audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, disable, enable, unlock, role or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role with --role: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator: use --role admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2, %3) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first account; sign in with PDI_USER=%1 to add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::cli::WriteCommand</name>
    <message>
        <source>write one patient&apos;s studies to a USB folder, an ISO image or a disc, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi write SOURCE... --out TARGET [--media cd|dvd|dvd-dl|bd|usb] [--patient-id ID] [--study UID]... [--series UID]... [--exclude-series UID]... [--other FILE]... [--web] [--allow video|bulk|ai]... [--mark-ai UID]... [--not-ai UID]... [--label FILE.pdf] [--json FILE|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: a folder (USB stick), FILE.iso, /dev/srN or stdio:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cd, dvd, dvd-dl, bd or usb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this patient of a mixed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this study (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this series (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave this series out (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a non-DICOM file such as a referral letter (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add web content (INDEX.HTM and IHE_PDI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include content that needs a decision: video, bulk or ai (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treat this series as AI-derived (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treat this series as not AI-derived (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the label as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the result as JSON to FILE, or to standard output with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown media type &quot;%1&quot;: use cd, dvd, dvd-dl, bd or usb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow takes video, bulk or ai, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:  %1  ID %2  born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:  %1 objects (%2 decoded to uncompressed) to %3, File-set ID %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1  %2  %3  %4 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients in the sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: read back with the checker&apos;s rules; every file&apos;s SHA-256 matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job:      %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::firstrun::AdministratorPage</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages the other accounts and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own account: every action is recorded under the name of the person who signed in. Add accounts for the reception, the front desk and the technologists afterwards in Settings. The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::firstrun::InstitutionPage</name>
    <message>
        <source>Your institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on every medium this station issues: the disc label, README.TXT and the audit messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving hospital reads these lines to know where a disc came from and whom to call. The station name identifies this computer in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::firstrun::LanguagePage</name>
    <message>
        <source>Welcome to PDI Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no accounts yet. Three short steps set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI Station writes referral media (CD, DVD, USB) for patients and checks and imports the media other hospitals send. Choose the language of the screens; it can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Transcoder</name>
    <message>
        <source>the pixel data holds no compressed frame</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>a compressed frame is larger than 1 GiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the frame is neither a JPEG 2000 codestream nor a JP2 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenJPEG cannot be set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenJPEG cannot decode the frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenJPEG: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image attributes (Rows, Columns, Samples per Pixel, Bits Allocated, Bits Stored, Pixel Representation) are incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image has no size (Rows %1, Columns %2, %3 frames)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 samples per pixel are not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bits Allocated %1 is not supported with JPEG 2000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bits Stored %1 / Pixel Representation %2 do not fit Bits Allocated %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photometric Interpretation "%1" with %2 samples per pixel is not supported with JPEG 2000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decoded image would take %1 MB, more than the %2 MB allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no pixel data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pixel data is not encapsulated as JPEG 2000 requires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough memory for the decoded image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame %1 declares capabilities beyond JPEG 2000 Part 1 (Rsiz 0x%2), which OpenJPEG does not decode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame %1 has %2 components, the data set says %3 samples per pixel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame %1 is %2 x %3 pixels, the data set says %4 x %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the components or frames of the JPEG 2000 data differ in bit depth or sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JPEG 2000 data has a precision of %1 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JP2 header says the colours are YCC, the data set says RGB; which one is right cannot be told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photometric Interpretation is %1, but the JPEG 2000 data carries no colour transform, so its colours are unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JPEG 2000 data holds negative values, but the data set says the pixels are unsigned (Pixel Representation 0); which one is right cannot be told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JPEG 2000 data holds values that do not fit %1 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JPEG 2000 data is unsigned but Pixel Representation says signed: the samples were read as signed %1-bit values, as the data set says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bits Stored was %1 but the JPEG 2000 data needs %2 bits; Bits Stored and High Bit were corrected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decoded pixels cannot be stored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the station's data directory (default: PDI_DATA_DIR or ~/.local/share/pdistation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a medium to check after signing in (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AccessControl</name>
    <message>
        <source>%1 is signed in as %2, which may not %3. Ask an administrator to do it, or to give you a role that may.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AccountStore</name>
    <message>
        <source>counting accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a usable login name: use 1 to 32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The display name must be one line of at most 64 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An account "%1" exists already (login names ignore letter case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password could not be protected (the system's random number source failed); try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adding account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first account must be an administrator (role admin): only an administrator can add the other accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts exist already; sign in as an administrator to add more (set PDI_USER and give your password).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting administrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the last administrator who can sign in; add another administrator first, or nobody could manage accounts any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changing account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a login name: 1 to 32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a locked administrator; break-glass only unlocks the administrators when none can sign in. An administrator unlocks the other accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another administrator can still sign in; ask them to unlock %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signs in through the hospital directory, which gives the role from the person's groups at every sign-in; change the groups in the directory instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signs in through the hospital directory and has no password at this station; the password is changed in the directory.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AiDetector</name>
    <message>
        <source>segmentation made by an algorithm (Segment Algorithm Type %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carries the Algorithm Identification macro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carries the Algorithm Identification macro (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>structured report identifies an algorithm (TID 4019 codes %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parametric map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>derived secondary capture from an AI product (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contributing equipment is an AI product (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AnswerCharacterSet</name>
    <message>
        <source>the default character set (ASCII)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered in %2, which cannot hold kanji or kana: the kanji and kana of the name %3 were lost on the way, not missing at %1. Compare the name with the patient's record there before you choose.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ArchivePatientDialog</name>
    <message>
        <source>From the local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the patients whose images this station keeps (imported from outside media).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient in the local archive matches.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditAnchorFile</name>
    <message>
        <source>The audit anchor file %1 cannot be opened for appending: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit anchor could not be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit anchor file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditAnchoring</name>
    <message>
        <source>looking for today's audit anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to anchor yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditDetailText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoded to uncompressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patients found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conformant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed by the PACS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside IDs kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer of the ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AE title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File-set ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution of origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accession number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modalities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disc image or archive file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name; fingerprint %1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autorun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thin-slice or large data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demographics from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated size (bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources that did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spoiled disc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted towards the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry in the hospital directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditForwardingForm</name>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send every audit record to an Audit Record Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS (RFC 5425, confirmed delivery, recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UDP (RFC 5426, no delivery confirmation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard (6514 TLS, 514 UDP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station private key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: the system's CA store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages wait in a queue while the repository cannot be reached and are sent with the next record or with the button below. Nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send queued messages now</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding is off: turn it on and save first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another PDI Station program is sending the queue right now.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adding an audit record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queueing an audit message for the repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditVerifier</name>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 is missing before record %2: it was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records %1 to %2 are missing before record %3: they were deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 appears where record %2 should be: records were renumbered or moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 does not follow the record before it (its previous hash differs): an earlier record was changed, removed or moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The anchor file %1 is not append-only: whoever can rewrite it can rewrite the anchors along with the trail. Make it append-only (as root: chattr +a %1) or keep it on a write-once share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 is not the record anchored on %2: the trail was rewritten from record %1 or earlier and its hashes computed anew.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trail ends at record %1, but the anchor of %2 names record %3: records were removed from the end (at least %4).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::AuditWorkspace</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to PACS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hazardous content on a medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minor failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serious failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>major failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only records from this date on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before or after import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export DICOM XML...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send queued messages now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying the audit trail ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (on the medium: %2)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the listed records as DICOM XML</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding to an audit repository is off; turn it on in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another PDI Station program is sending the queue right now.</source>
        <translation type="unfinished" />
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
    <message>
        <source>Concerns: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail anchored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator unlocked by the computer's owner</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It matches %n anchor(s) kept outside the database.</source>
        <translation>
            <numerusform>It matches %n anchor kept outside the database.</numerusform>
            <numerusform>It matches %n anchors kept outside the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By station: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Authenticator</name>
    <message>
        <source>Account %1 has an unknown role "%2" in the database; an administrator must set its role again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 changed while signing in; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled or locked. Check both and try again; after %1 failed logins in a row an account is locked until an administrator unlocks it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user name given; type your login name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signs in through the hospital directory, and this station is not set up to use it. Ask an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hospital directory accepted your password, but none of your groups there gives you a role at PDI Station. Ask an administrator to add you to the right group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hospital directory accepted your password, but you are not in the group of people who may use PDI Station. Ask an administrator to add you to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is locked in the hospital directory, so you cannot sign in. Ask the directory's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password in the hospital directory has expired. Change it where you change your hospital password, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is disabled in the hospital directory, so you cannot sign in. Ask the directory's administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CandidateScorer</name>
    <message>
        <source>Patient ID %1 here, %2 on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same Patient ID from the same issuer (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same number, likely another hospital's (issuer %1 here, %2 on the medium)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same Patient ID, issued by this hospital (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same number, likely another hospital's (issued by %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same Patient ID, on a medium from this hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same number, likely another hospital's (the medium names neither issuer nor institution)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same number, likely another hospital's (no issuer, on a medium from %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>likely the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>possibly the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlikely to be the same person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CheckBadges</name>
    <message>
        <source>Several patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autorun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DICOMDIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-DICOM content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not PDI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not PDI: the medium breaks the rules for patient media; the findings below say which.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlisted images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lossy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Part 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulk data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CheckReportDocument</name>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder or drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disc image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium check report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked %1 by %2 at station %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID %1   Birth date %2   Sex %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuing institution: unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuing institution: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to know</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more like this.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened from %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume ID %1   File-set ID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files: %2 DICOM, %3 other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF %1 could not be written; check that the folder is writable and the disk not full.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CheckReportText</name>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO 9660 image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> issued by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID %1   born %2   sex %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accession %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>[lossy]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium:    %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume ID: %1   File-set ID: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files:     %1 (%2 DICOM, %3 other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result:    conformant PDI medium (%1 warnings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result:    NOT CONFORMANT: %1 errors, %2 warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>           quick check: the DICOMDIR and one object per patient were read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>           checked in full: the DICOMDIR is not reliable enough for a quick check (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>... and %1 more %2 findings like this (the JSON report lists all)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CheckRulesForm</name>
    <message>
        <source>AI products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series whose manufacturer, model, description or software names one of these products is treated as AI-derived: shown with a badge when checking, and left out of referral media unless someone decides to include it. Double-click a name to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thin-slice series: slices of at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large series: at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> images</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CheckWorkspace</name>
    <message>
        <source>Open folder or drive...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open disc image or ZIP...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a disc or USB stick, or open a folder, disc image or ZIP file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study / series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open medium folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open disc image or ZIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disc images and archives (*.iso *.img *.zip);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conformant PDI medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a conformant PDI medium: %1 errors, %2 warnings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lossy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check this drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disc or USB stick opens by itself when it is inserted. You can also drop a folder, disc image or ZIP file here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studies on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New medium %1: checking %2 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (optical drive, not mounted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (disc in %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (USB or memory card, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No disc or USB stick found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a medium first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A first look from the medium's directory is shown; checking every file ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was cancelled: only the first look from the medium's directory is shown; the files were not checked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::CommitmentListener</name>
    <message>
        <source>This station cannot open a socket for storage commitment results: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station cannot listen on %1 port %2 for storage commitment results (%3); another program may use the port, or the address is not one of this computer's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station cannot prepare for storage commitment results (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ContentRule</name>
    <message>
        <source>no ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium holds %1 patients: %2. A referral medium holds one patient; import each patient separately and check that none was sent by mistake.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth dates %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sexes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID %1 appears with different %2; this may be two patients. Confirm the identity before using these images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mm slices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is thin-slice or very large data (%2); the receiver may not expect it. It needs the operator's decision to be included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has been lossy compressed at some point; it is not the original image quality.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video (%1); referral media carry video only by prior agreement with the receiver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is compressed (%1); referral media must be uncompressed (Explicit VR Little Endian). Some receivers cannot read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is encoded as %1; PDI media use Explicit VR Little Endian.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same SOP Instance UID as %1; one of them will overwrite the other on import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 looks AI-derived: %2. The label and README.TXT must say so; import it or pass it on only after a person has decided to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ContentSniffer</name>
    <message>
        <source>Windows program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linux program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>macOS program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIF picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bitmap picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIFF picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XML document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown binary data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ContentTree</name>
    <message>
        <source>Study / series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected series was recognised as AI-derived but is not: write it as ordinary images. Your decision is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected series was made by an AI product that was not recognised: it is then left out unless you tick it, and named on the label if written. Your decision is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo my mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study %1
Accession number %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thin-slice or large data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived (marked by you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>included by your decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out unless you tick it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI-derived (your decision; recognised by: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of decision</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>what the series is, then what becomes of it</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not AI-derived (yours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what the series is, then what becomes of it, briefly</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder; choose another path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the data directory %1; check that its parent folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data directory %1 is not writable for this user; fix its permissions or use another directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data directory given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the data directory %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data directory %1 belongs to another operating-system user (uid %2). PDI Station keeps password hashes and patient data there and runs only as the directory's owner: run it as that user, or choose a directory of your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data directory %1 can be written by other users (mode %2), so anybody could change the accounts, the audit trail or the images in it. Make it private to its owner (for example chmod 700 %1) after checking that nobody changed its contents, or choose another directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot make the data directory %1 private to its owner: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station identity in %1 is damaged (it holds no UUID). If this folder was copied from another station, remove the file so that this station gets an identity of its own; otherwise put back the identity it had.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the station identity %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Database</name>
    <message>
        <source>opening the station database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switching the station database to WAL mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station database %1 cannot use WAL mode (it reports "%2"); keep the data directory on a local disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting a change in the station database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared station database (%1) cannot be opened: %2. Check that the server runs and can be reached from this computer, and that the user name, the password file and the certificates are right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for another station's change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for another station's audit record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking the other stations for a lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station database failed while %1: %2. Check that the data directory is on a local disk with free space and that no other program holds it locked; a shared database also needs its server running and reachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DatabaseCopy</name>
    <message>
        <source>reading table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing table %1 into the shared database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A station's records can be copied into a shared PostgreSQL database only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station uses this database already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading this station's settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing this station's settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the shared audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing the audit trail into the shared database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DatabaseLocation</name>
    <message>
        <source>The station configuration %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station database "%1" is neither the embedded file (sqlite) nor a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL address "%1" is not valid; it looks like postgresql://user@host:5432/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL address holds a password. Addresses end up in scripts, process lists and logs; keep the password in a file only the station's user can read and name it with password_file=PATH instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL address "%1" must name a user and a database, as in postgresql://user@host:5432/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL address names "%1", which PDI Station does not know; it knows password_file, schema and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL schema "%1" must be a lower-case name of letters, digits and underscores.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database password file %1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database password file %1 belongs to another operating-system user (uid %2). It must belong to the user that runs PDI Station, so that nobody else can change or read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database password file %1 can be read by other users (mode %2): anybody on this computer could open the shared database with it. Make it readable by its owner only (mode 0600) and change the database password, since it may have been read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the embedded file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted, server certificate and host name checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted, server not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted only if the server offers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3 as %4 (%5)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DcmtkCondition</name>
    <message>
        <source>its compressed pixel data cannot be decoded: the image data are damaged or use a form of the compression this program does not decode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its structure is broken: an element stands where none can be, or its encoding is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file ends before its data do (it is truncated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sequence or an item in it is not closed as it must be (a delimiter is missing or wrong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an element's length does not fit the data around it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the offset table of its compressed frames is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its pixel data cannot be converted to uncompressed form: the encoding is not supported or the data do not match it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not meet the rules for objects on a medium (PS3.11 General Purpose profile): a required attribute is missing or invalid, or its encoding is not allowed on a medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no file meta information (Part 10 header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be read from where it is stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a valid DICOMDIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a required attribute is missing or empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an attribute has a value that is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DICOM toolkit cannot process it (condition %1/%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DestinationChoice</name>
    <message>
        <source>Node %1 has no store role; choose a PACS that stores images or the local archive.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomAssociation</name>
    <message>
        <source>node %1 (%2 at %3:%4%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the association (%2). Check the node's AE title and that the node knows this station's AE title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts none of the kinds of object or transfer syntaxes proposed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, the TLS certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot propose %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM TLS cannot be set up for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Check that the node is running and that it knows this station's AE title; an import started again continues where this one stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be reached or did not answer (%2). Check that it is running, its host name, port and AE title%3, and that no firewall blocks the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). The node must offer TLS 1.2 or later with the ciphers of BCP 195, and present a certificate signed by the node's CA file%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> that names the host %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomEcho</name>
    <message>
        <source>%1 does not accept C-ECHO (Verification).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomNode</name>
    <message>
        <source>the local archive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomQuery</name>
    <message>
        <source>%1 does not offer %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a modality worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patient-root queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>study-root queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not answer the query (status 0x%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomStructureWalk</name>
    <message>
        <source>an item of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the encapsulated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sequence %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data end at byte %1 inside %2, which begins at byte %3: its delimiter is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data end at byte %1 inside an element header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, %2 claims %3 bytes, which run past the end of the item or sequence it belongs to (byte %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pixel data truncated: %1 of %2 bytes present (at byte %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, %2 claims %3 bytes, but only %4 remain in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, %2 is nested more than %3 sequences deep; the file was not read beyond it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, an element header crosses the end of the item or sequence %2 (byte %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, %2 stands where an item of %3 must begin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, a fragment of the encapsulated %2 has an undefined length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, an item begins outside any sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, an item delimiter stands outside any item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, a sequence delimiter ends an item of %2 that must end with an item delimiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, a sequence delimiter stands outside any sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, the tag %2 is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, %2 has no valid value representation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, %2 has an undefined length, which only sequences and encapsulated pixel data may have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at byte %1, the file meta information element %2 has a length of %3 bytes that the file cannot hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file ends inside its file meta information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the deflated data set expands beyond %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the deflated data set cannot be inflated beyond byte %1 of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the medium holds only %1 of the file's %2 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomSummaryReader</name>
    <message>
        <source>pixel data truncated: %1 of %2 bytes present</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomTls</name>
    <message>
        <source>node %1 (%2 at %3:%4, TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM TLS cannot be set up for %1 (OpenSSL did not start).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM TLS cannot be set up for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 of %2 cannot be read as PEM: %3. Check the node's CA file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate %1 and key %2 configured for %3 cannot be used together (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key does not match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM TLS cannot check the host name %1 of %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomdirBuilder</name>
    <message>
        <source>cannot create the DICOMDIR: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be listed in the DICOMDIR: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the DICOMDIR: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomdirReader</name>
    <message>
        <source>the DICOMDIR is larger than %1 MB; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DICOMDIR cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DICOMDIR has no Directory Record Sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the offsets that link the directory records are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an offset (%1) points at no directory record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record at offset %1 is linked more than once (a loop)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n directory record(s) cannot be reached through the offsets</source>
        <translation>
            <numerusform>%n directory record cannot be reached through the offsets</numerusform>
            <numerusform>%n directory records cannot be reached through the offsets</numerusform>
        </translation>
    </message>
    <message>
        <source>the DICOMDIR is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DICOMDIR holds %1 elements, more than the %2 that fit the %3 MB it may take in memory; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DICOMDIR expands to more than %1 MB; it was not read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DicomdirRule</name>
    <message>
        <source>record at offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 record at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the medium was checked file by file instead. A viewer will not be able to open this medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR's Media Storage SOP Class is "%1" instead of %2 (Media Storage Directory Storage).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR has no Part 10 file meta information (preamble, DICM, group 0002).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR is encoded as %1; IHE PDI requires Explicit VR Little Endian.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The File-set ID "%1" is not valid: at most 16 characters of A-Z, 0-9, _ and space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The links between directory records are broken (%1); the hierarchy was inferred from the record order. Some viewers will show the medium as empty or wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 lacks %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 lacks Instance Number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object (SOP Class %1) is listed under a %2 record; it must be a %3 record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than 8 components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Referenced File ID "%1" is not valid (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR references %1, which is not on the medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Referenced File ID "%1" points outside the medium; it was not followed. This medium may be malicious.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is referenced by more than one directory record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR references this file, but it is not DICOM (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP Instance UID %1 in the record, %2 in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP Class UID %1 in the record, %2 in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer Syntax %1 in the record, %2 in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory record does not match the file: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This DICOM file is not referenced by the DICOMDIR, so viewers and importers that follow the DICOMDIR will miss it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The File-set ID "%1" differs from the volume identifier "%2"; on a CD they must be the same.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) (the first is this one) have no %1 record above their directory record; a viewer may not show them.</source>
        <translation>
            <numerusform>%n file has no %1 record above its directory record; a viewer may not show it.</numerusform>
            <numerusform>%n files (the first is this one) have no %1 record above their directory record; a viewer may not show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (the first is this one) are listed under the %1, whose %2 is %3, but the files say %4; a viewer will show them with the wrong patient, study or series.</source>
        <translation>
            <numerusform>%n file is listed under the %1, whose %2 is %3, but the file says %4; a viewer will show it with the wrong patient, study or series.</numerusform>
            <numerusform>%n files (the first is this one) are listed under the %1, whose %2 is %3, but the files say %4; a viewer will show them with the wrong patient, study or series.</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n directory record(s) (the first: the %1) lack %2, which every record must carry (Type 1); a viewer that follows the links may not find what they list.</source>
        <translation>
            <numerusform>%n directory record (the %1) lacks %2, which every record must carry (Type 1); a viewer that follows the links may not find what it lists.</numerusform>
            <numerusform>%n directory records (the first: the %1) lack %2, which every record must carry (Type 1); a viewer that follows the links may not find what they list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The offset of the last record of the root directory entity is %1, but that record is at offset %2; software that adds to this file set or reads it from the end will go wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR is damaged (%1); it was read as far as its structure allows, but a viewer may not show all of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR's file meta information lacks %1, which PS3.10 requires in every file; some viewers refuse such a DICOMDIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 has an empty %2, a key that must have a value (Type 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 has an empty Instance Number, a key that must have a value (Type 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR lacks the offset of the first record of the root directory entity (Type 1); a viewer may show the medium as empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR lacks the offset of the last record of the root directory entity (Type 1); software that adds to this file set or reads it from the end will go wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DirectoryAccounts</name>
    <message>
        <source>reading account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 changed while signing in; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the sign-in of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DirectoryClient</name>
    <message>
        <source>No directory server is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service account (its name and its password file) is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search base is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template that makes the person's directory name is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With a user principal name the search base must be set, to find the person's entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No directory group is assigned to a role, so nobody could sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service account's password file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in through the hospital directory is not fully set up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory refused the service account %1: its name or password is wrong, or it is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory accepted the password of %1 but shows no single entry for it; check the search base and filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 and encrypted it with StartTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 over TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service account signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory has no entry %1 (the search base).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search base %1 exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hospital directory at %1 cannot be reached (%2). Accounts of the directory cannot sign in until it answers again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hospital directory at %1 refused %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory address %1 cannot be used (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to the hospital directory cannot be prepared; check that the CA certificate file %1 can be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the system's CA store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hospital directory at %1 did not set up an encrypted connection (StartTLS: %2). Its certificate may not be signed by the configured certificate authority or may not name the server. Nothing was sent without encryption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a search under %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DirectoryForm</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People sign in with their hospital password through the hospital directory (Active Directory or OpenLDAP); this station keeps no password for them. Their groups there give their role at every sign-in. The station's own accounts remain for emergencies; their sign-ins are recorded as break-glass while a directory is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ldaps://dc1.hospital.local; empty: no directory sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: the system's CA store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding the person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the person's own directory name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search with a service account, then sign in as the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person's directory name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1@hospital.local or uid=%1,ou=people,dc=hospital,dc=local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cn=pdi-service,ou=services,dc=hospital,dc=local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service account's password file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>readable by this station's user only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search base:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dc=hospital,dc=local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which directory group gives which role (a member of several gets the one with the most permissions):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cn=...,ou=groups,dc=hospital,dc=local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone must also be in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: no such group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and test the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the directory ...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DirectoryIdentityRule</name>
    <message>
        <source>record at offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 record at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %1 says %2 %3, but %n object(s) listed below it say %4</source>
        <translation>
            <numerusform>The %1 says %2 %3, but %n object listed below it say %4</numerusform>
            <numerusform>The %1 says %2 %3, but %n objects listed below it say %4</numerusform>
        </translation>
    </message>
    <message>
        <source>a viewer that shows the DICOMDIR names another person than the images. The identity shown here is the objects'; confirm it with the sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a viewer that follows the DICOMDIR may not find these objects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR's Specific Character Set "%1" is not valid; its records were read as %2 by best effort, and a viewer may show their names garbled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default character set</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n directory record(s) hold text in a character set the DICOMDIR does not declare (its Specific Character Set is "%1"); a viewer may show their names garbled. The names shown here are read from the objects.</source>
        <translation>
            <numerusform>%n directory record hold text in a character set the DICOMDIR does not declare (its Specific Character Set is "%1"); a viewer may show their names garbled. The names shown here are read from the objects.</numerusform>
            <numerusform>%n directory records hold text in a character set the DICOMDIR does not declare (its Specific Character Set is "%1"); a viewer may show their names garbled. The names shown here are read from the objects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::DiscBurner</name>
    <message>
        <source>%1 already exists; the stdio: drive writes a new image only. Remove it or choose another path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no usable drive at %1: check that the drive is connected, not busy and that you may use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no disc in the drive at %1; insert a blank disc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disc in %1 is not blank; insert a blank CD-R, DVD-R or BD-R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disc image cannot be handed to the drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drive cannot write this disc: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disc holds %1 MB but the medium needs %2 MB; use a larger disc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>burning was cancelled; the disc is unusable and must not be handed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drive reported an error while burning; the disc must not be handed over</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DiskSpace</name>
    <message>
        <source>The disk holding %1 (mounted at %2) is full: %3 MB left of %4 MB. Free space there or choose another place; what was written of this file was removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::DisplayText</name>
    <message>
        <source>male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ExportPlanner</name>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2 born %3 (%n object(s))</source>
        <translation>
            <numerusform>%1 %2 born %3 (%n object)</numerusform>
            <numerusform>%1 %2 born %3 (%n objects)</numerusform>
        </translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient with ID %1 among the sources. Patients found: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID %1 is used with different issuers in the sources; these are different patients. Write each from its own source. Patients found: %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s) have no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</source>
        <translation>
            <numerusform>%n object has no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</numerusform>
            <numerusform>%n objects have no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another patient's objects are not written: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth dates %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sexes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objects of patient %1 disagree on %2. This may be two patients; correct the source data in the archive before writing a medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1 (given on the command line) matches no series of patient %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1 is both marked and unmarked as AI-derived; choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is left to write for patient %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sources hold %1 patients; a referral medium holds one. Choose one patient. Patients found: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study %1 chosen is not a study of patient %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content needs %1 MB but the %2 holds %3 MB: %4 MB too much. The largest series is %5 series %6 "%7" (%8 MB, UID %9). Choose a larger medium or leave series out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ExportSource</name>
    <message>
        <source>%1 does not exist; check the source path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged DICOM file (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a DICOM object (%1); not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a DICOM object; documents go on the medium as other content</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FileIdRules</name>
    <message>
        <source>empty name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longer than 8 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has an extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has lower-case letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has characters other than A-Z, 0-9 and _</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FileRule</name>
    <message>
        <source>The DICOM file is damaged (%1); it may not open or may show wrong images. Ask the sender for a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is DICOM without the Part 10 header (preamble, DICM and file meta information); media must carry Part 10 files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP Class UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP Instance UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file meta information and the data set disagree on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-DICOM content (%1). The label and README.TXT must say the medium holds non-DICOM content; it is not imported into a PACS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read (%1). If this is a disc, clean it and try again, or ask the sender for a new medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Specific Character Set "%1" is not valid; its text was read as %2 by best effort. Check the names against another source before you rely on them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default character set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient's ID or name holds characters outside the character set the file declares ("%1"); they were read by best effort. Check the name against another source before you rely on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file meta information lacks %1, which PS3.10 requires in every file; some viewers and archives refuse such a file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FindingList</name>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to know</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more like this.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>the medium</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FirstRun</name>
    <message>
        <source>Give the name of the institution: it is written on every medium this station issues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The administrator %1 was created, but signing in failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The administrator %1 was created, but a setting could not be saved: %2 Sign in and finish in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FirstRunWizard</name>
    <message>
        <source>Set up PDI Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FolderMedium</name>
    <message>
        <source>folders nested deeper than %1 levels were not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 entries; the rest was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path longer than %1 characters skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A named pipe (FIFO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A device node</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::FolderWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not empty (it holds %2). A referral medium must hold only its own files: use an empty USB stick or folder, or remove the old content first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing was cancelled; the partial medium was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the device did not confirm writing (sync failed); check the USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the verified DICOMDIR cannot be renamed in %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::IdentityContradiction</name>
    <message>
        <source>birth date %1 here, %2 on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sex %1 here, %2 on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names share no form: %1 here, %2 on the medium</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::IdentityGuard</name>
    <message>
        <source>The local patient %1 contradicts the patient on the medium (%2). Nothing was sent. Choose the right local patient, or, if they are the same person all the same, confirm the difference with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local patient %1 contradicts the patient on the medium (%2). This station requires a second person (technologist or administrator) to approve such an import; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot approve this import: the approval must come from another person who may import. Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The approval must come from a second person, not from %1, who asks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) may not import, so cannot approve an import; ask a technologist or an administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportConfirmation</name>
    <message>
        <source>%1 in %2 of %3</source>
        <comment>objects in series of studies</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation type="unfinished">
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message>
        <source>the local archive of this station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 at %3:%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>typed by you (no source knows the local ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the medium (outside IDs kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient's identity in each object becomes the local one shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The old values stay in each object (Original Attributes Sequence, reason COERCE, from %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the outside institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outside ID %1 is added to Other Patient IDs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station is recorded as the portable media importer (Contributing Equipment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity stays as it is on the medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text is written in %1, the character set of the destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study, series and instance UIDs and the images themselves are not changed. The medium is never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium carries programs or an autorun file. Nothing on it is run and they are not imported; the import is recorded as a security alert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accession number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local values from: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differs: %1. Make sure this is the same person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inside the objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) of the medium are left out; the list in the workspace says why.</source>
        <translation>
            <numerusform>%n file of the medium is left out; the list in the workspace says why.</numerusform>
            <numerusform>%n files of the medium are left out; the list in the workspace says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import is complete when the PACS confirms that it keeps the objects (storage commitment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import is recorded under your name: you are responsible for the imported images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import these objects?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the outside patient is filed under the right local patient, and what is sent where.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This local patient contradicts the patient on the medium. Send only if you are sure they are the same person, and say why below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity confirmed in person with the patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity confirmed with the referring hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name changed (marriage, adoption or other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The referring hospital recorded the birth date wrongly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The referring hospital recorded the sex wrongly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or type why they are the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station asks a second person (technologist or administrator) to approve: they sign in here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by (login name):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send all the same</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportContentTree</name>
    <message>
        <source>Study / series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lossy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: %1 of %2 series, %3 of %4 objects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>series, notes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2</source>
        <comment>study date, description</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportJob</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Dry run: %n object(s) would be sent to %1; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n object would be sent to %1; nothing was sent.</numerusform>
            <numerusform>Dry run: %n objects would be sent to %1; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Complete: %n object(s) sent to %1 and committed.</source>
        <translation>
            <numerusform>Complete: %n object sent to %1 and committed.</numerusform>
            <numerusform>Complete: %n objects sent to %1 and committed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %n object(s) sent to %1.</source>
        <translation>
            <numerusform>Complete: %n object sent to %1.</numerusform>
            <numerusform>Complete: %n objects sent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) failed; the reasons are in the job record.</source>
        <translation>
            <numerusform>%n object failed; the reasons are in the job record.</numerusform>
            <numerusform>%n objects failed; the reasons are in the job record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: %1 of %2 object(s) done (%3 sent, %4 committed, %5 failed, %6 still to send). %7 Run the same command again to continue; what was sent is not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 became shorter or unreadable on the medium while it was being sent; it was not stored. Check the medium and run the same import again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportJobLock</name>
    <message>
        <source>This import (outside patient %1 to %2) is running already in %3 (process %4 on %5). Wait for it to end; starting it again afterwards continues what is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This import (outside patient %1 to %2) is running at station %3, started by %4. Wait for it to end there; starting it again afterwards, here or there, continues what is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>somebody</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportJobRecovery</name>
    <message numerus="yes">
        <source>interrupted: the program ended while this import was running (stopped, crashed or power lost); %n object(s) had been sent. Run the same import again to continue.</source>
        <translation>
            <numerusform>interrupted: the program ended while this import was running (stopped, crashed or power lost); %n object had been sent. Run the same import again to continue.</numerusform>
            <numerusform>interrupted: the program ended while this import was running (stopped, crashed or power lost); %n objects had been sent. Run the same import again to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>patient %1 (outside ID %2) to %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s) sent</source>
        <translation>
            <numerusform>%n object sent</numerusform>
            <numerusform>%n objects sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::ImportJobStore</name>
    <message>
        <source>reading the import job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating the import job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the import job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import job just recorded cannot be read back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the instances of the import job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the import jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the state of imported instances</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportMedium</name>
    <message>
        <source>%1 cannot be opened on the medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read as DICOM: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportPlanner</name>
    <message>
        <source>Nothing of patient %1 can be imported with this choice; see the files left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium holds no readable DICOM objects; nothing can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient on the medium matches the choice. The medium holds: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study %1 is not on the medium for patient %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1 is not on the medium for patient %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up the local patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth date %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sex %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be written in the character set of %2 (%3): the characters %4 have no code there. Send to a node with ISO_IR 192, or correct the local record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No local patient is named: name the local patient the objects are filed under, or decide to keep the outside identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A local patient is named and the outside identity is to be kept as well: decide on one of the two.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The medium holds %n patient(s): %1. Each patient is imported by its own import: choose one by its outside patient ID, or by its studies or series.</source>
        <translation>
            <numerusform>The medium holds %n patient: %1. Each patient is imported by its own import: choose one by its outside patient ID, or by its studies or series.</numerusform>
            <numerusform>The medium holds %n patients: %1. Each patient is imported by its own import: choose one by its outside patient ID, or by its studies or series.</numerusform>
        </translation>
    </message>
    <message>
        <source>A local name, birth date or sex is given although the outside identity is to be kept: decide on one of the two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local birth date "%1" is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sex "%1" is none of male, female or other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local patient %1 could not be looked up everywhere: %2 Try again when the sources answer, or give the local name, birth date and sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No source knows the local patient ID %1 (asked: %2). Check the ID, or, if the patient is new here, give the local name, birth date and sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 knows patient %2 with %3, which differs from what was given. The local record wins: leave out the name, birth date and sex given, or correct the local record first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportResultView</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study / series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with the outside IDs kept (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>under %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent: %1 of %n object(s), to %2, %3.</source>
        <translation>
            <numerusform>Sent: %1 of %n object, to %2, %3.</numerusform>
            <numerusform>Sent: %1 of %n objects, to %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 of %n object(s), to %2, %3. Still to send: %4; failed: %5.</source>
        <translation>
            <numerusform>Sent: %1 of %n object, to %2, %3. Still to send: %4; failed: %5.</numerusform>
            <numerusform>Sent: %1 of %n objects, to %2, %3. Still to send: %4; failed: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume continues this import; what was sent is not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s) had been sent by an earlier run.</source>
        <translation>
            <numerusform>%n object had been sent by an earlier run.</numerusform>
            <numerusform>%n objects had been sent by an earlier run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) confirmed by the PACS (storage commitment).</source>
        <translation>
            <numerusform>%n object confirmed by the PACS (storage commitment).</numerusform>
            <numerusform>%n objects confirmed by the PACS (storage commitment).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more failure(s) in the job record.</source>
        <translation>
            <numerusform>... and %n more failure in the job record.</numerusform>
            <numerusform>... and %n more failures in the job record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1, run %2; recorded under your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported, study by study:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned, study by study:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing on the medium was left out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ImportSelector</name>
    <message>
        <source>belongs to another patient on the medium (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>study not chosen for import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series not chosen for import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged DICOM file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no SOP Class or SOP Instance UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same SOP Instance UID as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>known only from the DICOMDIR, not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an autorun file, never followed and never imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not DICOM: %1; a program, never run and never imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not DICOM: %1; only DICOM goes to the PACS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read from the medium: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the objects can be imported: %n file(s) cannot be used as they are: %1. Importing again will not change that; ask the sender for a new copy of these images.</source>
        <translation>
            <numerusform>None of the objects can be imported: %n file cannot be used as it is: %1. Importing again will not change that; ask the sender for a new copy of these images.</numerusform>
            <numerusform>None of the objects can be imported: %n files cannot be used as they are: %1. Importing again will not change that; ask the sender for a new copy of these images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::ImportWorkspace</name>
    <message>
        <source>%1   ID %2   born %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open folder or drive...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open disc image or ZIP...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open for import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A medium was inserted: %1. Open it for import?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1  Outside medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2  Local patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3  What to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This medium carries programs or an autorun file. Nothing on it is run; they are not imported, and the import is recorded as a security alert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patients on the medium (one import each):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported, and why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the medium's folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open disc image or ZIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disc images and archives (*.iso *.img *.zip);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (disc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (USB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no medium inserted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for local candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search was cancelled; the list may be incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importing now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import separately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
   %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside IDs kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfinished import of this medium (job %1, %2 by %3): %4 to %5, %6 of %7 object(s) sent. %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local archive (this station)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 at %3:%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the medium ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the outside medium: insert it, drop it here, or use the buttons above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium holds no DICOM objects to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for the local patient ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (2)</source>
        <comment>what is missing, the step's number</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import with these ticks. Tick the studies and series to import (3).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Ready: %n object(s) to %1. Import... shows everything once more before sending.</source>
        <translation>
            <numerusform>Ready: %n object to %1. Import... shows everything once more before sending.</numerusform>
            <numerusform>Ready: %n objects to %1. Import... shows everything once more before sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the outside disc or USB stick, or open a folder, disc image or ZIP file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the medium was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Conformant PDI medium.</source>
        <comment>medium, verdict</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Not a conformant PDI medium: %2 errors, %3 warnings.</source>
        <comment>medium, verdict</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: the result is below. Choose the next patient of this medium, or open the next medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: the result is below. Open the next medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium %1: %2, %3.</source>
        <comment>identifier, patients, objects</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM object(s)</source>
        <translation>
            <numerusform>%n DICOM object</numerusform>
            <numerusform>%n DICOM objects</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen local patient contradicts the medium: %1. Choose the right local patient; if they are the same person all the same, Import... asks you to confirm the difference with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It ran at this station (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It ran at station %1; resuming here continues it with the medium in this station's drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another station</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::InstitutionForm</name>
    <message>
        <source>Written on every medium this station issues. The receiving hospital reads these lines to know where a disc came from and whom to call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disc label (sample patient):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>README.TXT on the medium (sample patient):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::IsoImageGenerator</name>
    <message>
        <source>cannot create the disc image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add folder %1 to the disc image: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of memory while preparing the disc image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add %1 to the disc image: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the disc image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start writing the disc image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not read completely into the disc image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::IsoImageWriter</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing the disc image was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disc image could not be generated (a source file may have changed or become unreadable while writing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing disc image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move the finished image to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::IsoMedium</name>
    <message>
        <source>folders nested deeper than %1 levels were not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 entries; the rest was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file lies beyond the end of the image (truncated image)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a readable ISO 9660 image (no primary volume descriptor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder leads back to a folder already read (a loop in the directory records); it was not followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folders hold more than %1 MB of directory records; the rest was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 lies beyond the end of the image or cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a directory record of the folder %1 is damaged; the rest of the folder was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name "%1" in the folder %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path longer than %1 characters skipped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::JobList</name>
    <message>
        <source>reading the write jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the import jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station that shares this database is called %1. The stations are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::JobStates</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished, can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File-set ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no objects recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) sent</source>
        <translation>
            <numerusform>%1 of %n object sent</numerusform>
            <numerusform>%1 of %n objects sent</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 confirmed by the PACS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::JobsWorkspace</name>
    <message>
        <source>Reading the jobs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a station without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issuer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, filed under the same IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, filed under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A technologist can continue it at any station with %1 in its drive: Import offers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue it, insert %1 and open it in Import, which offers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran at station %1. To continue it here, insert %2 in this station&apos;s drive and open it in Import, which offers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running at station %1. Once it stops, it can be continued here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write is not resumed: write the medium again in Write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) listed; </source>
        <translation>
            <numerusform>%n job listed; </numerusform>
            <numerusform>%n jobs listed; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) can be resumed.</source>
        <translation>
            <numerusform>%n import can be resumed.</numerusform>
            <numerusform>%n imports can be resumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) listed.</source>
        <translation>
            <numerusform>%n job listed.</numerusform>
            <numerusform>%n jobs listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write at station %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at station %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; run %n time(s), the last %1 by %2</source>
        <translation>
            <numerusform>; run %n time, the last %1 by %2</numerusform>
            <numerusform>; run %n times, the last %1 by %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::LabelFont</name>
    <message>
        <source>Labels need a QGuiApplication for their fonts (the command line starts one with the offscreen platform).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Japanese font "%1" is not installed, so names in kanji and kana cannot be printed. Install the package fonts-noto-cjk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LabelPreview</name>
    <message>
        <source>Disc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save label as PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print label...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving and printing become available once the medium is written, with the File-set ID it got.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label appears here when there is something to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label of the written medium (File-set ID %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview: the File-set ID is given when the medium is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the medium first: the label carries its File-set ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the label as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label was saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label was sent to the printer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LabelRenderer</name>
    <message>
        <source>The label PDF cannot be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label cannot be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label cannot be written to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LanguageBox</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LayoutRule</name>
    <message>
        <source>The medium is read through a mounted file system that does not keep letter case, so upper-case names cannot be checked; check the disc image or the device (e.g. /dev/sr0) for that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no DICOMDIR in the root of the medium, so a viewer cannot find the images; the medium was checked file by file. Write it again with PDI software.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another DICOMDIR besides the one in the root; a PDI medium holds exactly one file set. Write each file set to its own medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the IHE_PDI folder may have a root name starting with "IHE"; rename or remove this entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no README.TXT in the root; IHE PDI requires one that names the issuing institution and how to read the medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INDEX.HTM is present but the IHE_PDI folder with the web content is missing; the web view of this medium is incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IHE_PDI folder is present but INDEX.HTM is missing from the root; the web content cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium has web content (INDEX.HTM and IHE_PDI): DICOM PLUS WEB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DICOM file inside IHE_PDI, which may hold only web content; DICOM files belong outside it and in the DICOMDIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DICOM file in the root of the medium; only the DICOMDIR may be there. Put images in a folder and reference them from the DICOMDIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is %1 levels deep; a File ID has at most 8 components, so this file cannot be referenced from a DICOMDIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOM file name "%1" is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _ without an extension.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" and "%2" differ only in letter case; on a disc or a FAT USB stick they are the same name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder name "%1" of DICOM files is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder name "%1" is not an ISO 9660 Level 1 name (1 to 8 characters of A-Z, 0-9 and _); some computers cannot open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file name "%1" is not an 8.3 ISO 9660 Level 1 name (upper-case A-Z, 0-9 and _, at most 8 characters, a 3-character extension); some computers cannot open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IHE_PDI should hold only the web pages and pictures that show the DICOM content; this file (%1) belongs elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every name on the medium is in lower case, as Linux shows a disc mounted with lower-cased names (map=normal, the default for ISO 9660 without Rock Ridge) or a copy made from such a mount; the names were checked as upper case. To see the real names, mount the disc with the option map=off (for example "mount -o ro,map=off /dev/sr0 /mnt") or check the disc image or the device itself.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LeftOutList</name>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other patients on the medium (import separately)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not DICOM (only DICOM goes to the PACS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs and autorun files (never run, never imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group, number of files</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::LocalArchive</name>
    <message>
        <source>The object has no SOP Class, SOP Instance, Study or Series Instance UID and cannot be archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study %1 is already in the local archive under patient %2; the same Study Instance UID cannot belong to patient %3 too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive folder %1 cannot be created; check the data directory's free space and permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive file %1 cannot be written: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive file %1 cannot be put in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indexing the archived patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archived patient was not indexed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indexing the archived study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indexing the archived series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indexing the archived instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local archive holds no object %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>searching the local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects of patient %1 are in the local archive of station %2, not of this one; write the medium there, or choose only studies this station holds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LocalFile</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a device node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is %1, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is now a link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LocalIdentityForm</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1   ID %2   born %3   %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The candidate chosen in the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the patient's ID here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the outside IDs (no local patient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objects keep the outside Patient ID and name; only the character set and a given accession number change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (kanji):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 山田 太郎</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading (kana):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. やまだ たろう</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (romaji):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. YAMADA TARO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accession number of the local order (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a candidate in the table above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Look up to check the ID with the sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the sources about %1 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 knows this ID: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No source knows the local ID %1. If the patient is new here, type the local name, birth date and sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every source could be asked: %1 Try again, or type the local name, birth date and sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the local patient: a candidate, a local ID, or keep the outside IDs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the candidate this patient is in the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the local ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look the local ID up first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the lookup of the local ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the local name (kanji, reading, romaji).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the local birth date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the local sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Contradicts the medium: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 knows this ID: %2
It contradicts the medium: %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LoginAttempts</name>
    <message>
        <source>reading account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting a login attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locking account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>giving back a login attempt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::LoginDialog</name>
    <message>
        <source>Sign in - PDI Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDI Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, station %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your login name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with your hospital login name and password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MainWindow</name>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in: %1 (%2)   Station: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A medium is being written. Wait until it is finished, or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects are being imported. Wait until the import is finished, or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdi::Manifest</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>computing the checksums was cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediaGauge</name>
    <message>
        <source>No content planned yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB (free space not known yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB of %2 MB on the %3 (%4%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumBuilder</name>
    <message>
        <source>cannot prepare the staging folder %1 (it must be new or empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many studies, series or instances for DICOM File IDs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: marked as lossy compressed (Lossy Image Compression 01): the source was %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing web content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write README.TXT: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the DICOMDIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing checksums</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some objects lack keys the DICOMDIR records require (e.g. Study ID, Instance Number); DCMTK filled them in the records only, the objects are unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file meta information named %2; the file was written with a header made from its data set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumChecker</name>
    <message>
        <source>Reading the medium was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumFlags</name>
    <message>
        <source>Several patients: the medium holds images of more than one patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-DICOM content: documents, pictures or programs besides the images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI-derived content: some series look produced by an AI product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autorun: the medium tries to start a program when inserted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs: the medium carries programs; do not run them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compressed: some images are compressed, which PDI media must not be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video: the medium carries video.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable DICOMDIR: viewers may not find the images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Part 10: some DICOM files lack the file header media require.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web content: the medium can be viewed in a web browser (INDEX.HTM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulk data: thin-slice or very large series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lossy: some images were lossy compressed at some point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged files: some files cannot be read completely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlisted images: some DICOM files are missing from the DICOMDIR.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumOpener</name>
    <message>
        <source>cannot read %1: check that the file exists and that you may read it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a UDF-only disc image, which cannot be read without mounting; mount it and check the mounted folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a single DICOM file, not a medium; check the folder, disc image or ZIP that holds it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a folder, ISO 9660 disc image or ZIP archive; point at the disc's folder, an ISO image or a ZIP file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist; check the path or that the disc or USB stick is inserted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no permission to read this folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumScanner</name>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DICOMDIR cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the medium</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumSummary</name>
    <message>
        <source>No patient found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(+%n more patient(s))</source>
        <translation>
            <numerusform>(+%n more patient)</numerusform>
            <numerusform>(+%n more patients)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1   born %2   %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuing institution unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n patients on this medium</source>
        <translation>
            <numerusform>%n patient on this medium</numerusform>
            <numerusform>%n patients on this medium</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   ID %2   born %3   %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::MediumTarget</name>
    <message>
        <source>%1 already exists; choose another file name or remove it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move the verified image to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::MediumVerifier</name>
    <message>
        <source>the written medium cannot be read back: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing on the written medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has the wrong size on the written medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read back from the written medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 differs from what was written (SHA-256 mismatch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is on the written medium but was not written by this job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::NameComparison</name>
    <message>
        <source>kanji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kanji via variant %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kana spelling %1→%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kana read as romaji %1→%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>romaji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>romaji spelling %1→%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>romaji read as kana %1→%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 here, %2 on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading differs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name matches (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family name matches (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>given name matches (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same reading, other kanji: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>family name differs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>given name differs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the names are written in different scripts and cannot be compared: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::NodeDialog</name>
    <message>
        <source>Add a DICOM node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. pacs or ris-worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the station's AE title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store: destination of imports (C-STORE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find: asked for local patients (C-FIND)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worklist: asked for orders (Modality Worklist)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commit: an import is complete when the PACS confirms it (storage commitment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (JIS X 0208)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file of the CA that signs the node's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: this station's certificate (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with the certificate: its unencrypted key (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;AE title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Calling AE title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character &amp;set:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node's certificate must name its host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::NodeStore</name>
    <message>
        <source>"%1" is not a usable node name; use 1 to 32 letters, digits, '.', '_' or '-', e.g. pacs or ris-worklist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"local" is the station's own archive and cannot be added or removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the AE title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the calling AE title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a host name or an IP address, e.g. pacs.hospital.local or 192.0.2.20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (DICOM uses 104 or 11112; DICOM TLS usually 2762).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the node's roles: one or more of store, find, worklist, commit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The commit role (storage commitment) only makes sense with the store role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The character set must be one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a node named %1; remove it first to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"local" is the station's own archive; it needs no network and no C-ECHO.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the DICOM nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CA certificate, a station certificate or a private key is given, but DICOM TLS is off for this node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM TLS needs the CA certificate that signs the node's certificate: an absolute path to a readable PEM file ("%1" is not one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station's certificate and its private key go together: give both or neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station certificate "%1" is not an absolute path to a readable PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key "%1" is not an absolute path to a readable, unencrypted PEM private key (RSA or EC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no node named "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::NodeTable</name>
    <message>
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>between roles</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PACS and worklist servers this station talks to. "local" is the station's own archive: imports go there until a PACS is configured, and it is always asked for local patients. C-ECHO tests a node: is it there, does it accept this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AE title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last C-ECHO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this station's archive (no network)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calls as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C-ECHO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1 added. Press C-ECHO to test it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered the C-ECHO.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a C-ECHO to %1 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the node %1? Imports can no longer be sent there, and it is no longer asked for local patients. Import jobs that name it stay in the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <comment>of a node</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ObjectPreparer</name>
    <message>
        <source>%1 changed since the medium was read (other SOP Instance UID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be filed under the local patient: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::OtherFiles</name>
    <message>
        <source>%1 is a program (%2); programs may not be put on a referral medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document %1 to add to the medium cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PacsDestination</name>
    <message>
        <source>waiting for %1 to confirm storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not confirm storage commitment within %2 s; the objects are sent. Run the same import again to ask again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storage commitment failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PacsPatientDialog</name>
    <message>
        <source>From a PACS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID, or name in romaji, kanji or kana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrieve as source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PACS:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PACS with the find role is configured. An administrator adds one under Settings, DICOM nodes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the PACS for the patient. The studies are retrieved when the source is added, and recorded as a transfer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient on %1 matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PACS matched more studies than are shown; narrow the search.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PacsStudySearch</name>
    <message>
        <source>Type a patient ID, a name or a birth date to search %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node %1 has no find role; an administrator can give it one under Settings, DICOM nodes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not contain the login name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not contain the person's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password check could not start (out of memory).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too easy to guess: it is a dictionary word or a simple pattern. Use a longer phrase of unrelated words, digits and signs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too easy to guess: it repeats or mirrors characters. Use a longer phrase of unrelated words, digits and signs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too easy to guess (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PatientChoice</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a source to see whose images it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sources hold one patient:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The sources hold %n patient(s). A medium holds one: choose whose medium this is.</source>
        <translation>
            <numerusform>The sources hold %n patient. A medium holds one: choose whose medium this is.</numerusform>
            <numerusform>The sources hold %n patients. A medium holds one: choose whose medium this is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources hold %n patient(s); the others are not written.</source>
        <translation>
            <numerusform>The sources hold %n patient; the others are not written.</numerusform>
            <numerusform>The sources hold %n patients; the others are not written.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>born %1   %2   %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PatientCoercion</name>
    <message>
        <source>the object nests sequences too deeply to convert its text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the character set "%1" is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" in %2 cannot be written in the destination's character set %3; choose a node with ISO_IR 192 (UTF-8) or correct the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no local Patient ID was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the object's text cannot be read in its character set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PatientReconciler</name>
    <message>
        <source>asking %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scoring candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matched more patients than are shown; narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local archive is not available here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has more worklist entries in the period asked than were read; the patient may be among those not read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PatientSource</name>
    <message>
        <source>no issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A source from the station's archive or a PACS is one patient's studies, and no Patient ID was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local archive holds no patient with ID %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local archive holds patient ID %1 from several issuers (%2); one patient per medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local archive holds patient ID %1 under another issuer (%2) than the one chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local archive holds no objects of %1 any more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PatientStudyDialog</name>
    <message>
        <source>Patient ID, or name in kanji, kana or romaji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>born YYYY-MM-DD (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add as source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studies of the chosen patient (tick the ones to write):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a patient ID, a name or a birth date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching ...</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n patient(s) found. Choose the patient.</source>
        <translation>
            <numerusform>%n patient found. Choose the patient.</numerusform>
            <numerusform>%n patients found. Choose the patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick the studies that do not go on the medium.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Permissions</name>
    <message>
        <source>check media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reconcile patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage PACS and worklist nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PixelDataChecks</name>
    <message>
        <source>frame %1 has no valid RLE header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame %1 has an RLE segment outside the frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RLE segment %1 of frame %2 ends after %3 of %4 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::PreviewImage</name>
    <message>
        <source>the object has no image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image cannot be shown (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image cannot be scaled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be read as DICOM: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::QuickCheckBasis</name>
    <message>
        <source>the links between its records are broken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>it lists %n file(s) that are not on the medium</source>
        <translation>
            <numerusform>it lists %n file that are not on the medium</numerusform>
            <numerusform>it lists %n files that are not on the medium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed object(s) have no PATIENT record above them</source>
        <translation>
            <numerusform>%n listed object have no PATIENT record above them</numerusform>
            <numerusform>%n listed objects have no PATIENT record above them</numerusform>
        </translation>
    </message>
    <message>
        <source>its Specific Character Set "%1" is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its records hold names in a character set the DICOMDIR does not declare</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n DICOM file(s) on the medium are not listed in it</source>
        <translation>
            <numerusform>%n DICOM file on the medium are not listed in it</numerusform>
            <numerusform>%n DICOM files on the medium are not listed in it</numerusform>
        </translation>
    </message>
    <message>
        <source>the listed object %1 is damaged or not DICOM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its records say %1 %2 where the object %3 says %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ReconcileSources</name>
    <message>
        <source>Node %1 has neither the find nor the worklist role; it cannot say who a patient is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ReconciliationTable</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PACS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worklist %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>order %1, %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it may be this patient: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing differs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it differs: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the medium: %1
ID %2   born %3   %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for local candidates ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for local candidates: %1 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a medium to see the local candidates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No local candidate found. Enter the local ID below if the patient has one, or keep the outside IDs.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n candidate(s), best first. Nothing is chosen: click the local patient this is.</source>
        <translation>
            <numerusform>%n candidate, best first. Nothing is chosen: click the local patient this is.</numerusform>
            <numerusform>%n candidates, best first. Nothing is chosen: click the local patient this is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::RecordMatch</name>
    <message>
        <source>Patient's Name (alphabetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient's Name (ideographic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient's Name (phonetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer of Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient's Birth Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient's Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study Instance UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series Instance UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance Number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ReportDescription</name>
    <message>
        <source>the medium holds no DICOM objects; there is nothing to label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the medium holds %1 patients; a label names one patient</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::RetrievedStudies</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrieving from a PACS needs the patient's ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node %1 has no find role, so the station cannot retrieve from it; an administrator can give it that role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Roles</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technologist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::RuleEngine</name>
    <message>
        <source>Quick check: the DICOMDIR, the file names and one object per patient were read; damaged files and other files that differ from their DICOMDIR records are found by the full check.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::SchemaUpgrade</name>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station database (%1) was set up by a newer PDI Station (schema version %2; this program knows up to %3). Update PDI Station on this computer before using it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for another station's upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared station database (%1) has schema version %2, and this PDI Station needs version %3. An administrator brings it up to date once, for all stations; until then this station does not use it, so that stations with the older program are not cut off unannounced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating the database schema to version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::SecurityRule</name>
    <message>
        <source>AUTORUN.INF tells Windows to start a program when the medium is inserted; referral media must not start anything. Do not run programs from this medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A program (%1) is on the medium. Referral media must not carry programs that may start; do not run it, open the images with your own DICOM viewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link that points outside the medium (%1); it was not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link to %1 on the medium; links are not followed and cannot be written to a disc as such.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name that leaves the medium (%1); it was not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium was not read completely: %1. Treat the result as incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DICOMDIR has more directory records than can be checked; the rest was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disc image is bootable (El Torito); a referral medium has no reason to start a computer. Do not boot from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The medium's folders form a loop: %1. Whatever lies behind it was not read; the medium is damaged or made to mislead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is on the medium. A referral medium holds only files and folders; it was not opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Settings</name>
    <message>
        <source>Issuing institution, written on media labels, README.TXT and audit messages (at most 64 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuing department, written on labels and README.TXT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact telephone number for questions about a medium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal address of the institution.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of this workstation in the audit trail; the host name by default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names of AI products; a series whose manufacturer, model, description or software matches one is treated as AI-derived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series with slices this thin or thinner (mm) is thin-slice bulk data that needs an explicit decision before writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series with at least this many images is bulk data that needs an explicit decision before writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes without input after which the application signs the person out; 0: never.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed logins in a row after which an account is locked until an administrator unlocks it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum number of characters in a new password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also send every audit record to an Audit Record Repository by syslog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tls (RFC 5425, confirmed delivery, recommended) or udp (RFC 5426, no delivery confirmation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host name or IP address of the Audit Record Repository.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port of the repository; 0 means the standard port (6514 for TLS, 514 for UDP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file with the CA certificates that sign the repository's certificate; empty: the system's CA store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM certificate this station presents to the repository (mutual TLS); empty: none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unencrypted PEM private key for audit.syslog.certFile; readable by this user only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for the repository before leaving messages queued for the next attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the desktop application: ja (Japanese), en (English), or empty to follow the system's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a single line of text without control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes at most %2 characters; "%3" has %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a host name or an IP address, e.g. arr.hospital.local or 192.0.2.10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (use a dot for decimals).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a JSON array of names; give the names separated by commas instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: every item of the JSON array must be a text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a usable name (one line, at most %3 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes at most 500 names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be an absolute path (the GUI and the CLI start in different folders).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is not a readable file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set audit.syslog.host before turning on audit.syslog.enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off audit.syslog.enabled before clearing audit.syslog.host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving setting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM AE title of this station (calling AE title towards PACS and worklist nodes unless a node names its own).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCP port on which this station receives storage commitment results (N-EVENT-REPORT) from a PACS; 0: none, imports to a node with the commit role then cannot complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for a DICOM node to connect or answer before the operation ends as failed or incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconciliation looks for worklist entries scheduled up to this many days before and after today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds an import waits for the PACS to confirm storage commitment; unconfirmed instances are asked for again by the next run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not an AE title; use 1 to 16 letters, digits, spaces or punctuation without a backslash, e.g. PDISTATION.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import under a local patient whose birth date, sex or name contradicts the medium also needs the approval of a second person (technologist or administrator) who signs in for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File where the head of the audit trail is appended once a day and at each anchoring; keep it where this station can append but not rewrite (an append-only file, a write-once share). Verification compares the trail with it. Empty: no file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address of this computer on which storage commitment results are received; empty: the address this computer uses to reach the node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not an IP address; give one of this computer's addresses, e.g. 10.0.0.5, or nothing to use the address that reaches the node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is not an address of this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no setting "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be the address of one directory server, e.g. ldaps://dc1.hospital.local or ldap://ldap.hospital.local:389 (the station then requires StartTLS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must contain %2 where the login name goes, e.g. %2@hospital.local or uid=%2,ou=people,dc=hospital,dc=local.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid distinguished name with the login name in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be an LDAP filter in parentheses with %2 where the login name goes, e.g. (&amp;(objectClass=person)(uid=%2)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a distinguished name such as cn=pdi-admins,ou=groups,dc=hospital,dc=local.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: other users of this computer can read or change %2, and it holds the service account's password. Make it readable by its owner only (mode 600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hospital directory (LDAP or Active Directory) people sign in with: ldaps://host or ldap://host (then StartTLS is required). Empty: only this station's own accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file with the CA certificates that sign the directory server's certificate; empty: the system's CA store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person: sign in to the directory with the person's own name made from the name template; search: find the person with the service account first, then sign in as them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the login name becomes the person's name in the directory: a user principal name such as %1@hospital.local, or a distinguished name such as uid=%1,ou=people,dc=hospital,dc=local.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinguished name of the service account that searches the directory (search mode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File holding the service account's password on its first line; readable by this station's user only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where people and groups are searched, e.g. dc=hospital,dc=local.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter that finds a person by login name (%1). OpenLDAP: (&amp;(objectClass=person)(uid=%1)); Active Directory: (&amp;(objectClass=user)(sAMAccountName=%1)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory group whose members sign in as reception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory group whose members sign in as front desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory group whose members sign in as technologists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory group whose members sign in as administrators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory group a person must also be in to sign in at all; empty: none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for the directory before a sign-in fails as unreachable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::SettingsForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Saved before the problem: %2.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::SettingsWorkspace</name>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station and sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI and bulk data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit forwarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory sign-in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::SourceList</name>
    <message>
        <source>Add folder...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the folders or files that hold the patient's images, or drop them here. Only DICOM objects are written; documents go under Other files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files that are not written:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use as source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A medium was inserted: %1. Use it as a source?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a source folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add source files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM files (*.dcm *.DCM *);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n file in %1</numerusform>
            <numerusform>%n files in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading ...</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n DICOM object(s)</source>
        <translation>
            <numerusform>%n DICOM object</numerusform>
            <numerusform>%n DICOM objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written</source>
        <translation>
            <numerusform>%n file not written</numerusform>
            <numerusform>%n files not written</numerusform>
        </translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>objects, files not written</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the local archive...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local archive: %1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation type="unfinished">
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message>
        <source>From a PACS...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search a PACS for the patient and retrieve the chosen studies. An administrator configures the PACS under Settings, DICOM nodes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PACS %1: %2, %3, %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StationForm</name>
    <message>
        <source>&amp;Station name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out after &amp;idle time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock an account after &amp;failed sign-ins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Minimum password length:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station name identifies this computer in the audit trail. A locked account stays locked until an administrator unlocks it under Users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM network (PACS and worklist: Settings, DICOM nodes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station &amp;AE title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port for storage commitment results:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wait for a node:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work&amp;list orders within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days of today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for storage &amp;commitment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A second person approves an import under a local patient who contradicts the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared: %1. Stations using it: %2. The station name, language, AE title, port and files named here are this station's own; every other setting applies to all stations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station keeps its records on its own, in the file pdistation.db of its data folder. Several stations can share one PostgreSQL database instead; an administrator sets that up on each computer (see the administrator's guide, "Several stations").</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StationOwner</name>
    <message>
        <source>Cannot read the data directory %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the operating-system user who owns the data directory %1 may do this.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StationRecovery</name>
    <message>
        <source>Unfinished jobs could not be looked for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The write %1 started by %2 at %3 was interrupted (the program ended before it finished); the medium was not verified and must not be handed over. Write it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import %1 started by %2 at %3 was interrupted (the program ended while it ran; %4). Run the same import again to send the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed what it left: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StationRegistry</name>
    <message>
        <source>reading the list of stations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording this station</source>
        <translation type="unfinished" />
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
    <name>pdi::StorageCommitment</name>
    <message>
        <source>processing failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such object instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resource limitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP class not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>class / instance conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate transaction UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failure 0x%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not offer storage commitment; remove the commit role from the node or enable it in the PACS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the storage commitment request (status 0x%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has no address from which it reaches %1, so it cannot receive the storage commitment result; check the node's host or set station.dicomAddress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has the commit role, but this station has no port on which the PACS can send its storage commitment result. Give this station a DICOM port in its settings and register the station (AE title %2, that port) in the PACS.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StoreSession</name>
    <message>
        <source>Nothing to send to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts neither %2 nor an uncompressed transfer syntax for this kind of object (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not accept %2 and the object cannot be decompressed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored with warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data set does not match the SOP class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot understand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coercion of data elements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>elements discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP class not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not authorized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate SOP instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unrecognized operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StudyChecklist</name>
    <message>
        <source>Study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StudyPlanner</name>
    <message>
        <source>series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marked as AI-derived by the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in a study that was not chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was left out by the operator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images, slices %2 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is video; it is left out unless you decide to include it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is thin-slice or very large data (%2 images, slices %3 mm); it is left out unless you decide to include it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 looks AI-derived (%2); it is left out unless you decide to include it or say it is not.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::StudyRetrieval</name>
    <message>
        <source>%1 knows no study of patient ID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not offer C-GET (Study Root); retrieving from it is not possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrieving was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrieving from the PACS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused to send study %2 (status 0x%3)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 could not send %n object(s); the medium would be incomplete. Try again or ask the PACS administrator.</source>
        <translation>
            <numerusform>%1 could not send %n object; the medium would be incomplete. Try again or ask the PACS administrator.</numerusform>
            <numerusform>%1 could not send %n objects; the medium would be incomplete. Try again or ask the PACS administrator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::SyslogSender</name>
    <message>
        <source>The audit repository host %1 cannot be found: %2. Check audit.syslog.host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending an audit message by UDP to %1:%2 failed: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is not available on this system (Qt's OpenSSL backend is missing); install the Qt 6 network package or use audit.syslog.transport udp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit.syslog.caFile %1 holds no PEM certificate; set it to the CA file of the audit repository.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set both audit.syslog.certFile and audit.syslog.keyFile, or neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station certificate %1 or its key %2 cannot be read; check audit.syslog.certFile and audit.syslog.keyFile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit repository %1:%2 cannot be reached over TLS: %3. Messages stay queued and are sent when it is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the audit repository %1:%2 broke: %3. Unsent messages stay queued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the audit message queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing a sent audit message from the queue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::TargetChooser</name>
    <message>
        <source>Write to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB stick or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disc image file (ISO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disc in a drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add web content (pages any browser can open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other files (documents, pictures):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the USB stick or an empty folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new .iso file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the USB stick or an empty folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the disc image as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disc images (*.iso)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a drive; drives are named like /dev/sr0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disc image file name ends in .iso.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder: choose the USB stick or a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add documents or pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Transaction</name>
    <message>
        <source>A change was committed twice; this is a program error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::Transcoder</name>
    <message>
        <source>none (re-encoded only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deflate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG-LS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG 2000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened (%2). Check that the source is still there and readable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a DICOM file, so it cannot be written as DICOM. Put it on the medium as other content, or leave it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a video (%2). Video is not decoded for a referral medium; it is carried as it is only when the operator decides to include it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is encoded as %2, which this program cannot decode. Ask the sender for an uncompressed or JPEG/JPEG-LS/RLE/JPEG 2000 copy, or leave it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Get the image again from its source, or leave it off.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would take %2 MB once decoded, more than the %3 MB allowed. Leave it off, or ask the sender for an uncompressed copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcoding %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The RLE compressed pixels of %1 are damaged: %2. Get the image again from its source, or leave it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 compressed pixels of %2 cannot be decoded (%3). Get the image again from its source, or leave it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JPEG 2000 pixels of %1 cannot be decoded correctly: %2. Get an uncompressed copy from its source, or leave it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds further JPEG 2000 pixel data (an icon image, for example) that cannot be decoded. Leave it off, or ask the sender for an uncompressed copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written as Explicit VR Little Endian.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written to %2 (%3). Check the free space and the permissions of the target folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written to %2. Check the free space and the permissions of the target folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP Instance UID %1 instead of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOP Class UID %1 instead of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::TransferSyntax</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::UserTable</name>
    <message>
        <source>Login name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change role...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset password...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1 ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of %1 was changed; tell the person in person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 is enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 is unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One account per person: the audit trail names whoever signed in. Disable an account instead of deleting it, so that its records stay readable. People of the hospital directory appear here after their first sign-in; their password and role are the directory's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hospital directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this station</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WebContentWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1 of the study of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no preview for video.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no preview, there is no image to make it from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no preview, %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WorkerThread</name>
    <message>
        <source>no thread could be started for this work (%1); the computer is short of memory or of threads. Close other programs and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WorkerThreads</name>
    <message>
        <source>no thread could be started to read the files (%1); the computer is short of memory or of threads. Close other programs and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WriteConfirmation</name>
    <message>
        <source>Include video: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include thin-slice or large data: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include AI-derived images: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat as AI-derived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat as not AI-derived: %1 (recognised by: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another patient: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: video, left out unless you tick it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: thin-slice or large data, left out unless you tick it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: AI-derived, left out unless you tick it (or choose Not AI-derived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB stick or folder %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disc image file %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disc in %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2 of %3, about %4 MB</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID %1   born %2   %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Series %1  %2  %3  (%n image(s))</source>
        <translation>
            <numerusform>Series %1  %2  %3  (%n image)</numerusform>
            <numerusform>Series %1  %2  %3  (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>With web content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other file: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your decisions (recorded under your name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write this medium?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check whose medium this is and what goes on it. The medium is written, read back and compared before it is reported done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name in kanji, reading in kana</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WriteJob</name>
    <message>
        <source>Reading the sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing was cancelled before anything was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing was cancelled; nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the medium could not be prepared: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verification was cancelled; the output was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disc does not read back as written (%1). Do not hand it over: destroy it and write a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the written medium does not read back as written (%1); it was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the medium was written and verified, but the label could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>written and verified: %n object(s) for patient %1</source>
        <translation>
            <numerusform>written and verified: %n object for patient %1</numerusform>
            <numerusform>written and verified: %n objects for patient %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file meta information of %n object(s) disagreed with the object and was written anew from it (see README.TXT)</source>
        <translation>
            <numerusform>the file meta information of %n object disagreed with the object and was written anew from it (see README.TXT)</numerusform>
            <numerusform>the file meta information of %n objects disagreed with the object and was written anew from it (see README.TXT)</numerusform>
        </translation>
    </message>
    <message>
        <source>another write with the same File-set ID (%1) is running; try again in a second</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WriteJobRecovery</name>
    <message>
        <source>patient %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted: the program ended before the write finished (stopped, crashed or power lost); the medium was not verified and what it had written was removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WriteJobStore</name>
    <message>
        <source>record the write job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the write jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The write job just recorded cannot be read back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WriteResultView</name>
    <message>
        <source>Print label...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save label as PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not hand over this disc. It does not read back as written: destroy it and write a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job %1   File-set ID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 for %2 (ID %3)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n object(s) decoded to uncompressed.</source>
        <translation>
            <numerusform>%n object decoded to uncompressed.</numerusform>
            <numerusform>%n objects decoded to uncompressed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified: read back with the checker's rules; every file's SHA-256 matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job %1 is recorded with this outcome.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::WriteWorkspace</name>
    <message>
        <source>1  Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2  Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3  Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4  Target and medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5  Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written, and why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the sources ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the sources: the folders or files with the patient's images.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n decision(s) will be recorded.</source>
        <translation>
            <numerusform>%n decision will be recorded.</numerusform>
            <numerusform>%n decisions will be recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to write: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to write (4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another target (4).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The sources hold %n patient(s). Choose whose medium this is (2).</source>
        <translation>
            <numerusform>The sources hold %n patient. Choose whose medium this is (2).</numerusform>
            <numerusform>The sources hold %n patients. Choose whose medium this is (2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick the series to write (3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content needs %1 MB but the %2 holds %3 MB. Choose a larger medium (4) or untick series (3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(given when written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content changed while the confirmation was open. Check it and press Write again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::ZipMedium</name>
    <message>
        <source>not a readable ZIP archive (central directory missing or damaged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 members; the rest was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the archive's central directory is damaged; members after the damage are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member name leaves the archive root; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member path too long or too deep; skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted member; not read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDI Station %1: write, check and import portable medical image media.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi COMMAND [options]; pdi COMMAND --help tells more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDI Station is incompletely installed: %1 cannot be started (%2). Install PDI Station again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::AuditCommand</name>
    <message>
        <source>list, verify, export and forward the audit trail (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records from this date (YYYY-MM-DD, local time) or ISO 8601 time on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records of this user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records involving this patient ID (before or after import)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records of this event (login, export, import, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the newest N records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write JSON to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export format: dicom (PS3.15 A.5 XML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the folder to write one XML file per record to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--since takes a date like 2024-01-31 or a time like 2024-01-31T09:00:00+09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--event takes one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --format dicom and --out DIR.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
            <numerusform />
            <numerusform />
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
        <source>usage: pdi audit list [--since DATE] [--user NAME] [--patient ID] [--event EVENT] [--limit N] [--json]
       pdi audit verify [--anchor FILE|LINE] [--json]
       pdi audit anchor [--json]
       pdi audit export --format dicom --out DIR [--since DATE] [--user NAME] [--patient ID] [--event EVENT]
       pdi audit flush
       (all: [--data-dir DIR] [--password-stdin])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify: also compare with this anchor (a file of anchor lines, e.g. from the repository, or one line as printed by pdi audit anchor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, verify, anchor, export or flush</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--anchor takes a file of anchor lines or one line as printed by pdi audit anchor; %1 holds none.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Matches %n anchor(s); the newest names record %1 (%2).</source>
        <translation>
            <numerusform>Matches %n anchor; the newest names record %1 (%2).</numerusform>
            <numerusform>Matches %n anchors; the newest names record %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No anchor to compare with: records cut from the end or a chain computed anew would not show (see pdi audit anchor).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>  station %1: %n record(s)</source>
        <translation>
            <numerusform>  station %1: %n record</numerusform>
            <numerusform>  station %1: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::cli::CheckCommand</name>
    <message>
        <source>check a medium (folder, ISO image, ZIP) against the PDI rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the report as JSON to FILE, or only JSON to standard output with -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read only the DICOMDIR when there is one (for reception)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi check MEDIUM [--json FILE|-] [--quick]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the station's data directory, for the site's AI product list and thresholds (else PDI_DATA_DIR, else the default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's check settings could not be read (%1); the medium is checked with the built-in list of AI products and thresholds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::CliLogin</name>
    <message>
        <source>the station's data directory (default: PDI_DATA_DIR, else %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read passwords from standard input, one per line: yours first (unless PDI_PASSWORD is set), then a new one where the command sets one</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For your own password you can also set PDI_PASSWORD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDI_PASSWORD and --password-stdin cannot be used together: it would be unclear which password the first line on standard input is. Unset PDI_PASSWORD and give every password on standard input, one per line (yours first), or leave out --password-stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::ConfigCommand</name>
    <message>
        <source>show and change the site settings (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, get, set or unset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 = %2 (was %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi config list [--json] | get KEY | set KEY VALUE [--site] | unset KEY [--site]  [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set, unset: on a shared database, change the site's value of a per-station setting (the default of stations without their own) instead of this station's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(this station)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::DbCommand</name>
    <message>
        <source>Copied into %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1: %2 copied, %3 there already (kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail went over record for record (%1 records, last hash %2): its anchors stay valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail's %1 records were appended to the shared chain, after a record naming their last hash %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared audit trail does NOT verify at record %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared audit trail verifies: %1 records, last hash %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To work on the shared database from now on, put this line into %1/station.conf:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stations using it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1 (%2, %3), last started %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was set up by a newer PDI Station; update this one before using it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be applied by pdi db migrate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema is up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show, upgrade and move the station database (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi db status [--json] | migrate | copy --to postgresql://USER@HOST:PORT/DB?password_file=FILE  [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status: write JSON to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy: the shared PostgreSQL database to copy this station's records into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status, migrate or copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema is already up to date (version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema was brought from version %1 to version %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::ImportCommand</name>
    <message>
        <source>import an outside patient's objects into a PACS or the local archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>destination: a node or local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local Patient ID to file the objects under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local Issuer of Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep the outside identity (no local patient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Accession Number of the local order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import only this study (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import only this series (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>which patient of the medium, when it holds several (its Patient ID there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --outside-id: its issuer on the medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local name (DICOM PN, e.g. YAMADA^TARO=山田^太郎=やまだ^たろう); only when no source knows LOCALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local birth date; only when no source knows LOCALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local sex (M, F, O); only when no source knows LOCALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to look LOCALID up (repeatable; default: every find or worklist node and local)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan and check everything, send and record nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the result as JSON to FILE, or only JSON to standard output with -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium:       %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside:      %1  born %2  sex %3  from %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local:        %1  born %2  sex %3  (from %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accession:    %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differs:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination:  %1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects:      %1 planned, %2 sent before, %3 sent now, %4 committed, %5 failed, %6 pending</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Left out (%n file(s)):</source>
        <translation>
            <numerusform>Left out (%n file):</numerusform>
            <numerusform>Left out (%n files):</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>... and %n more failure(s) in the job record.</source>
        <translation>
            <numerusform>... and %n more failure in the job record.</numerusform>
            <numerusform>... and %n more failures in the job record.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the destination with --to: %1. The Import workspace offers %2 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi import MEDIUM --to NODE|local (--patient-id LOCALID [--issuer ISSUER] | --keep-ids) [--accession ACC] [--study UID]... [--series UID]... [--outside-id ID] [--name PN --birth-date YYYYMMDD --sex M|F|O] [--source NODE|local]... [--dry-run] [--confirm-difference REASON [--approver USER]] [--json FILE|-]  [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import although the local patient's birth date, sex or name contradicts the medium's, for this reason (recorded with the job and in the audit trail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --confirm-difference, where the station requires it: the second person who approves (their password is asked for after yours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--confirm-difference needs the reason, e.g. --confirm-difference "name changed by marriage, confirmed with the patient".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--approver approves a confirmed difference: give --confirm-difference REASON too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1, who approves:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To import under this local patient all the same, give the reason with --confirm-difference "REASON".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contradicts:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed:    %1 (by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed:    %1 (by %2, approved by %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--name, --birth-date and --sex set a local identity; --keep-ids keeps the outside one: give one or the other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--birth-date takes a date as YYYYMMDD, e.g. 19700101; "%1" is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sex takes M, F or O.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the patient with --outside-id ID (or with --study / --series).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::JobsCommand</name>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran at %1; it continues at any station that has the medium. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue it here: insert %1 at this station and run the import again (%2), or open the medium in the Import workspace, which offers to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running at %1; once it stops it can be continued here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write is not resumed: write the medium again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, run %1 times, last %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient not shown: your role does not look patients up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed under the outside IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside patient %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from medium %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the write and import jobs of every station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pdi jobs [--unfinished] [--station NAME] [--kind write|import] [--since DATE] [--limit N] [--json FILE|-]  [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only jobs that did not finish: running, interrupted, and imports that can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the jobs of this station (default: every station sharing the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only writes or only imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only jobs started, run or ended from this date (YYYY-MM-DD, local time) or ISO 8601 time on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the newest N jobs (default 100; 0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the jobs as JSON to FILE, or only JSON to standard output with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes write or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date like 2024-01-31 or a time like 2024-01-31T09:00:00+09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number, 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every station</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished job(s) of %1, newest first</source>
        <translation>
            <numerusform>%n unfinished job of %1, newest first</numerusform>
            <numerusform>%n unfinished jobs of %1, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of %1, newest first</source>
        <translation>
            <numerusform>%n job of %1, newest first</numerusform>
            <numerusform>%n jobs of %1, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::cli::LabelCommand</name>
    <message>
        <source>make the disc label and case insert of a medium as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi label MEDIUM --pdf FILE [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder, disc image or ZIP</source>
        <translation type="unfinished" />
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
    <name>pdi::cli::NodeCommand</name>
    <message>
        <source>add, list, remove and test PACS and worklist nodes (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: the node's AE title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: host name or IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: TCP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: the AE title this station calls with (default: station.aeTitle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: use DICOM TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: PEM file with the CA that signs the node's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: this station's PEM certificate, when the node asks for one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: the unencrypted PEM private key of --cert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: store, find, worklist, commit, comma-separated (default: store,find)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: the node's character set, ISO_IR 192 (default) or ISO 2022 IR 87</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add, list, remove or echo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pdi node add needs --aet, --host and --port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--roles takes store, find, worklist and commit, comma-separated, e.g. --roles store,find,commit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--charset takes one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1 added: %2 at %3:%4, roles %5, %6%7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the station's own archive (store, find)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered the C-ECHO.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(DICOM TLS: --tls, --ca FILE, --cert FILE and --key FILE.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi node add NAME --aet AET --host HOST --port PORT [--calling-aet AET] [--tls --ca FILE [--cert FILE --key FILE] [--no-host-check]] [--roles store,find,worklist,commit] [--charset "ISO_IR 192"|"ISO 2022 IR 87"]
     | list [--json] | remove NAME | echo NAME   [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: with --tls, accept a certificate that does not name the host (any certificate from the CA)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::PasswordInput</name>
    <message>
        <source>Standard input ended before the password; give one password per line with --password-stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no terminal to type the password on; give it on standard input with --password-stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::ReconcileCommand</name>
    <message>
        <source>list local candidates for the patients of an outside medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi reconcile MEDIUM [--source NODE|local]... [--json FILE|-]  [--data-dir DIR] [--password-stdin]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where to look for local patients: a node with the find or worklist role, or local (repeatable; default: all of them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the candidates as JSON to FILE, or only JSON to standard output with -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Medium %1: %n patient(s); sources asked: %2</source>
        <translation>
            <numerusform>Medium %1: %n patient; sources asked: %2</numerusform>
            <numerusform>Medium %1: %n patients; sources asked: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the medium carries programs or an autorun file; nothing on it is run.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Outside patient %1%2  %3  born %4  sex %5  (%n object(s), from %6)</source>
        <translation>
            <numerusform>Outside patient %1%2  %3  born %4  sex %5  (%n object, from %6)</numerusform>
            <numerusform>Outside patient %1%2  %3  born %4  sex %5  (%n objects, from %6)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no local candidate found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>order: accession %1, %2, scheduled %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matches: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was chosen. Import with: pdi import MEDIUM --to NODE --patient-id LOCALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::UserCommand</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add, list, disable and unlock accounts; change roles and passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: the new account's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add: the person's name as shown and audited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add, list, disable, enable, unlock, role or passwd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the role with --role: one of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first account must be an administrator: use --role admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 (%2, %3) added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the first account; sign in with PDI_USER=%1 to add the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 now has the role %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable NAME | enable NAME | unlock NAME [--break-glass] | role NAME ROLE | passwd NAME   [--data-dir DIR] [--password-stdin]
roles: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlock: without signing in, as the operating-system user who owns the data directory, when no administrator can sign in any more (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--break-glass only goes with unlock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 unlocked by the operating-system user %2 (break-glass, recorded in the audit trail). Sign in and change its password if it may have been guessed at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::cli::WriteCommand</name>
    <message>
        <source>write one patient's studies to a USB folder, an ISO image or a disc, verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target: a folder (USB stick), FILE.iso, /dev/srN or stdio:PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cd, dvd, dvd-dl, bd or usb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write this patient of a mixed source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this study (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only this series (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave this series out (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a non-DICOM file such as a referral letter (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add web content (INDEX.HTM and IHE_PDI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include content that needs a decision: video, bulk or ai (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>treat this series as AI-derived (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>treat this series as not AI-derived (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also write the label as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the result as JSON to FILE, or to standard output with -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DICOM files and folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown media type "%1": use cd, dvd, dvd-dl, bd or usb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--allow takes video, bulk or ai, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient:  %1  ID %2  born %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written:  %1 objects (%2 decoded to uncompressed) to %3, File-set ID %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1  %2  %3  %4 objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions (recorded):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patients in the sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified: read back with the checker's rules; every file's SHA-256 matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label:    %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source local (the station's archive) needs --patient-id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pdi write SOURCE|local|pacs:NODE... --out TARGET [--media cd|dvd|dvd-dl|bd|usb] [--patient-id ID] [--study UID]... [--series UID]... [--exclude-series UID]... [--other FILE]... [--web] [--allow video|bulk|ai]... [--mark-ai UID]... [--not-ai UID]... [--label FILE.pdf] [--json FILE|-]</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Retrieved %n object(s) from %1.</source>
        <translation>
            <numerusform>Retrieved %n object from %1.</numerusform>
            <numerusform>Retrieved %n objects from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source %1 (a PACS) needs --patient-id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(--allow video)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(--allow bulk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(--allow ai, or --not-ai)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the patient with --patient-id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave series out with --exclude-series UID, or choose larger media with --media.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents are added with --other FILE.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::firstrun::AdministratorPage</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account manages the other accounts and the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use your own account: every action is recorded under the name of the person who signed in. Add accounts for the reception, the front desk and the technologists afterwards in Settings. The password needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::firstrun::InstitutionPage</name>
    <message>
        <source>Your institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written on every medium this station issues: the disc label, README.TXT and the audit messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiving hospital reads these lines to know where a disc came from and whom to call. The station name identifies this computer in the audit trail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdi::firstrun::LanguagePage</name>
    <message>
        <source>Welcome to PDI Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has no accounts yet. Three short steps set it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDI Station writes referral media (CD, DVD, USB) for patients and checks and imports the media other hospitals send. Choose the language of the screens; it can be changed later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
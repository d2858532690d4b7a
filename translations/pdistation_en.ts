<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>a medium to check on start (optional)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Several patients</source>
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
        <source>Autorun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
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
        <source>No DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not PDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium breaks PDI rules; see the findings below.</source>
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
        <source>%1 %2</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>pdi::DicomSummaryReader</name>
    <message>
        <source>pixel data truncated: %1 of %2 bytes present</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>no permission to read</source>
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
    <name>pdi::MainWindow</name>
    <message>
        <source>PDI Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
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
    <name>pdi::TransferSyntax</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>

#pragma once

// The stable finding codes (docs/findings.md), named once. Rules, the catalogue and whatever
// reacts to one particular finding use these names, so that a mistyped code does not compile.
// A new code: a constant here, its entry in FindingCatalog.cpp, the rule that emits it and its
// row in docs/findings.md.

namespace pdi::FindingCode {

// Layout of the medium
inline constexpr char NoDicomdir[] = "PDI-L001";
inline constexpr char SeveralDicomdirs[] = "PDI-L002";
inline constexpr char DicomFileInRoot[] = "PDI-L003";
inline constexpr char NoReadme[] = "PDI-L004";
inline constexpr char InvalidFileIdComponent[] = "PDI-L005";
inline constexpr char FileIdTooDeep[] = "PDI-L006";
inline constexpr char OtherContentNameNot83[] = "PDI-L007";
inline constexpr char DicomFileInIhePdi[] = "PDI-L008";
inline constexpr char StrayIheEntry[] = "PDI-L009";
inline constexpr char WebContentIncomplete[] = "PDI-L010";
inline constexpr char NotWebContentInIhePdi[] = "PDI-L011";
inline constexpr char WebContent[] = "PDI-L012";
inline constexpr char NamesDifferOnlyInCase[] = "PDI-L013";
inline constexpr char NameCaseNotCheckable[] = "PDI-L014";
inline constexpr char NamesLowerCased[] = "PDI-L015";

// Security of the receiving computer
inline constexpr char Autorun[] = "PDI-S001";
inline constexpr char Program[] = "PDI-S002";
inline constexpr char PathLeavesMedium[] = "PDI-S003";
inline constexpr char Link[] = "PDI-S004";
inline constexpr char ScanLimitReached[] = "PDI-S005";
inline constexpr char Bootable[] = "PDI-S006";
inline constexpr char DirectoryLoop[] = "PDI-S007";
inline constexpr char SpecialFile[] = "PDI-S008";

// The DICOMDIR
inline constexpr char DicomdirUnreadable[] = "PDI-D001";
inline constexpr char DicomdirNotMediaStorage[] = "PDI-D002";
inline constexpr char DicomdirNotExplicitLittleEndian[] = "PDI-D003";
inline constexpr char FileSetIdInvalid[] = "PDI-D004";
inline constexpr char FileSetIdDiffersFromVolume[] = "PDI-D005";
inline constexpr char ReferencedFileMissing[] = "PDI-D006";
inline constexpr char ReferencedFileIdInvalid[] = "PDI-D007";
inline constexpr char ReferencedFileIdLeavesMedium[] = "PDI-D008";
inline constexpr char RecordDisagreesWithFile[] = "PDI-D009";
inline constexpr char FileNotInDicomdir[] = "PDI-D010";
inline constexpr char RecordKeyMissing[] = "PDI-D011";
inline constexpr char WrongRecordType[] = "PDI-D012";
inline constexpr char RecordOffsetsBroken[] = "PDI-D013";
inline constexpr char HierarchyDisagreesWithFile[] = "PDI-D014";
inline constexpr char FileReferencedTwice[] = "PDI-D015";
inline constexpr char RecordKeyDisagreesWithObject[] = "PDI-D016";
inline constexpr char RecordCharacterSet[] = "PDI-D017";

// Files
inline constexpr char NoPart10Header[] = "PDI-F001";
inline constexpr char DamagedDicomFile[] = "PDI-F002";
inline constexpr char NonDicomContent[] = "PDI-F003";
inline constexpr char FileUnreadable[] = "PDI-F004";
inline constexpr char FileMetaDisagrees[] = "PDI-F005";
inline constexpr char UnknownCharacterSet[] = "PDI-F006";
inline constexpr char UndeclaredCharacterSet[] = "PDI-F007";
inline constexpr char FileMetaIncomplete[] = "PDI-F008";

// Content
inline constexpr char SeveralPatients[] = "PDI-C001";
inline constexpr char Compressed[] = "PDI-C002";
inline constexpr char NotExplicitLittleEndian[] = "PDI-C003";
inline constexpr char Video[] = "PDI-C004";
inline constexpr char BulkSeries[] = "PDI-C005";
inline constexpr char LossyContent[] = "PDI-C006";
inline constexpr char DemographicsDiffer[] = "PDI-C007";
inline constexpr char PatientIdMissing[] = "PDI-C008";
inline constexpr char DuplicateSopInstanceUid[] = "PDI-C009";

// AI-derived content
inline constexpr char AiDerivedSeries[] = "PDI-A001";

// About the check itself
inline constexpr char QuickCheck[] = "PDI-Q001";

} // namespace pdi::FindingCode

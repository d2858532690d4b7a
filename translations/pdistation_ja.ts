<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>main</name>
    <message>
        <source>a medium to check on start (optional)</source>
        <translation>起動時に確認する媒体（省略可）</translation>
    </message>
</context>
<context>
    <name>pdi::AiDetector</name>
    <message>
        <source>segmentation made by an algorithm (Segment Algorithm Type %1)</source>
        <translation>アルゴリズムによるセグメンテーション（Segment Algorithm Type %1）</translation>
    </message>
    <message>
        <source>carries the Algorithm Identification macro</source>
        <translation>Algorithm Identification マクロを含む</translation>
    </message>
    <message>
        <source>carries the Algorithm Identification macro (%1)</source>
        <translation>Algorithm Identification マクロを含む（%1）</translation>
    </message>
    <message>
        <source>structured report identifies an algorithm (TID 4019 codes %1)</source>
        <translation>構造化レポートにアルゴリズムの識別情報あり（TID 4019 コード %1）</translation>
    </message>
    <message>
        <source>parametric map</source>
        <translation>パラメトリックマップ</translation>
    </message>
    <message>
        <source>derived secondary capture from an AI product (%1)</source>
        <translation>AI製品による派生セカンダリキャプチャ（%1）</translation>
    </message>
    <message>
        <source>contributing equipment is an AI product (%1)</source>
        <translation>Contributing Equipment が AI製品（%1）</translation>
    </message>
</context>
<context>
    <name>pdi::CheckReportText</name>
    <message>
        <source>folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>ISO 9660 image</source>
        <translation>ISO 9660 イメージ</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIPアーカイブ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Patient %1 of %2: %3</source>
        <translation>患者 %1/%2: %3</translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation>(IDなし)</translation>
    </message>
    <message>
        <source> issued by %1</source>
        <translation> (発行元: %1)</translation>
    </message>
    <message>
        <source>ID %1   born %2   sex %3</source>
        <translation>ID %1   生年月日 %2   性別 %3</translation>
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation>検査 %1  %2  %3</translation>
    </message>
    <message>
        <source>accession %1</source>
        <translation>受付番号 %1</translation>
    </message>
    <message numerus="yes">
        <source>Series %1  %2  %3  %n image(s)</source>
        <translation>
            <numerusform>シリーズ %1  %2  %3  %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>[AI-derived]</source>
        <translation>[AI生成]</translation>
    </message>
    <message>
        <source>[lossy]</source>
        <translation>[非可逆圧縮]</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>特記事項:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>指摘事項:</translation>
    </message>
    <message>
        <source>... and %1 more %2 findings like this (see --json for all)</source>
        <translation>... ほかに同様の %2 の指摘が %1 件あります（すべて見るには --json を使用）</translation>
    </message>
    <message>
        <source>Medium:    %1 (%2)</source>
        <translation>媒体:      %1 (%2)</translation>
    </message>
    <message>
        <source>Volume ID: %1   File-set ID: %2</source>
        <translation>媒体名:    %1   File-set ID: %2</translation>
    </message>
    <message>
        <source>From:      %1</source>
        <translation>発行施設:  %1</translation>
    </message>
    <message>
        <source>Files:     %1 (%2 DICOM, %3 other)</source>
        <translation>ファイル:  %1 (DICOM %2、その他 %3)</translation>
    </message>
    <message>
        <source>Result:    conformant PDI medium (%1 warnings)</source>
        <translation>結果:      PDI 適合媒体（警告 %1 件）</translation>
    </message>
    <message>
        <source>Result:    NOT CONFORMANT: %1 errors, %2 warnings</source>
        <translation>結果:      不適合：エラー %1 件、警告 %2 件</translation>
    </message>
    <message>
        <source>           quick check: only the DICOMDIR was read</source>
        <translation>           簡易チェック：DICOMDIR のみを読みました</translation>
    </message>
</context>
<context>
    <name>pdi::CheckWorkspace</name>
    <message>
        <source>Open folder or drive...</source>
        <translation>フォルダまたはドライブを開く...</translation>
    </message>
    <message>
        <source>Open disc image or ZIP...</source>
        <translation>ディスクイメージまたはZIPを開く...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Insert a disc or USB stick, or open a folder, disc image or ZIP file.</source>
        <translation>ディスクまたはUSBメモリを挿入するか、フォルダ、ディスクイメージ、ZIPファイルを開いてください。</translation>
    </message>
    <message>
        <source>Study / series</source>
        <translation>検査 / シリーズ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>What to know</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Open medium folder</source>
        <translation>媒体のフォルダを開く</translation>
    </message>
    <message>
        <source>Open disc image or ZIP</source>
        <translation>ディスクイメージまたはZIPを開く</translation>
    </message>
    <message>
        <source>Disc images and archives (*.iso *.img *.zip);;All files (*)</source>
        <translation>ディスクイメージとアーカイブ (*.iso *.img *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking %1 ...</source>
        <translation>%1 を確認しています...</translation>
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>確認をキャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Conformant PDI medium.</source>
        <translation>PDIに適合した媒体です。</translation>
    </message>
    <message>
        <source>Not a conformant PDI medium: %1 errors, %2 warnings.</source>
        <translation>PDIに適合していない媒体です（エラー %1 件、警告 %2 件）。</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>患者が見つかりません</translation>
    </message>
    <message>
        <source>ID %1   born %2   %3</source>
        <translation>ID %1   生年月日 %2   %3</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more patient(s))</source>
        <translation>
            <numerusform>(ほか %n 名)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing institution unknown</source>
        <translation>発行施設不明</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>発行施設: %1</translation>
    </message>
    <message>
        <source>Several patients</source>
        <translation>複数患者</translation>
    </message>
    <message>
        <source>Non-DICOM content</source>
        <translation>DICOM以外のデータ</translation>
    </message>
    <message>
        <source>AI-derived</source>
        <translation>AI生成</translation>
    </message>
    <message>
        <source>Autorun</source>
        <translation>自動実行</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>No DICOMDIR</source>
        <translation>DICOMDIRなし</translation>
    </message>
    <message>
        <source>Not PDI</source>
        <translation>PDI非適合</translation>
    </message>
    <message>
        <source>The medium breaks PDI rules; see the findings below.</source>
        <translation>この媒体はPDIの規則に適合していません。下の指摘を確認してください。</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(説明なし)</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>非可逆圧縮</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>pdi::ContentRule</name>
    <message>
        <source>no ID</source>
        <translation>IDなし</translation>
    </message>
    <message>
        <source>series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>%1 シリーズ</translation>
    </message>
    <message>
        <source>The medium holds %1 patients: %2. A referral medium holds one patient; import each patient separately and check that none was sent by mistake.</source>
        <translation>この媒体には %1 名の患者が含まれています: %2。紹介用媒体は患者1名分です。患者ごとに分けて取り込み、誤って送られた患者がいないか確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) have no Patient ID; they cannot be matched to a patient safely.</source>
        <translation>
            <numerusform>%n 件のオブジェクトに患者IDがありません。患者と安全に照合できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>氏名 %1</translation>
    </message>
    <message>
        <source>birth dates %1</source>
        <translation>生年月日 %1</translation>
    </message>
    <message>
        <source>sexes %1</source>
        <translation>性別 %1</translation>
    </message>
    <message>
        <source>Patient ID %1 appears with different %2; this may be two patients. Confirm the identity before using these images.</source>
        <translation>患者ID %1 に異なる患者情報があります（%2）。別の患者の可能性があります。画像を使用する前に本人確認をしてください。</translation>
    </message>
    <message>
        <source>%1 mm slices</source>
        <translation>スライス厚 %1 mm</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>画像 %1 枚</translation>
    </message>
    <message>
        <source>%1 is thin-slice or very large data (%2); the receiver may not expect it. It needs the operator&apos;s decision to be included.</source>
        <translation>%1 は薄層または非常に大きなデータです（%2）。受け取り側が想定していない可能性があります。含めるかどうかは担当者の判断が必要です。</translation>
    </message>
    <message>
        <source>%1 has been lossy compressed at some point; it is not the original image quality.</source>
        <translation>%1 は過去に非可逆圧縮されています。元の画質ではありません。</translation>
    </message>
    <message>
        <source>Video (%1); referral media carry video only by prior agreement with the receiver.</source>
        <translation>動画です（%1）。紹介用媒体に動画を含めるのは、受け取り側と事前に合意した場合に限ります。</translation>
    </message>
    <message>
        <source>The file is compressed (%1); referral media must be uncompressed (Explicit VR Little Endian). Some receivers cannot read it.</source>
        <translation>ファイルが圧縮されています（%1）。紹介用媒体は非圧縮（Explicit VR Little Endian）でなければなりません。受け取り側で読み込めない場合があります。</translation>
    </message>
    <message>
        <source>The file is encoded as %1; PDI media use Explicit VR Little Endian.</source>
        <translation>ファイルの符号化方式が %1 です。PDI媒体では Explicit VR Little Endian を使用します。</translation>
    </message>
    <message>
        <source>The same SOP Instance UID as %1; one of them will overwrite the other on import.</source>
        <translation>%1 と同じ SOP Instance UID です。取り込み時に一方がもう一方を上書きします。</translation>
    </message>
    <message>
        <source>%1 looks AI-derived: %2. The label and README.TXT must say so; import it or pass it on only after a person has decided to.</source>
        <translation>%1 は AI 生成と思われます（%2）。ラベルと README.TXT にその旨を記載してください。取り込みや他施設への提供は、担当者が判断したうえで行ってください。</translation>
    </message>
</context>
<context>
    <name>pdi::ContentSniffer</name>
    <message>
        <source>Windows program</source>
        <translation>Windowsプログラム</translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation>Linuxプログラム</translation>
    </message>
    <message>
        <source>macOS program</source>
        <translation>macOSプログラム</translation>
    </message>
    <message>
        <source>script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation>JPEG画像</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG画像</translation>
    </message>
    <message>
        <source>GIF picture</source>
        <translation>GIF画像</translation>
    </message>
    <message>
        <source>bitmap picture</source>
        <translation>ビットマップ画像</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>TIFF画像</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIPアーカイブ</translation>
    </message>
    <message>
        <source>Microsoft Office document</source>
        <translation>Microsoft Office文書</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>Webページ</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>XML文書</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>unknown binary data</source>
        <translation>不明なバイナリデータ</translation>
    </message>
</context>
<context>
    <name>pdi::DicomSummaryReader</name>
    <message>
        <source>pixel data truncated: %1 of %2 bytes present</source>
        <translation>画素データが途中で切れています（%2 バイト中 %1 バイトのみ）</translation>
    </message>
</context>
<context>
    <name>pdi::DicomdirReader</name>
    <message>
        <source>the DICOMDIR is larger than %1 MB; it was not read</source>
        <translation>DICOMDIR が %1 MB を超えているため読み込んでいません</translation>
    </message>
    <message>
        <source>the DICOMDIR cannot be read (%1)</source>
        <translation>DICOMDIR を読み込めません（%1）</translation>
    </message>
    <message>
        <source>the DICOMDIR has no Directory Record Sequence</source>
        <translation>DICOMDIR に Directory Record Sequence がありません</translation>
    </message>
    <message>
        <source>the offsets that link the directory records are missing</source>
        <translation>ディレクトリレコードをつなぐオフセットがありません</translation>
    </message>
    <message>
        <source>an offset (%1) points at no directory record</source>
        <translation>オフセット（%1）がどのディレクトリレコードも指していません</translation>
    </message>
    <message>
        <source>the record at offset %1 is linked more than once (a loop)</source>
        <translation>オフセット %1 のレコードが複数回リンクされています（ループ）</translation>
    </message>
    <message numerus="yes">
        <source>%n directory record(s) cannot be reached through the offsets</source>
        <translation>
            <numerusform>%n 件のディレクトリレコードにオフセットからたどり着けません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::DicomdirRule</name>
    <message>
        <source>record at offset %1</source>
        <translation>オフセット %1 のレコード</translation>
    </message>
    <message>
        <source>%1 record at offset %2</source>
        <translation>オフセット %2 の %1 レコード</translation>
    </message>
    <message>
        <source>%1; the medium was checked file by file instead. A viewer will not be able to open this medium.</source>
        <translation>%1。代わりにファイルごとに確認しました。ビューアではこの媒体を開けません。</translation>
    </message>
    <message>
        <source>The DICOMDIR&apos;s Media Storage SOP Class is &quot;%1&quot; instead of %2 (Media Storage Directory Storage).</source>
        <translation>DICOMDIR の Media Storage SOP Class が %2（Media Storage Directory Storage）ではなく「%1」です。</translation>
    </message>
    <message>
        <source>The DICOMDIR has no Part 10 file meta information (preamble, DICM, group 0002).</source>
        <translation>DICOMDIR に Part 10 のファイルメタ情報（プリアンブル、DICM、グループ 0002）がありません。</translation>
    </message>
    <message>
        <source>The DICOMDIR is encoded as %1; IHE PDI requires Explicit VR Little Endian.</source>
        <translation>DICOMDIR の符号化方式が %1 です。IHE PDI では Explicit VR Little Endian が必要です。</translation>
    </message>
    <message>
        <source>The File-set ID &quot;%1&quot; is not valid: at most 16 characters of A-Z, 0-9, _ and space.</source>
        <translation>File-set ID「%1」が不正です。A-Z、0-9、_ と空白による16文字以内にしてください。</translation>
    </message>
    <message>
        <source>The links between directory records are broken (%1); the hierarchy was inferred from the record order. Some viewers will show the medium as empty or wrong.</source>
        <translation>ディレクトリレコード間のリンクが壊れています（%1）。階層はレコードの順序から推定しました。ビューアによっては媒体が空に見えたり、正しく表示されなかったりします。</translation>
    </message>
    <message>
        <source>The %1 has an empty %2.</source>
        <translation>%1 の %2 が空です。</translation>
    </message>
    <message>
        <source>The %1 lacks %2.</source>
        <translation>%1 に %2 がありません。</translation>
    </message>
    <message>
        <source>The %1 lacks Instance Number.</source>
        <translation>%1 に Instance Number がありません。</translation>
    </message>
    <message>
        <source>The object (SOP Class %1) is listed under a %2 record; it must be a %3 record.</source>
        <translation>オブジェクト（SOP Class %1）が %2 レコードとして登録されています。%3 レコードでなければなりません。</translation>
    </message>
    <message>
        <source>more than 8 components</source>
        <translation>構成要素が8個を超えています</translation>
    </message>
    <message>
        <source>The Referenced File ID &quot;%1&quot; is not valid (%2).</source>
        <translation>Referenced File ID「%1」が不正です（%2）。</translation>
    </message>
    <message>
        <source>The DICOMDIR references %1, which is not on the medium.</source>
        <translation>DICOMDIR が参照している %1 が媒体上にありません。</translation>
    </message>
    <message>
        <source>The Referenced File ID &quot;%1&quot; points outside the medium; it was not followed. This medium may be malicious.</source>
        <translation>Referenced File ID「%1」が媒体の外を指しているため、参照先を読み込んでいません。悪意のある媒体の可能性があります。</translation>
    </message>
    <message>
        <source>The file is referenced by more than one directory record.</source>
        <translation>このファイルは複数のディレクトリレコードから参照されています。</translation>
    </message>
    <message>
        <source>The DICOMDIR references this file, but it is not DICOM (%1).</source>
        <translation>DICOMDIR がこのファイルを参照していますが、DICOMではありません（%1）。</translation>
    </message>
    <message>
        <source>SOP Instance UID %1 in the record, %2 in the file</source>
        <translation>SOP Instance UID がレコードでは %1、ファイルでは %2</translation>
    </message>
    <message>
        <source>SOP Class UID %1 in the record, %2 in the file</source>
        <translation>SOP Class UID がレコードでは %1、ファイルでは %2</translation>
    </message>
    <message>
        <source>Transfer Syntax %1 in the record, %2 in the file</source>
        <translation>Transfer Syntax がレコードでは %1、ファイルでは %2</translation>
    </message>
    <message>
        <source>The directory record does not match the file: %1.</source>
        <translation>ディレクトリレコードがファイルと一致しません: %1。</translation>
    </message>
    <message>
        <source>series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>study</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>The file is listed under the wrong %1 in the DICOMDIR; a viewer will show it with the wrong patient or study.</source>
        <translation>DICOMDIR でのこのファイルの登録位置が正しくありません（%1）。ビューアでは誤った患者や検査として表示されます。</translation>
    </message>
    <message>
        <source>This DICOM file is not referenced by the DICOMDIR, so viewers and importers that follow the DICOMDIR will miss it.</source>
        <translation>この DICOMファイルは DICOMDIR から参照されていないため、DICOMDIR に従って読み込むビューアや取り込みソフトでは見落とされます。</translation>
    </message>
    <message>
        <source>The File-set ID &quot;%1&quot; differs from the volume identifier &quot;%2&quot;; on a CD they must be the same.</source>
        <translation>File-set ID「%1」がボリューム名「%2」と異なります。CD では両者を同じにする必要があります。</translation>
    </message>
    <message>
        <source>The file&apos;s directory record has no complete patient, study and series records above it; a viewer may not show it.</source>
        <translation>このファイルのディレクトリレコードの上位に、患者・検査・シリーズのレコードがそろっていません。ビューアで表示されない可能性があります。</translation>
    </message>
</context>
<context>
    <name>pdi::DisplayText</name>
    <message>
        <source>male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>pdi::FileIdRules</name>
    <message>
        <source>empty name</source>
        <translation>名前が空</translation>
    </message>
    <message>
        <source>longer than 8 characters</source>
        <translation>8文字を超えている</translation>
    </message>
    <message>
        <source>has an extension</source>
        <translation>拡張子がある</translation>
    </message>
    <message>
        <source>has lower-case letters</source>
        <translation>小文字を含む</translation>
    </message>
    <message>
        <source>has characters other than A-Z, 0-9 and _</source>
        <translation>A-Z、0-9、_ 以外の文字を含む</translation>
    </message>
</context>
<context>
    <name>pdi::FileRule</name>
    <message>
        <source>The DICOM file is damaged (%1); it may not open or may show wrong images. Ask the sender for a new copy.</source>
        <translation>DICOMファイルが破損しています（%1）。開けない、または誤った画像が表示されるおそれがあります。送付元に再送を依頼してください。</translation>
    </message>
    <message>
        <source>The file is DICOM without the Part 10 header (preamble, DICM and file meta information); media must carry Part 10 files.</source>
        <translation>この DICOMファイルには Part 10 ヘッダ（プリアンブル、DICM、ファイルメタ情報）がありません。媒体には Part 10 形式のファイルを格納する必要があります。</translation>
    </message>
    <message>
        <source>SOP Class UID</source>
        <translation>SOP Class UID</translation>
    </message>
    <message>
        <source>SOP Instance UID</source>
        <translation>SOP Instance UID</translation>
    </message>
    <message>
        <source>The file meta information and the data set disagree on %1.</source>
        <translation>ファイルメタ情報とデータセットで %1 が一致しません。</translation>
    </message>
    <message>
        <source>Unknown Specific Character Set %1; names and text may show wrongly.</source>
        <translation>不明な Specific Character Set（%1）です。氏名や文字が正しく表示されないおそれがあります。</translation>
    </message>
    <message>
        <source>Non-DICOM content (%1). The label and README.TXT must say the medium holds non-DICOM content; it is not imported into a PACS.</source>
        <translation>DICOM以外のデータです（%1）。ラベルと README.TXT に、DICOM以外のデータを含む旨の記載が必要です。このデータは PACS に取り込まれません。</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). If this is a disc, clean it and try again, or ask the sender for a new medium.</source>
        <translation>ファイルを読み込めません（%1）。ディスクの場合は、盤面を清掃して再度お試しいただくか、送付元に媒体の再送を依頼してください。</translation>
    </message>
</context>
<context>
    <name>pdi::FolderMedium</name>
    <message>
        <source>folders nested deeper than %1 levels were not read</source>
        <translation>%1 階層より深いフォルダは読み込んでいません</translation>
    </message>
    <message>
        <source>more than %1 entries; the rest was not read</source>
        <translation>項目数が %1 を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>path longer than %1 characters skipped</source>
        <translation>%1 文字を超えるパスをスキップしました</translation>
    </message>
    <message>
        <source>no permission to read</source>
        <translation>読み取り権限がありません</translation>
    </message>
</context>
<context>
    <name>pdi::IsoMedium</name>
    <message>
        <source>folders nested deeper than %1 levels were not read</source>
        <translation>%1 階層より深いフォルダは読み込んでいません</translation>
    </message>
    <message>
        <source>more than %1 entries; the rest was not read</source>
        <translation>項目数が %1 を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>the file lies beyond the end of the image (truncated image)</source>
        <translation>ファイルがイメージの末尾より後ろにあります（イメージが途中で切れています）</translation>
    </message>
    <message>
        <source>no data location recorded</source>
        <translation>データの位置が記録されていません</translation>
    </message>
    <message>
        <source>cannot open the image</source>
        <translation>ディスクイメージを開けません</translation>
    </message>
    <message>
        <source>not a readable ISO 9660 image (%1)</source>
        <translation>読み込み可能な ISO 9660 イメージではありません（%1）</translation>
    </message>
</context>
<context>
    <name>pdi::LayoutRule</name>
    <message>
        <source>The medium is read through a mounted file system that does not keep letter case, so upper-case names cannot be checked; check the disc image or the device (e.g. /dev/sr0) for that.</source>
        <translation>大文字・小文字を区別しないファイルシステム経由で媒体を読み込んでいるため、名前が大文字かどうかを確認できません。確認するには、ディスクイメージまたはデバイス（例: /dev/sr0）を指定してください。</translation>
    </message>
    <message>
        <source>There is no DICOMDIR in the root of the medium, so a viewer cannot find the images; the medium was checked file by file. Write it again with PDI software.</source>
        <translation>媒体のルートに DICOMDIR がないため、ビューアで画像を見つけられません。ファイルごとに確認しました。PDI対応ソフトウェアで書き込み直してください。</translation>
    </message>
    <message>
        <source>Another DICOMDIR besides the one in the root; a PDI medium holds exactly one file set. Write each file set to its own medium.</source>
        <translation>ルート以外にも DICOMDIR があります。PDI媒体に含めるファイルセットは1つだけです。ファイルセットごとに別の媒体へ書き込んでください。</translation>
    </message>
    <message>
        <source>Only the IHE_PDI folder may have a root name starting with &quot;IHE&quot;; rename or remove this entry.</source>
        <translation>ルートで「IHE」から始まる名前を使えるのは IHE_PDI フォルダだけです。この項目の名前を変更するか、削除してください。</translation>
    </message>
    <message>
        <source>There is no README.TXT in the root; IHE PDI requires one that names the issuing institution and how to read the medium.</source>
        <translation>ルートに README.TXT がありません。IHE PDI では、発行施設と媒体の閲覧方法を記載した README.TXT が必要です。</translation>
    </message>
    <message>
        <source>INDEX.HTM is present but the IHE_PDI folder with the web content is missing; the web view of this medium is incomplete.</source>
        <translation>INDEX.HTM はありますが、Webコンテンツを格納する IHE_PDI フォルダがありません。この媒体のWeb表示は不完全です。</translation>
    </message>
    <message>
        <source>The IHE_PDI folder is present but INDEX.HTM is missing from the root; the web content cannot be opened.</source>
        <translation>IHE_PDI フォルダはありますが、ルートに INDEX.HTM がありません。Webコンテンツを開けません。</translation>
    </message>
    <message>
        <source>The medium has web content (INDEX.HTM and IHE_PDI): DICOM PLUS WEB.</source>
        <translation>この媒体には Webコンテンツ（INDEX.HTM と IHE_PDI）があります: DICOM PLUS WEB。</translation>
    </message>
    <message>
        <source>A DICOM file inside IHE_PDI, which may hold only web content; DICOM files belong outside it and in the DICOMDIR.</source>
        <translation>IHE_PDI 内に DICOMファイルがあります。IHE_PDI に置けるのは Webコンテンツだけです。DICOMファイルは IHE_PDI の外に置き、DICOMDIR に登録してください。</translation>
    </message>
    <message>
        <source>A DICOM file in the root of the medium; only the DICOMDIR may be there. Put images in a folder and reference them from the DICOMDIR.</source>
        <translation>媒体のルートに DICOMファイルがあります。ルートに置けるのは DICOMDIR だけです。画像はフォルダに入れ、DICOMDIR から参照してください。</translation>
    </message>
    <message>
        <source>The file is %1 levels deep; a File ID has at most 8 components, so this file cannot be referenced from a DICOMDIR.</source>
        <translation>このファイルは %1 階層の深さにあります。File ID の構成要素は最大8個のため、DICOMDIR から参照できません。</translation>
    </message>
    <message>
        <source>The DICOM file name &quot;%1&quot; is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _ without an extension.</source>
        <translation>DICOMファイル名「%1」は File ID の構成要素として不正です（%2）。名前は A-Z、0-9、_ による1～8文字とし、拡張子は付けないでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; differ only in letter case; on a disc or a FAT USB stick they are the same name.</source>
        <translation>「%1」と「%2」は大文字・小文字だけが異なります。ディスクや FAT 形式の USBメモリでは同じ名前として扱われます。</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; of DICOM files is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _.</source>
        <translation>DICOMファイルを格納するフォルダ名「%1」は File ID の構成要素として不正です（%2）。名前は A-Z、0-9、_ による1～8文字にしてください。</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; is not an ISO 9660 Level 1 name (1 to 8 characters of A-Z, 0-9 and _); some computers cannot open it.</source>
        <translation>フォルダ名「%1」は ISO 9660 Level 1 の名前（A-Z、0-9、_ による1～8文字）ではありません。一部のコンピュータでは開けません。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not an 8.3 ISO 9660 Level 1 name (upper-case A-Z, 0-9 and _, at most 8 characters, a 3-character extension); some computers cannot open it.</source>
        <translation>ファイル名「%1」は ISO 9660 Level 1 の 8.3 形式の名前（大文字 A-Z、0-9、_ による8文字以内の名前と3文字の拡張子）ではありません。一部のコンピュータでは開けません。</translation>
    </message>
    <message>
        <source>IHE_PDI should hold only the web pages and pictures that show the DICOM content; this file (%1) belongs elsewhere.</source>
        <translation>IHE_PDI には、DICOMの内容を表示するWebページとその画像だけを置いてください。このファイル（%1）は別の場所に置くべきものです。</translation>
    </message>
</context>
<context>
    <name>pdi::MainWindow</name>
    <message>
        <source>PDI Station</source>
        <translation>PDI Station</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>pdi::MediumFlags</name>
    <message>
        <source>Several patients: the medium holds images of more than one patient.</source>
        <translation>複数患者: 媒体に複数の患者の画像が含まれています。</translation>
    </message>
    <message>
        <source>Non-DICOM content: documents, pictures or programs besides the images.</source>
        <translation>DICOM以外のデータ: DICOM画像以外に文書、画像ファイル、プログラムが含まれています。</translation>
    </message>
    <message>
        <source>AI-derived content: some series look produced by an AI product.</source>
        <translation>AI生成: AI製品で作成されたと思われるシリーズがあります。</translation>
    </message>
    <message>
        <source>Autorun: the medium tries to start a program when inserted.</source>
        <translation>自動実行: 挿入時にプログラムを起動しようとする媒体です。</translation>
    </message>
    <message>
        <source>Programs: the medium carries programs; do not run them.</source>
        <translation>プログラム: 媒体にプログラムが含まれています。実行しないでください。</translation>
    </message>
    <message>
        <source>Compressed: some images are compressed, which PDI media must not be.</source>
        <translation>圧縮: 圧縮された画像があります。PDI媒体では圧縮は認められていません。</translation>
    </message>
    <message>
        <source>Video: the medium carries video.</source>
        <translation>動画: 媒体に動画が含まれています。</translation>
    </message>
    <message>
        <source>No usable DICOMDIR: viewers may not find the images.</source>
        <translation>使用可能なDICOMDIRなし: ビューアで画像が見つからない場合があります。</translation>
    </message>
    <message>
        <source>Not Part 10: some DICOM files lack the file header media require.</source>
        <translation>Part 10 非準拠: 媒体に必要なファイルヘッダがない DICOMファイルがあります。</translation>
    </message>
    <message>
        <source>Web content: the medium can be viewed in a web browser (INDEX.HTM).</source>
        <translation>Webコンテンツ: Webブラウザで閲覧できる媒体です（INDEX.HTM）。</translation>
    </message>
    <message>
        <source>Bulk data: thin-slice or very large series.</source>
        <translation>大容量データ: 薄層または非常に大きなシリーズがあります。</translation>
    </message>
    <message>
        <source>Lossy: some images were lossy compressed at some point.</source>
        <translation>非可逆圧縮: 過去に非可逆圧縮された画像があります。</translation>
    </message>
    <message>
        <source>Damaged files: some files cannot be read completely.</source>
        <translation>破損ファイル: 完全には読み込めないファイルがあります。</translation>
    </message>
    <message>
        <source>Unlisted images: some DICOM files are missing from the DICOMDIR.</source>
        <translation>未登録画像: DICOMDIR に登録されていない DICOMファイルがあります。</translation>
    </message>
</context>
<context>
    <name>pdi::MediumOpener</name>
    <message>
        <source>cannot read %1: check that the file exists and that you may read it</source>
        <translation>%1 を読み込めません: ファイルが存在し、読み取り権限があることを確認してください</translation>
    </message>
    <message>
        <source>this is a UDF-only disc image, which cannot be read without mounting; mount it and check the mounted folder</source>
        <translation>UDF のみのディスクイメージは、マウントしないと読み込めません。マウントして、マウント先のフォルダを確認してください</translation>
    </message>
    <message>
        <source>this is a single DICOM file, not a medium; check the folder, disc image or ZIP that holds it</source>
        <translation>これは媒体ではなく単一の DICOMファイルです。このファイルを含むフォルダ、ディスクイメージ、ZIP を確認してください</translation>
    </message>
    <message>
        <source>not a folder, ISO 9660 disc image or ZIP archive; point at the disc&apos;s folder, an ISO image or a ZIP file</source>
        <translation>フォルダ、ISO 9660 ディスクイメージ、ZIPアーカイブのいずれでもありません。ディスクのフォルダ、ISO イメージ、ZIPファイルのいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 does not exist; check the path or that the disc or USB stick is inserted</source>
        <translation>%1 が存在しません。パスが正しいか、ディスクまたはUSBメモリが挿入されているかを確認してください</translation>
    </message>
    <message>
        <source>%1: no permission to read this folder</source>
        <translation>%1: このフォルダの読み取り権限がありません</translation>
    </message>
</context>
<context>
    <name>pdi::MediumScanner</name>
    <message>
        <source>cannot be opened</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>読み込みエラー: %1</translation>
    </message>
    <message>
        <source>the DICOMDIR cannot be opened</source>
        <translation>DICOMDIR を開けません</translation>
    </message>
</context>
<context>
    <name>pdi::RuleEngine</name>
    <message>
        <source>Quick check: only the DICOMDIR and the file names were read; damaged files and files that differ from their DICOMDIR records are found by the full check.</source>
        <translation>簡易チェック：DICOMDIR とファイル名のみを読みました。破損したファイルや DICOMDIR の登録内容と食い違うファイルは完全チェックで見つかります。</translation>
    </message>
</context>
<context>
    <name>pdi::SecurityRule</name>
    <message>
        <source>AUTORUN.INF tells Windows to start a program when the medium is inserted; referral media must not start anything. Do not run programs from this medium.</source>
        <translation>AUTORUN.INF は、媒体の挿入時にプログラムを起動するよう Windows に指示します。紹介用媒体は何も自動起動してはなりません。この媒体のプログラムは実行しないでください。</translation>
    </message>
    <message>
        <source>A program (%1) is on the medium. Referral media must not carry programs that may start; do not run it, open the images with your own DICOM viewer.</source>
        <translation>媒体にプログラム（%1）があります。紹介用媒体に起動する可能性のあるプログラムを含めてはなりません。実行せず、自施設の DICOMビューアで画像を開いてください。</translation>
    </message>
    <message>
        <source>A link that points outside the medium (%1); it was not followed.</source>
        <translation>媒体の外を指すリンクです（%1）。リンク先は読み込んでいません。</translation>
    </message>
    <message>
        <source>target unknown</source>
        <translation>リンク先不明</translation>
    </message>
    <message>
        <source>A link to %1 on the medium; links are not followed and cannot be written to a disc as such.</source>
        <translation>媒体上の %1 へのリンクです。リンクはたどらず、そのままではディスクに書き込めません。</translation>
    </message>
    <message>
        <source>A name that leaves the medium (%1); it was not read.</source>
        <translation>媒体の外を指す名前です（%1）。読み込んでいません。</translation>
    </message>
    <message>
        <source>The medium was not read completely: %1. Treat the result as incomplete.</source>
        <translation>媒体を完全には読み込めませんでした: %1。結果は不完全なものとして扱ってください。</translation>
    </message>
    <message>
        <source>The DICOMDIR has more directory records than can be checked; the rest was ignored.</source>
        <translation>DICOMDIR のディレクトリレコードが確認できる上限を超えています。超過分は無視しました。</translation>
    </message>
    <message>
        <source>The disc image is bootable (El Torito); a referral medium has no reason to start a computer. Do not boot from it.</source>
        <translation>このディスクイメージは起動可能です（El Torito）。紹介用媒体がコンピュータを起動する必要はありません。この媒体から起動しないでください。</translation>
    </message>
</context>
<context>
    <name>pdi::TransferSyntax</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>pdi::ZipMedium</name>
    <message>
        <source>not a readable ZIP archive (central directory missing or damaged)</source>
        <translation>読み込み可能な ZIPアーカイブではありません（セントラルディレクトリがないか、破損しています）</translation>
    </message>
    <message>
        <source>more than %1 members; the rest was not read</source>
        <translation>格納ファイルが %1 個を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged; members after the damage are missing</source>
        <translation>アーカイブのセントラルディレクトリが破損しています。破損箇所以降の格納ファイルは欠落しています</translation>
    </message>
    <message>
        <source>member name leaves the archive root; it was not read</source>
        <translation>格納ファイル名がアーカイブのルートの外を指しているため、読み込んでいません</translation>
    </message>
    <message>
        <source>member path too long or too deep; skipped</source>
        <translation>格納ファイルのパスが長すぎるか階層が深すぎるため、スキップしました</translation>
    </message>
    <message>
        <source>encrypted member; not read</source>
        <translation>暗号化された格納ファイルのため、読み込んでいません</translation>
    </message>
</context>
<context>
    <name>pdi::cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>PDI Station %1: write, check and import portable medical image media.</source>
        <translation>PDI Station %1: 可搬型医用画像媒体の書き込み、確認、取り込みを行います。</translation>
    </message>
    <message>
        <source>usage: pdi COMMAND [options]; pdi COMMAND --help tells more</source>
        <translation>使い方: pdi COMMAND [options]（詳細は pdi COMMAND --help）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
</context>
<context>
    <name>pdi::cli::CheckCommand</name>
    <message>
        <source>check a medium (folder, ISO image, ZIP) against the PDI rules</source>
        <translation>媒体（フォルダ、ISO イメージ、ZIP）が PDI の規則に適合しているか確認する</translation>
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation>フォルダ、ディスクイメージ（ファイル名は任意）または ZIPアーカイブ</translation>
    </message>
    <message>
        <source>also write the report as JSON to FILE, or only JSON to standard output with -</source>
        <translation>レポートを JSON 形式で FILE にも書き出す（- を指定すると JSON のみを標準出力に出力）</translation>
    </message>
    <message>
        <source>read only the DICOMDIR when there is one (for reception)</source>
        <translation>DICOMDIR がある場合は DICOMDIR のみを読み込む（受付用）</translation>
    </message>
    <message>
        <source>usage: pdi check MEDIUM [--json FILE|-] [--quick]</source>
        <translation>使い方: pdi check MEDIUM [--json FILE|-] [--quick]</translation>
    </message>
</context>
</TS>

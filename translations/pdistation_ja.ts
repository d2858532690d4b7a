<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Transcoder</name>
    <message>
        <source>the pixel data holds no compressed frame</source>
        <translation>画素データに圧縮フレームがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) expected, but the %1 fragments of the pixel data cannot be assigned to them</source>
        <translation>
            <numerusform>%n フレームのはずですが、画素データの %1 個のフラグメントをフレームに割り当てられません</numerusform>
        </translation>
    </message>
    <message>
        <source>fragment %1 of the pixel data cannot be read</source>
        <translation>画素データのフラグメント %1 を読み込めません</translation>
    </message>
    <message>
        <source>a compressed frame is larger than 1 GiB</source>
        <translation>圧縮フレームが 1 GiB を超えています</translation>
    </message>
    <message>
        <source>the frame is neither a JPEG 2000 codestream nor a JP2 file</source>
        <translation>フレームが JPEG 2000 コードストリームでも JP2 ファイルでもありません</translation>
    </message>
    <message>
        <source>OpenJPEG cannot be set up</source>
        <translation>OpenJPEG を準備できません</translation>
    </message>
    <message>
        <source>OpenJPEG cannot decode the frame</source>
        <translation>OpenJPEG でフレームを復号できません</translation>
    </message>
    <message>
        <source>OpenJPEG: %1</source>
        <translation>OpenJPEG: %1</translation>
    </message>
    <message>
        <source>the image attributes (Rows, Columns, Samples per Pixel, Bits Allocated, Bits Stored, Pixel Representation) are incomplete</source>
        <translation>画像の属性（Rows、Columns、Samples per Pixel、Bits Allocated、Bits Stored、Pixel Representation）がそろっていません</translation>
    </message>
    <message>
        <source>the image has no size (Rows %1, Columns %2, %3 frames)</source>
        <translation>画像の大きさがありません（Rows %1、Columns %2、%3 フレーム）</translation>
    </message>
    <message>
        <source>%1 samples per pixel are not supported</source>
        <translation>Samples per Pixel %1 には対応していません</translation>
    </message>
    <message>
        <source>Bits Allocated %1 is not supported with JPEG 2000</source>
        <translation>JPEG 2000 では Bits Allocated %1 に対応していません</translation>
    </message>
    <message>
        <source>Bits Stored %1 / Pixel Representation %2 do not fit Bits Allocated %3</source>
        <translation>Bits Stored %1 / Pixel Representation %2 が Bits Allocated %3 と合いません</translation>
    </message>
    <message>
        <source>Photometric Interpretation "%1" with %2 samples per pixel is not supported with JPEG 2000</source>
        <translation>JPEG 2000 では Photometric Interpretation「%1」（Samples per Pixel %2）に対応していません</translation>
    </message>
    <message>
        <source>the decoded image would take %1 MB, more than the %2 MB allowed</source>
        <translation>復号後の画像が %1 MB となり、上限の %2 MB を超えます</translation>
    </message>
    <message>
        <source>the file has no pixel data</source>
        <translation>ファイルに画素データがありません</translation>
    </message>
    <message>
        <source>the pixel data is not encapsulated as JPEG 2000 requires</source>
        <translation>画素データが JPEG 2000 に必要なカプセル化形式になっていません</translation>
    </message>
    <message>
        <source>not enough memory for the decoded image</source>
        <translation>復号後の画像に必要なメモリが足りません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>frame %1 declares capabilities beyond JPEG 2000 Part 1 (Rsiz 0x%2), which OpenJPEG does not decode</source>
        <translation>フレーム %1 は JPEG 2000 Part 1 を超える機能（Rsiz 0x%2）を宣言しており、OpenJPEG では復号できません</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>フレーム %1: %2</translation>
    </message>
    <message>
        <source>frame %1 has %2 components, the data set says %3 samples per pixel</source>
        <translation>フレーム %1 のコンポーネント数は %2 ですが、データセットでは Samples per Pixel が %3 です</translation>
    </message>
    <message>
        <source>frame %1 is %2 x %3 pixels, the data set says %4 x %5</source>
        <translation>フレーム %1 は %2 x %3 画素ですが、データセットでは %4 x %5 です</translation>
    </message>
    <message>
        <source>the components or frames of the JPEG 2000 data differ in bit depth or sign</source>
        <translation>JPEG 2000 データのコンポーネントまたはフレームでビット深度や符号が異なります</translation>
    </message>
    <message>
        <source>the JPEG 2000 data has a precision of %1 bits</source>
        <translation>JPEG 2000 データの精度が %1 ビットです</translation>
    </message>
    <message>
        <source>the JP2 header says the colours are YCC, the data set says RGB; which one is right cannot be told</source>
        <translation>JP2 ヘッダでは色が YCC、データセットでは RGB となっており、どちらが正しいか判断できません</translation>
    </message>
    <message>
        <source>Photometric Interpretation is %1, but the JPEG 2000 data carries no colour transform, so its colours are unknown</source>
        <translation>Photometric Interpretation は %1 ですが、JPEG 2000 データに色変換の情報がないため、色を確定できません</translation>
    </message>
    <message>
        <source>the JPEG 2000 data holds negative values, but the data set says the pixels are unsigned (Pixel Representation 0); which one is right cannot be told</source>
        <translation>JPEG 2000 データに負の値がありますが、データセットでは符号なし（Pixel Representation 0）となっており、どちらが正しいか判断できません</translation>
    </message>
    <message>
        <source>the JPEG 2000 data holds values that do not fit %1 bits</source>
        <translation>JPEG 2000 データに %1 ビットに収まらない値があります</translation>
    </message>
    <message>
        <source>The JPEG 2000 data is unsigned but Pixel Representation says signed: the samples were read as signed %1-bit values, as the data set says.</source>
        <translation>JPEG 2000 データは符号なしですが Pixel Representation は符号ありです。データセットに従い、符号あり %1 ビットの値として読みました。</translation>
    </message>
    <message>
        <source>Bits Stored was %1 but the JPEG 2000 data needs %2 bits; Bits Stored and High Bit were corrected.</source>
        <translation>Bits Stored は %1 でしたが、JPEG 2000 データには %2 ビット必要なため、Bits Stored と High Bit を修正しました。</translation>
    </message>
    <message>
        <source>the decoded pixels cannot be stored</source>
        <translation>復号した画素を保存できません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the station's data directory (default: PDI_DATA_DIR or ~/.local/share/pdistation)</source>
        <translation>端末のデータフォルダ（既定: PDI_DATA_DIR または ~/.local/share/pdistation）</translation>
    </message>
    <message>
        <source>a medium to check after signing in (optional)</source>
        <translation>ログイン後に確認する媒体（省略可）</translation>
    </message>
</context>
<context>
    <name>pdi::AccessControl</name>
    <message>
        <source>%1 is signed in as %2, which may not %3. Ask an administrator to do it, or to give you a role that may.</source>
        <translation>%1 は%2としてログインしているため、%3の権限がありません。管理者に作業を依頼するか、権限のある役割を付与してもらってください。</translation>
    </message>
</context>
<context>
    <name>pdi::AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>パスワード（確認）:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
</context>
<context>
    <name>pdi::AccountStore</name>
    <message>
        <source>counting accounts</source>
        <translation>アカウント数の取得</translation>
    </message>
    <message>
        <source>"%1" is not a usable login name: use 1 to 32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation>「%1」はログイン名に使えません。英字、数字、ピリオド、アンダースコア、ハイフンの 1～32 文字で、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>reading account %1</source>
        <translation>アカウント %1 の読み込み</translation>
    </message>
    <message>
        <source>The display name must be one line of at most 64 characters.</source>
        <translation>表示名は 1 行、64 文字以内にしてください。</translation>
    </message>
    <message>
        <source>An account "%1" exists already (login names ignore letter case).</source>
        <translation>アカウント「%1」は既にあります（ログイン名は大文字と小文字を区別しません）。</translation>
    </message>
    <message>
        <source>The password could not be protected (the system's random number source failed); try again.</source>
        <translation>パスワードを保護できませんでした（システムの乱数生成に失敗）。もう一度試してください。</translation>
    </message>
    <message>
        <source>adding account %1</source>
        <translation>アカウント %1 の追加</translation>
    </message>
    <message>
        <source>The first account must be an administrator (role admin): only an administrator can add the other accounts.</source>
        <translation>最初のアカウントは管理者（役割 admin）にしてください。他のアカウントを追加できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Accounts exist already; sign in as an administrator to add more (set PDI_USER and give your password).</source>
        <translation>アカウントは既にあります。追加するには管理者としてログインしてください（PDI_USER を設定し、パスワードを入力）。</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>アカウント一覧の取得</translation>
    </message>
    <message>
        <source>counting administrators</source>
        <translation>管理者数の取得</translation>
    </message>
    <message>
        <source>%1 is the last administrator who can sign in; add another administrator first, or nobody could manage accounts any more.</source>
        <translation>%1 はログインできる最後の管理者です。先に別の管理者を追加してください。そうしないと、誰もアカウントを管理できなくなります。</translation>
    </message>
    <message>
        <source>changing account %1</source>
        <translation>アカウント %1 の変更</translation>
    </message>
    <message>
        <source>Give a login name: 1 to 32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation>ログイン名を入力してください。英字・数字・ピリオド・下線・ハイフンで 1〜32 文字、先頭は英字か数字です。</translation>
    </message>
    <message>
        <source>%1 is not a locked administrator; break-glass only unlocks the administrators when none can sign in. An administrator unlocks the other accounts.</source>
        <translation>%1 はロックされた管理者ではありません。緊急解除（ブレークグラス）は、サインインできる管理者がいないときに管理者のロックだけを解除します。ほかのアカウントは管理者が解除します。</translation>
    </message>
    <message>
        <source>Another administrator can still sign in; ask them to unlock %1.</source>
        <translation>サインインできる管理者がほかにいます。その管理者に %1 のロック解除を依頼してください。</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>アカウント「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 signs in through the hospital directory, which gives the role from the person's groups at every sign-in; change the groups in the directory instead.</source>
        <translation>%1 は病院のディレクトリでサインインし、役割はサインインのたびにディレクトリのグループから決まります。ディレクトリでグループを変更してください。</translation>
    </message>
    <message>
        <source>%1 signs in through the hospital directory and has no password at this station; the password is changed in the directory.</source>
        <translation>%1 は病院のディレクトリでサインインするため、この端末にはパスワードがありません。パスワードはディレクトリで変更します。</translation>
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
    <name>pdi::AnswerCharacterSet</name>
    <message>
        <source>the default character set (ASCII)</source>
        <translation>既定の文字集合（ASCII）</translation>
    </message>
    <message>
        <source>%1 answered in %2, which cannot hold kanji or kana: the kanji and kana of the name %3 were lost on the way, not missing at %1. Compare the name with the patient's record there before you choose.</source>
        <translation>%1 は漢字・かなを表せない %2 で応答しました。氏名 %3 の漢字・かなは %1 に無いのではなく、通信の途中で失われています。選ぶ前に、そちらの患者情報と氏名を照らし合わせてください。</translation>
    </message>
</context>
<context>
    <name>pdi::ArchivePatientDialog</name>
    <message>
        <source>From the local archive</source>
        <translation>端末内アーカイブから</translation>
    </message>
    <message>
        <source>Search the patients whose images this station keeps (imported from outside media).</source>
        <translation>この端末が保管している患者（院外媒体から取り込んだ患者）を検索します。</translation>
    </message>
    <message>
        <source>No patient in the local archive matches.</source>
        <translation>端末内アーカイブに該当する患者はいません。</translation>
    </message>
</context>
<context>
    <name>pdi::AuditAnchorFile</name>
    <message>
        <source>The audit anchor file %1 cannot be opened for appending: %2</source>
        <translation>監査アンカーファイル %1 を追記用に開けません: %2</translation>
    </message>
    <message>
        <source>The audit anchor could not be written to %1: %2</source>
        <translation>監査アンカーを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The audit anchor file %1 cannot be read: %2</source>
        <translation>監査アンカーファイル %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>pdi::AuditAnchoring</name>
    <message>
        <source>looking for today's audit anchor</source>
        <translation>本日の監査アンカーを探しているとき</translation>
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation>監査証跡の末尾を読み取っているとき</translation>
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to anchor yet.</source>
        <translation>監査証跡は空です。まだアンカーを取るものがありません。</translation>
    </message>
</context>
<context>
    <name>pdi::AuditDetailText</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation>書き込み先の種類</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト数</translation>
    </message>
    <message>
        <source>Decoded to uncompressed</source>
        <translation>非圧縮に変換</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Label file</source>
        <translation>ラベルファイル</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>利用者による取り消し</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>見つかった患者</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>シリーズ UID</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>規格適合</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失敗回数</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Confirmed by the PACS</source>
        <translation>PACS による保管確認</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Web content</source>
        <translation>Web コンテンツ</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Outside IDs kept</source>
        <translation>院外 ID を維持</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issuer of the ID</source>
        <translation>ID の発行者</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE タイトル</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>File-set ID</source>
        <translation>ファイルセット ID</translation>
    </message>
    <message>
        <source>Medium fingerprint</source>
        <translation>媒体の識別値</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Institution of origin</source>
        <translation>発行元施設</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>簡易チェック</translation>
    </message>
    <message>
        <source>On the medium</source>
        <translation>媒体上</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB メモリ</translation>
    </message>
    <message>
        <source>disc image or archive file</source>
        <translation>ディスクイメージまたはアーカイブファイル</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>(no name; fingerprint %1)</source>
        <translation>（名前なし・識別値 %1）</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>AI-derived</source>
        <translation>AI 生成</translation>
    </message>
    <message>
        <source>Autorun</source>
        <translation>自動実行</translation>
    </message>
    <message>
        <source>Thin-slice or large data</source>
        <translation>薄いスライスまたは大容量データ</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Capacity (bytes)</source>
        <translation>容量（バイト）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Demographics from</source>
        <translation>患者情報の取得元</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Estimated size (bytes)</source>
        <translation>推定サイズ（バイト）</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>ログイン失敗回数</translation>
    </message>
    <message>
        <source>Sources that did not answer</source>
        <translation>応答しなかった問い合わせ先</translation>
    </message>
    <message>
        <source>First account</source>
        <translation>最初のアカウント</translation>
    </message>
    <message>
        <source>Difference confirmed</source>
        <translation>相違の確認</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>ハッシュ一覧</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>その他のファイル</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>本人のアカウント</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>パスワード変更日時</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手技</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒否理由</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>予定日</translation>
    </message>
    <message>
        <source>Sent now</source>
        <translation>今回送信</translation>
    </message>
    <message>
        <source>Source problems</source>
        <translation>書き込み元の問題</translation>
    </message>
    <message>
        <source>Spoiled disc</source>
        <translation>使えなくなったディスク</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Verification problems</source>
        <translation>検証の問題</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Emergency access (break-glass)</source>
        <translation>緊急アクセス（ブレークグラス）</translation>
    </message>
    <message>
        <source>Counted towards the lock</source>
        <translation>ロックの回数に数える</translation>
    </message>
    <message>
        <source>Entry in the hospital directory</source>
        <translation>病院のディレクトリのエントリ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>pdi::AuditExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>pdi::AuditForwardingForm</name>
    <message>
        <source>Choose a PEM file</source>
        <translation>PEM ファイルの選択</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Send every audit record to an Audit Record Repository</source>
        <translation>すべての監査記録を監査記録リポジトリに送信する</translation>
    </message>
    <message>
        <source>TLS (RFC 5425, confirmed delivery, recommended)</source>
        <translation>TLS（RFC 5425、配送確認あり、推奨）</translation>
    </message>
    <message>
        <source>UDP (RFC 5426, no delivery confirmation)</source>
        <translation>UDP（RFC 5426、配送確認なし）</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>通信方式:</translation>
    </message>
    <message>
        <source>Repository host:</source>
        <translation>リポジトリのホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>standard (6514 TLS, 514 UDP)</source>
        <translation>標準（TLS 6514、UDP 514）</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>CA 証明書:</translation>
    </message>
    <message>
        <source>Station certificate:</source>
        <translation>端末の証明書:</translation>
    </message>
    <message>
        <source>Station private key:</source>
        <translation>端末の秘密鍵:</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>empty: the system's CA store</source>
        <translation>空欄: システムの CA ストア</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>空欄: なし</translation>
    </message>
    <message>
        <source>Messages wait in a queue while the repository cannot be reached and are sent with the next record or with the button below. Nothing is lost.</source>
        <translation>リポジトリに接続できない間、メッセージは送信待ちとして保持され、次の記録のとき、または下のボタンで送信されます。失われることはありません。</translation>
    </message>
    <message>
        <source>Send queued messages now</source>
        <translation>送信待ちのメッセージを今すぐ送信</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>送信待ち %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending ...</source>
        <translation>送信しています...</translation>
    </message>
    <message>
        <source>Forwarding is off: turn it on and save first.</source>
        <translation>転送がオフです。オンにして保存してから実行してください。</translation>
    </message>
    <message>
        <source>Another PDI Station program is sending the queue right now.</source>
        <translation>別の PDI Station が送信待ちのメッセージを送信中です。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent; the rest stay queued: %1</source>
        <translation>
            <numerusform>%n 件を送信しました。残りは送信待ちのままです: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) sent.</source>
        <translation>
            <numerusform>監査メッセージを %n 件送信しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::AuditTrail</name>
    <message>
        <source>An audit record was refused because its details name a password or secret; this is a program error, please report it.</source>
        <translation>詳細にパスワードや秘密情報が含まれているため、監査記録を拒否しました。プログラムの不具合ですので報告してください。</translation>
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation>監査証跡の末尾の読み込み</translation>
    </message>
    <message>
        <source>adding an audit record</source>
        <translation>監査記録の追加</translation>
    </message>
    <message>
        <source>queueing an audit message for the repository</source>
        <translation>リポジトリへの監査メッセージの送信待ち登録</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>監査証跡の読み込み</translation>
    </message>
</context>
<context>
    <name>pdi::AuditVerifier</name>
    <message>
        <source>reading the audit trail</source>
        <translation>監査証跡の読み込み</translation>
    </message>
    <message>
        <source>Record %1 is missing before record %2: it was deleted.</source>
        <translation>記録 %2 の前にあるべき記録 %1 がありません。削除されています。</translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing before record %3: they were deleted.</source>
        <translation>記録 %3 の前にあるべき記録 %1～%2 がありません。削除されています。</translation>
    </message>
    <message>
        <source>Record %1 appears where record %2 should be: records were renumbered or moved.</source>
        <translation>記録 %2 の位置に記録 %1 があります。記録の番号が付け替えられたか、移動されています。</translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it (its previous hash differs): an earlier record was changed, removed or moved.</source>
        <translation>記録 %1 が直前の記録とつながっていません（前のハッシュが異なります）。それ以前の記録が変更、削除または移動されています。</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>記録 %1 は書き込み後に変更されています。内容がハッシュと一致しません。</translation>
    </message>
    <message>
        <source>The anchor file %1 is not append-only: whoever can rewrite it can rewrite the anchors along with the trail. Make it append-only (as root: chattr +a %1) or keep it on a write-once share.</source>
        <translation>アンカーファイル %1 は追記専用ではありません。これを書き換えられる人は、証跡とともにアンカーも書き換えられます。追記専用にする（root で chattr +a %1）か、書き込み一回限りの共有に置いてください。</translation>
    </message>
    <message>
        <source>Record %1 is not the record anchored on %2: the trail was rewritten from record %1 or earlier and its hashes computed anew.</source>
        <translation>記録 %1 は %2 にアンカーを取った記録ではありません。記録 %1 以前から証跡が書き換えられ、ハッシュが計算し直されています。</translation>
    </message>
    <message>
        <source>The trail ends at record %1, but the anchor of %2 names record %3: records were removed from the end (at least %4).</source>
        <translation>証跡は記録 %1 で終わっていますが、%2 のアンカーは記録 %3 を指しています。末尾から記録が削除されています（少なくとも %4 件）。</translation>
    </message>
</context>
<context>
    <name>pdi::AuditWorkspace</name>
    <message>
        <source>Sign-in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>ログイン拒否</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Medium checked</source>
        <translation>媒体の確認</translation>
    </message>
    <message>
        <source>Medium written</source>
        <translation>媒体の書き込み</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Patient matched</source>
        <translation>患者の照合</translation>
    </message>
    <message>
        <source>Sent to PACS</source>
        <translation>PACS へ送信</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>アカウントの変更</translation>
    </message>
    <message>
        <source>Node changed</source>
        <translation>ノードの変更</translation>
    </message>
    <message>
        <source>Security alert</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>refused action</source>
        <translation>拒否された操作</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>アカウントのロック</translation>
    </message>
    <message>
        <source>hazardous content on a medium</source>
        <translation>媒体上の危険なデータ</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>minor failure</source>
        <translation>軽度の失敗</translation>
    </message>
    <message>
        <source>serious failure</source>
        <translation>重度の失敗</translation>
    </message>
    <message>
        <source>major failure</source>
        <translation>重大な失敗</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>Only records from this date on</source>
        <translation>この日以降の記録のみ</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>患者 ID:</translation>
    </message>
    <message>
        <source>before or after import</source>
        <translation>取り込み前または後</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>イベント:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Export DICOM XML...</source>
        <translation>DICOM XML に書き出す...</translation>
    </message>
    <message>
        <source>Send queued messages now</source>
        <translation>送信待ちのメッセージを今すぐ送信</translation>
    </message>
    <message>
        <source>Verifying the audit trail ...</source>
        <translation>監査証跡を検証しています...</translation>
    </message>
    <message>
        <source>%1 (on the medium: %2)</source>
        <translation>%1（媒体上: %2）</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n record(s); narrow the search to see older ones.</source>
        <translation>
            <numerusform>最新の %n 件です。古い記録は検索条件を絞って表示してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n record(s), last hash %1</source>
        <translation>
            <numerusform>監査証跡は改ざんされていません: %n 件、最終ハッシュ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at record %1: %2</source>
        <translation>監査証跡が記録 %1 で破損しています: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for the audit repository</source>
        <translation>
            <numerusform>監査記録リポジトリへの送信待ち %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarding to an audit repository is off</source>
        <translation>監査記録リポジトリへの転送はオフです</translation>
    </message>
    <message>
        <source>Export the listed records as DICOM XML</source>
        <translation>表示中の記録を DICOM XML に書き出す</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n record(s) ...</source>
        <translation>
            <numerusform>%n 件を書き出しています...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) written to %1</source>
        <translation>
            <numerusform>監査メッセージ %n 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending queued audit messages ...</source>
        <translation>送信待ちの監査メッセージを送信しています...</translation>
    </message>
    <message>
        <source>Forwarding to an audit repository is off; turn it on in Settings.</source>
        <translation>監査記録リポジトリへの転送はオフです。設定でオンにしてください。</translation>
    </message>
    <message>
        <source>Another PDI Station program is sending the queue right now.</source>
        <translation>別の PDI Station が送信待ちのメッセージを送信中です。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent; the rest stay queued: %1</source>
        <translation>
            <numerusform>%n 件を送信しました。残りは送信待ちのままです: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) sent.</source>
        <translation>
            <numerusform>監査メッセージを %n 件送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>記録番号 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Audit trail anchored</source>
        <translation>監査証跡のアンカー</translation>
    </message>
    <message>
        <source>administrator unlocked by the computer's owner</source>
        <translation>コンピューターの所有者による管理者のロック解除</translation>
    </message>
    <message numerus="yes">
        <source>It matches %n anchor(s) kept outside the database.</source>
        <translation>
            <numerusform>データベースの外に保管された %n 件のアンカーと一致しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>（端末なし）</translation>
    </message>
    <message>
        <source>By station: %1</source>
        <translation>端末別: %1</translation>
    </message>
</context>
<context>
    <name>pdi::Authenticator</name>
    <message>
        <source>Account %1 has an unknown role "%2" in the database; an administrator must set its role again.</source>
        <translation>アカウント %1 のデータベース上の役割「%2」が不明です。管理者が役割を設定し直してください。</translation>
    </message>
    <message>
        <source>Account %1 changed while signing in; try again.</source>
        <translation>ログイン中にアカウント %1 が変更されました。もう一度試してください。</translation>
    </message>
    <message>
        <source>recording a login</source>
        <translation>ログインの記録</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled or locked. Check both and try again; after %1 failed logins in a row an account is locked until an administrator unlocks it.</source>
        <translation>ユーザー名またはパスワードが違うか、アカウントが無効またはロックされています。両方を確認して、もう一度入力してください。%1 回続けて失敗するとアカウントはロックされ、管理者が解除するまで使えません。</translation>
    </message>
    <message>
        <source>No user name given; type your login name.</source>
        <translation>ユーザー名がありません。ログイン名を入力してください。</translation>
    </message>
    <message>
        <source>%1 signs in through the hospital directory, and this station is not set up to use it. Ask an administrator.</source>
        <translation>%1 は病院のディレクトリでサインインしますが、この端末はディレクトリを使うよう設定されていません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The hospital directory accepted your password, but none of your groups there gives you a role at PDI Station. Ask an administrator to add you to the right group.</source>
        <translation>病院のディレクトリはパスワードを受け付けましたが、所属グループのどれも PDI Station での役割に対応していません。管理者に適切なグループへの追加を依頼してください。</translation>
    </message>
    <message>
        <source>The hospital directory accepted your password, but you are not in the group of people who may use PDI Station. Ask an administrator to add you to it.</source>
        <translation>病院のディレクトリはパスワードを受け付けましたが、PDI Station を使えるグループに所属していません。管理者にグループへの追加を依頼してください。</translation>
    </message>
    <message>
        <source>Your account is locked in the hospital directory, so you cannot sign in. Ask the directory's administrator.</source>
        <translation>病院のディレクトリでアカウントがロックされているため、サインインできません。ディレクトリの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Your password in the hospital directory has expired. Change it where you change your hospital password, then sign in again.</source>
        <translation>病院のディレクトリのパスワードの有効期限が切れています。院内のパスワードを変更する場所で変更してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your account is disabled in the hospital directory, so you cannot sign in. Ask the directory's administrator.</source>
        <translation>病院のディレクトリでアカウントが無効になっているため、サインインできません。ディレクトリの管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>pdi::CandidateScorer</name>
    <message>
        <source>Patient ID %1 here, %2 on the medium</source>
        <translation>患者 ID が当院では %1、媒体では %2</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>生年月日が一致</translation>
    </message>
    <message>
        <source>same sex</source>
        <translation>性別が一致</translation>
    </message>
    <message>
        <source>same Patient ID from the same issuer (%1)</source>
        <translation>同じ発行者（%1）の同じ患者 ID</translation>
    </message>
    <message>
        <source>same number, likely another hospital's (issuer %1 here, %2 on the medium)</source>
        <translation>同じ番号ですが他院の番号の可能性が高い（発行者が当院では %1、媒体では %2）</translation>
    </message>
    <message>
        <source>same Patient ID, issued by this hospital (%1)</source>
        <translation>当院（%1）発行の同じ患者 ID</translation>
    </message>
    <message>
        <source>same number, likely another hospital's (issued by %1)</source>
        <translation>同じ番号ですが他院の番号の可能性が高い（発行者 %1）</translation>
    </message>
    <message>
        <source>same Patient ID, on a medium from this hospital</source>
        <translation>当院作成の媒体で同じ患者 ID</translation>
    </message>
    <message>
        <source>same number, likely another hospital's (the medium names neither issuer nor institution)</source>
        <translation>同じ番号ですが他院の番号の可能性が高い（媒体に発行者も施設名もない）</translation>
    </message>
    <message>
        <source>same number, likely another hospital's (no issuer, on a medium from %1)</source>
        <translation>同じ番号ですが他院の番号の可能性が高い（発行者なし、%1 の媒体）</translation>
    </message>
    <message>
        <source>likely the same person</source>
        <translation>同一人物の可能性が高い</translation>
    </message>
    <message>
        <source>possibly the same person</source>
        <translation>同一人物の可能性あり</translation>
    </message>
    <message>
        <source>unlikely to be the same person</source>
        <translation>別人の可能性が高い</translation>
    </message>
</context>
<context>
    <name>pdi::CheckBadges</name>
    <message>
        <source>Several patients</source>
        <translation>複数患者</translation>
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
        <source>No DICOMDIR</source>
        <translation>DICOMDIRなし</translation>
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
        <source>Compressed</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Not PDI</source>
        <translation>PDI非適合</translation>
    </message>
    <message>
        <source>Not PDI: the medium breaks the rules for patient media; the findings below say which.</source>
        <translation>PDI非適合: 患者に渡す媒体の規則に適合していません。どの規則かは下の指摘を見てください。</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>壊れたファイル</translation>
    </message>
    <message>
        <source>Unlisted images</source>
        <translation>DICOMDIR にない画像</translation>
    </message>
    <message>
        <source>Lossy</source>
        <translation>非可逆圧縮</translation>
    </message>
    <message>
        <source>Not Part 10</source>
        <translation>Part 10 形式でない</translation>
    </message>
    <message>
        <source>Bulk data</source>
        <translation>大容量データ</translation>
    </message>
</context>
<context>
    <name>pdi::CheckReportDocument</name>
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
    <message>
        <source>folder or drive</source>
        <translation>フォルダまたはドライブ</translation>
    </message>
    <message>
        <source>disc image</source>
        <translation>ディスクイメージ</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIPアーカイブ</translation>
    </message>
    <message>
        <source>Medium check report</source>
        <translation>媒体確認レポート</translation>
    </message>
    <message>
        <source>Checked %1 by %2 at station %3</source>
        <translation>確認日時 %1　確認者 %2　端末 %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>患者が見つかりません</translation>
    </message>
    <message>
        <source>Patient ID %1   Birth date %2   Sex %3</source>
        <translation>患者 ID %1　生年月日 %2　性別 %3</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message>
        <source>Issuing institution: unknown</source>
        <translation>発行施設: 不明</translation>
    </message>
    <message>
        <source>Issuing institution: %1</source>
        <translation>発行施設: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>The medium follows the PDI rules (%n warning(s)).</source>
        <translation>
            <numerusform>PDI の規則に適合した媒体です（警告 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The medium does not follow the PDI rules: %1 errors, %2 warnings.</source>
        <translation>PDI の規則に適合していない媒体です（エラー %1 件、警告 %2 件）。</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>検査</translation>
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
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
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
    <message numerus="yes">
        <source>... and %n more like this.</source>
        <translation>
            <numerusform>...ほか同様の指摘 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Opened from %1 (%2)</source>
        <translation>読み込み元 %1（%2）</translation>
    </message>
    <message>
        <source>Volume ID %1   File-set ID %2</source>
        <translation>ボリューム ID %1　ファイルセット ID %2</translation>
    </message>
    <message>
        <source>%1 files: %2 DICOM, %3 other</source>
        <translation>ファイル %1 個: DICOM %2 個、その他 %3 個</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written; check that the folder is writable and the disk not full.</source>
        <translation>PDF %1 を書き込めませんでした。フォルダに書き込めること、ディスクに空きがあることを確認してください。</translation>
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
        <translation>（ID なし）</translation>
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
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>           quick check: the DICOMDIR and one object per patient were read</source>
        <translation>           簡易チェック: DICOMDIR と患者ごとに 1 つのオブジェクトを読みました</translation>
    </message>
    <message>
        <source>           checked in full: the DICOMDIR is not reliable enough for a quick check (%1)</source>
        <translation>           完全チェックを行いました: DICOMDIR が簡易チェックに足るほど信頼できません（%1）</translation>
    </message>
    <message>
        <source>... and %1 more %2 findings like this (the JSON report lists all)</source>
        <translation>... ほかに同様の %2 の指摘が %1 件あります（JSON の報告にすべて載っています）</translation>
    </message>
</context>
<context>
    <name>pdi::CheckRulesForm</name>
    <message>
        <source>AI products</source>
        <translation>AI 製品</translation>
    </message>
    <message>
        <source>A series whose manufacturer, model, description or software names one of these products is treated as AI-derived: shown with a badge when checking, and left out of referral media unless someone decides to include it. Double-click a name to edit it.</source>
        <translation>製造者、機種、説明、ソフトウェアのいずれかにこれらの製品名を含むシリーズは AI 生成として扱います。確認時には表示で示し、紹介用媒体には含めると判断しない限り収録しません。名前をダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Thin-slice series: slices of at most</source>
        <translation>薄層シリーズ: スライス厚がこれ以下</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Large series: at least</source>
        <translation>大容量シリーズ: 画像数がこれ以上</translation>
    </message>
    <message>
        <source> images</source>
        <translation> 枚</translation>
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
        <source>AI-derived</source>
        <translation>AI生成</translation>
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
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>PDF で保存...</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Check this drive</source>
        <translation>このドライブを確認</translation>
    </message>
    <message>
        <source>A disc or USB stick opens by itself when it is inserted. You can also drop a folder, disc image or ZIP file here.</source>
        <translation>ディスクや USB メモリは挿入すると自動で開きます。フォルダ、ディスクイメージ、ZIP ファイルをここにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Studies on the medium</source>
        <translation>媒体内の検査</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>New medium %1: checking %2 ...</source>
        <translation>新しい媒体 %1: %2 を確認しています...</translation>
    </message>
    <message>
        <source>The check could not be recorded: %1</source>
        <translation>確認を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (optical drive, not mounted)</source>
        <translation>%1（光学ドライブ、未マウント）</translation>
    </message>
    <message>
        <source>%1 (disc in %2)</source>
        <translation>%1（%2 のディスク）</translation>
    </message>
    <message>
        <source>%1 (USB or memory card, %2)</source>
        <translation>%1（USB メモリまたはメモリカード、%2）</translation>
    </message>
    <message>
        <source>No disc or USB stick found</source>
        <translation>ディスクや USB メモリが見つかりません</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%2 ファイル中 %1</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation>シリーズ %1  %2</translation>
    </message>
    <message>
        <source>Check a medium first.</source>
        <translation>先に媒体を確認してください。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 として保存しました。</translation>
    </message>
    <message>
        <source>A first look from the medium's directory is shown; checking every file ...</source>
        <translation>媒体のディレクトリ (DICOMDIR) から読んだ概要を表示しています。すべてのファイルを確認しています...</translation>
    </message>
    <message>
        <source>The check was cancelled: only the first look from the medium's directory is shown; the files were not checked.</source>
        <translation>確認を取り消しました。表示しているのは媒体のディレクトリから読んだ概要だけで、ファイルは確認していません。</translation>
    </message>
</context>
<context>
    <name>pdi::CommitmentListener</name>
    <message>
        <source>This station cannot open a socket for storage commitment results: %1</source>
        <translation>この端末はストレージコミットメントの結果を受け取るソケットを開けません: %1</translation>
    </message>
    <message>
        <source>This station cannot listen on %1 port %2 for storage commitment results (%3); another program may use the port, or the address is not one of this computer's.</source>
        <translation>この端末は %1 のポート %2 でストレージコミットメントの結果を待ち受けられません（%3）。ほかのプログラムがこのポートを使っているか、このアドレスがこのコンピューターのものではありません。</translation>
    </message>
    <message>
        <source>This station cannot prepare for storage commitment results (%1).</source>
        <translation>この端末はストレージコミットメントの結果を受け取る準備ができません（%1）。</translation>
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
        <source>%1 is thin-slice or very large data (%2); the receiver may not expect it. It needs the operator's decision to be included.</source>
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
    <name>pdi::ContentTree</name>
    <message>
        <source>Study / series</source>
        <translation>検査 / シリーズ</translation>
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
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>判断が必要</translation>
    </message>
    <message>
        <source>Not AI-derived</source>
        <translation>AI生成ではない</translation>
    </message>
    <message>
        <source>The selected series was recognised as AI-derived but is not: write it as ordinary images. Your decision is recorded.</source>
        <translation>選択したシリーズは AI 生成と判定されましたが、そうではありません。通常の画像として書き込みます。この判断は記録されます。</translation>
    </message>
    <message>
        <source>Mark as AI-derived</source>
        <translation>AI生成として指定</translation>
    </message>
    <message>
        <source>The selected series was made by an AI product that was not recognised: it is then left out unless you tick it, and named on the label if written. Your decision is recorded.</source>
        <translation>選択したシリーズは判定されなかった AI 製品で作成されたものです。チェックを入れない限り除外し、書き込む場合はラベルに明記します。この判断は記録されます。</translation>
    </message>
    <message>
        <source>Undo my mark</source>
        <translation>指定を取り消す</translation>
    </message>
    <message>
        <source>Study %1
Accession number %2</source>
        <translation>検査 %1
受付番号 %2</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>シリーズ %1</translation>
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation>シリーズ %1  %2</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Thin-slice or large data</source>
        <translation>薄層・大容量データ</translation>
    </message>
    <message>
        <source>AI-derived (marked by you)</source>
        <translation>AI生成（操作者が指定）</translation>
    </message>
    <message>
        <source>AI-derived: %1</source>
        <translation>AI生成: %1</translation>
    </message>
    <message>
        <source>included by your decision</source>
        <translation>判断により含める</translation>
    </message>
    <message>
        <source>left out unless you tick it</source>
        <translation>チェックを入れない限り除外</translation>
    </message>
    <message>
        <source>Not AI-derived (your decision; recognised by: %1)</source>
        <translation>AI生成ではない（操作者の判断。判定理由: %1）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of decision</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>what the series is, then what becomes of it</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>AI-derived</source>
        <translation>AI 生成</translation>
    </message>
    <message>
        <source>Not AI-derived (yours)</source>
        <translation>AI 生成ではない（あなたの判断）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what the series is, then what becomes of it, briefly</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>written</source>
        <translation>書き込む</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
</context>
<context>
    <name>pdi::DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder; choose another path.</source>
        <translation>データフォルダ %1 はフォルダではなくファイルです。別の場所を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1; check that its parent folder is writable.</source>
        <translation>データフォルダ %1 を作成できません。親フォルダに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable for this user; fix its permissions or use another directory.</source>
        <translation>このユーザーはデータフォルダ %1 に書き込めません。権限を直すか、別のフォルダを使ってください。</translation>
    </message>
    <message>
        <source>No data directory given.</source>
        <translation>データディレクトリが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot read the data directory %1: %2</source>
        <translation>データディレクトリ %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The data directory %1 belongs to another operating-system user (uid %2). PDI Station keeps password hashes and patient data there and runs only as the directory's owner: run it as that user, or choose a directory of your own.</source>
        <translation>データディレクトリ %1 は別の OS ユーザー（uid %2）のものです。PDI Station はそこにパスワードのハッシュと患者データを保存するため、ディレクトリの所有者としてだけ動作します。そのユーザーで実行するか、自分のディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>The data directory %1 can be written by other users (mode %2), so anybody could change the accounts, the audit trail or the images in it. Make it private to its owner (for example chmod 700 %1) after checking that nobody changed its contents, or choose another directory.</source>
        <translation>データディレクトリ %1 はほかのユーザーも書き込めます（モード %2）。誰でもアカウント、監査証跡、画像を変更できてしまいます。内容が変更されていないことを確認したうえで所有者専用にする（例: chmod 700 %1）か、別のディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>Cannot make the data directory %1 private to its owner: %2</source>
        <translation>データディレクトリ %1 を所有者専用にできません: %2</translation>
    </message>
    <message>
        <source>The station identity in %1 is damaged (it holds no UUID). If this folder was copied from another station, remove the file so that this station gets an identity of its own; otherwise put back the identity it had.</source>
        <translation>%1 の端末の識別子が壊れています（UUID がありません）。このフォルダーを他の端末から複製したのであれば、この端末が自分の識別子を持てるようファイルを削除してください。そうでなければ、元の識別子を戻してください。</translation>
    </message>
    <message>
        <source>Cannot write the station identity %1: %2</source>
        <translation>端末の識別子 %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>pdi::Database</name>
    <message>
        <source>opening the station database %1</source>
        <translation>端末データベース %1 を開く処理</translation>
    </message>
    <message>
        <source>switching the station database to WAL mode</source>
        <translation>端末データベースの WAL モードへの切り替え</translation>
    </message>
    <message>
        <source>The station database %1 cannot use WAL mode (it reports "%2"); keep the data directory on a local disk.</source>
        <translation>端末データベース %1 で WAL モードを使えません（結果「%2」）。データフォルダはローカルディスクに置いてください。</translation>
    </message>
    <message>
        <source>starting a change in the station database</source>
        <translation>端末データベースの変更開始</translation>
    </message>
    <message>
        <source>The shared station database (%1) cannot be opened: %2. Check that the server runs and can be reached from this computer, and that the user name, the password file and the certificates are right.</source>
        <translation>共有データベース（%1）を開けません: %2。サーバーが動いていてこのコンピューターから届くこと、ユーザー名・パスワードファイル・証明書が正しいことを確かめてください。</translation>
    </message>
    <message>
        <source>waiting for another station's change</source>
        <translation>他の端末の変更を待っている間</translation>
    </message>
    <message>
        <source>waiting for another station's audit record</source>
        <translation>他の端末の監査記録を待っている間</translation>
    </message>
    <message>
        <source>The station database failed while %1: %2. Check that the data directory is on a local disk with free space and that no other program holds it locked; a shared database also needs its server running and reachable.</source>
        <translation>端末のデータベースで、%1に失敗しました: %2。データディレクトリが空き容量のあるローカルディスクにあり、他のプログラムがロックしていないことを確かめてください。共有データベースの場合は、サーバーが動いていて接続できることも必要です。</translation>
    </message>
    <message>
        <source>asking the other stations for a lock</source>
        <translation>他の端末へのロックの問い合わせ</translation>
    </message>
</context>
<context>
    <name>pdi::DatabaseCopy</name>
    <message>
        <source>reading table %1</source>
        <translation>表 %1 の読み取り</translation>
    </message>
    <message>
        <source>writing table %1 into the shared database</source>
        <translation>表 %1 の共有データベースへの書き込み</translation>
    </message>
    <message>
        <source>A station's records can be copied into a shared PostgreSQL database only.</source>
        <translation>端末の記録をコピーできるのは、共有の PostgreSQL データベースだけです。</translation>
    </message>
    <message>
        <source>The station uses this database already.</source>
        <translation>この端末はすでにこのデータベースを使っています。</translation>
    </message>
    <message>
        <source>reading this station's settings</source>
        <translation>この端末の設定の読み取り</translation>
    </message>
    <message>
        <source>writing this station's settings</source>
        <translation>この端末の設定の書き込み</translation>
    </message>
    <message>
        <source>reading the local archive</source>
        <translation>ローカルアーカイブの読み取り</translation>
    </message>
    <message>
        <source>reading the shared audit trail</source>
        <translation>共有の監査証跡の読み取り</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>監査証跡の読み取り</translation>
    </message>
    <message>
        <source>writing the audit trail into the shared database</source>
        <translation>監査証跡の共有データベースへの書き込み</translation>
    </message>
</context>
<context>
    <name>pdi::DatabaseLocation</name>
    <message>
        <source>The station configuration %1 cannot be read.</source>
        <translation>端末の構成ファイル %1 を読めません。</translation>
    </message>
    <message>
        <source>The station database "%1" is neither the embedded file (sqlite) nor a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>端末のデータベース「%1」は、組み込みファイル（sqlite）でも PostgreSQL のアドレス（postgresql://user@host:port/database）でもありません。</translation>
    </message>
    <message>
        <source>The PostgreSQL address "%1" is not valid; it looks like postgresql://user@host:5432/database.</source>
        <translation>PostgreSQL のアドレス「%1」が正しくありません。postgresql://user@host:5432/database の形で指定します。</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password. Addresses end up in scripts, process lists and logs; keep the password in a file only the station's user can read and name it with password_file=PATH instead.</source>
        <translation>PostgreSQL のアドレスにパスワードが含まれています。アドレスはスクリプト、プロセス一覧、ログに残ります。パスワードは端末のユーザーだけが読めるファイルに置き、password_file=PATH で指定してください。</translation>
    </message>
    <message>
        <source>The PostgreSQL address "%1" must name a user and a database, as in postgresql://user@host:5432/database.</source>
        <translation>PostgreSQL のアドレス「%1」には、postgresql://user@host:5432/database のようにユーザーとデータベースが必要です。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names "%1", which PDI Station does not know; it knows password_file, schema and %2.</source>
        <translation>PostgreSQL のアドレスにある「%1」は PDI Station の知らない項目です。使えるのは password_file、schema と %2 です。</translation>
    </message>
    <message>
        <source>The PostgreSQL schema "%1" must be a lower-case name of letters, digits and underscores.</source>
        <translation>PostgreSQL のスキーマ「%1」は、小文字の英字・数字・下線からなる名前にしてください。</translation>
    </message>
    <message>
        <source>The database password file %1 cannot be read: %2.</source>
        <translation>データベースのパスワードファイル %1 を読めません: %2。</translation>
    </message>
    <message>
        <source>The database password file %1 belongs to another operating-system user (uid %2). It must belong to the user that runs PDI Station, so that nobody else can change or read it.</source>
        <translation>データベースのパスワードファイル %1 は別の OS ユーザー（uid %2）のものです。他の人が読んだり変えたりできないよう、PDI Station を動かすユーザーのものにしてください。</translation>
    </message>
    <message>
        <source>The database password file %1 can be read by other users (mode %2): anybody on this computer could open the shared database with it. Make it readable by its owner only (mode 0600) and change the database password, since it may have been read.</source>
        <translation>データベースのパスワードファイル %1 は他のユーザーも読めます（モード %2）。このコンピューターの誰でも共有データベースを開けてしまいます。所有者だけが読めるようにし（モード 0600）、読まれたおそれがあるのでデータベースのパスワードを変更してください。</translation>
    </message>
    <message>
        <source>the embedded file %1</source>
        <translation>組み込みファイル %1</translation>
    </message>
    <message>
        <source>encrypted, server certificate and host name checked</source>
        <translation>暗号化あり、サーバー証明書とホスト名を確認</translation>
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation>暗号化あり、サーバー証明書を確認</translation>
    </message>
    <message>
        <source>encrypted, server not verified</source>
        <translation>暗号化あり、サーバーは未確認</translation>
    </message>
    <message>
        <source>encrypted only if the server offers it</source>
        <translation>サーバーが対応している場合のみ暗号化</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3 as %4 (%5)</source>
        <translation>PostgreSQL データベース %1（%2:%3、ユーザー %4、%5）</translation>
    </message>
</context>
<context>
    <name>pdi::DcmtkCondition</name>
    <message>
        <source>its compressed pixel data cannot be decoded: the image data are damaged or use a form of the compression this program does not decode</source>
        <translation>圧縮された画素データを復号できません。画像データが壊れているか、このプログラムが復号できない圧縮形式です</translation>
    </message>
    <message>
        <source>its structure is broken: an element stands where none can be, or its encoding is not valid</source>
        <translation>ファイルの構造が壊れています。要素があり得ない位置にあるか、符号化が正しくありません</translation>
    </message>
    <message>
        <source>the file ends before its data do (it is truncated)</source>
        <translation>データの途中でファイルが終わっています（ファイルが途中で切れています）</translation>
    </message>
    <message>
        <source>a sequence or an item in it is not closed as it must be (a delimiter is missing or wrong)</source>
        <translation>シーケンスまたはその項目が正しく閉じられていません（区切りがないか誤っています）</translation>
    </message>
    <message>
        <source>an element's length does not fit the data around it</source>
        <translation>要素の長さが周囲のデータと合いません</translation>
    </message>
    <message>
        <source>the offset table of its compressed frames is wrong</source>
        <translation>圧縮フレームのオフセット表が誤っています</translation>
    </message>
    <message>
        <source>its pixel data cannot be converted to uncompressed form: the encoding is not supported or the data do not match it</source>
        <translation>画素データを非圧縮に変換できません。符号化方式に対応していないか、データが符号化方式と合いません</translation>
    </message>
    <message>
        <source>it does not meet the rules for objects on a medium (PS3.11 General Purpose profile): a required attribute is missing or invalid, or its encoding is not allowed on a medium</source>
        <translation>媒体に収録するオブジェクトの規則（PS3.11 General Purpose プロファイル）を満たしていません。必須の属性がないか不正、または媒体で許されない符号化です</translation>
    </message>
    <message>
        <source>it has no file meta information (Part 10 header)</source>
        <translation>ファイルメタ情報（Part 10 ヘッダ）がありません</translation>
    </message>
    <message>
        <source>it cannot be read from where it is stored</source>
        <translation>保存場所から読み取れません</translation>
    </message>
    <message>
        <source>it is not a valid DICOMDIR</source>
        <translation>正しい DICOMDIR ではありません</translation>
    </message>
    <message>
        <source>a required attribute is missing or empty</source>
        <translation>必須の属性がないか空です</translation>
    </message>
    <message>
        <source>an attribute has a value that is not valid</source>
        <translation>属性の値が正しくありません</translation>
    </message>
    <message>
        <source>the DICOM toolkit cannot process it (condition %1/%2)</source>
        <translation>DICOM ツールキットで処理できません（条件 %1/%2）</translation>
    </message>
</context>
<context>
    <name>pdi::DestinationChoice</name>
    <message>
        <source>Node %1 has no store role; choose a PACS that stores images or the local archive.</source>
        <translation>ノード %1 には保存（store）の役割がありません。画像を保存する PACS か端末内アーカイブを選んでください。</translation>
    </message>
</context>
<context>
    <name>pdi::DicomAssociation</name>
    <message>
        <source>node %1 (%2 at %3:%4%5)</source>
        <translation>ノード %1（%2、%3:%4%5）</translation>
    </message>
    <message>
        <source>, TLS</source>
        <translation>、TLS</translation>
    </message>
    <message>
        <source>%1 refused the association (%2). Check the node's AE title and that the node knows this station's AE title.</source>
        <translation>%1 がアソシエーションを拒否しました（%2）。ノードの AE タイトルと、ノードにこの端末の AE タイトルが登録されているかを確認してください。</translation>
    </message>
    <message>
        <source>%1 accepts none of the kinds of object or transfer syntaxes proposed (%2).</source>
        <translation>%1 は提案したオブジェクトの種類と転送構文をどれも受け付けません（%2）。</translation>
    </message>
    <message>
        <source>, the TLS certificates</source>
        <translation>、TLS 証明書</translation>
    </message>
    <message>
        <source>Cannot propose %1 to %2: %3</source>
        <translation>%2 に %1 を提案できません: %3</translation>
    </message>
    <message>
        <source>DICOM TLS cannot be set up for %1: %2</source>
        <translation>%1 の DICOM TLS を準備できません: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Check that the node is running and that it knows this station's AE title; an import started again continues where this one stopped.</source>
        <translation>%1 との接続が切れました（%2）。ノードが動作していること、この端末の AE タイトルがノードに登録されていることを確認してください。取り込みはもう一度始めると、止まったところから続きます。</translation>
    </message>
    <message>
        <source>%1 cannot be reached or did not answer (%2). Check that it is running, its host name, port and AE title%3, and that no firewall blocks the connection.</source>
        <translation>%1 に接続できないか、応答がありません（%2）。相手が動いているか、ホスト名・ポート・AE タイトル%3が正しいか、ファイアウォールが接続を止めていないかを確認してください。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). The node must offer TLS 1.2 or later with the ciphers of BCP 195, and present a certificate signed by the node's CA file%3.</source>
        <translation>%1 への TLS 接続に失敗しました（%2）。ノードは BCP 195 の暗号スイートで TLS 1.2 以降を提供し、ノードの CA ファイルで署名された証明書%3を提示する必要があります。</translation>
    </message>
    <message>
        <source> that names the host %1</source>
        <translation>（ホスト %1 を名前に含むもの）</translation>
    </message>
</context>
<context>
    <name>pdi::DicomEcho</name>
    <message>
        <source>%1 does not accept C-ECHO (Verification).</source>
        <translation>%1 は C-ECHO（Verification）を受け付けません。</translation>
    </message>
</context>
<context>
    <name>pdi::DicomNode</name>
    <message>
        <source>the local archive</source>
        <translation>ローカルアーカイブ</translation>
    </message>
</context>
<context>
    <name>pdi::DicomQuery</name>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>%1 は %2 に対応していません。</translation>
    </message>
    <message>
        <source>a modality worklist</source>
        <translation>モダリティワークリスト</translation>
    </message>
    <message>
        <source>patient-root queries</source>
        <translation>Patient Root の問い合わせ</translation>
    </message>
    <message>
        <source>study-root queries</source>
        <translation>Study Root の問い合わせ</translation>
    </message>
    <message>
        <source>%1 could not answer the query (status 0x%2).</source>
        <translation>%1 は問い合わせに応答できませんでした（ステータス 0x%2）。</translation>
    </message>
</context>
<context>
    <name>pdi::DicomStructureWalk</name>
    <message>
        <source>an item of %1</source>
        <translation>%1 の項目</translation>
    </message>
    <message>
        <source>the encapsulated %1</source>
        <translation>カプセル化された %1</translation>
    </message>
    <message>
        <source>the sequence %1</source>
        <translation>シーケンス %1</translation>
    </message>
    <message>
        <source>the data end at byte %1 inside %2, which begins at byte %3: its delimiter is missing</source>
        <translation>データが %1 バイト目で %2（%3 バイト目から）の途中で終わっています。区切りがありません</translation>
    </message>
    <message>
        <source>the data end at byte %1 inside an element header</source>
        <translation>データが %1 バイト目で要素ヘッダの途中で終わっています</translation>
    </message>
    <message>
        <source>at byte %1, %2 claims %3 bytes, which run past the end of the item or sequence it belongs to (byte %4)</source>
        <translation>%1 バイト目の %2 は長さを %3 バイトとしていますが、属する項目またはシーケンスの終わり（%4 バイト目）を越えています</translation>
    </message>
    <message>
        <source>pixel data truncated: %1 of %2 bytes present (at byte %3)</source>
        <translation>画素データが途中で切れています。%2 バイト中 %1 バイトしかありません（%3 バイト目）</translation>
    </message>
    <message>
        <source>at byte %1, %2 claims %3 bytes, but only %4 remain in the file</source>
        <translation>%1 バイト目の %2 は長さを %3 バイトとしていますが、ファイルには残り %4 バイトしかありません</translation>
    </message>
    <message>
        <source>at byte %1, %2 is nested more than %3 sequences deep; the file was not read beyond it</source>
        <translation>%1 バイト目の %2 はシーケンスが %3 階層を超えて入れ子になっています。ここから先は読み取っていません</translation>
    </message>
    <message>
        <source>at byte %1, an element header crosses the end of the item or sequence %2 (byte %3)</source>
        <translation>%1 バイト目の要素ヘッダが項目またはシーケンス %2 の終わり（%3 バイト目）をまたいでいます</translation>
    </message>
    <message>
        <source>at byte %1, %2 stands where an item of %3 must begin</source>
        <translation>%1 バイト目で、%3 の項目が始まるべき位置に %2 があります</translation>
    </message>
    <message>
        <source>at byte %1, a fragment of the encapsulated %2 has an undefined length</source>
        <translation>%1 バイト目で、カプセル化された %2 の断片の長さが未定義です</translation>
    </message>
    <message>
        <source>at byte %1, an item begins outside any sequence</source>
        <translation>%1 バイト目で、シーケンスの外に項目が始まっています</translation>
    </message>
    <message>
        <source>at byte %1, an item delimiter stands outside any item</source>
        <translation>%1 バイト目で、項目の外に項目区切りがあります</translation>
    </message>
    <message>
        <source>at byte %1, a sequence delimiter ends an item of %2 that must end with an item delimiter</source>
        <translation>%1 バイト目で、項目区切りで終わるべき %2 の項目がシーケンス区切りで終わっています</translation>
    </message>
    <message>
        <source>at byte %1, a sequence delimiter stands outside any sequence</source>
        <translation>%1 バイト目で、シーケンスの外にシーケンス区切りがあります</translation>
    </message>
    <message>
        <source>at byte %1, the tag %2 is not valid</source>
        <translation>%1 バイト目のタグ %2 は正しくありません</translation>
    </message>
    <message>
        <source>at byte %1, %2 has no valid value representation</source>
        <translation>%1 バイト目の %2 に正しい値表現（VR）がありません</translation>
    </message>
    <message>
        <source>at byte %1, %2 has an undefined length, which only sequences and encapsulated pixel data may have</source>
        <translation>%1 バイト目の %2 の長さが未定義です。未定義長はシーケンスとカプセル化された画素データにしか使えません</translation>
    </message>
    <message>
        <source>at byte %1, the file meta information element %2 has a length of %3 bytes that the file cannot hold</source>
        <translation>%1 バイト目のファイルメタ情報の要素 %2 の長さ %3 バイトはファイルに収まりません</translation>
    </message>
    <message>
        <source>the file ends inside its file meta information</source>
        <translation>ファイルメタ情報の途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>the deflated data set expands beyond %1 MB</source>
        <translation>deflate 圧縮されたデータセットが展開すると %1 MB を超えます</translation>
    </message>
    <message>
        <source>the deflated data set cannot be inflated beyond byte %1 of it</source>
        <translation>deflate 圧縮されたデータセットを %1 バイト目より先に展開できません</translation>
    </message>
    <message>
        <source>the medium holds only %1 of the file's %2 bytes</source>
        <translation>媒体にはファイルの %2 バイト中 %1 バイトしかありません</translation>
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
    <name>pdi::DicomTls</name>
    <message>
        <source>node %1 (%2 at %3:%4, TLS)</source>
        <translation>ノード %1（%2、%3:%4、TLS）</translation>
    </message>
    <message>
        <source>DICOM TLS cannot be set up for %1 (OpenSSL did not start).</source>
        <translation>%1 の DICOM TLS を準備できません（OpenSSL が起動しませんでした）。</translation>
    </message>
    <message>
        <source>DICOM TLS cannot be set up for %1: %2</source>
        <translation>%1 の DICOM TLS を準備できません: %2</translation>
    </message>
    <message>
        <source>The CA file %1 of %2 cannot be read as PEM: %3. Check the node's CA file.</source>
        <translation>%2 の CA ファイル %1 を PEM として読み取れません: %3。ノードの CA ファイルを確認してください。</translation>
    </message>
    <message>
        <source>The certificate %1 and key %2 configured for %3 cannot be used together (%4).</source>
        <translation>%3 に設定された証明書 %1 と鍵 %2 は組み合わせて使えません（%4）。</translation>
    </message>
    <message>
        <source>the key does not match</source>
        <translation>鍵が一致しません</translation>
    </message>
    <message>
        <source>DICOM TLS cannot check the host name %1 of %2.</source>
        <translation>%2 のホスト名 %1 を DICOM TLS で確認できません。</translation>
    </message>
</context>
<context>
    <name>pdi::DicomdirBuilder</name>
    <message>
        <source>cannot create the DICOMDIR: %1</source>
        <translation>DICOMDIR を作成できません: %1</translation>
    </message>
    <message>
        <source>%1 cannot be listed in the DICOMDIR: %2</source>
        <translation>%1 を DICOMDIR に登録できません: %2</translation>
    </message>
    <message>
        <source>cannot write the DICOMDIR: %1</source>
        <translation>DICOMDIR を書き込めません: %1</translation>
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
    <message>
        <source>the DICOMDIR is damaged: %1</source>
        <translation>DICOMDIR が壊れています: %1</translation>
    </message>
    <message>
        <source>the DICOMDIR holds %1 elements, more than the %2 that fit the %3 MB it may take in memory; it was not read</source>
        <translation>DICOMDIR には %1 個の要素があり、使ってよいメモリ %3 MB に収まる %2 個を超えるため、読み込みませんでした</translation>
    </message>
    <message>
        <source>the DICOMDIR expands to more than %1 MB; it was not read</source>
        <translation>DICOMDIR は展開すると %1 MB を超えるため、読み込みませんでした</translation>
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
        <source>The DICOMDIR's Media Storage SOP Class is "%1" instead of %2 (Media Storage Directory Storage).</source>
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
        <source>The File-set ID "%1" is not valid: at most 16 characters of A-Z, 0-9, _ and space.</source>
        <translation>File-set ID「%1」が不正です。A-Z、0-9、_ と空白による16文字以内にしてください。</translation>
    </message>
    <message>
        <source>The links between directory records are broken (%1); the hierarchy was inferred from the record order. Some viewers will show the medium as empty or wrong.</source>
        <translation>ディレクトリレコード間のリンクが壊れています（%1）。階層はレコードの順序から推定しました。ビューアによっては媒体が空に見えたり、正しく表示されなかったりします。</translation>
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
        <source>The Referenced File ID "%1" is not valid (%2).</source>
        <translation>Referenced File ID「%1」が不正です（%2）。</translation>
    </message>
    <message>
        <source>The DICOMDIR references %1, which is not on the medium.</source>
        <translation>DICOMDIR が参照している %1 が媒体上にありません。</translation>
    </message>
    <message>
        <source>The Referenced File ID "%1" points outside the medium; it was not followed. This medium may be malicious.</source>
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
        <source>This DICOM file is not referenced by the DICOMDIR, so viewers and importers that follow the DICOMDIR will miss it.</source>
        <translation>この DICOMファイルは DICOMDIR から参照されていないため、DICOMDIR に従って読み込むビューアや取り込みソフトでは見落とされます。</translation>
    </message>
    <message>
        <source>The File-set ID "%1" differs from the volume identifier "%2"; on a CD they must be the same.</source>
        <translation>File-set ID「%1」がボリューム名「%2」と異なります。CD では両者を同じにする必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (the first is this one) have no %1 record above their directory record; a viewer may not show them.</source>
        <translation>
            <numerusform>%n 個のファイル（最初のものがこのファイル）のディレクトリレコードの上に %1 レコードがありません。ビューアに表示されないことがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (the first is this one) are listed under the %1, whose %2 is %3, but the files say %4; a viewer will show them with the wrong patient, study or series.</source>
        <translation>
            <numerusform>%n 個のファイル（最初のものがこのファイル）は %1 の下に登録されていますが、そのレコードの %2 は %3、ファイルでは %4 です。ビューアでは誤った患者・検査・シリーズとして表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message numerus="yes">
        <source>%n directory record(s) (the first: the %1) lack %2, which every record must carry (Type 1); a viewer that follows the links may not find what they list.</source>
        <translation>
            <numerusform>%n 個のディレクトリレコード（最初のもの: %1）に、すべてのレコードに必須（Type 1）の %2 がありません。リンクをたどるビューアでは、そこに記載された内容が見つからないことがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The DICOMDIR lacks the offset of the first record of the root directory entity (Type 1); a viewer may show the medium as empty.</source>
        <translation>DICOMDIR にルートディレクトリの最初のレコードのオフセット（Type 1）がありません。ビューアで媒体が空と表示されることがあります。</translation>
    </message>
    <message>
        <source>The DICOMDIR lacks the offset of the last record of the root directory entity (Type 1); software that adds to this file set or reads it from the end will go wrong.</source>
        <translation>DICOMDIR にルートディレクトリの最後のレコードのオフセット（Type 1）がありません。このファイルセットに追記したり末尾から読んだりするソフトウェアは誤動作します。</translation>
    </message>
    <message>
        <source>The offset of the last record of the root directory entity is %1, but that record is at offset %2; software that adds to this file set or reads it from the end will go wrong.</source>
        <translation>ルートディレクトリの最後のレコードのオフセットが %1 になっていますが、そのレコードはオフセット %2 にあります。このファイルセットに追記したり末尾から読んだりするソフトウェアは誤動作します。</translation>
    </message>
    <message>
        <source>The DICOMDIR is damaged (%1); it was read as far as its structure allows, but a viewer may not show all of it.</source>
        <translation>DICOMDIR が壊れています（%1）。構造上読める範囲で読み取りましたが、ビューアではすべてが表示されないことがあります。</translation>
    </message>
    <message>
        <source>The DICOMDIR's file meta information lacks %1, which PS3.10 requires in every file; some viewers refuse such a DICOMDIR.</source>
        <translation>DICOMDIR のファイルメタ情報に、PS3.10 がすべてのファイルに求める %1 がありません。このような DICOMDIR を開けないビューアがあります。</translation>
    </message>
    <message>
        <source>The %1 has an empty %2, a key that must have a value (Type 1).</source>
        <translation>%1 の %2 が空です。値が必須のキー（Type 1）です。</translation>
    </message>
    <message>
        <source>The %1 has an empty Instance Number, a key that must have a value (Type 1).</source>
        <translation>%1 の Instance Number が空です。値が必須のキー（Type 1）です。</translation>
    </message>
</context>
<context>
    <name>pdi::DirectoryAccounts</name>
    <message>
        <source>reading account %1</source>
        <translation>アカウント %1 の読み込み</translation>
    </message>
    <message>
        <source>Account %1 changed while signing in; try again.</source>
        <translation>サインイン中にアカウント %1 が変更されました。もう一度試してください。</translation>
    </message>
    <message>
        <source>recording the sign-in of %1</source>
        <translation>%1 のサインインの記録</translation>
    </message>
</context>
<context>
    <name>pdi::DirectoryClient</name>
    <message>
        <source>No directory server is set.</source>
        <translation>ディレクトリサーバーが設定されていません。</translation>
    </message>
    <message>
        <source>The service account (its name and its password file) is not set.</source>
        <translation>サービスアカウント（名前とパスワードファイル）が設定されていません。</translation>
    </message>
    <message>
        <source>The search base is not set.</source>
        <translation>検索ベースが設定されていません。</translation>
    </message>
    <message>
        <source>The template that makes the person's directory name is not set.</source>
        <translation>ディレクトリ上の本人の名前を作るテンプレートが設定されていません。</translation>
    </message>
    <message>
        <source>With a user principal name the search base must be set, to find the person's entry.</source>
        <translation>ユーザープリンシパル名を使う場合は、本人のエントリを探すために検索ベースを設定する必要があります。</translation>
    </message>
    <message>
        <source>No directory group is assigned to a role, so nobody could sign in.</source>
        <translation>どの役割にもディレクトリのグループが割り当てられていないため、誰もサインインできません。</translation>
    </message>
    <message>
        <source>The service account's password file</source>
        <translation>サービスアカウントのパスワードファイル</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation>%1 %2 を読み込めません: %3</translation>
    </message>
    <message>
        <source>%1 %2 is empty.</source>
        <translation>%1 %2 は空です。</translation>
    </message>
    <message>
        <source>Sign-in through the hospital directory is not fully set up: %1</source>
        <translation>病院のディレクトリによるサインインの設定が完了していません: %1</translation>
    </message>
    <message>
        <source>The directory refused the service account %1: its name or password is wrong, or it is disabled.</source>
        <translation>ディレクトリがサービスアカウント %1 を拒否しました。名前かパスワードが誤っているか、アカウントが無効です。</translation>
    </message>
    <message>
        <source>The directory accepted the password of %1 but shows no single entry for it; check the search base and filter.</source>
        <translation>ディレクトリは %1 のパスワードを受け付けましたが、対応するエントリが一つに定まりません。検索ベースとフィルターを確認してください。</translation>
    </message>
    <message>
        <source>Connected to %1 and encrypted it with StartTLS.</source>
        <translation>%1 に接続し、StartTLS で暗号化しました。</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS.</source>
        <translation>%1 に TLS で接続しました。</translation>
    </message>
    <message>
        <source>The service account signed in.</source>
        <translation>サービスアカウントでサインインできました。</translation>
    </message>
    <message>
        <source>The directory has no entry %1 (the search base).</source>
        <translation>ディレクトリに %1（検索ベース）のエントリがありません。</translation>
    </message>
    <message>
        <source>The search base %1 exists.</source>
        <translation>検索ベース %1 は存在します。</translation>
    </message>
    <message>
        <source>The hospital directory at %1 cannot be reached (%2). Accounts of the directory cannot sign in until it answers again.</source>
        <translation>病院のディレクトリ %1 に接続できません（%2）。ディレクトリが応答するまで、ディレクトリのアカウントはサインインできません。</translation>
    </message>
    <message>
        <source>The hospital directory at %1 refused %2 (%3).</source>
        <translation>病院のディレクトリ %1 が%2を拒否しました（%3）。</translation>
    </message>
    <message>
        <source>The directory address %1 cannot be used (%2).</source>
        <translation>ディレクトリのアドレス %1 は使えません（%2）。</translation>
    </message>
    <message>
        <source>The secure connection to the hospital directory cannot be prepared; check that the CA certificate file %1 can be read.</source>
        <translation>病院のディレクトリへの安全な接続を準備できません。CA 証明書ファイル %1 が読めるか確認してください。</translation>
    </message>
    <message>
        <source>(the system's CA store)</source>
        <translation>（システムの CA ストア）</translation>
    </message>
    <message>
        <source>The hospital directory at %1 did not set up an encrypted connection (StartTLS: %2). Its certificate may not be signed by the configured certificate authority or may not name the server. Nothing was sent without encryption.</source>
        <translation>病院のディレクトリ %1 との暗号化接続が確立できませんでした（StartTLS: %2）。サーバー証明書が設定した認証局で署名されていないか、サーバー名と一致していない可能性があります。暗号化なしでは何も送信していません。</translation>
    </message>
    <message>
        <source>the sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>a search under %1</source>
        <translation>%1 以下の検索</translation>
    </message>
</context>
<context>
    <name>pdi::DirectoryForm</name>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>PEM files (%1);;All files (*)</source>
        <translation>PEM ファイル (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>People sign in with their hospital password through the hospital directory (Active Directory or OpenLDAP); this station keeps no password for them. Their groups there give their role at every sign-in. The station's own accounts remain for emergencies; their sign-ins are recorded as break-glass while a directory is set.</source>
        <translation>職員は病院のディレクトリ（Active Directory または OpenLDAP）を通じて院内のパスワードでサインインします。この端末はそのパスワードを保持しません。役割はサインインのたびにディレクトリのグループから決まります。端末独自のアカウントは緊急用として残り、ディレクトリ設定中のサインインは緊急アクセス（ブレークグラス）として記録されます。</translation>
    </message>
    <message>
        <source>Directory server:</source>
        <translation>ディレクトリサーバー:</translation>
    </message>
    <message>
        <source>ldaps://dc1.hospital.local; empty: no directory sign-in</source>
        <translation>ldaps://dc1.hospital.local（空欄: ディレクトリでのサインインなし）</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>CA 証明書:</translation>
    </message>
    <message>
        <source>empty: the system's CA store</source>
        <translation>空欄: システムの CA ストア</translation>
    </message>
    <message>
        <source>Finding the person:</source>
        <translation>本人の特定方法:</translation>
    </message>
    <message>
        <source>Sign in with the person's own directory name</source>
        <translation>本人のディレクトリ上の名前でサインイン</translation>
    </message>
    <message>
        <source>Search with a service account, then sign in as the person</source>
        <translation>サービスアカウントで検索してから本人としてサインイン</translation>
    </message>
    <message>
        <source>Person's directory name:</source>
        <translation>ディレクトリ上の本人の名前:</translation>
    </message>
    <message>
        <source>%1@hospital.local or uid=%1,ou=people,dc=hospital,dc=local</source>
        <translation>%1@hospital.local または uid=%1,ou=people,dc=hospital,dc=local</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>サービスアカウント:</translation>
    </message>
    <message>
        <source>cn=pdi-service,ou=services,dc=hospital,dc=local</source>
        <translation>cn=pdi-service,ou=services,dc=hospital,dc=local</translation>
    </message>
    <message>
        <source>Service account's password file:</source>
        <translation>サービスアカウントのパスワードファイル:</translation>
    </message>
    <message>
        <source>readable by this station's user only</source>
        <translation>この端末のユーザーだけが読めるファイル</translation>
    </message>
    <message>
        <source>Search base:</source>
        <translation>検索ベース:</translation>
    </message>
    <message>
        <source>dc=hospital,dc=local</source>
        <translation>dc=hospital,dc=local</translation>
    </message>
    <message>
        <source>Search filter:</source>
        <translation>検索フィルター:</translation>
    </message>
    <message>
        <source>Which directory group gives which role (a member of several gets the one with the most permissions):</source>
        <translation>どのディレクトリグループがどの役割になるか（複数に所属する人は権限が最も多い役割になります）:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>cn=...,ou=groups,dc=hospital,dc=local</source>
        <translation>cn=...,ou=groups,dc=hospital,dc=local</translation>
    </message>
    <message>
        <source>Everyone must also be in:</source>
        <translation>全員が所属すべきグループ:</translation>
    </message>
    <message>
        <source>empty: no such group</source>
        <translation>空欄: 指定なし</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Save and test the connection</source>
        <translation>保存して接続をテスト</translation>
    </message>
    <message>
        <source>Connecting to the directory ...</source>
        <translation>ディレクトリに接続しています...</translation>
    </message>
</context>
<context>
    <name>pdi::DirectoryIdentityRule</name>
    <message>
        <source>record at offset %1</source>
        <translation>オフセット %1 のレコード</translation>
    </message>
    <message>
        <source>%1 record at offset %2</source>
        <translation>オフセット %2 の %1 レコード</translation>
    </message>
    <message numerus="yes">
        <source>The %1 says %2 %3, but %n object(s) listed below it say %4</source>
        <translation>
            <numerusform>%1 では %2 が %3 ですが、その下に登録された %n 個のオブジェクトでは %4 です</numerusform>
        </translation>
    </message>
    <message>
        <source>a viewer that shows the DICOMDIR names another person than the images. The identity shown here is the objects'; confirm it with the sender.</source>
        <translation>DICOMDIR を表示するビューアでは、画像とは別の人の名前が表示されます。ここに表示している患者情報はオブジェクトのものです。送付元に確認してください。</translation>
    </message>
    <message>
        <source>a viewer that follows the DICOMDIR may not find these objects.</source>
        <translation>DICOMDIR をたどるビューアでは、これらのオブジェクトが見つからないことがあります。</translation>
    </message>
    <message>
        <source>The DICOMDIR's Specific Character Set "%1" is not valid; its records were read as %2 by best effort, and a viewer may show their names garbled.</source>
        <translation>DICOMDIR の Specific Character Set「%1」は正しくありません。レコードは %2 として可能な範囲で読みました。ビューアでは氏名が文字化けすることがあります。</translation>
    </message>
    <message>
        <source>the default character set</source>
        <translation>既定の文字集合</translation>
    </message>
    <message numerus="yes">
        <source>%n directory record(s) hold text in a character set the DICOMDIR does not declare (its Specific Character Set is "%1"); a viewer may show their names garbled. The names shown here are read from the objects.</source>
        <translation>
            <numerusform>%n 個のディレクトリレコードに、DICOMDIR が宣言していない文字集合の文字があります（Specific Character Set は「%1」）。ビューアでは氏名が文字化けすることがあります。ここに表示している氏名はオブジェクトから読んだものです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::DiscBurner</name>
    <message>
        <source>%1 already exists; the stdio: drive writes a new image only. Remove it or choose another path.</source>
        <translation>%1 は既にあります。stdio: ドライブは新しいイメージにのみ書き込みます。削除するか、別の場所を指定してください。</translation>
    </message>
    <message>
        <source>no usable drive at %1: check that the drive is connected, not busy and that you may use it</source>
        <translation>%1 に使用できるドライブがありません。ドライブが接続され、使用中でなく、使用権限があることを確認してください</translation>
    </message>
    <message>
        <source>there is no disc in the drive at %1; insert a blank disc</source>
        <translation>%1 のドライブにディスクがありません。空のディスクを入れてください</translation>
    </message>
    <message>
        <source>the disc in %1 is not blank; insert a blank CD-R, DVD-R or BD-R</source>
        <translation>%1 のディスクは空ではありません。空の CD-R、DVD-R、BD-R を入れてください</translation>
    </message>
    <message>
        <source>the disc image cannot be handed to the drive</source>
        <translation>ディスクイメージをドライブに渡せません</translation>
    </message>
    <message>
        <source>the drive cannot write this disc: %1</source>
        <translation>このディスクにはドライブで書き込めません: %1</translation>
    </message>
    <message>
        <source>the disc holds %1 MB but the medium needs %2 MB; use a larger disc</source>
        <translation>ディスクの容量は %1 MB ですが、媒体には %2 MB 必要です。容量の大きいディスクを使ってください</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>burning was cancelled; the disc is unusable and must not be handed over</source>
        <translation>書き込みをキャンセルしました。このディスクは使えないため、渡さないでください</translation>
    </message>
    <message>
        <source>the drive reported an error while burning; the disc must not be handed over</source>
        <translation>書き込み中にドライブがエラーを報告しました。このディスクは渡さないでください</translation>
    </message>
</context>
<context>
    <name>pdi::DiskSpace</name>
    <message>
        <source>The disk holding %1 (mounted at %2) is full: %3 MB left of %4 MB. Free space there or choose another place; what was written of this file was removed.</source>
        <translation>%1 のあるディスク（%2 にマウント）がいっぱいです（%4 MB 中 残り %3 MB）。空きを作るか別の場所を選んでください。このファイルの書きかけは削除しました。</translation>
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
    <name>pdi::ExportPlanner</name>
    <message>
        <source>(no ID)</source>
        <translation>（ID なし）</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 born %3 (%n object(s))</source>
        <translation>
            <numerusform>%1 %2 生年月日 %3（%n オブジェクト）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) are damaged: %1. A medium with a damaged image may mislead the receiver; remove these files from the sources or get intact copies.</source>
        <translation>
            <numerusform>書き込み元のファイル %n 個が破損しています: %1。破損した画像を含む媒体は受け取った側を誤らせるおそれがあります。これらのファイルを書き込み元から除くか、破損のないデータを入手してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources hold no DICOM objects; nothing to write.</source>
        <translation>書き込み元に DICOM オブジェクトがありません。書き込むものがありません。</translation>
    </message>
    <message>
        <source>No patient with ID %1 among the sources. Patients found: %2.</source>
        <translation>書き込み元に患者 ID %1 の患者はいません。見つかった患者: %2。</translation>
    </message>
    <message>
        <source>Patient ID %1 is used with different issuers in the sources; these are different patients. Write each from its own source. Patients found: %2.</source>
        <translation>書き込み元で患者 ID %1 が異なる発行者で使われています。別の患者です。それぞれ別の書き込み元から書き込んでください。見つかった患者: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) have no Patient ID. Objects without a Patient ID cannot be matched to a patient by the receiver and are not written.</source>
        <translation>
            <numerusform>患者 ID のないオブジェクトが %n 個あります。患者 ID がないと受け取った側で患者と照合できないため、書き込みません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another patient's objects are not written: %1.</source>
        <translation>別の患者のオブジェクトは書き込みません: %1。</translation>
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
        <source>The objects of patient %1 disagree on %2. This may be two patients; correct the source data in the archive before writing a medium.</source>
        <translation>患者 %1 のオブジェクトで %2 が一致しません。2 名の患者の可能性があります。媒体を書き込む前にアーカイブ上の元データを修正してください。</translation>
    </message>
    <message>
        <source>Series %1 (given on the command line) matches no series of patient %2.</source>
        <translation>コマンドラインで指定したシリーズ %1 は患者 %2 のどのシリーズにも一致しません。</translation>
    </message>
    <message>
        <source>Series %1 is both marked and unmarked as AI-derived; choose one.</source>
        <translation>シリーズ %1 が AI 生成として指定と解除の両方をされています。どちらかにしてください。</translation>
    </message>
    <message>
        <source>Nothing is left to write for patient %1: %2</source>
        <translation>患者 %1 について書き込むものが残っていません: %2</translation>
    </message>
    <message>
        <source>The sources hold %1 patients; a referral medium holds one. Choose one patient. Patients found: %2.</source>
        <translation>ソースには %1 人の患者が含まれています。紹介用の媒体には 1 人だけを書き込みます。患者を 1 人選んでください。見つかった患者: %2。</translation>
    </message>
    <message>
        <source>The study %1 chosen is not a study of patient %2.</source>
        <translation>選ばれた検査 %1 は患者 %2 の検査ではありません。</translation>
    </message>
    <message>
        <source>The content needs %1 MB but the %2 holds %3 MB: %4 MB too much. The largest series is %5 series %6 "%7" (%8 MB, UID %9). Choose a larger medium or leave series out.</source>
        <translation>内容には %1 MB 必要ですが、%2 の容量は %3 MB で、%4 MB 超えています。最大のシリーズは %5 シリーズ %6「%7」（%8 MB、UID %9）です。容量の大きい媒体を選ぶか、シリーズを除いてください。</translation>
    </message>
</context>
<context>
    <name>pdi::ExportSource</name>
    <message>
        <source>%1 does not exist; check the source path</source>
        <translation>%1 がありません。書き込み元の場所を確認してください</translation>
    </message>
    <message>
        <source>damaged DICOM file (%1)</source>
        <translation>破損した DICOM ファイル（%1）</translation>
    </message>
    <message>
        <source>not a DICOM object (%1); not written</source>
        <translation>DICOM オブジェクトではありません（%1）。書き込みません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation>書き込み元を読み込み中</translation>
    </message>
    <message>
        <source>not a DICOM object; documents go on the medium as other content</source>
        <translation>DICOM オブジェクトではありません。文書は「その他の内容」として媒体に入れてください</translation>
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
        <source>Non-DICOM content (%1). The label and README.TXT must say the medium holds non-DICOM content; it is not imported into a PACS.</source>
        <translation>DICOM以外のデータです（%1）。ラベルと README.TXT に、DICOM以外のデータを含む旨の記載が必要です。このデータは PACS に取り込まれません。</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). If this is a disc, clean it and try again, or ask the sender for a new medium.</source>
        <translation>ファイルを読み込めません（%1）。ディスクの場合は、盤面を清掃して再度お試しいただくか、送付元に媒体の再送を依頼してください。</translation>
    </message>
    <message>
        <source>The Specific Character Set "%1" is not valid; its text was read as %2 by best effort. Check the names against another source before you rely on them.</source>
        <translation>Specific Character Set「%1」は正しくありません。文字は %2 として可能な範囲で読みました。氏名を使う前に、別の情報源と照らし合わせてください。</translation>
    </message>
    <message>
        <source>the default character set</source>
        <translation>既定の文字集合</translation>
    </message>
    <message>
        <source>The patient's ID or name holds characters outside the character set the file declares ("%1"); they were read by best effort. Check the name against another source before you rely on it.</source>
        <translation>患者 ID または氏名に、ファイルが宣言している文字集合（「%1」）にない文字があります。可能な範囲で読みました。氏名を使う前に、別の情報源と照らし合わせてください。</translation>
    </message>
    <message>
        <source>The file meta information lacks %1, which PS3.10 requires in every file; some viewers and archives refuse such a file.</source>
        <translation>ファイルメタ情報に、PS3.10 がすべてのファイルに求める %1 がありません。このようなファイルを受け付けないビューアやアーカイブがあります。</translation>
    </message>
</context>
<context>
    <name>pdi::FindingList</name>
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
    <message numerus="yes">
        <source>... and %n more like this.</source>
        <translation>
            <numerusform>...ほか同様の指摘 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n か所</numerusform>
        </translation>
    </message>
    <message>
        <source>the medium</source>
        <translation>媒体全体</translation>
    </message>
</context>
<context>
    <name>pdi::FirstRun</name>
    <message>
        <source>Give the name of the institution: it is written on every medium this station issues.</source>
        <translation>施設名を入力してください。この端末が発行するすべての媒体に記載されます。</translation>
    </message>
    <message>
        <source>The administrator %1 was created, but signing in failed: %2</source>
        <translation>管理者 %1 を作成しましたが、ログインに失敗しました: %2</translation>
    </message>
    <message>
        <source>The administrator %1 was created, but a setting could not be saved: %2 Sign in and finish in Settings.</source>
        <translation>管理者 %1 を作成しましたが、設定を保存できませんでした: %2 ログインして設定画面で完了してください。</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>施設名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>端末名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>pdi::FirstRunWizard</name>
    <message>
        <source>Set up PDI Station</source>
        <translation>PDI Station の初期設定</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>設定する(&amp;S)</translation>
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
        <source>the folder cannot be read</source>
        <translation>フォルダを読み込めません</translation>
    </message>
    <message>
        <source>A named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>A socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>A device node</source>
        <translation>デバイスファイル</translation>
    </message>
</context>
<context>
    <name>pdi::FolderWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>%1 をコピーできません</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 を %2 にコピーできません: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 is not empty (it holds %2). A referral medium must hold only its own files: use an empty USB stick or folder, or remove the old content first.</source>
        <translation>%1 は空ではありません（%2 があります）。紹介用媒体には自身のファイルだけを入れてください。空の USB メモリやフォルダを使うか、先に古い内容を削除してください。</translation>
    </message>
    <message>
        <source>writing was cancelled; the partial medium was removed</source>
        <translation>書き込みをキャンセルしました。途中まで書き込んだ媒体の内容は削除しました</translation>
    </message>
    <message>
        <source>the device did not confirm writing (sync failed); check the USB stick</source>
        <translation>装置が書き込みを確認できませんでした（同期に失敗）。USB メモリを確認してください</translation>
    </message>
    <message>
        <source>Copying files</source>
        <translation>ファイルをコピー中</translation>
    </message>
    <message>
        <source>the verified DICOMDIR cannot be renamed in %1: %2</source>
        <translation>%1 で検証済みの DICOMDIR の名前を変更できません: %2</translation>
    </message>
</context>
<context>
    <name>pdi::IdentityContradiction</name>
    <message>
        <source>birth date %1 here, %2 on the medium</source>
        <translation>生年月日が当院では %1、媒体では %2</translation>
    </message>
    <message>
        <source>sex %1 here, %2 on the medium</source>
        <translation>性別が当院では %1、媒体では %2</translation>
    </message>
    <message>
        <source>names share no form: %1 here, %2 on the medium</source>
        <translation>氏名に共通する部分がない: 当院では %1、媒体では %2</translation>
    </message>
</context>
<context>
    <name>pdi::IdentityGuard</name>
    <message>
        <source>The local patient %1 contradicts the patient on the medium (%2). Nothing was sent. Choose the right local patient, or, if they are the same person all the same, confirm the difference with a reason.</source>
        <translation>院内患者 %1 は媒体の患者と矛盾します（%2）。何も送信していません。正しい院内患者を選ぶか、それでも同一人物であれば理由を添えて相違を確認してください。</translation>
    </message>
    <message>
        <source>The local patient %1 contradicts the patient on the medium (%2). This station requires a second person (technologist or administrator) to approve such an import; nothing was sent.</source>
        <translation>院内患者 %1 は媒体の患者と矛盾します（%2）。このステーションではこのような取り込みに第二の担当者（技師または管理者）の承認が必要です。何も送信していません。</translation>
    </message>
    <message>
        <source>%1 cannot approve this import: the approval must come from another person who may import. Nothing was sent.</source>
        <translation>%1 はこの取り込みを承認できません。承認は取り込み権限を持つ別の担当者が行う必要があります。何も送信していません。</translation>
    </message>
    <message>
        <source>The approval must come from a second person, not from %1, who asks for it.</source>
        <translation>承認は依頼した %1 ではなく、別の担当者が行う必要があります。</translation>
    </message>
    <message>
        <source>%1 (%2) may not import, so cannot approve an import; ask a technologist or an administrator.</source>
        <translation>%1（%2）には取り込み権限がないため、取り込みを承認できません。技師または管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>pdi::ImportConfirmation</name>
    <message>
        <source>%1 in %2 of %3</source>
        <comment>objects in series of studies</comment>
        <translation>%1（%3、%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n オブジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n シリーズ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n 検査</numerusform>
        </translation>
    </message>
    <message>
        <source>the local archive of this station</source>
        <translation>この端末の端末内アーカイブ</translation>
    </message>
    <message>
        <source>%1 (%2 at %3:%4)</source>
        <translation>%1（%2、%3:%4）</translation>
    </message>
    <message>
        <source>typed by you (no source knows the local ID)</source>
        <translation>あなたが入力した値（院内IDを知る照合元がありません）</translation>
    </message>
    <message>
        <source>the medium (outside IDs kept)</source>
        <translation>媒体（院外IDのまま）</translation>
    </message>
    <message>
        <source>the local archive</source>
        <translation>端末内アーカイブ</translation>
    </message>
    <message>
        <source>The patient's identity in each object becomes the local one shown above.</source>
        <translation>各オブジェクトの患者情報を上の院内の患者情報に置き換えます。</translation>
    </message>
    <message>
        <source>The old values stay in each object (Original Attributes Sequence, reason COERCE, from %1).</source>
        <translation>元の値は各オブジェクトに残ります（Original Attributes Sequence、理由 COERCE、提供元 %1）。</translation>
    </message>
    <message>
        <source>the outside institution</source>
        <translation>院外の施設</translation>
    </message>
    <message>
        <source>The outside ID %1 is added to Other Patient IDs.</source>
        <translation>院外ID %1 を Other Patient IDs に追加します。</translation>
    </message>
    <message>
        <source>This station is recorded as the portable media importer (Contributing Equipment).</source>
        <translation>この端末を可搬媒体の取り込み装置として記録します（Contributing Equipment）。</translation>
    </message>
    <message>
        <source>The identity stays as it is on the medium.</source>
        <translation>患者情報は媒体のままです。</translation>
    </message>
    <message>
        <source>Text is written in %1, the character set of the destination.</source>
        <translation>文字は送信先の文字セット %1 で書き込みます。</translation>
    </message>
    <message>
        <source>Study, series and instance UIDs and the images themselves are not changed. The medium is never changed.</source>
        <translation>検査・シリーズ・インスタンスの UID と画像そのものは変更しません。媒体も変更しません。</translation>
    </message>
    <message>
        <source>The medium carries programs or an autorun file. Nothing on it is run and they are not imported; the import is recorded as a security alert.</source>
        <translation>この媒体にはプログラムまたは自動実行ファイルがあります。媒体上のものは何も実行せず、取り込みもしません。取り込みはセキュリティ警告として記録されます。</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>On the medium</source>
        <translation>媒体上</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>取り込み後</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Local values from: %1.</source>
        <translation>院内の値の出所: %1。</translation>
    </message>
    <message>
        <source>Matches: %1.</source>
        <translation>一致: %1。</translation>
    </message>
    <message>
        <source>Differs: %1. Make sure this is the same person.</source>
        <translation>相違: %1。同一人物であることを確認してください。</translation>
    </message>
    <message>
        <source>Inside the objects</source>
        <translation>オブジェクト内の変更</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>送信するもの</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the medium are left out; the list in the workspace says why.</source>
        <translation>
            <numerusform>媒体の %n ファイルを除外します。理由は作業画面の一覧にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>The import is complete when the PACS confirms that it keeps the objects (storage commitment).</source>
        <translation>PACS がオブジェクトの保管を確認した時点で取り込み完了となります（ストレージコミットメント）。</translation>
    </message>
    <message>
        <source>The import is recorded under your name: you are responsible for the imported images.</source>
        <translation>取り込みはあなたの名前で記録されます。取り込んだ画像の責任者はあなたです。</translation>
    </message>
    <message>
        <source>Import these objects?</source>
        <translation>これらのオブジェクトを取り込みますか?</translation>
    </message>
    <message>
        <source>Check that the outside patient is filed under the right local patient, and what is sent where.</source>
        <translation>院外の患者が正しい院内の患者として登録されるか、何をどこへ送信するかを確認してください。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>This local patient contradicts the patient on the medium. Send only if you are sure they are the same person, and say why below.</source>
        <translation>この院内患者は媒体の患者と矛盾します。同一人物であると確信できる場合にのみ送信し、その理由を下に記入してください。</translation>
    </message>
    <message>
        <source>Identity confirmed in person with the patient</source>
        <translation>患者本人に対面で本人確認した</translation>
    </message>
    <message>
        <source>Identity confirmed with the referring hospital</source>
        <translation>紹介元医療機関に本人確認した</translation>
    </message>
    <message>
        <source>Name changed (marriage, adoption or other)</source>
        <translation>氏名が変わった（婚姻・養子縁組など）</translation>
    </message>
    <message>
        <source>The referring hospital recorded the birth date wrongly</source>
        <translation>紹介元で生年月日が誤って登録されていた</translation>
    </message>
    <message>
        <source>The referring hospital recorded the sex wrongly</source>
        <translation>紹介元で性別が誤って登録されていた</translation>
    </message>
    <message>
        <source>Choose or type why they are the same person</source>
        <translation>同一人物と判断した理由を選ぶか入力してください</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>This station asks a second person (technologist or administrator) to approve: they sign in here.</source>
        <translation>このステーションでは第二の担当者（技師または管理者）の承認が必要です。その方がここでサインインしてください。</translation>
    </message>
    <message>
        <source>Approved by (login name):</source>
        <translation>承認者（ログイン名）:</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>承認者のパスワード:</translation>
    </message>
    <message>
        <source>Send all the same</source>
        <translation>それでも送信</translation>
    </message>
</context>
<context>
    <name>pdi::ImportContentTree</name>
    <message>
        <source>Study / series</source>
        <translation>検査 / シリーズ</translation>
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
        <source>(no description)</source>
        <translation>(説明なし)</translation>
    </message>
    <message>
        <source>AI-derived</source>
        <translation>AI生成</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>非可逆圧縮</translation>
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation>シリーズ %1  %2</translation>
    </message>
    <message>
        <source>Chosen: %1 of %2 series, %3 of %4 objects.</source>
        <translation>選択: %2 シリーズ中 %1、%4 オブジェクト中 %3。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>series, notes</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>study date, description</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>pdi::ImportJob</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n object(s) would be sent to %1; nothing was sent.</source>
        <translation>
            <numerusform>試行: %1 へ %n オブジェクトを送信する予定です。何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>取り込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>sending to %1</source>
        <translation>%1 へ送信中</translation>
    </message>
    <message numerus="yes">
        <source>Complete: %n object(s) sent to %1 and committed.</source>
        <translation>
            <numerusform>完了: %n オブジェクトを %1 へ送信し、保存が確認されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %n object(s) sent to %1.</source>
        <translation>
            <numerusform>完了: %n オブジェクトを %1 へ送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) failed; the reasons are in the job record.</source>
        <translation>
            <numerusform>%n オブジェクトが失敗しました。理由はジョブの記録にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: %1 of %2 object(s) done (%3 sent, %4 committed, %5 failed, %6 still to send). %7 Run the same command again to continue; what was sent is not sent again.</source>
        <translation>未完了: %2 オブジェクト中 %1 が済みました（送信済み %3、保存確認済み %4、失敗 %5、未送信 %6）。%7 同じ操作をもう一度行うと続きから再開します。送信済みのものは再送しません。</translation>
    </message>
    <message>
        <source>%1 became shorter or unreadable on the medium while it was being sent; it was not stored. Check the medium and run the same import again.</source>
        <translation>%1 は送信中に媒体上で短くなったか読めなくなったため、保存されていません。媒体を確認し、同じ取り込みをもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>pdi::ImportJobLock</name>
    <message>
        <source>This import (outside patient %1 to %2) is running already in %3 (process %4 on %5). Wait for it to end; starting it again afterwards continues what is left.</source>
        <translation>この取り込み（院外患者 %1 → %2）は %3 で実行中です（%5 のプロセス %4）。終わるまで待ってください。終わった後にもう一度始めると、残りを続けます。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>This import (outside patient %1 to %2) is running at station %3, started by %4. Wait for it to end there; starting it again afterwards, here or there, continues what is left.</source>
        <translation>この取り込み（外部患者 %1 から %2 へ）は端末 %3 で %4 が実行中です。そちらで終わるのを待ってください。終わった後に、ここでもあちらでも、もう一度始めれば残りを続けます。</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>他の端末</translation>
    </message>
    <message>
        <source>somebody</source>
        <translation>誰か</translation>
    </message>
</context>
<context>
    <name>pdi::ImportJobRecovery</name>
    <message numerus="yes">
        <source>interrupted: the program ended while this import was running (stopped, crashed or power lost); %n object(s) had been sent. Run the same import again to continue.</source>
        <translation>
            <numerusform>中断: この取り込みの実行中にプログラムが終了しました（停止、異常終了または停電）。%n 件のオブジェクトを送信済みでした。同じ取り込みをもう一度実行すると続きから行います。</numerusform>
        </translation>
    </message>
    <message>
        <source>patient %1 (outside ID %2) to %3</source>
        <translation>患者 %1（外部 ID %2）を %3 へ</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) sent</source>
        <translation>
            <numerusform>%n 件のオブジェクトを送信済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::ImportJobStore</name>
    <message>
        <source>reading the import job</source>
        <translation>取り込みジョブの読み込み</translation>
    </message>
    <message>
        <source>updating the import job</source>
        <translation>取り込みジョブの更新</translation>
    </message>
    <message>
        <source>recording the import job</source>
        <translation>取り込みジョブの記録</translation>
    </message>
    <message>
        <source>The import job just recorded cannot be read back.</source>
        <translation>記録したばかりの取り込みジョブを読み戻せません。</translation>
    </message>
    <message>
        <source>recording the instances of the import job</source>
        <translation>取り込みジョブのインスタンスの記録</translation>
    </message>
    <message>
        <source>reading the import jobs</source>
        <translation>取り込みジョブの読み込み</translation>
    </message>
    <message>
        <source>recording the state of imported instances</source>
        <translation>取り込んだインスタンスの状態の記録</translation>
    </message>
</context>
<context>
    <name>pdi::ImportMedium</name>
    <message>
        <source>%1 cannot be opened on the medium.</source>
        <translation>媒体上の %1 を開けません。</translation>
    </message>
    <message>
        <source>%1 cannot be read as DICOM: %2</source>
        <translation>%1 を DICOM として読めません: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 は壊れています: %2</translation>
    </message>
</context>
<context>
    <name>pdi::ImportPlanner</name>
    <message>
        <source>Nothing of patient %1 can be imported with this choice; see the files left out.</source>
        <translation>この選択では患者 %1 のオブジェクトを何も取り込めません。除外したファイルを確認してください。</translation>
    </message>
    <message>
        <source>The medium holds no readable DICOM objects; nothing can be imported.</source>
        <translation>媒体に読み込める DICOM オブジェクトがないため、取り込めるものはありません。</translation>
    </message>
    <message>
        <source>No patient on the medium matches the choice. The medium holds: %1.</source>
        <translation>選択に該当する患者は媒体にいません。媒体の患者: %1。</translation>
    </message>
    <message>
        <source>Study %1 is not on the medium for patient %2.</source>
        <translation>患者 %2 の検査 %1 は媒体にありません。</translation>
    </message>
    <message>
        <source>Series %1 is not on the medium for patient %2.</source>
        <translation>患者 %2 のシリーズ %1 は媒体にありません。</translation>
    </message>
    <message>
        <source>looking up the local patient</source>
        <translation>院内の患者を照会中</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>氏名 %1</translation>
    </message>
    <message>
        <source>birth date %1</source>
        <translation>生年月日 %1</translation>
    </message>
    <message>
        <source>sex %1</source>
        <translation>性別 %1</translation>
    </message>
    <message>
        <source>"%1" cannot be written in the character set of %2 (%3): the characters %4 have no code there. Send to a node with ISO_IR 192, or correct the local record.</source>
        <translation>「%1」を %2 の文字セット（%3）で書き込めません。文字 %4 に対応するコードがありません。ISO_IR 192 のノードへ送信するか、院内の記録を修正してください。</translation>
    </message>
    <message>
        <source>No local patient is named: name the local patient the objects are filed under, or decide to keep the outside identity.</source>
        <translation>院内の患者が指定されていません。画像を登録する院内の患者を指定するか、院外の患者情報のまま取り込むことを選んでください。</translation>
    </message>
    <message>
        <source>A local patient is named and the outside identity is to be kept as well: decide on one of the two.</source>
        <translation>院内の患者が指定され、院外の患者情報のまま取り込むことも選ばれています。どちらか一方にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The medium holds %n patient(s): %1. Each patient is imported by its own import: choose one by its outside patient ID, or by its studies or series.</source>
        <translation>
            <numerusform>この媒体には %n 人の患者が含まれています: %1。患者ごとに別々に取り込みます。院外の患者 ID、または検査やシリーズで 1 人を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A local name, birth date or sex is given although the outside identity is to be kept: decide on one of the two.</source>
        <translation>院外の患者情報のまま取り込むことが選ばれていますが、院内の氏名・生年月日・性別も指定されています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>The local birth date "%1" is not a date.</source>
        <translation>院内の生年月日「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>The local sex "%1" is none of male, female or other.</source>
        <translation>院内の性別「%1」は男性・女性・その他のいずれでもありません。</translation>
    </message>
    <message>
        <source>The local patient %1 could not be looked up everywhere: %2 Try again when the sources answer, or give the local name, birth date and sex.</source>
        <translation>院内の患者 %1 をすべての照会先で調べられませんでした: %2 照会先が応答するようになってからやり直すか、院内の氏名・生年月日・性別を指定してください。</translation>
    </message>
    <message>
        <source>No source knows the local patient ID %1 (asked: %2). Check the ID, or, if the patient is new here, give the local name, birth date and sex.</source>
        <translation>院内の患者 ID %1 を知っている照会先はありません（照会先: %2）。ID を確認してください。当院で新しい患者であれば、院内の氏名・生年月日・性別を指定してください。</translation>
    </message>
    <message>
        <source>%1 knows patient %2 with %3, which differs from what was given. The local record wins: leave out the name, birth date and sex given, or correct the local record first.</source>
        <translation>%1 には患者 %2 が %3 で登録されており、指定された内容と異なります。院内の記録が優先されます。指定した氏名・生年月日・性別を外すか、先に院内の記録を訂正してください。</translation>
    </message>
</context>
<context>
    <name>pdi::ImportResultView</name>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>除外したものと理由:</translation>
    </message>
    <message>
        <source>Study / series</source>
        <translation>検査 / シリーズ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト数</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込んでいません</translation>
    </message>
    <message>
        <source>%1
Nothing was sent.</source>
        <translation>%1
何も送信していません。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込みました</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>with the outside IDs kept (%1)</source>
        <translation>院外IDのまま（%1）</translation>
    </message>
    <message>
        <source>under %1 %2</source>
        <translation>院内の患者 %1 %2 として</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 of %n object(s), to %2, %3.</source>
        <translation>
            <numerusform>送信: %n オブジェクト中 %1、送信先 %2、%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 of %n object(s), to %2, %3. Still to send: %4; failed: %5.</source>
        <translation>
            <numerusform>送信: %n オブジェクト中 %1、送信先 %2、%3。未送信: %4、失敗: %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume continues this import; what was sent is not sent again.</source>
        <translation>「再開」でこの取り込みを続けます。送信済みのものは再送しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) had been sent by an earlier run.</source>
        <translation>
            <numerusform>%n オブジェクトは前回までに送信済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) confirmed by the PACS (storage commitment).</source>
        <translation>
            <numerusform>%n オブジェクトの保管を PACS が確認しました（ストレージコミットメント）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失敗: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more failure(s) in the job record.</source>
        <translation>
            <numerusform>... ほか %n 件の失敗はジョブの記録にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1, run %2; recorded under your name.</source>
        <translation>ジョブ %1、%2 回目。あなたの名前で記録しました。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Series %1  %2</source>
        <translation>シリーズ %1  %2</translation>
    </message>
    <message>
        <source>Imported, study by study:</source>
        <translation>取り込んだもの（検査ごと）:</translation>
    </message>
    <message>
        <source>Planned, study by study:</source>
        <translation>予定したもの（検査ごと）:</translation>
    </message>
    <message>
        <source>Nothing on the medium was left out.</source>
        <translation>媒体から除外したものはありません。</translation>
    </message>
</context>
<context>
    <name>pdi::ImportSelector</name>
    <message>
        <source>belongs to another patient on the medium (%1)</source>
        <translation>媒体上の別の患者のものです（%1）</translation>
    </message>
    <message>
        <source>no Patient ID</source>
        <translation>患者 ID なし</translation>
    </message>
    <message>
        <source>study not chosen for import</source>
        <translation>取り込む検査として選ばれていません</translation>
    </message>
    <message>
        <source>series not chosen for import</source>
        <translation>取り込むシリーズとして選ばれていません</translation>
    </message>
    <message>
        <source>damaged DICOM file: %1</source>
        <translation>破損した DICOM ファイル: %1</translation>
    </message>
    <message>
        <source>no SOP Class or SOP Instance UID</source>
        <translation>SOP Class UID または SOP Instance UID がありません</translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1</source>
        <translation>%1 と同じ SOP Instance UID です</translation>
    </message>
    <message>
        <source>known only from the DICOMDIR, not read</source>
        <translation>DICOMDIR にだけ記載があり、読み込めていません</translation>
    </message>
    <message>
        <source>an autorun file, never followed and never imported</source>
        <translation>自動実行ファイルです。内容に従うことも取り込むこともありません</translation>
    </message>
    <message>
        <source>not DICOM: %1; a program, never run and never imported</source>
        <translation>DICOM ではありません（%1）。プログラムなので、実行も取り込みもしません</translation>
    </message>
    <message>
        <source>not DICOM: %1; only DICOM goes to the PACS</source>
        <translation>DICOM ではありません（%1）。PACS に送るのは DICOM だけです</translation>
    </message>
    <message>
        <source>unknown content</source>
        <translation>内容不明</translation>
    </message>
    <message>
        <source>cannot be read from the medium: %1</source>
        <translation>媒体から読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the objects can be imported: %n file(s) cannot be used as they are: %1. Importing again will not change that; ask the sender for a new copy of these images.</source>
        <translation>
            <numerusform>取り込めるオブジェクトがありません。%n 個のファイルはこのままでは使えません: %1。取り込みをやり直しても変わりません。送付元に画像を送り直してもらってください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::ImportWorkspace</name>
    <message>
        <source>%1   ID %2   born %3</source>
        <translation>%1   ID %2   生年月日 %3</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message>
        <source>Open folder or drive...</source>
        <translation>フォルダまたはドライブを開く...</translation>
    </message>
    <message>
        <source>Open disc image or ZIP...</source>
        <translation>ディスクイメージまたはZIPを開く...</translation>
    </message>
    <message>
        <source>Open drive</source>
        <translation>ドライブを開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open for import</source>
        <translation>取り込みのために開く</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>A medium was inserted: %1. Open it for import?</source>
        <translation>媒体が挿入されました: %1。取り込みのために開きますか?</translation>
    </message>
    <message>
        <source>1  Outside medium</source>
        <translation>1  院外媒体</translation>
    </message>
    <message>
        <source>2  Local patient</source>
        <translation>2  院内の患者</translation>
    </message>
    <message>
        <source>3  What to import</source>
        <translation>3  取り込むもの</translation>
    </message>
    <message>
        <source>This medium carries programs or an autorun file. Nothing on it is run; they are not imported, and the import is recorded as a security alert.</source>
        <translation>この媒体にはプログラムまたは自動実行ファイルがあります。媒体上のものは何も実行しません。それらは取り込まず、取り込みはセキュリティ警告として記録されます。</translation>
    </message>
    <message>
        <source>Patients on the medium (one import each):</source>
        <translation>媒体上の患者（1 名ずつ取り込み）:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Not imported, and why:</source>
        <translation>取り込まないものと理由:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>送信先(&amp;S):</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>取り込み...</translation>
    </message>
    <message>
        <source>Open the medium's folder</source>
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
        <source>%1 (disc)</source>
        <translation>%1（ディスク）</translation>
    </message>
    <message>
        <source>%1 (USB)</source>
        <translation>%1（USB）</translation>
    </message>
    <message>
        <source>(no medium inserted)</source>
        <translation>（媒体が挿入されていません）</translation>
    </message>
    <message>
        <source>reading the medium</source>
        <translation>媒体を読み込み中</translation>
    </message>
    <message>
        <source>looking for local candidates</source>
        <translation>院内の候補を検索中</translation>
    </message>
    <message>
        <source>The search was cancelled; the list may be incomplete.</source>
        <translation>検索はキャンセルされました。一覧は不完全な可能性があります。</translation>
    </message>
    <message>
        <source>importing now</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>import separately</source>
        <translation>別に取り込む</translation>
    </message>
    <message>
        <source>%1
   %2</source>
        <translation>%1
   %2</translation>
    </message>
    <message>
        <source>outside IDs kept</source>
        <translation>院外IDのまま</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Unfinished import of this medium (job %1, %2 by %3): %4 to %5, %6 of %7 object(s) sent. %8</source>
        <translation>この媒体の未完了の取り込み（ジョブ %1、%2、%3）: %4 → %5、%7 オブジェクト中 %6 を送信済み。%8</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>local archive (this station)</source>
        <translation>端末内アーカイブ（この端末）</translation>
    </message>
    <message>
        <source>%1 (%2 at %3:%4)</source>
        <translation>%1（%2、%3:%4）</translation>
    </message>
    <message>
        <source>Sending ...</source>
        <translation>送信しています...</translation>
    </message>
    <message>
        <source>Reading the medium ...</source>
        <translation>媒体を読み込んでいます...</translation>
    </message>
    <message>
        <source>Open the outside medium: insert it, drop it here, or use the buttons above.</source>
        <translation>院外媒体を開いてください。挿入するか、ここにドロップするか、上のボタンを使ってください。</translation>
    </message>
    <message>
        <source>The medium holds no DICOM objects to import.</source>
        <translation>媒体に取り込める DICOM オブジェクトがありません。</translation>
    </message>
    <message>
        <source>Looking for the local patient ...</source>
        <translation>院内の患者を検索しています...</translation>
    </message>
    <message>
        <source>%1 (2)</source>
        <comment>what is missing, the step's number</comment>
        <translation>%1（2）</translation>
    </message>
    <message>
        <source>Nothing to import with these ticks. Tick the studies and series to import (3).</source>
        <translation>このチェックでは取り込むものがありません。取り込む検査とシリーズにチェックしてください（3）。</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n object(s) to %1. Import... shows everything once more before sending.</source>
        <translation>
            <numerusform>準備完了: %n オブジェクトを「%1」へ送信できます。「取り込み...」で送信前に内容をもう一度確認します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the outside disc or USB stick, or open a folder, disc image or ZIP file.</source>
        <translation>院外のディスクまたはUSBメモリを挿入するか、フォルダ、ディスクイメージ、ZIPファイルを開いてください。</translation>
    </message>
    <message>
        <source>Reading %1 ...</source>
        <translation>%1 を読み込んでいます...</translation>
    </message>
    <message>
        <source>Reading the medium was cancelled; nothing was imported.</source>
        <translation>媒体の読み込みはキャンセルされました。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 Conformant PDI medium.</source>
        <comment>medium, verdict</comment>
        <translation>%1 PDIに適合した媒体です。</translation>
    </message>
    <message>
        <source>%1 Not a conformant PDI medium: %2 errors, %3 warnings.</source>
        <comment>medium, verdict</comment>
        <translation>%1 PDIに適合していない媒体です（エラー %2 件、警告 %3 件）。</translation>
    </message>
    <message>
        <source>checking the import</source>
        <translation>取り込みを確認中</translation>
    </message>
    <message>
        <source>Starting ...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 中 %2</translation>
    </message>
    <message>
        <source>Imported: the result is below. Choose the next patient of this medium, or open the next medium.</source>
        <translation>取り込みました。結果は下にあります。この媒体の次の患者を選ぶか、次の媒体を開いてください。</translation>
    </message>
    <message>
        <source>Imported: the result is below. Open the next medium.</source>
        <translation>取り込みました。結果は下にあります。次の媒体を開いてください。</translation>
    </message>
    <message>
        <source>Medium %1: %2, %3.</source>
        <comment>identifier, patients, objects</comment>
        <translation>媒体 %1: %2、%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>患者 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM object(s)</source>
        <translation>
            <numerusform>DICOM オブジェクト %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen local patient contradicts the medium: %1. Choose the right local patient; if they are the same person all the same, Import... asks you to confirm the difference with a reason.</source>
        <translation>選んだ院内患者は媒体と矛盾します: %1。正しい院内患者を選んでください。それでも同一人物であれば、「取り込み...」で理由を添えて相違を確認します。</translation>
    </message>
    <message>
        <source>It ran at this station (%1).</source>
        <translation>この端末（%1）で実行されました。</translation>
    </message>
    <message>
        <source>It ran at station %1; resuming here continues it with the medium in this station's drive.</source>
        <translation>端末 %1 で実行されました。ここで再開すると、この端末のドライブにある媒体で続けます。</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>他の端末</translation>
    </message>
</context>
<context>
    <name>pdi::InstitutionForm</name>
    <message>
        <source>Written on every medium this station issues. The receiving hospital reads these lines to know where a disc came from and whom to call.</source>
        <translation>この端末が発行するすべての媒体に記載されます。受け取った病院は、どこから来たディスクか、どこに問い合わせればよいかをここで知ります。</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>施設名(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>診療科(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>電話番号(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>Disc label (sample patient):</source>
        <translation>ディスクラベル（見本の患者）:</translation>
    </message>
    <message>
        <source>README.TXT on the medium (sample patient):</source>
        <translation>媒体の README.TXT（見本の患者）:</translation>
    </message>
</context>
<context>
    <name>pdi::IsoImageGenerator</name>
    <message>
        <source>cannot create the disc image: %1</source>
        <translation>ディスクイメージを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot add folder %1 to the disc image: %2</source>
        <translation>フォルダ %1 をディスクイメージに追加できません: %2</translation>
    </message>
    <message>
        <source>%1 is missing (%2)</source>
        <translation>%1 がありません（%2）</translation>
    </message>
    <message>
        <source>out of memory while preparing the disc image</source>
        <translation>ディスクイメージの準備中にメモリが不足しました</translation>
    </message>
    <message>
        <source>cannot add %1 to the disc image: %2</source>
        <translation>%1 をディスクイメージに追加できません: %2</translation>
    </message>
    <message>
        <source>cannot prepare the disc image: %1</source>
        <translation>ディスクイメージを準備できません: %1</translation>
    </message>
    <message>
        <source>cannot start writing the disc image: %1</source>
        <translation>ディスクイメージの書き込みを開始できません: %1</translation>
    </message>
    <message>
        <source>%1 was not read completely into the disc image</source>
        <translation>%1 をディスクイメージに最後まで読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>pdi::IsoImageWriter</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>writing the disc image was cancelled</source>
        <translation>ディスクイメージの書き込みをキャンセルしました</translation>
    </message>
    <message>
        <source>the disc image could not be generated (a source file may have changed or become unreadable while writing)</source>
        <translation>ディスクイメージを生成できませんでした（書き込み中に元のファイルが変更されたか、読めなくなった可能性があります）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Writing disc image</source>
        <translation>ディスクイメージを書き込み中</translation>
    </message>
    <message>
        <source>cannot move the finished image to %1</source>
        <translation>完成したイメージを %1 に移動できません</translation>
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
        <source>cannot open the image</source>
        <translation>ディスクイメージを開けません</translation>
    </message>
    <message>
        <source>not a readable ISO 9660 image (no primary volume descriptor)</source>
        <translation>読み取れる ISO 9660 イメージではありません（基本ボリューム記述子がありません）</translation>
    </message>
    <message>
        <source>the folder leads back to a folder already read (a loop in the directory records); it was not followed</source>
        <translation>このフォルダーはすでに読んだフォルダーに戻っています（ディレクトリレコードのループ）。たどりませんでした</translation>
    </message>
    <message>
        <source>the folders hold more than %1 MB of directory records; the rest was not read</source>
        <translation>フォルダーのディレクトリレコードが %1 MB を超えています。残りは読みませんでした</translation>
    </message>
    <message>
        <source>the folder %1 lies beyond the end of the image or cannot be read</source>
        <translation>フォルダー %1 はイメージの末尾より後ろにあるか、読み取れません</translation>
    </message>
    <message>
        <source>a directory record of the folder %1 is damaged; the rest of the folder was not read</source>
        <translation>フォルダー %1 のディレクトリレコードが壊れています。フォルダーの残りは読みませんでした</translation>
    </message>
    <message>
        <source>the name "%1" in the folder %2</source>
        <translation>フォルダー %2 の名前「%1」</translation>
    </message>
    <message>
        <source>path longer than %1 characters skipped</source>
        <translation>%1 文字を超えるパスは読み飛ばしました</translation>
    </message>
</context>
<context>
    <name>pdi::JobList</name>
    <message>
        <source>reading the write jobs</source>
        <translation>書き込みジョブの読み込み</translation>
    </message>
    <message>
        <source>reading the import jobs</source>
        <translation>取り込みジョブの読み込み</translation>
    </message>
    <message>
        <source>No station that shares this database is called %1. The stations are: %2.</source>
        <translation>このデータベースを共有する端末に %1 という名前のものはありません。端末: %2。</translation>
    </message>
</context>
<context>
    <name>pdi::JobStates</name>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>unfinished, can be resumed</source>
        <translation>未完了（再開できます）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>File-set ID %1</source>
        <translation>ファイルセット ID %1</translation>
    </message>
    <message>
        <source>no objects recorded yet</source>
        <translation>まだオブジェクトの記録がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) sent</source>
        <translation>
            <numerusform>%n オブジェクト中 %1 を送信済み</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 confirmed by the PACS)</source>
        <translation>（PACS の保存確認 %1）</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>、失敗 %1</translation>
    </message>
    <message>
        <source>, %1 to send</source>
        <translation>、未送信 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>pdi::JobsWorkspace</name>
    <message>
        <source>Reading the jobs...</source>
        <translation>ジョブを読み込んでいます...</translation>
    </message>
    <message>
        <source>a station without a name</source>
        <translation>名前のない端末</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1（この端末）</translation>
    </message>
    <message>
        <source>not shown to your role</source>
        <translation>あなたの役割では表示されません</translation>
    </message>
    <message>
        <source>%1, issuer %2</source>
        <translation>%1、発行者 %2</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>%1, filed under the same IDs</source>
        <translation>%1、同じ ID のまま登録</translation>
    </message>
    <message>
        <source>%1, filed under %2</source>
        <translation>%1 → %2 として登録</translation>
    </message>
    <message>
        <source>the same medium</source>
        <translation>同じ媒体</translation>
    </message>
    <message>
        <source>the medium %1</source>
        <translation>媒体 %1</translation>
    </message>
    <message>
        <source>A technologist can continue it at any station with %1 in its drive: Import offers to resume it.</source>
        <translation>%1 をドライブに入れた端末で、放射線技師が続けられます。取り込みで再開を選べます。</translation>
    </message>
    <message>
        <source>To continue it, insert %1 and open it in Import, which offers to resume it.</source>
        <translation>続けるには、%1 を入れて取り込みで開いてください。再開を選べます。</translation>
    </message>
    <message>
        <source>It ran at station %1. To continue it here, insert %2 in this station's drive and open it in Import, which offers to resume it.</source>
        <translation>端末 %1 で実行されました。この端末で続けるには、%2 をこの端末のドライブに入れて取り込みで開いてください。再開を選べます。</translation>
    </message>
    <message>
        <source>It is running at station %1. Once it stops, it can be continued here.</source>
        <translation>端末 %1 で実行中です。止まった後は、この端末で続けられます。</translation>
    </message>
    <message>
        <source>A write is not resumed: write the medium again in Write.</source>
        <translation>書き込みは再開できません。書き込みで媒体をもう一度作成してください。</translation>
    </message>
    <message>
        <source>The jobs cannot be read: %1</source>
        <translation>ジョブを読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) listed; </source>
        <translation>
            <numerusform>%n 件のジョブ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) can be resumed.</source>
        <translation>
            <numerusform>%n 件の取り込みを再開できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) listed.</source>
        <translation>
            <numerusform>%n 件のジョブ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write at station %1: %2</source>
        <translation>端末 %1 での書き込み: %2</translation>
    </message>
    <message>
        <source>Written to %1; %2</source>
        <translation>書き込み先 %1。%2</translation>
    </message>
    <message>
        <source>Import at station %1: %2</source>
        <translation>端末 %1 での取り込み: %2</translation>
    </message>
    <message>
        <source>To %1; %2</source>
        <translation>送信先 %1。%2</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>開始 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>; run %n time(s), the last %1 by %2</source>
        <translation>
            <numerusform>、%n 回実行、最後は %1（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>; ended %1</source>
        <translation>、終了 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>最後のメッセージ: %1</translation>
    </message>
    <message>
        <source>Unfinished only</source>
        <translation>未完了のみ</translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation>端末:</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>すべての端末</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Writes and imports</source>
        <translation>書き込みと取り込み</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>開始した人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
</context>
<context>
    <name>pdi::LabelFont</name>
    <message>
        <source>Labels need a QGuiApplication for their fonts (the command line starts one with the offscreen platform).</source>
        <translation>ラベルのフォントには QGuiApplication が必要です（コマンドラインでは offscreen プラットフォームで起動します）。</translation>
    </message>
    <message>
        <source>The Japanese font "%1" is not installed, so names in kanji and kana cannot be printed. Install the package fonts-noto-cjk.</source>
        <translation>日本語フォント「%1」がインストールされていないため、漢字やかなの氏名を印刷できません。パッケージ fonts-noto-cjk をインストールしてください。</translation>
    </message>
</context>
<context>
    <name>pdi::LabelPreview</name>
    <message>
        <source>Disc</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Case insert</source>
        <translation>ケース差し込み</translation>
    </message>
    <message>
        <source>Save label as PDF...</source>
        <translation>ラベルを PDF で保存...</translation>
    </message>
    <message>
        <source>Print label...</source>
        <translation>ラベルを印刷...</translation>
    </message>
    <message>
        <source>Saving and printing become available once the medium is written, with the File-set ID it got.</source>
        <translation>保存と印刷は、媒体を書き込んでファイルセット ID が決まった後にできます。</translation>
    </message>
    <message>
        <source>The label appears here when there is something to write.</source>
        <translation>書き込む内容が決まるとラベルがここに表示されます。</translation>
    </message>
    <message>
        <source>Label of the written medium (File-set ID %1).</source>
        <translation>書き込んだ媒体のラベル（ファイルセット ID %1）。</translation>
    </message>
    <message>
        <source>Preview: the File-set ID is given when the medium is written.</source>
        <translation>プレビュー: ファイルセット ID は書き込み時に決まります。</translation>
    </message>
    <message>
        <source>Write the medium first: the label carries its File-set ID.</source>
        <translation>先に媒体を書き込んでください。ラベルにはそのファイルセット ID が入ります。</translation>
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation>プリンターを開始できません。</translation>
    </message>
    <message>
        <source>Save the label as PDF</source>
        <translation>ラベルを PDF で保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>The label was saved as %1.</source>
        <translation>ラベルを %1 に保存しました。</translation>
    </message>
    <message>
        <source>The label was sent to the printer.</source>
        <translation>ラベルをプリンターに送りました。</translation>
    </message>
</context>
<context>
    <name>pdi::LabelRenderer</name>
    <message>
        <source>The label PDF cannot be started.</source>
        <translation>ラベルの PDF を作成開始できません。</translation>
    </message>
    <message>
        <source>The label cannot be written to %1: %2</source>
        <translation>ラベルを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The label cannot be written to %1.</source>
        <translation>ラベルを %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>pdi::LanguageBox</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
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
        <source>Only the IHE_PDI folder may have a root name starting with "IHE"; rename or remove this entry.</source>
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
        <source>The DICOM file name "%1" is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _ without an extension.</source>
        <translation>DICOMファイル名「%1」は File ID の構成要素として不正です（%2）。名前は A-Z、0-9、_ による1～8文字とし、拡張子は付けないでください。</translation>
    </message>
    <message>
        <source>"%1" and "%2" differ only in letter case; on a disc or a FAT USB stick they are the same name.</source>
        <translation>「%1」と「%2」は大文字・小文字だけが異なります。ディスクや FAT 形式の USBメモリでは同じ名前として扱われます。</translation>
    </message>
    <message>
        <source>The folder name "%1" of DICOM files is not a valid File ID component (%2); names must be 1 to 8 characters of A-Z, 0-9 and _.</source>
        <translation>DICOMファイルを格納するフォルダ名「%1」は File ID の構成要素として不正です（%2）。名前は A-Z、0-9、_ による1～8文字にしてください。</translation>
    </message>
    <message>
        <source>The folder name "%1" is not an ISO 9660 Level 1 name (1 to 8 characters of A-Z, 0-9 and _); some computers cannot open it.</source>
        <translation>フォルダ名「%1」は ISO 9660 Level 1 の名前（A-Z、0-9、_ による1～8文字）ではありません。一部のコンピュータでは開けません。</translation>
    </message>
    <message>
        <source>The file name "%1" is not an 8.3 ISO 9660 Level 1 name (upper-case A-Z, 0-9 and _, at most 8 characters, a 3-character extension); some computers cannot open it.</source>
        <translation>ファイル名「%1」は ISO 9660 Level 1 の 8.3 形式の名前（大文字 A-Z、0-9、_ による8文字以内の名前と3文字の拡張子）ではありません。一部のコンピュータでは開けません。</translation>
    </message>
    <message>
        <source>IHE_PDI should hold only the web pages and pictures that show the DICOM content; this file (%1) belongs elsewhere.</source>
        <translation>IHE_PDI には、DICOMの内容を表示するWebページとその画像だけを置いてください。このファイル（%1）は別の場所に置くべきものです。</translation>
    </message>
    <message>
        <source>Every name on the medium is in lower case, as Linux shows a disc mounted with lower-cased names (map=normal, the default for ISO 9660 without Rock Ridge) or a copy made from such a mount; the names were checked as upper case. To see the real names, mount the disc with the option map=off (for example "mount -o ro,map=off /dev/sr0 /mnt") or check the disc image or the device itself.</source>
        <translation>媒体上の名前がすべて小文字です。Linux が名前を小文字にしてマウントしたディスク（map=normal。Rock Ridge のない ISO 9660 の既定）か、そのようなマウントからのコピーと考えられます。名前は大文字として検査しました。本来の名前を確認するには、オプション map=off でマウントする（例: "mount -o ro,map=off /dev/sr0 /mnt"）か、ディスクイメージまたはデバイスそのものを検査してください。</translation>
    </message>
</context>
<context>
    <name>pdi::LeftOutList</name>
    <message>
        <source>Not chosen</source>
        <translation>選択外</translation>
    </message>
    <message>
        <source>Other patients on the medium (import separately)</source>
        <translation>媒体上の別の患者（別に取り込み）</translation>
    </message>
    <message>
        <source>Not DICOM (only DICOM goes to the PACS)</source>
        <translation>DICOM 以外（PACS に送るのは DICOM だけ）</translation>
    </message>
    <message>
        <source>Programs and autorun files (never run, never imported)</source>
        <translation>プログラムと自動実行ファイル（実行も取り込みもしません）</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>取り込めないもの</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>取り込まない理由</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group, number of files</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... ほか %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::LocalArchive</name>
    <message>
        <source>The object has no SOP Class, SOP Instance, Study or Series Instance UID and cannot be archived.</source>
        <translation>オブジェクトに SOP Class、SOP Instance、Study または Series Instance UID がないため、保管できません。</translation>
    </message>
    <message>
        <source>reading the local archive</source>
        <translation>端末内アーカイブの読み込み</translation>
    </message>
    <message>
        <source>Study %1 is already in the local archive under patient %2; the same Study Instance UID cannot belong to patient %3 too.</source>
        <translation>検査 %1 は端末内アーカイブに患者 %2 として保管済みです。同じ Study Instance UID を患者 %3 のものにはできません。</translation>
    </message>
    <message>
        <source>The archive folder %1 cannot be created; check the data directory's free space and permissions.</source>
        <translation>アーカイブのフォルダ %1 を作成できません。データディレクトリの空き容量と権限を確認してください。</translation>
    </message>
    <message>
        <source>The archive file %1 cannot be written: %2.</source>
        <translation>アーカイブのファイル %1 を書き込めません: %2。</translation>
    </message>
    <message>
        <source>The archive file %1 cannot be put in place.</source>
        <translation>アーカイブのファイル %1 を所定の場所に置けません。</translation>
    </message>
    <message>
        <source>indexing the archived patient</source>
        <translation>保管した患者の索引付け</translation>
    </message>
    <message>
        <source>The archived patient was not indexed.</source>
        <translation>保管した患者が索引に登録されませんでした。</translation>
    </message>
    <message>
        <source>indexing the archived study</source>
        <translation>保管した検査の索引付け</translation>
    </message>
    <message>
        <source>indexing the archived series</source>
        <translation>保管したシリーズの索引付け</translation>
    </message>
    <message>
        <source>indexing the archived instance</source>
        <translation>保管したインスタンスの索引付け</translation>
    </message>
    <message>
        <source>The local archive holds no object %1.</source>
        <translation>端末内アーカイブにオブジェクト %1 はありません。</translation>
    </message>
    <message>
        <source>searching the local archive</source>
        <translation>端末内アーカイブの検索</translation>
    </message>
    <message>
        <source>Objects of patient %1 are in the local archive of station %2, not of this one; write the medium there, or choose only studies this station holds.</source>
        <translation>患者 %1 のオブジェクトは、この端末ではなく端末 %2 のローカルアーカイブにあります。媒体はそちらで書き込むか、この端末にある検査だけを選んでください。</translation>
    </message>
</context>
<context>
    <name>pdi::LocalFile</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>a device node</source>
        <translation>デバイスファイル</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is %1, not a file</source>
        <translation>ファイルではなく%1です</translation>
    </message>
    <message>
        <source>it is now a link</source>
        <translation>リンクに置き換わっています</translation>
    </message>
</context>
<context>
    <name>pdi::LocalIdentityForm</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message>
        <source>%1   ID %2   born %3   %4</source>
        <translation>%1   ID %2   生年月日 %3   %4</translation>
    </message>
    <message>
        <source>The candidate chosen in the table</source>
        <translation>一覧で選んだ候補</translation>
    </message>
    <message>
        <source>Local ID:</source>
        <translation>院内ID:</translation>
    </message>
    <message>
        <source>the patient's ID here</source>
        <translation>当院での患者 ID</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>照会</translation>
    </message>
    <message>
        <source>Keep the outside IDs (no local patient)</source>
        <translation>院外IDのまま取り込む（院内の患者なし）</translation>
    </message>
    <message>
        <source>The objects keep the outside Patient ID and name; only the character set and a given accession number change.</source>
        <translation>オブジェクトは院外の患者 ID と氏名のままです。変わるのは文字セットと、入力した場合の受付番号だけです。</translation>
    </message>
    <message>
        <source>Name (kanji):</source>
        <translation>氏名（漢字）:</translation>
    </message>
    <message>
        <source>e.g. 山田 太郎</source>
        <translation>例: 山田 太郎</translation>
    </message>
    <message>
        <source>Reading (kana):</source>
        <translation>よみ（かな）:</translation>
    </message>
    <message>
        <source>e.g. やまだ たろう</source>
        <translation>例: やまだ たろう</translation>
    </message>
    <message>
        <source>Name (romaji):</source>
        <translation>氏名（ローマ字）:</translation>
    </message>
    <message>
        <source>e.g. YAMADA TARO</source>
        <translation>例: YAMADA TARO</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <source>Accession number of the local order (optional):</source>
        <translation>院内オーダーの受付番号（任意）:</translation>
    </message>
    <message>
        <source>Click a candidate in the table above.</source>
        <translation>上の一覧で候補をクリックしてください。</translation>
    </message>
    <message>
        <source>Press Look up to check the ID with the sources.</source>
        <translation>「照会」を押すと、照合元で ID を確認します。</translation>
    </message>
    <message>
        <source>Asking the sources about %1 ...</source>
        <translation>照合元に %1 を照会しています...</translation>
    </message>
    <message>
        <source>%1 knows this ID: %2</source>
        <translation>%1 にこの ID があります: %2</translation>
    </message>
    <message>
        <source>No source knows the local ID %1. If the patient is new here, type the local name, birth date and sex.</source>
        <translation>院内ID %1 を知る照合元がありません。当院で新規の患者なら、院内の氏名、生年月日、性別を入力してください。</translation>
    </message>
    <message>
        <source>Not every source could be asked: %1 Try again, or type the local name, birth date and sex.</source>
        <translation>照会できなかった照合元があります: %1 もう一度照会するか、院内の氏名、生年月日、性別を入力してください。</translation>
    </message>
    <message>
        <source>Choose the local patient: a candidate, a local ID, or keep the outside IDs.</source>
        <translation>院内の患者を選んでください（候補、院内ID、または院外IDのまま）。</translation>
    </message>
    <message>
        <source>Click the candidate this patient is in the table.</source>
        <translation>一覧でこの患者にあたる候補をクリックしてください。</translation>
    </message>
    <message>
        <source>Type the local ID.</source>
        <translation>院内IDを入力してください。</translation>
    </message>
    <message>
        <source>Look the local ID up first.</source>
        <translation>先に院内IDを照会してください。</translation>
    </message>
    <message>
        <source>Wait for the lookup of the local ID.</source>
        <translation>院内IDの照会が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Type the local name (kanji, reading, romaji).</source>
        <translation>院内の氏名（漢字、よみ、ローマ字）を入力してください。</translation>
    </message>
    <message>
        <source>Type the local birth date as YYYY-MM-DD.</source>
        <translation>院内の生年月日を YYYY-MM-DD の形で入力してください。</translation>
    </message>
    <message>
        <source>Choose the local sex.</source>
        <translation>院内の性別を選んでください。</translation>
    </message>
    <message>
        <source>%1
Contradicts the medium: %2.</source>
        <translation>%1
媒体と矛盾: %2。</translation>
    </message>
    <message>
        <source>%1 knows this ID: %2
It contradicts the medium: %3.</source>
        <translation>%1 がこの ID を知っています: %2
媒体と矛盾します: %3。</translation>
    </message>
</context>
<context>
    <name>pdi::LoginAttempts</name>
    <message>
        <source>reading account %1</source>
        <translation>アカウント %1 を読み取っているとき</translation>
    </message>
    <message>
        <source>counting a login attempt</source>
        <translation>ログインの試行を数えているとき</translation>
    </message>
    <message>
        <source>locking account %1</source>
        <translation>アカウント %1 をロックしているとき</translation>
    </message>
    <message>
        <source>giving back a login attempt</source>
        <translation>サインイン試行の取り消し</translation>
    </message>
</context>
<context>
    <name>pdi::LoginDialog</name>
    <message>
        <source>Sign in - PDI Station</source>
        <translation>ログイン - PDI Station</translation>
    </message>
    <message>
        <source>PDI Station</source>
        <translation>PDI Station</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>端末 %1</translation>
    </message>
    <message>
        <source>%1, station %2</source>
        <translation>%1　端末 %2</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>ログインしています...</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>ログイン名を入力してください。</translation>
    </message>
    <message>
        <source>Sign in with your hospital login name and password.</source>
        <translation>院内のログイン名とパスワードでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>pdi::MainWindow</name>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)   Station: %3</source>
        <translation>ログイン中: %1（%2）　端末: %3</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>端末(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>A medium is being written. Wait until it is finished, or cancel it first.</source>
        <translation>媒体の書き込み中です。終わるまで待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Objects are being imported. Wait until the import is finished, or cancel it first.</source>
        <translation>オブジェクトを取り込んでいます。取り込みが終わるまで待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
</context>
<context>
    <name>pdi::Manifest</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>computing the checksums was cancelled</source>
        <translation>チェックサムの計算をキャンセルしました</translation>
    </message>
</context>
<context>
    <name>pdi::MediaGauge</name>
    <message>
        <source>No content planned yet</source>
        <translation>まだ内容が決まっていません</translation>
    </message>
    <message>
        <source>%1 MB (free space not known yet)</source>
        <translation>%1 MB（空き容量はまだ不明）</translation>
    </message>
    <message>
        <source>%1 MB of %2 MB on the %3 (%4%)</source>
        <translation>%3 の %2 MB 中 %1 MB（%4%）</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>容量不足</translation>
    </message>
</context>
<context>
    <name>pdi::MediumBuilder</name>
    <message>
        <source>cannot prepare the staging folder %1 (it must be new or empty)</source>
        <translation>作業フォルダ %1 を準備できません（新規または空である必要があります）</translation>
    </message>
    <message>
        <source>too many studies, series or instances for DICOM File IDs</source>
        <translation>検査、シリーズまたはインスタンスが多すぎて DICOM ファイル ID を割り当てられません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: marked as lossy compressed (Lossy Image Compression 01): the source was %2</source>
        <translation>%1: 非可逆圧縮（Lossy Image Compression 01）として記録しました。元データは %2 でした</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>%1 を作業フォルダに準備できません</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>画像を準備中</translation>
    </message>
    <message>
        <source>writing was cancelled</source>
        <translation>書き込みをキャンセルしました</translation>
    </message>
    <message>
        <source>Writing web content</source>
        <translation>Web コンテンツを書き込み中</translation>
    </message>
    <message>
        <source>cannot write README.TXT: %1</source>
        <translation>README.TXT を書き込めません: %1</translation>
    </message>
    <message>
        <source>Writing the DICOMDIR</source>
        <translation>DICOMDIR を書き込み中</translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation>チェックサムを計算中</translation>
    </message>
    <message>
        <source>some objects lack keys the DICOMDIR records require (e.g. Study ID, Instance Number); DCMTK filled them in the records only, the objects are unchanged</source>
        <translation>一部のオブジェクトに DICOMDIR のレコードに必要なキー（Study ID、Instance Number など）がありません。DCMTK がレコードにだけ補いました。オブジェクトは変更していません</translation>
    </message>
    <message>
        <source>%1: the file meta information named %2; the file was written with a header made from its data set</source>
        <translation>%1: ファイルメタ情報が %2 となっていたため、データセットから作ったヘッダで書き込みました</translation>
    </message>
</context>
<context>
    <name>pdi::MediumChecker</name>
    <message>
        <source>Reading the medium was cancelled.</source>
        <translation>媒体の読み込みはキャンセルされました。</translation>
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
        <source>not a folder, ISO 9660 disc image or ZIP archive; point at the disc's folder, an ISO image or a ZIP file</source>
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
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
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
    <message>
        <source>reading the medium</source>
        <translation>媒体を読み込み中</translation>
    </message>
</context>
<context>
    <name>pdi::MediumSummary</name>
    <message>
        <source>No patient found</source>
        <translation>患者が見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more patient(s))</source>
        <translation>
            <numerusform>(ほか %n 名)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1   born %2   %3</source>
        <translation>ID %1   生年月日 %2   %3</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message>
        <source>Issuing institution unknown</source>
        <translation>発行施設不明</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>発行施設: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patients on this medium</source>
        <translation>
            <numerusform>この媒体には %n 名の患者がいます</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   ID %2   born %3   %4</source>
        <translation>%1   ID %2   生年月日 %3   %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（氏名なし）</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>ほか %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::MediumTarget</name>
    <message>
        <source>%1 already exists; choose another file name or remove it first</source>
        <translation>%1 は既にあります。別のファイル名を指定するか、先に削除してください</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダ %1 がありません</translation>
    </message>
    <message>
        <source>cannot move the verified image to %1</source>
        <translation>検証済みのイメージを %1 に移動できません</translation>
    </message>
</context>
<context>
    <name>pdi::MediumVerifier</name>
    <message>
        <source>the written medium cannot be read back: %1</source>
        <translation>書き込んだ媒体を読み戻せません: %1</translation>
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation>検証をキャンセルしました</translation>
    </message>
    <message>
        <source>%1 is missing on the written medium</source>
        <translation>書き込んだ媒体に %1 がありません</translation>
    </message>
    <message>
        <source>%1 has the wrong size on the written medium</source>
        <translation>書き込んだ媒体の %1 のサイズが違います</translation>
    </message>
    <message>
        <source>%1 cannot be read back from the written medium</source>
        <translation>書き込んだ媒体から %1 を読み戻せません</translation>
    </message>
    <message>
        <source>%1 differs from what was written (SHA-256 mismatch)</source>
        <translation>%1 が書き込んだ内容と異なります（SHA-256 不一致）</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>%1 is on the written medium but was not written by this job</source>
        <translation>%1 は書き込んだ媒体にありますが、このジョブで書き込んだものではありません</translation>
    </message>
</context>
<context>
    <name>pdi::NameComparison</name>
    <message>
        <source>kanji</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>kanji via variant %1</source>
        <translation>漢字（異体字 %1）</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>kana spelling %1→%2</source>
        <translation>カナ表記の違い %1→%2</translation>
    </message>
    <message>
        <source>kana read as romaji %1→%2</source>
        <translation>カナをローマ字で読んで一致 %1→%2</translation>
    </message>
    <message>
        <source>romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>romaji spelling %1→%2</source>
        <translation>ローマ字表記の違い %1→%2</translation>
    </message>
    <message>
        <source>romaji read as kana %1→%2</source>
        <translation>ローマ字をカナで読んで一致 %1→%2</translation>
    </message>
    <message>
        <source>%1 here, %2 on the medium</source>
        <translation>当院では %1、媒体では %2</translation>
    </message>
    <message>
        <source>reading differs: %1</source>
        <translation>読みが異なる: %1</translation>
    </message>
    <message>
        <source>name matches (%1)</source>
        <translation>氏名が一致（%1）</translation>
    </message>
    <message>
        <source>family name matches (%1)</source>
        <translation>姓が一致（%1）</translation>
    </message>
    <message>
        <source>given name matches (%1)</source>
        <translation>名が一致（%1）</translation>
    </message>
    <message>
        <source>same reading, other kanji: %1</source>
        <translation>読みが同じで漢字が異なる: %1</translation>
    </message>
    <message>
        <source>family name differs: %1</source>
        <translation>姓が異なる: %1</translation>
    </message>
    <message>
        <source>given name differs: %1</source>
        <translation>名が異なる: %1</translation>
    </message>
    <message>
        <source>the names are written in different scripts and cannot be compared: %1</source>
        <translation>氏名の表記（漢字・カナ・ローマ字）が異なるため比較できない: %1</translation>
    </message>
</context>
<context>
    <name>pdi::NodeDialog</name>
    <message>
        <source>Add a DICOM node</source>
        <translation>DICOM ノードの追加</translation>
    </message>
    <message>
        <source>e.g. pacs or ris-worklist</source>
        <translation>例: pacs、ris-worklist</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>%1 (the station's AE title)</source>
        <translation>%1（この端末の AE タイトル）</translation>
    </message>
    <message>
        <source>store: destination of imports (C-STORE)</source>
        <translation>保存: 取り込みの送信先（C-STORE）</translation>
    </message>
    <message>
        <source>find: asked for local patients (C-FIND)</source>
        <translation>検索: 院内の患者を照会（C-FIND）</translation>
    </message>
    <message>
        <source>worklist: asked for orders (Modality Worklist)</source>
        <translation>ワークリスト: オーダーを照会（Modality Worklist）</translation>
    </message>
    <message>
        <source>commit: an import is complete when the PACS confirms it (storage commitment)</source>
        <translation>保存確認: PACS が保管を確認した時点で取り込み完了（ストレージコミットメント）</translation>
    </message>
    <message>
        <source>%1 (UTF-8)</source>
        <translation>%1（UTF-8）</translation>
    </message>
    <message>
        <source>%1 (JIS X 0208)</source>
        <translation>%1（JIS X 0208）</translation>
    </message>
    <message>
        <source>DICOM TLS</source>
        <translation>DICOM TLS</translation>
    </message>
    <message>
        <source>PEM file of the CA that signs the node's certificate</source>
        <translation>ノードの証明書に署名した CA の PEM ファイル</translation>
    </message>
    <message>
        <source>optional: this station's certificate (PEM)</source>
        <translation>任意: この端末の証明書（PEM）</translation>
    </message>
    <message>
        <source>with the certificate: its unencrypted key (PEM)</source>
        <translation>証明書を使う場合: 暗号化していない鍵（PEM）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>PEM ファイルの選択</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;AE title:</source>
        <translation>AE タイトル(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Calling AE title:</source>
        <translation>呼び出し側 AE タイトル(&amp;C):</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Character &amp;set:</source>
        <translation>文字セット(&amp;S):</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 証明書:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>鍵:</translation>
    </message>
    <message>
        <source>The node's certificate must name its host</source>
        <translation>ノードの証明書にホスト名が含まれていることを確認する</translation>
    </message>
</context>
<context>
    <name>pdi::NodeStore</name>
    <message>
        <source>"%1" is not a usable node name; use 1 to 32 letters, digits, '.', '_' or '-', e.g. pacs or ris-worklist.</source>
        <translation>「%1」はノード名に使えません。1～32 文字の英字、数字、「.」「_」「-」を使ってください（例: pacs、ris-worklist）。</translation>
    </message>
    <message>
        <source>"local" is the station's own archive and cannot be added or removed.</source>
        <translation>「local」はこの端末の端末内アーカイブのため、追加も削除もできません。</translation>
    </message>
    <message>
        <source>the AE title</source>
        <translation>AE タイトル</translation>
    </message>
    <message>
        <source>the calling AE title</source>
        <translation>呼び出し側 AE タイトル</translation>
    </message>
    <message>
        <source>"%1" is not a host name or an IP address, e.g. pacs.hospital.local or 192.0.2.20.</source>
        <translation>「%1」はホスト名でも IP アドレスでもありません（例: pacs.hospital.local、192.0.2.20）。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (DICOM uses 104 or 11112; DICOM TLS usually 2762).</source>
        <translation>ポートは 1～65535 の数字にしてください（DICOM は 104 または 11112、DICOM TLS は通常 2762）。</translation>
    </message>
    <message>
        <source>Give the node's roles: one or more of store, find, worklist, commit.</source>
        <translation>ノードの役割を store、find、worklist、commit から 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>The commit role (storage commitment) only makes sense with the store role.</source>
        <translation>commit の役割（ストレージコミットメント）は store の役割と一緒にしか使えません。</translation>
    </message>
    <message>
        <source>The character set must be one of: %1.</source>
        <translation>文字セットは次のいずれかにしてください: %1。</translation>
    </message>
    <message>
        <source>looking up node %1</source>
        <translation>ノード %1 の検索</translation>
    </message>
    <message>
        <source>There is already a node named %1; remove it first to change it.</source>
        <translation>%1 という名前のノードはすでにあります。変更するには先に削除してください。</translation>
    </message>
    <message>
        <source>saving node %1</source>
        <translation>ノード %1 の保存</translation>
    </message>
    <message>
        <source>removing node %1</source>
        <translation>ノード %1 の削除</translation>
    </message>
    <message>
        <source>"local" is the station's own archive; it needs no network and no C-ECHO.</source>
        <translation>「local」はこの端末の端末内アーカイブです。ネットワークも C-ECHO も不要です。</translation>
    </message>
    <message>
        <source>listing the DICOM nodes</source>
        <translation>DICOM ノードの一覧の読み込み</translation>
    </message>
    <message>
        <source>A CA certificate, a station certificate or a private key is given, but DICOM TLS is off for this node.</source>
        <translation>CA 証明書、端末の証明書または秘密鍵が指定されていますが、このノードでは DICOM TLS がオフです。</translation>
    </message>
    <message>
        <source>DICOM TLS needs the CA certificate that signs the node's certificate: an absolute path to a readable PEM file ("%1" is not one).</source>
        <translation>DICOM TLS には、ノードの証明書に署名した CA 証明書が必要です。読み取れる PEM ファイルの絶対パスを指定してください（「%1」は該当しません）。</translation>
    </message>
    <message>
        <source>This station's certificate and its private key go together: give both or neither.</source>
        <translation>端末の証明書と秘密鍵は組で指定します。両方を指定するか、どちらも指定しないでください。</translation>
    </message>
    <message>
        <source>The station certificate "%1" is not an absolute path to a readable PEM certificate.</source>
        <translation>端末の証明書「%1」は、読み取れる PEM 証明書の絶対パスではありません。</translation>
    </message>
    <message>
        <source>The private key "%1" is not an absolute path to a readable, unencrypted PEM private key (RSA or EC).</source>
        <translation>秘密鍵「%1」は、読み取れる暗号化されていない PEM 秘密鍵（RSA または EC）の絶対パスではありません。</translation>
    </message>
    <message>
        <source>There is no node named "%1".</source>
        <translation>「%1」という名前の接続先はありません。</translation>
    </message>
</context>
<context>
    <name>pdi::NodeTable</name>
    <message>
        <source>store</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>worklist</source>
        <translation>ワークリスト</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>保存確認</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between roles</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The PACS and worklist servers this station talks to. "local" is the station's own archive: imports go there until a PACS is configured, and it is always asked for local patients. C-ECHO tests a node: is it there, does it accept this station.</source>
        <translation>この端末が接続する PACS とワークリストサーバです。「local」はこの端末の端末内アーカイブです。PACS を設定するまでは取り込みの送信先となり、院内の患者の照会には常に使われます。C-ECHO でノードの応答と、この端末を受け付けるかを確認できます。</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE タイトル</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>文字セット</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Last C-ECHO</source>
        <translation>最後の C-ECHO</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>削除...</translation>
    </message>
    <message>
        <source>this station's archive (no network)</source>
        <translation>この端末のアーカイブ（ネットワークなし）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>calls as %1</source>
        <translation>呼び出し側 AE タイトル %1</translation>
    </message>
    <message>
        <source>C-ECHO</source>
        <translation>C-ECHO</translation>
    </message>
    <message>
        <source>asking ...</source>
        <translation>確認中...</translation>
    </message>
    <message>
        <source>Node %1 added. Press C-ECHO to test it.</source>
        <translation>ノード %1 を追加しました。C-ECHO で接続を確認してください。</translation>
    </message>
    <message>
        <source>Node %1 removed.</source>
        <translation>ノード %1 を削除しました。</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>%1 answered the C-ECHO.</source>
        <translation>%1 が C-ECHO に応答しました。</translation>
    </message>
    <message>
        <source>Sending a C-ECHO to %1 ...</source>
        <translation>%1 に C-ECHO を送信しています...</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>ノードの削除</translation>
    </message>
    <message>
        <source>Remove the node %1? Imports can no longer be sent there, and it is no longer asked for local patients. Import jobs that name it stay in the record.</source>
        <translation>ノード %1 を削除しますか? 取り込みを送信できなくなり、院内の患者の照会にも使われなくなります。このノードを送信先とした取り込みジョブの記録は残ります。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a node</comment>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>pdi::ObjectPreparer</name>
    <message>
        <source>%1 changed since the medium was read (other SOP Instance UID)</source>
        <translation>%1 は媒体を読み込んだ後に変わっています（SOP Instance UID が異なります）</translation>
    </message>
    <message>
        <source>cannot be filed under the local patient: %1</source>
        <translation>院内の患者として登録できません: %1</translation>
    </message>
</context>
<context>
    <name>pdi::OtherFiles</name>
    <message>
        <source>%1 is a program (%2); programs may not be put on a referral medium.</source>
        <translation>%1 はプログラムです（%2）。紹介用媒体にプログラムは収録できません。</translation>
    </message>
    <message>
        <source>The document %1 to add to the medium cannot be read: %2</source>
        <translation>媒体に加える文書 %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>pdi::PacsDestination</name>
    <message>
        <source>waiting for %1 to confirm storage</source>
        <translation>%1 の保存確認を待っています</translation>
    </message>
    <message>
        <source>%1 did not confirm storage commitment within %2 s; the objects are sent. Run the same import again to ask again.</source>
        <translation>%1 から %2 秒以内にストレージコミットメントの確認がありませんでした。オブジェクトは送信済みです。同じ取り込みをもう一度行うと、再度確認を求めます。</translation>
    </message>
    <message>
        <source>storage commitment failed: %1</source>
        <translation>ストレージコミットメントに失敗: %1</translation>
    </message>
</context>
<context>
    <name>pdi::PacsPatientDialog</name>
    <message>
        <source>From a PACS</source>
        <translation>PACS から</translation>
    </message>
    <message>
        <source>Patient ID, or name in romaji, kanji or kana</source>
        <translation>患者ID、または氏名（ローマ字・漢字・かな）</translation>
    </message>
    <message>
        <source>Retrieve as source</source>
        <translation>取得して書き込み元に追加</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS:</translation>
    </message>
    <message>
        <source>No PACS with the find role is configured. An administrator adds one under Settings, DICOM nodes.</source>
        <translation>検索の役割を持つ PACS が設定されていません。管理者が「設定」の「DICOM ノード」で追加します。</translation>
    </message>
    <message>
        <source>Search the PACS for the patient. The studies are retrieved when the source is added, and recorded as a transfer.</source>
        <translation>PACS で患者を検索します。検査は書き込み元に追加したときに取得され、転送として記録されます。</translation>
    </message>
    <message>
        <source>No patient on %1 matches.</source>
        <translation>%1 に該当する患者はいません。</translation>
    </message>
    <message>
        <source>The PACS matched more studies than are shown; narrow the search.</source>
        <translation>PACS では表示しきれない数の検査が該当しました。条件を絞ってください。</translation>
    </message>
</context>
<context>
    <name>pdi::PacsStudySearch</name>
    <message>
        <source>Type a patient ID, a name or a birth date to search %1.</source>
        <translation>%1 を検索するには、患者ID、氏名、生年月日のいずれかを入力してください。</translation>
    </message>
    <message>
        <source>The node %1 has no find role; an administrator can give it one under Settings, DICOM nodes.</source>
        <translation>ノード %1 には検索の役割がありません。管理者が「設定」の「DICOM ノード」で付けられます。</translation>
    </message>
</context>
<context>
    <name>pdi::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 の新しいパスワード</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>パスワード（確認）:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
</context>
<context>
    <name>pdi::PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>パスワードは %1 文字以下にしてください。</translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation>パスワードに制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>The password must not contain the login name.</source>
        <translation>パスワードにログイン名を含めないでください。</translation>
    </message>
    <message>
        <source>The password must not contain the person's name.</source>
        <translation>パスワードに本人の名前を含めないでください。</translation>
    </message>
    <message>
        <source>The password check could not start (out of memory).</source>
        <translation>パスワードの確認を開始できませんでした（メモリ不足）。</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it is a dictionary word or a simple pattern. Use a longer phrase of unrelated words, digits and signs.</source>
        <translation>パスワードが推測されやすすぎます。辞書にある単語か単純なパターンです。関係のない単語・数字・記号を組み合わせた、より長いフレーズにしてください。</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it repeats or mirrors characters. Use a longer phrase of unrelated words, digits and signs.</source>
        <translation>パスワードが推測されやすすぎます。同じ文字の繰り返しか、左右対称の並びです。関係のない単語・数字・記号を組み合わせた、より長いフレーズにしてください。</translation>
    </message>
    <message>
        <source>The password is too easy to guess (%1).</source>
        <translation>パスワードが推測されやすすぎます（%1）。</translation>
    </message>
</context>
<context>
    <name>pdi::PatientChoice</name>
    <message>
        <source>(no name)</source>
        <translation>（氏名なし）</translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation>（ID なし）</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n オブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a source to see whose images it holds.</source>
        <translation>書き込み元を追加すると、誰の画像かが表示されます。</translation>
    </message>
    <message>
        <source>The sources hold one patient:</source>
        <translation>書き込み元の患者は 1 名です:</translation>
    </message>
    <message numerus="yes">
        <source>The sources hold %n patient(s). A medium holds one: choose whose medium this is.</source>
        <translation>
            <numerusform>書き込み元に %n 名の患者がいます。媒体には 1 名分しか入れられません。どの患者の媒体かを選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources hold %n patient(s); the others are not written.</source>
        <translation>
            <numerusform>書き込み元に %n 名の患者がいます。選んだ患者以外は書き込みません。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>born %1   %2   %3</source>
        <translation>生年月日 %1   %2   %3</translation>
    </message>
</context>
<context>
    <name>pdi::PatientCoercion</name>
    <message>
        <source>the object nests sequences too deeply to convert its text</source>
        <translation>シーケンスの入れ子が深すぎて、オブジェクトの文字列を変換できません</translation>
    </message>
    <message>
        <source>the character set "%1" is not supported</source>
        <translation>文字セット「%1」には対応していません</translation>
    </message>
    <message>
        <source>"%1" in %2 cannot be written in the destination's character set %3; choose a node with ISO_IR 192 (UTF-8) or correct the value</source>
        <translation>%2 の「%1」を送信先の文字セット %3 で書き込めません。ISO_IR 192（UTF-8）のノードを選ぶか、値を修正してください</translation>
    </message>
    <message>
        <source>no local Patient ID was given</source>
        <translation>当院の患者 ID が指定されていません</translation>
    </message>
    <message>
        <source>the object's text cannot be read in its character set</source>
        <translation>オブジェクトの文字列をその文字セットで読み込めません</translation>
    </message>
</context>
<context>
    <name>pdi::PatientReconciler</name>
    <message>
        <source>asking %1</source>
        <translation>%1 に照会中</translation>
    </message>
    <message>
        <source>scoring candidates</source>
        <translation>候補を評価中</translation>
    </message>
    <message>
        <source>%1 matched more patients than are shown; narrow the search.</source>
        <translation>%1 では表示しきれないほど多くの患者が該当しました。条件を絞ってください。</translation>
    </message>
    <message>
        <source>The local archive is not available here.</source>
        <translation>ここでは端末内アーカイブを使えません。</translation>
    </message>
    <message>
        <source>%1 has more worklist entries in the period asked than were read; the patient may be among those not read.</source>
        <translation>%1 には、問い合わせた期間に読み切れないほどのワークリスト項目があります。患者が読めなかった項目に含まれている可能性があります。</translation>
    </message>
</context>
<context>
    <name>pdi::PatientSource</name>
    <message>
        <source>no issuer</source>
        <translation>発行者なし</translation>
    </message>
    <message>
        <source>A source from the station's archive or a PACS is one patient's studies, and no Patient ID was given.</source>
        <translation>端末内アーカイブまたは PACS からの書き込み元は 1 人の患者の検査ですが、患者 ID が指定されていません。</translation>
    </message>
    <message>
        <source>The local archive holds no patient with ID %1.</source>
        <translation>端末内アーカイブに ID %1 の患者はいません。</translation>
    </message>
    <message>
        <source>The local archive holds patient ID %1 from several issuers (%2); one patient per medium.</source>
        <translation>端末内アーカイブには複数の発行者（%2）の患者 ID %1 があります。1 枚の媒体に入れられるのは 1 名の患者だけです。</translation>
    </message>
    <message>
        <source>The local archive holds patient ID %1 under another issuer (%2) than the one chosen.</source>
        <translation>端末内アーカイブでは患者 ID %1 は選択したものとは別の発行者（%2）で保管されています。</translation>
    </message>
    <message>
        <source>The local archive holds no objects of %1 any more.</source>
        <translation>端末内アーカイブには %1 のオブジェクトがもうありません。</translation>
    </message>
</context>
<context>
    <name>pdi::PatientStudyDialog</name>
    <message>
        <source>Patient ID, or name in kanji, kana or romaji</source>
        <translation>患者 ID、または氏名（漢字・かな・ローマ字）</translation>
    </message>
    <message>
        <source>born YYYY-MM-DD (optional)</source>
        <translation>生年月日 YYYY-MM-DD（任意）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト数</translation>
    </message>
    <message>
        <source>Add as source</source>
        <translation>書き込み元に追加</translation>
    </message>
    <message>
        <source>Studies of the chosen patient (tick the ones to write):</source>
        <translation>選んだ患者の検査（書き込む検査にチェック）:</translation>
    </message>
    <message>
        <source>Type the birth date as YYYY-MM-DD.</source>
        <translation>生年月日を YYYY-MM-DD の形で入力してください。</translation>
    </message>
    <message>
        <source>Type a patient ID, a name or a birth date.</source>
        <translation>患者 ID、氏名または生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Searching ...</source>
        <translation>検索しています...</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found. Choose the patient.</source>
        <translation>
            <numerusform>%n 名の患者が見つかりました。患者を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick the studies that do not go on the medium.</source>
        <translation>媒体に入れない検査のチェックを外してください。</translation>
    </message>
</context>
<context>
    <name>pdi::Permissions</name>
    <message>
        <source>check media</source>
        <translation>媒体の確認</translation>
    </message>
    <message>
        <source>write media</source>
        <translation>媒体の書き込み</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>ラベルの印刷</translation>
    </message>
    <message>
        <source>reconcile patients</source>
        <translation>患者の照合</translation>
    </message>
    <message>
        <source>import images</source>
        <translation>画像の取り込み</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>アカウントの管理</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <source>manage PACS and worklist nodes</source>
        <translation>PACS とワークリストのノードの管理</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>監査証跡の閲覧</translation>
    </message>
</context>
<context>
    <name>pdi::PixelDataChecks</name>
    <message>
        <source>frame %1 has no valid RLE header</source>
        <translation>フレーム %1 に有効な RLE ヘッダがありません</translation>
    </message>
    <message>
        <source>frame %1 has an RLE segment outside the frame</source>
        <translation>フレーム %1 にフレーム外を指す RLE セグメントがあります</translation>
    </message>
    <message>
        <source>RLE segment %1 of frame %2 ends after %3 of %4 bytes</source>
        <translation>フレーム %2 の RLE セグメント %1 が %4 バイト中 %3 バイトで終わっています</translation>
    </message>
</context>
<context>
    <name>pdi::PreviewImage</name>
    <message>
        <source>the object has no image</source>
        <translation>オブジェクトに画像がありません</translation>
    </message>
    <message>
        <source>the image cannot be shown (%1)</source>
        <translation>画像を表示できません（%1）</translation>
    </message>
    <message>
        <source>the image cannot be scaled</source>
        <translation>画像を拡大縮小できません</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>the file cannot be read as DICOM: %1</source>
        <translation>DICOM として読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>pdi::QuickCheckBasis</name>
    <message>
        <source>the links between its records are broken</source>
        <translation>レコード間のリンクが壊れています</translation>
    </message>
    <message numerus="yes">
        <source>it lists %n file(s) that are not on the medium</source>
        <translation>
            <numerusform>媒体上にない %n 個のファイルを登録しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed object(s) have no PATIENT record above them</source>
        <translation>
            <numerusform>登録された %n 個のオブジェクトの上に PATIENT レコードがありません</numerusform>
        </translation>
    </message>
    <message>
        <source>its Specific Character Set "%1" is not valid</source>
        <translation>Specific Character Set「%1」が正しくありません</translation>
    </message>
    <message>
        <source>its records hold names in a character set the DICOMDIR does not declare</source>
        <translation>レコードの氏名が、DICOMDIR が宣言していない文字集合で書かれています</translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM file(s) on the medium are not listed in it</source>
        <translation>
            <numerusform>媒体上の %n 個の DICOM ファイルが登録されていません</numerusform>
        </translation>
    </message>
    <message>
        <source>the listed object %1 is damaged or not DICOM</source>
        <translation>登録されたオブジェクト %1 が壊れているか、DICOM ではありません</translation>
    </message>
    <message>
        <source>its records say %1 %2 where the object %3 says %4</source>
        <translation>レコードでは %1 が %2 ですが、オブジェクト %3 では %4 です</translation>
    </message>
</context>
<context>
    <name>pdi::ReconcileSources</name>
    <message>
        <source>Node %1 has neither the find nor the worklist role; it cannot say who a patient is.</source>
        <translation>ノード %1 には検索（find）もワークリスト（worklist）の役割もないため、患者を照合できません。</translation>
    </message>
</context>
<context>
    <name>pdi::ReconciliationTable</name>
    <message>
        <source>(no name)</source>
        <translation>（氏名なし）</translation>
    </message>
    <message>
        <source>local archive</source>
        <translation>端末内アーカイブ</translation>
    </message>
    <message>
        <source>PACS %1</source>
        <translation>PACS %1</translation>
    </message>
    <message>
        <source>worklist %1</source>
        <translation>ワークリスト %1</translation>
    </message>
    <message>
        <source>order %1, %2 %3</source>
        <translation>オーダー %1、%2 %3</translation>
    </message>
    <message>
        <source>Why it may be this patient: %1.</source>
        <translation>この患者である根拠: %1。</translation>
    </message>
    <message>
        <source>nothing matches</source>
        <translation>一致する項目なし</translation>
    </message>
    <message>
        <source>Nothing differs.</source>
        <translation>相違はありません。</translation>
    </message>
    <message>
        <source>Where it differs: %1.</source>
        <translation>相違点: %1。</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message>
        <source>On the medium: %1
ID %2   born %3   %4</source>
        <translation>媒体上: %1
ID %2   生年月日 %3   %4</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>発行施設: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>照合元</translation>
    </message>
    <message>
        <source>Local ID</source>
        <translation>院内ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Looking for local candidates ...</source>
        <translation>院内の候補を検索しています...</translation>
    </message>
    <message>
        <source>Looking for local candidates: %1 ...</source>
        <translation>院内の候補を検索しています: %1...</translation>
    </message>
    <message>
        <source>Open a medium to see the local candidates.</source>
        <translation>媒体を開くと院内の候補が表示されます。</translation>
    </message>
    <message>
        <source>No local candidate found. Enter the local ID below if the patient has one, or keep the outside IDs.</source>
        <translation>院内の候補は見つかりませんでした。院内IDがあれば下に入力するか、院外IDのまま取り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), best first. Nothing is chosen: click the local patient this is.</source>
        <translation>
            <numerusform>候補 %n 件（一致度の高い順）。自動では選ばれません。この患者にあたる院内の患者をクリックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>一致: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>相違: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>pdi::RecordMatch</name>
    <message>
        <source>Patient's Name (alphabetic)</source>
        <translation>患者氏名（アルファベット）</translation>
    </message>
    <message>
        <source>Patient's Name (ideographic)</source>
        <translation>患者氏名（漢字）</translation>
    </message>
    <message>
        <source>Patient's Name (phonetic)</source>
        <translation>患者氏名（かな）</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Issuer of Patient ID</source>
        <translation>患者 ID の発行元</translation>
    </message>
    <message>
        <source>Patient's Birth Date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Patient's Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Study Instance UID</source>
        <translation>Study Instance UID</translation>
    </message>
    <message>
        <source>Series Instance UID</source>
        <translation>Series Instance UID</translation>
    </message>
    <message>
        <source>Instance Number</source>
        <translation>Instance Number</translation>
    </message>
</context>
<context>
    <name>pdi::ReportDescription</name>
    <message>
        <source>the medium holds no DICOM objects; there is nothing to label</source>
        <translation>媒体に DICOM オブジェクトがないため、ラベルに記載するものがありません</translation>
    </message>
    <message>
        <source>the medium holds %1 patients; a label names one patient</source>
        <translation>媒体に %1 名の患者がいます。ラベルに記載できる患者は 1 名です</translation>
    </message>
</context>
<context>
    <name>pdi::RetrievedStudies</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>retrieving from a PACS needs the patient's ID</source>
        <translation>PACS から取得するには患者 ID が必要です</translation>
    </message>
    <message>
        <source>the node %1 has no find role, so the station cannot retrieve from it; an administrator can give it that role</source>
        <translation>ノード %1 には検索の役割がないため、取得できません。管理者がその役割を付与できます</translation>
    </message>
</context>
<context>
    <name>pdi::Roles</name>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Technologist</source>
        <translation>放射線技師</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>pdi::RuleEngine</name>
    <message>
        <source>Quick check: the DICOMDIR, the file names and one object per patient were read; damaged files and other files that differ from their DICOMDIR records are found by the full check.</source>
        <translation>簡易チェック: DICOMDIR、ファイル名、患者ごとに 1 つのオブジェクトを読みました。壊れたファイルや、DICOMDIR のレコードと食い違うその他のファイルは完全チェックで見つかります。</translation>
    </message>
</context>
<context>
    <name>pdi::SchemaUpgrade</name>
    <message>
        <source>reading the schema version</source>
        <translation>スキーマのバージョンの読み取り</translation>
    </message>
    <message>
        <source>The station database (%1) was set up by a newer PDI Station (schema version %2; this program knows up to %3). Update PDI Station on this computer before using it.</source>
        <translation>端末のデータベース（%1）は新しい PDI Station で作られています（スキーマのバージョン %2。このプログラムが扱えるのは %3 まで）。使う前に、このコンピューターの PDI Station を更新してください。</translation>
    </message>
    <message>
        <source>waiting for another station's upgrade</source>
        <translation>他の端末による更新を待っている間</translation>
    </message>
    <message>
        <source>The shared station database (%1) has schema version %2, and this PDI Station needs version %3. An administrator brings it up to date once, for all stations; until then this station does not use it, so that stations with the older program are not cut off unannounced.</source>
        <translation>共有データベース（%1）のスキーマはバージョン %2 ですが、この PDI Station にはバージョン %3 が必要です。管理者が全端末のために一度だけ更新します。古いプログラムの端末が予告なく使えなくならないよう、それまでこの端末は使いません。</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>スキーマのバージョン表の作成</translation>
    </message>
    <message>
        <source>updating the database schema to version %1</source>
        <translation>データベースのスキーマのバージョン %1 への更新</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>スキーマのバージョン %1 の記録</translation>
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
    <message>
        <source>The medium's folders form a loop: %1. Whatever lies behind it was not read; the medium is damaged or made to mislead.</source>
        <translation>媒体のフォルダーがループしています: %1。その先は読んでいません。媒体が壊れているか、誤らせるように作られています。</translation>
    </message>
    <message>
        <source>%1 is on the medium. A referral medium holds only files and folders; it was not opened.</source>
        <translation>媒体に%1があります。紹介用の媒体にはファイルとフォルダーしかないはずです。開いていません。</translation>
    </message>
</context>
<context>
    <name>pdi::Settings</name>
    <message>
        <source>Issuing institution, written on media labels, README.TXT and audit messages (at most 64 characters).</source>
        <translation>発行施設名。媒体のラベル、README.TXT、監査メッセージに記載します（64 文字以内）。</translation>
    </message>
    <message>
        <source>Issuing department, written on labels and README.TXT.</source>
        <translation>発行元の診療科。ラベルと README.TXT に記載します。</translation>
    </message>
    <message>
        <source>Contact telephone number for questions about a medium.</source>
        <translation>媒体に関する問い合わせ先の電話番号。</translation>
    </message>
    <message>
        <source>Postal address of the institution.</source>
        <translation>施設の住所。</translation>
    </message>
    <message>
        <source>Name of this workstation in the audit trail; the host name by default.</source>
        <translation>監査証跡に記録するこの端末の名前。既定はホスト名です。</translation>
    </message>
    <message>
        <source>Names of AI products; a series whose manufacturer, model, description or software matches one is treated as AI-derived.</source>
        <translation>AI 製品名。製造者、機種、説明、ソフトウェアのいずれかが一致するシリーズは AI 生成として扱います。</translation>
    </message>
    <message>
        <source>A series with slices this thin or thinner (mm) is thin-slice bulk data that needs an explicit decision before writing.</source>
        <translation>スライス厚がこの値（mm）以下のシリーズは薄層の大容量データとして扱い、書き込む前に明示的な判断が必要です。</translation>
    </message>
    <message>
        <source>A series with at least this many images is bulk data that needs an explicit decision before writing.</source>
        <translation>画像数がこの値以上のシリーズは大容量データとして扱い、書き込む前に明示的な判断が必要です。</translation>
    </message>
    <message>
        <source>Minutes without input after which the application signs the person out; 0: never.</source>
        <translation>操作がないまま経過するとログアウトするまでの分数。0 は自動ログアウトしません。</translation>
    </message>
    <message>
        <source>Failed logins in a row after which an account is locked until an administrator unlocks it.</source>
        <translation>連続してこの回数ログインに失敗すると、管理者が解除するまでアカウントをロックします。</translation>
    </message>
    <message>
        <source>Minimum number of characters in a new password.</source>
        <translation>新しいパスワードの最小文字数。</translation>
    </message>
    <message>
        <source>Also send every audit record to an Audit Record Repository by syslog.</source>
        <translation>すべての監査記録を syslog で監査記録リポジトリにも送信します。</translation>
    </message>
    <message>
        <source>tls (RFC 5425, confirmed delivery, recommended) or udp (RFC 5426, no delivery confirmation).</source>
        <translation>tls（RFC 5425、配送確認あり、推奨）または udp（RFC 5426、配送確認なし）。</translation>
    </message>
    <message>
        <source>Host name or IP address of the Audit Record Repository.</source>
        <translation>監査記録リポジトリのホスト名または IP アドレス。</translation>
    </message>
    <message>
        <source>Port of the repository; 0 means the standard port (6514 for TLS, 514 for UDP).</source>
        <translation>リポジトリのポート。0 は標準ポート（TLS は 6514、UDP は 514）です。</translation>
    </message>
    <message>
        <source>PEM file with the CA certificates that sign the repository's certificate; empty: the system's CA store.</source>
        <translation>リポジトリの証明書に署名した CA 証明書の PEM ファイル。空欄ではシステムの CA ストアを使います。</translation>
    </message>
    <message>
        <source>PEM certificate this station presents to the repository (mutual TLS); empty: none.</source>
        <translation>この端末がリポジトリに提示する PEM 証明書（相互 TLS）。空欄では提示しません。</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key for audit.syslog.certFile; readable by this user only.</source>
        <translation>audit.syslog.certFile の暗号化されていない PEM 秘密鍵。このユーザーだけが読めるようにしてください。</translation>
    </message>
    <message>
        <source>Seconds to wait for the repository before leaving messages queued for the next attempt.</source>
        <translation>リポジトリの応答を待つ秒数。超えるとメッセージは次回まで送信待ちのままにします。</translation>
    </message>
    <message>
        <source>Language of the desktop application: ja (Japanese), en (English), or empty to follow the system's language.</source>
        <translation>デスクトップアプリケーションの言語: ja（日本語）、en（英語）、空欄はシステムの言語に合わせます。</translation>
    </message>
    <message>
        <source>%1 must be a single line of text without control characters.</source>
        <translation>%1 は制御文字を含まない 1 行の文字列にしてください。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 は空にできません。</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; "%3" has %4.</source>
        <translation>%1 は %2 文字以内です。「%3」は %4 文字あります。</translation>
    </message>
    <message>
        <source>%1 must be a host name or an IP address, e.g. arr.hospital.local or 192.0.2.10.</source>
        <translation>%1 はホスト名または IP アドレスにしてください（例: arr.hospital.local、192.0.2.10）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 は %2 から %3 までの整数にしてください。</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (use a dot for decimals).</source>
        <translation>%1 は %2 から %3 までの数値にしてください（小数点はピリオド）。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 は true または false にしてください。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 は次のいずれかにしてください: %2。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a JSON array of names; give the names separated by commas instead.</source>
        <translation>%1: 「%2」は名前の JSON 配列ではありません。代わりに名前をコンマで区切って入力してください。</translation>
    </message>
    <message>
        <source>%1: every item of the JSON array must be a text.</source>
        <translation>%1: JSON 配列の要素はすべて文字列にしてください。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a usable name (one line, at most %3 characters).</source>
        <translation>%1: 「%2」は使えない名前です（1 行、%3 文字以内）。</translation>
    </message>
    <message>
        <source>%1 takes at most 500 names.</source>
        <translation>%1 に登録できる名前は 500 件までです。</translation>
    </message>
    <message>
        <source>%1 must be an absolute path (the GUI and the CLI start in different folders).</source>
        <translation>%1 は絶対パスにしてください（GUI と CLI では起動するフォルダが異なります）。</translation>
    </message>
    <message>
        <source>%1: %2 is not a readable file.</source>
        <translation>%1: %2 は読み取れるファイルではありません。</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate.</source>
        <translation>%1: %2 に PEM 証明書がありません。</translation>
    </message>
    <message>
        <source>%1: %2 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1: %2 に暗号化されていない PEM 秘密鍵（RSA または EC）がありません。</translation>
    </message>
    <message>
        <source>%1 cannot be set.</source>
        <translation>%1 は設定できません。</translation>
    </message>
    <message>
        <source>Set audit.syslog.host before turning on audit.syslog.enabled.</source>
        <translation>audit.syslog.enabled をオンにする前に audit.syslog.host を設定してください。</translation>
    </message>
    <message>
        <source>Turn off audit.syslog.enabled before clearing audit.syslog.host.</source>
        <translation>audit.syslog.host を空にする前に audit.syslog.enabled をオフにしてください。</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>設定 %1 の保存</translation>
    </message>
    <message>
        <source>DICOM AE title of this station (calling AE title towards PACS and worklist nodes unless a node names its own).</source>
        <translation>この端末の DICOM AE タイトル（ノードに個別の指定がなければ、PACS やワークリストへの呼び出し側 AE タイトル）。</translation>
    </message>
    <message>
        <source>TCP port on which this station receives storage commitment results (N-EVENT-REPORT) from a PACS; 0: none, imports to a node with the commit role then cannot complete.</source>
        <translation>PACS からストレージコミットメントの結果（N-EVENT-REPORT）を受け取る TCP ポート。0: なし（その場合、commit の役割を持つノードへの取り込みは完了できません）。</translation>
    </message>
    <message>
        <source>Seconds to wait for a DICOM node to connect or answer before the operation ends as failed or incomplete.</source>
        <translation>DICOM ノードの接続や応答を待つ秒数。過ぎると失敗または未完了として終了します。</translation>
    </message>
    <message>
        <source>Reconciliation looks for worklist entries scheduled up to this many days before and after today.</source>
        <translation>照合では、今日の前後この日数以内に予定されたワークリスト項目を探します。</translation>
    </message>
    <message>
        <source>Seconds an import waits for the PACS to confirm storage commitment; unconfirmed instances are asked for again by the next run.</source>
        <translation>取り込みで PACS のストレージコミットメントの確認を待つ秒数。確認のないインスタンスは次回の実行で再度確認を求めます。</translation>
    </message>
    <message>
        <source>%1: "%2" is not an AE title; use 1 to 16 letters, digits, spaces or punctuation without a backslash, e.g. PDISTATION.</source>
        <translation>%1: 「%2」は AE タイトルではありません。1～16 文字の英字、数字、空白、記号（バックスラッシュを除く）を使ってください（例: PDISTATION）。</translation>
    </message>
    <message>
        <source>An import under a local patient whose birth date, sex or name contradicts the medium also needs the approval of a second person (technologist or administrator) who signs in for it.</source>
        <translation>生年月日・性別・氏名が媒体と矛盾する院内患者への取り込みには、さらに第二の担当者（技師または管理者）がサインインして承認する必要があります。</translation>
    </message>
    <message>
        <source>File where the head of the audit trail is appended once a day and at each anchoring; keep it where this station can append but not rewrite (an append-only file, a write-once share). Verification compares the trail with it. Empty: no file.</source>
        <translation>監査証跡の先頭（最新の記録とそのハッシュ）を 1 日 1 回とアンカー取得のたびに追記するファイル。この端末が追記はできても書き換えはできない場所（追記専用ファイル、書き込み一回限りの共有）に置いてください。検証時に証跡と照合します。空欄: ファイルなし。</translation>
    </message>
    <message>
        <source>IP address of this computer on which storage commitment results are received; empty: the address this computer uses to reach the node.</source>
        <translation>ストレージコミットメントの結果を受け取る、このコンピューターの IP アドレス。空欄: このコンピューターがノードに接続するときのアドレス。</translation>
    </message>
    <message>
        <source>%1: "%2" is not an IP address; give one of this computer's addresses, e.g. 10.0.0.5, or nothing to use the address that reaches the node.</source>
        <translation>%1: 「%2」は IP アドレスではありません。このコンピューターのアドレス（例: 10.0.0.5）を入力するか、空欄にしてノードに届くアドレスを使ってください。</translation>
    </message>
    <message>
        <source>%1: %2 is not an address of this computer.</source>
        <translation>%1: %2 はこのコンピューターのアドレスではありません。</translation>
    </message>
    <message>
        <source>There is no setting "%1".</source>
        <translation>設定「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 must be the address of one directory server, e.g. ldaps://dc1.hospital.local or ldap://ldap.hospital.local:389 (the station then requires StartTLS).</source>
        <translation>%1 には一つのディレクトリサーバーのアドレスを指定してください。例: ldaps://dc1.hospital.local または ldap://ldap.hospital.local:389（この場合 StartTLS が必須になります）。</translation>
    </message>
    <message>
        <source>%1 must contain %2 where the login name goes, e.g. %2@hospital.local or uid=%2,ou=people,dc=hospital,dc=local.</source>
        <translation>%1 にはログイン名が入る位置に %2 を含めてください。例: %2@hospital.local または uid=%2,ou=people,dc=hospital,dc=local。</translation>
    </message>
    <message>
        <source>%1 is not a valid distinguished name with the login name in it.</source>
        <translation>%1 はログイン名を含む有効な識別名（DN）ではありません。</translation>
    </message>
    <message>
        <source>%1 must be an LDAP filter in parentheses with %2 where the login name goes, e.g. (&amp;(objectClass=person)(uid=%2)).</source>
        <translation>%1 は括弧で囲んだ LDAP フィルターで、ログイン名が入る位置に %2 を含めてください。例: (&amp;(objectClass=person)(uid=%2))。</translation>
    </message>
    <message>
        <source>%1 must be a distinguished name such as cn=pdi-admins,ou=groups,dc=hospital,dc=local.</source>
        <translation>%1 には cn=pdi-admins,ou=groups,dc=hospital,dc=local のような識別名（DN）を指定してください。</translation>
    </message>
    <message>
        <source>%1: other users of this computer can read or change %2, and it holds the service account's password. Make it readable by its owner only (mode 600).</source>
        <translation>%1: %2 はサービスアカウントのパスワードを含むのに、このコンピューターの他のユーザーが読み書きできます。所有者だけが読めるようにしてください（モード 600）。</translation>
    </message>
    <message>
        <source>The hospital directory (LDAP or Active Directory) people sign in with: ldaps://host or ldap://host (then StartTLS is required). Empty: only this station's own accounts.</source>
        <translation>職員がサインインに使う病院のディレクトリ（LDAP または Active Directory）: ldaps://ホスト または ldap://ホスト（この場合 StartTLS が必須）。空欄: この端末独自のアカウントのみ。</translation>
    </message>
    <message>
        <source>PEM file with the CA certificates that sign the directory server's certificate; empty: the system's CA store.</source>
        <translation>ディレクトリサーバーの証明書に署名した CA 証明書の PEM ファイル。空欄: システムの CA ストア。</translation>
    </message>
    <message>
        <source>person: sign in to the directory with the person's own name made from the name template; search: find the person with the service account first, then sign in as them.</source>
        <translation>person: 名前のテンプレートから作った本人の名前でディレクトリにサインイン。search: サービスアカウントで本人を検索してから本人としてサインイン。</translation>
    </message>
    <message>
        <source>How the login name becomes the person's name in the directory: a user principal name such as %1@hospital.local, or a distinguished name such as uid=%1,ou=people,dc=hospital,dc=local.</source>
        <translation>ログイン名からディレクトリ上の本人の名前を作る方法: %1@hospital.local のようなユーザープリンシパル名、または uid=%1,ou=people,dc=hospital,dc=local のような識別名。</translation>
    </message>
    <message>
        <source>Distinguished name of the service account that searches the directory (search mode).</source>
        <translation>ディレクトリを検索するサービスアカウントの識別名（search モード）。</translation>
    </message>
    <message>
        <source>File holding the service account's password on its first line; readable by this station's user only.</source>
        <translation>サービスアカウントのパスワードを 1 行目に書いたファイル。この端末のユーザーだけが読めること。</translation>
    </message>
    <message>
        <source>Where people and groups are searched, e.g. dc=hospital,dc=local.</source>
        <translation>職員とグループを検索する場所。例: dc=hospital,dc=local。</translation>
    </message>
    <message>
        <source>Filter that finds a person by login name (%1). OpenLDAP: (&amp;(objectClass=person)(uid=%1)); Active Directory: (&amp;(objectClass=user)(sAMAccountName=%1)).</source>
        <translation>ログイン名（%1）で本人を探すフィルター。OpenLDAP: (&amp;(objectClass=person)(uid=%1))、Active Directory: (&amp;(objectClass=user)(sAMAccountName=%1))。</translation>
    </message>
    <message>
        <source>Directory group whose members sign in as reception.</source>
        <translation>所属者が受付としてサインインするディレクトリグループ。</translation>
    </message>
    <message>
        <source>Directory group whose members sign in as front desk.</source>
        <translation>所属者がフロントデスクとしてサインインするディレクトリグループ。</translation>
    </message>
    <message>
        <source>Directory group whose members sign in as technologists.</source>
        <translation>所属者が技師としてサインインするディレクトリグループ。</translation>
    </message>
    <message>
        <source>Directory group whose members sign in as administrators.</source>
        <translation>所属者が管理者としてサインインするディレクトリグループ。</translation>
    </message>
    <message>
        <source>Directory group a person must also be in to sign in at all; empty: none.</source>
        <translation>サインインするために所属が必須のディレクトリグループ。空欄: 指定なし。</translation>
    </message>
    <message>
        <source>Seconds to wait for the directory before a sign-in fails as unreachable.</source>
        <translation>サインインを接続不可として失敗させるまでディレクトリの応答を待つ秒数。</translation>
    </message>
</context>
<context>
    <name>pdi::SettingsForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>変更された値がないため、保存するものはありません。</translation>
    </message>
    <message>
        <source>%1 (Saved before the problem: %2.)</source>
        <translation>%1（問題の前に保存済み: %2）</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>This value</source>
        <translation>この値</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>pdi::SettingsWorkspace</name>
    <message>
        <source>Institution</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Station and sign-in</source>
        <translation>端末とログイン</translation>
    </message>
    <message>
        <source>AI and bulk data</source>
        <translation>AI と大容量データ</translation>
    </message>
    <message>
        <source>Audit forwarding</source>
        <translation>監査記録の転送</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>DICOM nodes</source>
        <translation>DICOM ノード</translation>
    </message>
    <message>
        <source>Directory sign-in</source>
        <translation>ディレクトリでのサインイン</translation>
    </message>
</context>
<context>
    <name>pdi::SourceList</name>
    <message>
        <source>Add folder...</source>
        <translation>フォルダを追加...</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>ファイルを追加...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Add the folders or files that hold the patient's images, or drop them here. Only DICOM objects are written; documents go under Other files.</source>
        <translation>患者の画像があるフォルダやファイルを追加するか、ここにドロップしてください。書き込むのは DICOM オブジェクトだけです。文書は「その他のファイル」に追加します。</translation>
    </message>
    <message>
        <source>Files that are not written:</source>
        <translation>書き込まないファイル:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Why it is not written</source>
        <translation>書き込まない理由</translation>
    </message>
    <message>
        <source>Use as source</source>
        <translation>書き込み元にする</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>A medium was inserted: %1. Use it as a source?</source>
        <translation>媒体が挿入されました: %1。書き込み元にしますか?</translation>
    </message>
    <message>
        <source>Add a source folder</source>
        <translation>書き込み元のフォルダを追加</translation>
    </message>
    <message>
        <source>Add source files</source>
        <translation>書き込み元のファイルを追加</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm *.DCM *);;All files (*)</source>
        <translation>DICOM ファイル (*.dcm *.DCM *);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%1 の %n ファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%2 ファイル中 %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>reading ...</source>
        <translation>読み込み中...</translation>
    </message>
    <message numerus="yes">
        <source>%n DICOM object(s)</source>
        <translation>
            <numerusform>DICOM オブジェクト %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written</source>
        <translation>
            <numerusform>書き込まないファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>書き込み元はまだありません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>objects, files not written</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>From the local archive...</source>
        <translation>端末内アーカイブから...</translation>
    </message>
    <message>
        <source>Local archive: %1, %2, %3</source>
        <translation>端末内アーカイブ: %1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n 検査</numerusform>
        </translation>
    </message>
    <message>
        <source>From a PACS...</source>
        <translation>PACS から...</translation>
    </message>
    <message>
        <source>Search a PACS for the patient and retrieve the chosen studies. An administrator configures the PACS under Settings, DICOM nodes.</source>
        <translation>PACS で患者を検索し、選んだ検査を取得します。PACS は管理者が「設定」の「DICOM ノード」で設定します。</translation>
    </message>
    <message>
        <source>PACS %1: %2, %3, %4</source>
        <translation>PACS %1: %2、%3、%4</translation>
    </message>
</context>
<context>
    <name>pdi::StationForm</name>
    <message>
        <source>&amp;Station name:</source>
        <translation>端末名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Sign out after &amp;idle time:</source>
        <translation>操作がないときの自動ログアウト(&amp;I):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Lock an account after &amp;failed sign-ins:</source>
        <translation>アカウントをロックするログイン失敗回数(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Minimum password length:</source>
        <translation>パスワードの最小文字数(&amp;M):</translation>
    </message>
    <message>
        <source>The station name identifies this computer in the audit trail. A locked account stays locked until an administrator unlocks it under Users.</source>
        <translation>端末名は監査証跡でこのコンピュータを示します。ロックされたアカウントは、管理者が「ユーザー」で解除するまでロックされたままです。</translation>
    </message>
    <message>
        <source>DICOM network (PACS and worklist: Settings, DICOM nodes)</source>
        <translation>DICOM ネットワーク（PACS とワークリストは「設定」の「DICOM ノード」で設定）</translation>
    </message>
    <message>
        <source>Station &amp;AE title:</source>
        <translation>端末の AE タイトル(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port for storage commitment results:</source>
        <translation>ストレージコミットメント結果の受信ポート(&amp;P):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Wait for a node:</source>
        <translation>ノードの応答待ち時間(&amp;W):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Work&amp;list orders within:</source>
        <translation>ワークリストのオーダー検索範囲(&amp;L):</translation>
    </message>
    <message>
        <source> days of today</source>
        <translation> 日（今日の前後）</translation>
    </message>
    <message>
        <source>Wait for storage &amp;commitment:</source>
        <translation>ストレージコミットメントの待ち時間(&amp;C):</translation>
    </message>
    <message>
        <source>A second person approves an import under a local patient who contradicts the medium</source>
        <translation>媒体と矛盾する院内患者への取り込みは第二の担当者が承認する</translation>
    </message>
    <message>
        <source>Station database</source>
        <translation>端末のデータベース</translation>
    </message>
    <message>
        <source>Shared: %1. Stations using it: %2. The station name, language, AE title, port and files named here are this station's own; every other setting applies to all stations.</source>
        <translation>共有: %1。使っている端末: %2。ここで指定する端末名、言語、AE タイトル、ポート、ファイルはこの端末固有です。その他の設定はすべての端末に適用されます。</translation>
    </message>
    <message>
        <source>This station keeps its records on its own, in the file pdistation.db of its data folder. Several stations can share one PostgreSQL database instead; an administrator sets that up on each computer (see the administrator's guide, "Several stations").</source>
        <translation>この端末は記録を単独で、データフォルダーのファイル pdistation.db に保存しています。複数の端末で一つの PostgreSQL データベースを共有することもできます。その設定は管理者が各コンピューターで行います（管理者ガイドの「Several stations」を参照）。</translation>
    </message>
</context>
<context>
    <name>pdi::StationOwner</name>
    <message>
        <source>Cannot read the data directory %1: %2</source>
        <translation>データディレクトリ %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Only the operating-system user who owns the data directory %1 may do this.</source>
        <translation>この操作は、データディレクトリ %1 を所有する OS ユーザーだけが行えます。</translation>
    </message>
</context>
<context>
    <name>pdi::StationRecovery</name>
    <message>
        <source>Unfinished jobs could not be looked for: %1</source>
        <translation>終わっていない作業を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The write %1 started by %2 at %3 was interrupted (the program ended before it finished); the medium was not verified and must not be handed over. Write it again.</source>
        <translation>%2 が %3 に始めた書き込み（%1）は中断されました（終わる前にプログラムが終了しました）。媒体は検証されていないので渡さないでください。もう一度書き込んでください。</translation>
    </message>
    <message>
        <source>The import %1 started by %2 at %3 was interrupted (the program ended while it ran; %4). Run the same import again to send the rest.</source>
        <translation>%2 が %3 に始めた取り込み（%1）は中断されました（実行中にプログラムが終了しました。%4）。同じ取り込みをもう一度実行すると残りを送ります。</translation>
    </message>
    <message>
        <source>Removed what it left: %1.</source>
        <translation>残っていたものを削除しました: %1。</translation>
    </message>
</context>
<context>
    <name>pdi::StationRegistry</name>
    <message>
        <source>reading the list of stations</source>
        <translation>端末一覧の読み取り</translation>
    </message>
    <message>
        <source>recording this station</source>
        <translation>この端末の記録</translation>
    </message>
</context>
<context>
    <name>pdi::StationShell</name>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without input.</source>
        <translation>
            <numerusform>%n 分間操作がなかったため、ログアウトしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::StorageCommitment</name>
    <message>
        <source>processing failure</source>
        <translation>処理の失敗</translation>
    </message>
    <message>
        <source>no such object instance</source>
        <translation>該当するオブジェクトインスタンスがありません</translation>
    </message>
    <message>
        <source>resource limitation</source>
        <translation>リソース不足</translation>
    </message>
    <message>
        <source>SOP class not supported</source>
        <translation>SOP Class に対応していません</translation>
    </message>
    <message>
        <source>class / instance conflict</source>
        <translation>クラスとインスタンスの不一致</translation>
    </message>
    <message>
        <source>duplicate transaction UID</source>
        <translation>トランザクション UID の重複</translation>
    </message>
    <message>
        <source>failure 0x%1</source>
        <translation>失敗 0x%1</translation>
    </message>
    <message>
        <source>%1 does not offer storage commitment; remove the commit role from the node or enable it in the PACS.</source>
        <translation>%1 はストレージコミットメントに対応していません。ノードから commit の役割を外すか、PACS 側で有効にしてください。</translation>
    </message>
    <message>
        <source>%1 refused the storage commitment request (status 0x%2).</source>
        <translation>%1 がストレージコミットメントの要求を拒否しました（ステータス 0x%2）。</translation>
    </message>
    <message>
        <source>This station has no address from which it reaches %1, so it cannot receive the storage commitment result; check the node's host or set station.dicomAddress.</source>
        <translation>この端末には %1 に届くアドレスがないため、ストレージコミットメントの結果を受け取れません。ノードのホストを確認するか、station.dicomAddress を設定してください。</translation>
    </message>
    <message>
        <source>%1 has the commit role, but this station has no port on which the PACS can send its storage commitment result. Give this station a DICOM port in its settings and register the station (AE title %2, that port) in the PACS.</source>
        <translation>%1 は保存確認 (Storage Commitment) を行う設定ですが、この端末には PACS が結果を送るポートがありません。端末の設定で DICOM ポートを指定し、PACS にこの端末（AE タイトル %2、そのポート）を登録してください。</translation>
    </message>
</context>
<context>
    <name>pdi::StoreSession</name>
    <message>
        <source>Nothing to send to %1.</source>
        <translation>%1 に送信するものはありません。</translation>
    </message>
    <message>
        <source>%1 accepts neither %2 nor an uncompressed transfer syntax for this kind of object (%3).</source>
        <translation>%1 はこの種類のオブジェクト（%3）について、%2 も非圧縮の転送構文も受け付けません。</translation>
    </message>
    <message>
        <source>%1 does not accept %2 and the object cannot be decompressed here.</source>
        <translation>%1 は %2 を受け付けず、このオブジェクトはここで展開できません。</translation>
    </message>
    <message>
        <source>stored with warning: %1</source>
        <translation>警告付きで保存: %1</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 が %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>out of resources</source>
        <translation>リソース不足</translation>
    </message>
    <message>
        <source>data set does not match the SOP class</source>
        <translation>データセットが SOP Class と一致しません</translation>
    </message>
    <message>
        <source>cannot understand</source>
        <translation>解釈できません</translation>
    </message>
    <message>
        <source>coercion of data elements</source>
        <translation>データ要素の変換</translation>
    </message>
    <message>
        <source>elements discarded</source>
        <translation>要素の破棄</translation>
    </message>
    <message>
        <source>SOP class not supported</source>
        <translation>SOP Class に対応していません</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>duplicate SOP instance</source>
        <translation>SOP インスタンスの重複</translation>
    </message>
    <message>
        <source>unrecognized operation</source>
        <translation>認識できない操作</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>pdi::StudyChecklist</name>
    <message>
        <source>Study</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>検査日</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ数</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト数</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(説明なし)</translation>
    </message>
</context>
<context>
    <name>pdi::StudyPlanner</name>
    <message>
        <source>series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>%1 シリーズ</translation>
    </message>
    <message>
        <source>marked as AI-derived by the operator</source>
        <translation>操作者が AI 生成と指定</translation>
    </message>
    <message>
        <source>%1 is in a study that was not chosen.</source>
        <translation>%1 は選択されていない検査に含まれています。</translation>
    </message>
    <message>
        <source>%1 was not chosen.</source>
        <translation>%1 は選択されていません。</translation>
    </message>
    <message>
        <source>%1 was left out by the operator.</source>
        <translation>%1 は操作者が除外しました。</translation>
    </message>
    <message>
        <source>%1 images, slices %2 mm</source>
        <translation>%1 枚、スライス厚 %2 mm</translation>
    </message>
    <message>
        <source>%1 is video; it is left out unless you decide to include it.</source>
        <translation>%1 は動画です。入れると決めない限り除外されます。</translation>
    </message>
    <message>
        <source>%1 is thin-slice or very large data (%2 images, slices %3 mm); it is left out unless you decide to include it.</source>
        <translation>%1 は薄いスライスまたは非常に大きなデータです（%2 画像、スライス厚 %3 mm）。入れると決めない限り除外されます。</translation>
    </message>
    <message>
        <source>%1 looks AI-derived (%2); it is left out unless you decide to include it or say it is not.</source>
        <translation>%1 は AI 由来の画像と思われます（%2）。入れると決めるか、AI 由来ではないと判断しない限り除外されます。</translation>
    </message>
</context>
<context>
    <name>pdi::StudyRetrieval</name>
    <message>
        <source>%1 knows no study of patient ID %2</source>
        <translation>%1 には患者ID %2 の検査がありません</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET (Study Root); retrieving from it is not possible</source>
        <translation>%1 は C-GET（Study Root）に対応していないため、取得できません</translation>
    </message>
    <message>
        <source>retrieving was cancelled</source>
        <translation>取得は取り消されました</translation>
    </message>
    <message>
        <source>Retrieving from the PACS</source>
        <translation>PACS から取得中</translation>
    </message>
    <message>
        <source>%1 refused to send study %2 (status 0x%3)</source>
        <translation>%1 は検査 %2 の送信を拒否しました（ステータス 0x%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not send %n object(s); the medium would be incomplete. Try again or ask the PACS administrator.</source>
        <translation>
            <numerusform>%1 は %n 件のオブジェクトを送れませんでした。このままでは媒体が不完全になります。やり直すか、PACS の管理者に相談してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::SyslogSender</name>
    <message>
        <source>The audit repository host %1 cannot be found: %2. Check audit.syslog.host.</source>
        <translation>監査記録リポジトリのホスト %1 が見つかりません: %2。audit.syslog.host を確認してください。</translation>
    </message>
    <message>
        <source>Sending an audit message by UDP to %1:%2 failed: %3.</source>
        <translation>UDP での %1:%2 への監査メッセージの送信に失敗しました: %3。</translation>
    </message>
    <message>
        <source>TLS is not available on this system (Qt's OpenSSL backend is missing); install the Qt 6 network package or use audit.syslog.transport udp.</source>
        <translation>このシステムでは TLS を使えません（Qt の OpenSSL バックエンドがありません）。Qt 6 のネットワークパッケージをインストールするか、audit.syslog.transport を udp にしてください。</translation>
    </message>
    <message>
        <source>audit.syslog.caFile %1 holds no PEM certificate; set it to the CA file of the audit repository.</source>
        <translation>audit.syslog.caFile %1 に PEM 証明書がありません。監査記録リポジトリの CA ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Set both audit.syslog.certFile and audit.syslog.keyFile, or neither.</source>
        <translation>audit.syslog.certFile と audit.syslog.keyFile は両方設定するか、両方空にしてください。</translation>
    </message>
    <message>
        <source>The station certificate %1 or its key %2 cannot be read; check audit.syslog.certFile and audit.syslog.keyFile.</source>
        <translation>端末の証明書 %1 またはその鍵 %2 を読み込めません。audit.syslog.certFile と audit.syslog.keyFile を確認してください。</translation>
    </message>
    <message>
        <source>The audit repository %1:%2 cannot be reached over TLS: %3. Messages stay queued and are sent when it is back.</source>
        <translation>監査記録リポジトリ %1:%2 に TLS で接続できません: %3。メッセージは送信待ちのまま保持し、復旧後に送信します。</translation>
    </message>
    <message>
        <source>The connection to the audit repository %1:%2 broke: %3. Unsent messages stay queued.</source>
        <translation>監査記録リポジトリ %1:%2 との接続が切れました: %3。未送信のメッセージは送信待ちのままです。</translation>
    </message>
    <message>
        <source>reading the audit message queue</source>
        <translation>監査メッセージの送信待ちの読み込み</translation>
    </message>
    <message>
        <source>removing a sent audit message from the queue</source>
        <translation>送信済み監査メッセージの送信待ちからの削除</translation>
    </message>
</context>
<context>
    <name>pdi::TargetChooser</name>
    <message>
        <source>Write to:</source>
        <translation>書き込み先:</translation>
    </message>
    <message>
        <source>USB stick or folder</source>
        <translation>USB メモリまたはフォルダ</translation>
    </message>
    <message>
        <source>Disc image file (ISO)</source>
        <translation>ディスクイメージファイル（ISO）</translation>
    </message>
    <message>
        <source>Disc in a drive</source>
        <translation>ドライブのディスク</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>媒体:</translation>
    </message>
    <message>
        <source>Add web content (pages any browser can open)</source>
        <translation>Webコンテンツを追加（ブラウザで閲覧できるページ）</translation>
    </message>
    <message>
        <source>Other files (documents, pictures):</source>
        <translation>その他のファイル（文書、写真）:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>On the medium</source>
        <translation>媒体上の名前</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>the USB stick or an empty folder</source>
        <translation>USB メモリまたは空のフォルダ</translation>
    </message>
    <message>
        <source>a new .iso file</source>
        <translation>新しい .iso ファイル</translation>
    </message>
    <message>
        <source>Choose the USB stick or an empty folder</source>
        <translation>USB メモリまたは空のフォルダを選択</translation>
    </message>
    <message>
        <source>Save the disc image as</source>
        <translation>ディスクイメージの保存先</translation>
    </message>
    <message>
        <source>Disc images (*.iso)</source>
        <translation>ディスクイメージ (*.iso)</translation>
    </message>
    <message>
        <source>Choose the drive.</source>
        <translation>ドライブを選んでください。</translation>
    </message>
    <message>
        <source>Choose where to write.</source>
        <translation>書き込み先を選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a drive; drives are named like /dev/sr0.</source>
        <translation>%1 はドライブではありません。ドライブは /dev/sr0 のような名前です。</translation>
    </message>
    <message>
        <source>A disc image file name ends in .iso.</source>
        <translation>ディスクイメージのファイル名は .iso で終わります。</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose the USB stick or a folder.</source>
        <translation>%1 はフォルダではありません。USB メモリかフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Add documents or pictures</source>
        <translation>文書または写真を追加</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png *.txt);;All files (*)</source>
        <translation>文書と写真 (*.pdf *.jpg *.jpeg *.png *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>pdi::Transaction</name>
    <message>
        <source>A change was committed twice; this is a program error.</source>
        <translation>変更が 2 回確定されました。プログラムの不具合です。</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>変更の保存</translation>
    </message>
</context>
<context>
    <name>pdi::Transcoder</name>
    <message>
        <source>none (re-encoded only)</source>
        <translation>なし（再符号化のみ）</translation>
    </message>
    <message>
        <source>Deflate</source>
        <translation>Deflate</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>JPEG-LS</source>
        <translation>JPEG-LS</translation>
    </message>
    <message>
        <source>RLE</source>
        <translation>RLE</translation>
    </message>
    <message>
        <source>JPEG 2000</source>
        <translation>JPEG 2000</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Check that the source is still there and readable.</source>
        <translation>%1 を開けません（%2）。元のファイルがあり、読み取れることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file, so it cannot be written as DICOM. Put it on the medium as other content, or leave it off.</source>
        <translation>%1 は DICOM ファイルではないため、DICOM として書き込めません。その他のデータとして媒体に入れるか、除外してください。</translation>
    </message>
    <message>
        <source>%1 is a video (%2). Video is not decoded for a referral medium; it is carried as it is only when the operator decides to include it.</source>
        <translation>%1 は動画です（%2）。紹介用媒体のために動画は復号しません。操作者が含めると判断した場合に限り、そのまま収録します。</translation>
    </message>
    <message>
        <source>%1 is encoded as %2, which this program cannot decode. Ask the sender for an uncompressed or JPEG/JPEG-LS/RLE/JPEG 2000 copy, or leave it off.</source>
        <translation>%1 は %2 で符号化されており、このプログラムでは復号できません。送付元に非圧縮または JPEG/JPEG-LS/RLE/JPEG 2000 のデータを依頼するか、除外してください。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Get the image again from its source, or leave it off.</source>
        <translation>%1 は破損しており読み込めません（%2）。元の場所から画像を取得し直すか、除外してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) stored with the unknown VR UN were given the VR of the DICOM dictionary; their values are unchanged.</source>
        <translation>
            <numerusform>VR が不明（UN）の属性 %n 件に DICOM 辞書の VR を付けました。値は変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no SOP Class UID or SOP Instance UID, so it cannot be referenced from a DICOMDIR. Leave it off, or get a complete copy from its source.</source>
        <translation>%1 には SOP Class UID または SOP Instance UID がないため、DICOMDIR から参照できません。除外するか、元の場所から完全なデータを取得してください。</translation>
    </message>
    <message>
        <source>%1 would take %2 MB once decoded, more than the %3 MB allowed. Leave it off, or ask the sender for an uncompressed copy.</source>
        <translation>%1 は復号すると %2 MB となり、上限の %3 MB を超えます。除外するか、送付元に非圧縮のデータを依頼してください。</translation>
    </message>
    <message>
        <source>Transcoding %1 was cancelled.</source>
        <translation>%1 の変換をキャンセルしました。</translation>
    </message>
    <message>
        <source>The RLE compressed pixels of %1 are damaged: %2. Get the image again from its source, or leave it off.</source>
        <translation>%1 の RLE 圧縮画素が破損しています: %2。元の場所から画像を取得し直すか、除外してください。</translation>
    </message>
    <message>
        <source>The %1 compressed pixels of %2 cannot be decoded (%3). Get the image again from its source, or leave it off.</source>
        <translation>%2 の %1 圧縮画素を復号できません（%3）。元の場所から画像を取得し直すか、除外してください。</translation>
    </message>
    <message>
        <source>The JPEG 2000 pixels of %1 cannot be decoded correctly: %2. Get an uncompressed copy from its source, or leave it off.</source>
        <translation>%1 の JPEG 2000 画素を正しく復号できません: %2。元の場所から非圧縮のデータを取得するか、除外してください。</translation>
    </message>
    <message>
        <source>%1 holds further JPEG 2000 pixel data (an icon image, for example) that cannot be decoded. Leave it off, or ask the sender for an uncompressed copy.</source>
        <translation>%1 には復号できない JPEG 2000 画素データ（アイコン画像など）がほかにも含まれています。除外するか、送付元に非圧縮のデータを依頼してください。</translation>
    </message>
    <message>
        <source>%1 cannot be written as Explicit VR Little Endian.</source>
        <translation>%1 を Explicit VR Little Endian で書き込めません。</translation>
    </message>
    <message>
        <source>%1 cannot be written to %2 (%3). Check the free space and the permissions of the target folder.</source>
        <translation>%1 を %2 に書き込めません（%3）。書き込み先フォルダの空き容量と権限を確認してください。</translation>
    </message>
    <message>
        <source>%1 cannot be written to %2. Check the free space and the permissions of the target folder.</source>
        <translation>%1 を %2 に書き込めません。書き込み先フォルダの空き容量と権限を確認してください。</translation>
    </message>
    <message>
        <source>SOP Instance UID %1 instead of %2</source>
        <translation>SOP Instance UID %1（正しくは %2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>SOP Class UID %1 instead of %2</source>
        <translation>SOP Class UID %1（正しくは %2）</translation>
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
    <name>pdi::UserTable</name>
    <message>
        <source>Login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>追加...</translation>
    </message>
    <message>
        <source>Change role...</source>
        <translation>役割の変更...</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>パスワードの再設定...</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message numerus="yes">
        <source>locked after %n failed sign-in(s)</source>
        <translation>
            <numerusform>ロック中（ログイン失敗 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Adding %1 ...</source>
        <translation>%1 を追加しています...</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>アカウント %1 を追加しました。</translation>
    </message>
    <message>
        <source>The password of %1 was changed; tell the person in person.</source>
        <translation>%1 のパスワードを変更しました。本人に直接伝えてください。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 の役割を%2にしました。</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>アカウント %1 を無効にしました。</translation>
    </message>
    <message>
        <source>Account %1 is enabled.</source>
        <translation>アカウント %1 を有効にしました。</translation>
    </message>
    <message>
        <source>Account %1 is unlocked.</source>
        <translation>アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 の役割:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <source>One account per person: the audit trail names whoever signed in. Disable an account instead of deleting it, so that its records stay readable. People of the hospital directory appear here after their first sign-in; their password and role are the directory's.</source>
        <translation>アカウントは一人に一つです。監査証跡にはサインインした人の名前が残ります。記録を読めるように、アカウントは削除せず無効にしてください。病院のディレクトリの職員は、初めてサインインした後にここに表示されます。パスワードと役割はディレクトリのものです。</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>hospital directory</source>
        <translation>病院のディレクトリ</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>この端末</translation>
    </message>
</context>
<context>
    <name>pdi::WebContentWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Series %1 of the study of %2</source>
        <translation>%2 の検査のシリーズ %1</translation>
    </message>
    <message>
        <source>%1: no preview for video.</source>
        <translation>%1: 動画のプレビューはありません。</translation>
    </message>
    <message>
        <source>%1: no preview, there is no image to make it from.</source>
        <translation>%1: 元になる画像がないため、プレビューはありません。</translation>
    </message>
    <message>
        <source>%1: no preview, %2.</source>
        <translation>%1: プレビューなし、%2。</translation>
    </message>
</context>
<context>
    <name>pdi::WorkerThread</name>
    <message>
        <source>no thread could be started for this work (%1); the computer is short of memory or of threads. Close other programs and try again.</source>
        <translation>この作業のためのスレッドを開始できませんでした（%1）。メモリまたはスレッドが不足しています。他のプログラムを閉じてもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>pdi::WorkerThreads</name>
    <message>
        <source>no thread could be started to read the files (%1); the computer is short of memory or of threads. Close other programs and try again.</source>
        <translation>ファイルを読むためのスレッドを開始できませんでした（%1）。メモリまたはスレッドが不足しています。他のプログラムを閉じてもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>pdi::WriteConfirmation</name>
    <message>
        <source>Include video: %1</source>
        <translation>動画を含める: %1</translation>
    </message>
    <message>
        <source>Include thin-slice or large data: %1 (%2)</source>
        <translation>薄層・大容量データを含める: %1（%2）</translation>
    </message>
    <message>
        <source>Include AI-derived images: %1 (%2)</source>
        <translation>AI生成画像を含める: %1（%2）</translation>
    </message>
    <message>
        <source>Treat as AI-derived: %1</source>
        <translation>AI生成として扱う: %1</translation>
    </message>
    <message>
        <source>Treat as not AI-derived: %1 (recognised by: %2)</source>
        <translation>AI生成ではないとして扱う: %1（判定理由: %2）</translation>
    </message>
    <message>
        <source>Another patient: %1</source>
        <translation>別の患者: %1</translation>
    </message>
    <message>
        <source>%1: not ticked</source>
        <translation>%1: チェックなし</translation>
    </message>
    <message>
        <source>%1: video, left out unless you tick it</source>
        <translation>%1: 動画。チェックを入れない限り除外</translation>
    </message>
    <message>
        <source>%1: thin-slice or large data, left out unless you tick it</source>
        <translation>%1: 薄層・大容量データ。チェックを入れない限り除外</translation>
    </message>
    <message>
        <source>%1: AI-derived, left out unless you tick it (or choose Not AI-derived)</source>
        <translation>%1: AI生成。チェックを入れるか「AI生成ではない」を選ばない限り除外</translation>
    </message>
    <message>
        <source>USB stick or folder %1 (%2)</source>
        <translation>USB メモリまたはフォルダ %1（%2）</translation>
    </message>
    <message>
        <source>disc image file %1 (%2)</source>
        <translation>ディスクイメージファイル %1（%2）</translation>
    </message>
    <message>
        <source>disc in %1 (%2)</source>
        <translation>%1 のディスク（%2）</translation>
    </message>
    <message>
        <source>%1 in %2 of %3, about %4 MB</source>
        <translation>%1（%3、%2）、約 %4 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n オブジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n シリーズ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n 検査</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>ID %1   born %2   %3</source>
        <translation>ID %1   生年月日 %2   %3</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1（発行者 %2）</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation>検査 %1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>Series %1  %2  %3  (%n image(s))</source>
        <translation>
            <numerusform>シリーズ %1  %2  %3（画像 %n 枚）</numerusform>
        </translation>
    </message>
    <message>
        <source>With web content.</source>
        <translation>Webコンテンツあり。</translation>
    </message>
    <message>
        <source>Other file: %1 (%2)</source>
        <translation>その他のファイル: %1（%2）</translation>
    </message>
    <message>
        <source>Your decisions (recorded under your name)</source>
        <translation>あなたの判断（あなたの名前で記録されます）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <source>Write this medium?</source>
        <translation>この媒体を書き込みますか?</translation>
    </message>
    <message>
        <source>Check whose medium this is and what goes on it. The medium is written, read back and compared before it is reported done.</source>
        <translation>誰の媒体か、何を入れるかを確認してください。媒体は書き込んだ後に読み戻して照合し、それから完了となります。</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name in kanji, reading in kana</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pdi::WriteJob</name>
    <message>
        <source>Reading the sources</source>
        <translation>書き込み元を読み込み中</translation>
    </message>
    <message>
        <source>writing was cancelled before anything was written</source>
        <translation>書き込みを始める前にキャンセルしました</translation>
    </message>
    <message>
        <source>writing was cancelled; nothing was written</source>
        <translation>書き込みをキャンセルしました。何も書き込んでいません</translation>
    </message>
    <message>
        <source>the medium could not be prepared: %1</source>
        <translation>媒体を準備できませんでした: %1</translation>
    </message>
    <message>
        <source>verification was cancelled; the output was removed</source>
        <translation>検証をキャンセルしました。書き込んだ内容は削除しました</translation>
    </message>
    <message>
        <source>the disc does not read back as written (%1). Do not hand it over: destroy it and write a new one.</source>
        <translation>ディスクを読み戻した内容が書き込んだ内容と一致しません（%1）。渡さずに破棄し、新しく書き込んでください。</translation>
    </message>
    <message>
        <source>the written medium does not read back as written (%1); it was removed.</source>
        <translation>書き込んだ媒体を読み戻した内容が一致しません（%1）。削除しました。</translation>
    </message>
    <message>
        <source>the medium was written and verified, but the label could not be made: %1</source>
        <translation>媒体の書き込みと検証は完了しましたが、ラベルを作成できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>written and verified: %n object(s) for patient %1</source>
        <translation>
            <numerusform>書き込みと検証が完了しました: 患者 %1 のオブジェクト %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file meta information of %n object(s) disagreed with the object and was written anew from it (see README.TXT)</source>
        <translation>
            <numerusform>%n 個のオブジェクトのファイルメタ情報がオブジェクト本体と食い違っていたため、本体に合わせて書き直しました（README.TXT を参照）</numerusform>
        </translation>
    </message>
    <message>
        <source>another write with the same File-set ID (%1) is running; try again in a second</source>
        <translation>同じファイルセット ID（%1）の別の書き込みが実行中です。1 秒後にもう一度試してください</translation>
    </message>
</context>
<context>
    <name>pdi::WriteJobRecovery</name>
    <message>
        <source>patient %1 to %2</source>
        <translation>患者 %1 を %2 へ</translation>
    </message>
    <message>
        <source>interrupted: the program ended before the write finished (stopped, crashed or power lost); the medium was not verified and what it had written was removed</source>
        <translation>中断: 書き込みが終わる前にプログラムが終了しました（停止、異常終了または停電）。媒体は検証されておらず、書き込んだものは削除しました</translation>
    </message>
</context>
<context>
    <name>pdi::WriteJobStore</name>
    <message>
        <source>record the write job</source>
        <translation>書き込みジョブの記録</translation>
    </message>
    <message>
        <source>read the write jobs</source>
        <translation>書き込み作業を読む</translation>
    </message>
    <message>
        <source>The write job just recorded cannot be read back.</source>
        <translation>記録したばかりの書き込みジョブを読み戻せません。</translation>
    </message>
</context>
<context>
    <name>pdi::WriteResultView</name>
    <message>
        <source>Print label...</source>
        <translation>ラベルを印刷...</translation>
    </message>
    <message>
        <source>Save label as PDF...</source>
        <translation>ラベルを PDF で保存...</translation>
    </message>
    <message>
        <source>Do not hand over this disc. It does not read back as written: destroy it and write a new one.</source>
        <translation>このディスクは渡さないでください。読み戻した内容が書き込んだ内容と一致しません。破棄して新しく書き込んでください。</translation>
    </message>
    <message>
        <source>Written and verified</source>
        <translation>書き込みと検証が完了しました</translation>
    </message>
    <message>
        <source>Job %1   File-set ID %2</source>
        <translation>ジョブ %1   ファイルセット ID %2</translation>
    </message>
    <message>
        <source>%1 for %2 (ID %3)</source>
        <translation>%2（ID %3）の %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) decoded to uncompressed.</source>
        <translation>
            <numerusform>%n 個のオブジェクトを非圧縮に復号しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation>記録した判断: %1</translation>
    </message>
    <message>
        <source>Verified: read back with the checker's rules; every file's SHA-256 matches.</source>
        <translation>検証: 確認と同じ規則で読み戻し、すべてのファイルの SHA-256 が一致しました。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>書き込んでいません</translation>
    </message>
    <message>
        <source>Writing failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>Job %1 is recorded with this outcome.</source>
        <translation>ジョブ %1 はこの結果で記録されました。</translation>
    </message>
</context>
<context>
    <name>pdi::WriteWorkspace</name>
    <message>
        <source>1  Sources</source>
        <translation>1  書き込み元</translation>
    </message>
    <message>
        <source>2  Patient</source>
        <translation>2  患者</translation>
    </message>
    <message>
        <source>3  Content</source>
        <translation>3  内容</translation>
    </message>
    <message>
        <source>4  Target and medium</source>
        <translation>4  書き込み先と媒体</translation>
    </message>
    <message>
        <source>5  Label</source>
        <translation>5  ラベル</translation>
    </message>
    <message>
        <source>Not written, and why:</source>
        <translation>書き込まないものと理由:</translation>
    </message>
    <message>
        <source>Write...</source>
        <translation>書き込み...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading the sources ...</source>
        <translation>書き込み元を読み込み中...</translation>
    </message>
    <message>
        <source>Add the sources: the folders or files with the patient's images.</source>
        <translation>書き込み元（患者の画像があるフォルダやファイル）を追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) will be recorded.</source>
        <translation>
            <numerusform>判断 %n 件を記録します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to write: %1.</source>
        <translation>書き込みの準備ができました: %1。</translation>
    </message>
    <message>
        <source>Planned: %1.</source>
        <translation>書き込む内容: %1。</translation>
    </message>
    <message>
        <source>Choose where to write (4).</source>
        <translation>書き込み先を選んでください（4）。</translation>
    </message>
    <message>
        <source>Choose another target (4).</source>
        <translation>別の書き込み先を選んでください（4）。</translation>
    </message>
    <message numerus="yes">
        <source>The sources hold %n patient(s). Choose whose medium this is (2).</source>
        <translation>
            <numerusform>書き込み元に %n 名の患者がいます。どの患者の媒体かを選んでください（2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick the series to write (3).</source>
        <translation>何もチェックされていません。書き込むシリーズにチェックを入れてください（3）。</translation>
    </message>
    <message>
        <source>The content needs %1 MB but the %2 holds %3 MB. Choose a larger medium (4) or untick series (3).</source>
        <translation>内容に %1 MB 必要ですが、%2 の容量は %3 MB です。容量の大きい媒体を選ぶか（4）、シリーズのチェックを外してください（3）。</translation>
    </message>
    <message>
        <source>(given when written)</source>
        <translation>（書き込み時に決定）</translation>
    </message>
    <message>
        <source>The content changed while the confirmation was open. Check it and press Write again.</source>
        <translation>確認画面を開いている間に内容が変わりました。確認してもう一度「書き込み」を押してください。</translation>
    </message>
    <message>
        <source>Starting ...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <source>Cancelling ...</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
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
        <source>the archive's central directory is damaged; members after the damage are missing</source>
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
        <source>unknown command "%1"</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>PDI Station is incompletely installed: %1 cannot be started (%2). Install PDI Station again.</source>
        <translation>PDI Station のインストールが不完全です。%1 を起動できません（%2）。PDI Station をインストールし直してください。</translation>
    </message>
</context>
<context>
    <name>pdi::cli::AuditCommand</name>
    <message>
        <source>list, verify, export and forward the audit trail (administrators)</source>
        <translation>監査証跡の一覧、検証、書き出し、転送（管理者）</translation>
    </message>
    <message>
        <source>records from this date (YYYY-MM-DD, local time) or ISO 8601 time on</source>
        <translation>この日付（YYYY-MM-DD、現地時刻）または ISO 8601 の日時以降の記録</translation>
    </message>
    <message>
        <source>records of this user</source>
        <translation>このユーザーの記録</translation>
    </message>
    <message>
        <source>records involving this patient ID (before or after import)</source>
        <translation>この患者 ID（取り込み前または後）に関する記録</translation>
    </message>
    <message>
        <source>records of this event (login, export, import, ...)</source>
        <translation>このイベント（login、export、import など）の記録</translation>
    </message>
    <message>
        <source>only the newest N records</source>
        <translation>最新の N 件のみ</translation>
    </message>
    <message>
        <source>write JSON to standard output</source>
        <translation>JSON を標準出力に書き出す</translation>
    </message>
    <message>
        <source>export format: dicom (PS3.15 A.5 XML)</source>
        <translation>書き出し形式: dicom（PS3.15 A.5 XML）</translation>
    </message>
    <message>
        <source>export: the folder to write one XML file per record to</source>
        <translation>export: 記録ごとに XML ファイルを書き出すフォルダ</translation>
    </message>
    <message>
        <source>--since takes a date like 2024-01-31 or a time like 2024-01-31T09:00:00+09:00.</source>
        <translation>--since には 2024-01-31 のような日付か、2024-01-31T09:00:00+09:00 のような日時を指定してください。</translation>
    </message>
    <message>
        <source>--event takes one of: %1.</source>
        <translation>--event には次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit には正の数を指定してください。</translation>
    </message>
    <message>
        <source>export needs --format dicom and --out DIR.</source>
        <translation>export には --format dicom と --out DIR が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n record(s); last hash %1</source>
        <translation>
            <numerusform>監査証跡は改ざんされていません: %n 件、最終ハッシュ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at record %1: %2</source>
        <translation>監査証跡が記録 %1 で破損しています: %2</translation>
    </message>
    <message numerus="yes">
        <source>Forwarding to an audit repository is off (audit.syslog.enabled); %n message(s) queued.</source>
        <translation>
            <numerusform>監査記録リポジトリへの転送はオフです（audit.syslog.enabled）。送信待ち %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another PDI Station process is sending the queue right now.</source>
        <translation>別の PDI Station のプロセスが送信待ちのメッセージを送信中です。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) sent</source>
        <translation>
            <numerusform>監査メッセージを %n 件送信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still queued.</source>
        <translation>
            <numerusform>送信待ち %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit message(s) written to %1</source>
        <translation>
            <numerusform>監査メッセージ %n 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: pdi audit list [--since DATE] [--user NAME] [--patient ID] [--event EVENT] [--limit N] [--json]
       pdi audit verify [--anchor FILE|LINE] [--json]
       pdi audit anchor [--json]
       pdi audit export --format dicom --out DIR [--since DATE] [--user NAME] [--patient ID] [--event EVENT]
       pdi audit flush
       (all: [--data-dir DIR] [--password-stdin])</source>
        <translation>使い方: pdi audit list [--since DATE] [--user NAME] [--patient ID] [--event EVENT] [--limit N] [--json]
       pdi audit verify [--anchor FILE|LINE] [--json]
       pdi audit anchor [--json]
       pdi audit export --format dicom --out DIR [--since DATE] [--user NAME] [--patient ID] [--event EVENT]
       pdi audit flush
       （共通: [--data-dir DIR] [--password-stdin]）</translation>
    </message>
    <message>
        <source>verify: also compare with this anchor (a file of anchor lines, e.g. from the repository, or one line as printed by pdi audit anchor)</source>
        <translation>verify: このアンカーとも照合する（監査記録リポジトリなどから得たアンカー行のファイル、または pdi audit anchor が表示した 1 行）</translation>
    </message>
    <message>
        <source>list, verify, anchor, export or flush</source>
        <translation>list、verify、anchor、export または flush</translation>
    </message>
    <message>
        <source>--anchor takes a file of anchor lines or one line as printed by pdi audit anchor; %1 holds none.</source>
        <translation>--anchor にはアンカー行のファイルか、pdi audit anchor が表示した 1 行を指定します。%1 にはアンカーがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Matches %n anchor(s); the newest names record %1 (%2).</source>
        <translation>
            <numerusform>%n 件のアンカーと一致しました。最新のアンカーは記録 %1（%2）を指しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No anchor to compare with: records cut from the end or a chain computed anew would not show (see pdi audit anchor).</source>
        <translation>照合するアンカーがありません。末尾から削除された記録や計算し直されたチェーンは検出できません（pdi audit anchor を参照）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>  station %1: %n record(s)</source>
        <translation>
            <numerusform>  端末 %1: %n 件</numerusform>
        </translation>
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
    <message>
        <source>the station's data directory, for the site's AI product list and thresholds (else PDI_DATA_DIR, else the default)</source>
        <translation>施設の AI 製品一覧としきい値を読む端末のデータフォルダ（省略時は PDI_DATA_DIR、なければ既定）</translation>
    </message>
    <message>
        <source>The site's check settings could not be read (%1); the medium is checked with the built-in list of AI products and thresholds.</source>
        <translation>施設のチェック設定を読み込めませんでした（%1）。媒体は組み込みの AI 製品リストとしきい値でチェックします。</translation>
    </message>
</context>
<context>
    <name>pdi::cli::CliLogin</name>
    <message>
        <source>the station's data directory (default: PDI_DATA_DIR, else %1)</source>
        <translation>端末のデータフォルダ（既定: PDI_DATA_DIR、なければ %1）</translation>
    </message>
    <message>
        <source>read passwords from standard input, one per line: yours first (unless PDI_PASSWORD is set), then a new one where the command sets one</source>
        <translation>パスワードを標準入力から 1 行に 1 つずつ読む: 最初に自分のパスワード（PDI_PASSWORD を設定していない場合）、次にコマンドが設定する新しいパスワード</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 (%n audit message(s) queued; `pdi audit flush` sends them later)</source>
        <translation>
            <numerusform>警告: %1（監査メッセージ %n 件が送信待ちです。後で `pdi audit flush` で送信します）</numerusform>
        </translation>
    </message>
    <message>
        <source>Set PDI_USER to your login name: every act is recorded under a named person.</source>
        <translation>PDI_USER にログイン名を設定してください。すべての操作は本人の名前で記録されます。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <source>For your own password you can also set PDI_PASSWORD.</source>
        <translation>自分のパスワードは PDI_PASSWORD で指定することもできます。</translation>
    </message>
    <message>
        <source>PDI_PASSWORD and --password-stdin cannot be used together: it would be unclear which password the first line on standard input is. Unset PDI_PASSWORD and give every password on standard input, one per line (yours first), or leave out --password-stdin.</source>
        <translation>PDI_PASSWORD と --password-stdin は同時に使えません。標準入力の 1 行目がどのパスワードなのかあいまいになります。PDI_PASSWORD を解除してすべてのパスワードを標準入力から 1 行に 1 つずつ（自分のパスワードを最初に）渡すか、--password-stdin を外してください。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>pdi::cli::ConfigCommand</name>
    <message>
        <source>show and change the site settings (administrators)</source>
        <translation>施設の設定の表示と変更（管理者）</translation>
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation>list: JSON を標準出力に書き出す</translation>
    </message>
    <message>
        <source>list, get, set or unset</source>
        <translation>list、get、set、unset のいずれか</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <source>%1 = %2 (was %3)</source>
        <translation>%1 = %2（変更前 %3）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>usage: pdi config list [--json] | get KEY | set KEY VALUE [--site] | unset KEY [--site]  [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi config list [--json] | get KEY | set KEY VALUE [--site] | unset KEY [--site]  [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>set, unset: on a shared database, change the site's value of a per-station setting (the default of stations without their own) instead of this station's</source>
        <translation>set, unset: 共有データベースで、端末別の設定について、この端末の値ではなくサイトの値（自分の値を持たない端末の既定値）を変更する</translation>
    </message>
    <message>
        <source>(this station)</source>
        <translation>（この端末）</translation>
    </message>
</context>
<context>
    <name>pdi::cli::DbCommand</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>スキーマのバージョン: %1（このプログラム: %2）</translation>
    </message>
    <message>
        <source>The database was set up by a newer PDI Station; update this one before using it.</source>
        <translation>データベースは新しい PDI Station で作られています。使う前にこのプログラムを更新してください。</translation>
    </message>
    <message>
        <source>Waiting to be applied by pdi db migrate:</source>
        <translation>pdi db migrate で適用されるのを待っているもの:</translation>
    </message>
    <message>
        <source>The schema is up to date.</source>
        <translation>スキーマは最新です。</translation>
    </message>
    <message>
        <source>show, upgrade and move the station database (administrators)</source>
        <translation>端末のデータベースの表示・更新・移行（管理者）</translation>
    </message>
    <message>
        <source>status: write JSON to standard output</source>
        <translation>status: JSON を標準出力に書く</translation>
    </message>
    <message>
        <source>The schema is already up to date (version %1).</source>
        <translation>スキーマはすでに最新です（バージョン %1）。</translation>
    </message>
    <message>
        <source>The schema was brought from version %1 to version %2.</source>
        <translation>スキーマをバージョン %1 から %2 に更新しました。</translation>
    </message>
    <message>
        <source>Copied into %1:</source>
        <translation>%1 にコピーしました:</translation>
    </message>
    <message>
        <source>  %1: %2 copied, %3 there already (kept)</source>
        <translation>  %1: %2 件コピー、%3 件は既存（そのまま）</translation>
    </message>
    <message>
        <source>The audit trail went over record for record (%1 records, last hash %2): its anchors stay valid.</source>
        <translation>監査証跡は記録ごとにそのまま移しました（%1 件、最後のハッシュ %2）。アンカーはそのまま有効です。</translation>
    </message>
    <message>
        <source>The audit trail's %1 records were appended to the shared chain, after a record naming their last hash %2.</source>
        <translation>監査証跡の %1 件は、最後のハッシュ %2 を記した記録の後に、共有のチェーンへ追加しました。</translation>
    </message>
    <message>
        <source>The shared audit trail does NOT verify at record %1: %2</source>
        <translation>共有の監査証跡は記録 %1 で検証に失敗しました: %2</translation>
    </message>
    <message>
        <source>The shared audit trail verifies: %1 records, last hash %2.</source>
        <translation>共有の監査証跡は検証に合格しました: %1 件、最後のハッシュ %2。</translation>
    </message>
    <message>
        <source>To work on the shared database from now on, put this line into %1/station.conf:</source>
        <translation>これから共有データベースで作業するには、次の行を %1/station.conf に書いてください:</translation>
    </message>
    <message>
        <source>Stations using it:</source>
        <translation>使っている端末:</translation>
    </message>
    <message>
        <source>  %1 (%2, %3), last started %4</source>
        <translation>  %1（%2、%3）、最後の起動 %4</translation>
    </message>
    <message>
        <source>usage: pdi db status [--json] | migrate | copy --to postgresql://USER@HOST:PORT/DB?password_file=FILE  [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi db status [--json] | migrate | copy --to postgresql://USER@HOST:PORT/DB?password_file=FILE  [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>copy: the shared PostgreSQL database to copy this station's records into</source>
        <translation>copy: この端末の記録のコピー先となる共有の PostgreSQL データベース</translation>
    </message>
    <message>
        <source>status, migrate or copy</source>
        <translation>status、migrate または copy</translation>
    </message>
</context>
<context>
    <name>pdi::cli::ImportCommand</name>
    <message>
        <source>import an outside patient's objects into a PACS or the local archive</source>
        <translation>院外の患者のオブジェクトを PACS または端末内アーカイブに取り込む</translation>
    </message>
    <message>
        <source>destination: a node or local</source>
        <translation>送信先: ノード名または local</translation>
    </message>
    <message>
        <source>the local Patient ID to file the objects under</source>
        <translation>オブジェクトを登録する院内の患者 ID</translation>
    </message>
    <message>
        <source>the local Issuer of Patient ID</source>
        <translation>院内の患者 ID の発行者（Issuer of Patient ID）</translation>
    </message>
    <message>
        <source>keep the outside identity (no local patient)</source>
        <translation>院外の患者情報のまま取り込む（院内の患者なし）</translation>
    </message>
    <message>
        <source>the Accession Number of the local order</source>
        <translation>院内オーダーの受付番号</translation>
    </message>
    <message>
        <source>import only this study (repeatable)</source>
        <translation>この検査だけを取り込む（複数指定可）</translation>
    </message>
    <message>
        <source>import only this series (repeatable)</source>
        <translation>このシリーズだけを取り込む（複数指定可）</translation>
    </message>
    <message>
        <source>which patient of the medium, when it holds several (its Patient ID there)</source>
        <translation>媒体に複数の患者がいる場合に、どの患者か（媒体上の患者 ID）</translation>
    </message>
    <message>
        <source>with --outside-id: its issuer on the medium</source>
        <translation>--outside-id と一緒に: 媒体上の発行者</translation>
    </message>
    <message>
        <source>the local name (DICOM PN, e.g. YAMADA^TARO=山田^太郎=やまだ^たろう); only when no source knows LOCALID</source>
        <translation>院内の氏名（DICOM PN、例: YAMADA^TARO=山田^太郎=やまだ^たろう）。LOCALID を知る照合元がない場合のみ</translation>
    </message>
    <message>
        <source>the local birth date; only when no source knows LOCALID</source>
        <translation>院内の生年月日。LOCALID を知る照合元がない場合のみ</translation>
    </message>
    <message>
        <source>the local sex (M, F, O); only when no source knows LOCALID</source>
        <translation>院内の性別（M、F、O）。LOCALID を知る照合元がない場合のみ</translation>
    </message>
    <message>
        <source>where to look LOCALID up (repeatable; default: every find or worklist node and local)</source>
        <translation>LOCALID を照会する照合元（複数指定可。既定: find または worklist の役割を持つすべてのノードと local）</translation>
    </message>
    <message>
        <source>plan and check everything, send and record nothing</source>
        <translation>計画と確認だけを行い、送信も記録もしない</translation>
    </message>
    <message>
        <source>also write the result as JSON to FILE, or only JSON to standard output with -</source>
        <translation>結果を JSON として FILE にも書き出す（- なら標準出力に JSON だけを出力）</translation>
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation>フォルダ、ディスクイメージ（ファイル名は任意）または ZIPアーカイブ</translation>
    </message>
    <message>
        <source>Medium:       %1 (%2)</source>
        <translation>媒体:         %1（%2）</translation>
    </message>
    <message>
        <source>Outside:      %1  born %2  sex %3  from %4</source>
        <translation>院外:         %1  生年月日 %2  性別 %3  発行施設 %4</translation>
    </message>
    <message>
        <source>unknown institution</source>
        <translation>施設不明</translation>
    </message>
    <message>
        <source>Local:        %1  born %2  sex %3  (from %4)</source>
        <translation>院内:         %1  生年月日 %2  性別 %3  （出所 %4）</translation>
    </message>
    <message>
        <source>Accession:    %1</source>
        <translation>受付番号:     %1</translation>
    </message>
    <message>
        <source>Differs:      %1</source>
        <translation>相違:         %1</translation>
    </message>
    <message>
        <source>Destination:  %1 (%2, %3)</source>
        <translation>送信先:       %1（%2、%3）</translation>
    </message>
    <message>
        <source>Objects:      %1 planned, %2 sent before, %3 sent now, %4 committed, %5 failed, %6 pending</source>
        <translation>オブジェクト: 予定 %1、前回までに送信 %2、今回送信 %3、保存確認済み %4、失敗 %5、未送信 %6</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n file(s)):</source>
        <translation>
            <numerusform>除外（%n ファイル）:</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>失敗: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more failure(s) in the job record.</source>
        <translation>
            <numerusform>... ほか %n 件の失敗はジョブの記録にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Name the destination with --to: %1. The Import workspace offers %2 first.</source>
        <translation>送信先を --to で指定してください: %1。取り込み画面では %2 が最初に選ばれています。</translation>
    </message>
    <message>
        <source>usage: pdi import MEDIUM --to NODE|local (--patient-id LOCALID [--issuer ISSUER] | --keep-ids) [--accession ACC] [--study UID]... [--series UID]... [--outside-id ID] [--name PN --birth-date YYYYMMDD --sex M|F|O] [--source NODE|local]... [--dry-run] [--confirm-difference REASON [--approver USER]] [--json FILE|-]  [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi import MEDIUM --to NODE|local (--patient-id LOCALID [--issuer ISSUER] | --keep-ids) [--accession ACC] [--study UID]... [--series UID]... [--outside-id ID] [--name PN --birth-date YYYYMMDD --sex M|F|O] [--source NODE|local]... [--dry-run] [--confirm-difference REASON [--approver USER]] [--json FILE|-]  [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>import although the local patient's birth date, sex or name contradicts the medium's, for this reason (recorded with the job and in the audit trail)</source>
        <translation>院内患者の生年月日・性別・氏名が媒体と矛盾していても、この理由で取り込む（ジョブと監査証跡に記録）</translation>
    </message>
    <message>
        <source>with --confirm-difference, where the station requires it: the second person who approves (their password is asked for after yours)</source>
        <translation>--confirm-difference と共に、ステーションが求める場合: 承認する第二の担当者（あなたの後にそのパスワードを尋ねます）</translation>
    </message>
    <message>
        <source>--confirm-difference needs the reason, e.g. --confirm-difference "name changed by marriage, confirmed with the patient".</source>
        <translation>--confirm-difference には理由が必要です。例: --confirm-difference "婚姻により改姓、本人に確認"</translation>
    </message>
    <message>
        <source>--approver approves a confirmed difference: give --confirm-difference REASON too.</source>
        <translation>--approver は確認済みの相違を承認します。--confirm-difference REASON も指定してください。</translation>
    </message>
    <message>
        <source>Password of %1, who approves:</source>
        <translation>承認者 %1 のパスワード:</translation>
    </message>
    <message>
        <source>To import under this local patient all the same, give the reason with --confirm-difference "REASON".</source>
        <translation>それでもこの院内患者で取り込む場合は、--confirm-difference "理由" で理由を指定してください。</translation>
    </message>
    <message>
        <source>Contradicts:  %1</source>
        <translation>矛盾:         %1</translation>
    </message>
    <message>
        <source>Confirmed:    %1 (by %2)</source>
        <translation>確認:         %1（%2）</translation>
    </message>
    <message>
        <source>Confirmed:    %1 (by %2, approved by %3)</source>
        <translation>確認:         %1（%2、承認 %3）</translation>
    </message>
    <message>
        <source>--name, --birth-date and --sex set a local identity; --keep-ids keeps the outside one: give one or the other.</source>
        <translation>--name、--birth-date、--sex は院内の患者情報を指定し、--keep-ids は院外の患者情報を保ちます。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--birth-date takes a date as YYYYMMDD, e.g. 19700101; "%1" is not one.</source>
        <translation>--birth-date には YYYYMMDD 形式の日付（例: 19700101）を指定します。「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>--sex takes M, F or O.</source>
        <translation>--sex には M、F、O のいずれかを指定します。</translation>
    </message>
    <message>
        <source>Choose the patient with --outside-id ID (or with --study / --series).</source>
        <translation>--outside-id ID（または --study / --series）で患者を選んでください。</translation>
    </message>
</context>
<context>
    <name>pdi::cli::JobsCommand</name>
    <message>
        <source>(no ID)</source>
        <translation>（ID なし）</translation>
    </message>
    <message>
        <source>an unnamed station</source>
        <translation>名前のない端末</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1（この端末）</translation>
    </message>
    <message>
        <source>the same medium</source>
        <translation>同じ媒体</translation>
    </message>
    <message>
        <source>the medium %1</source>
        <translation>媒体 %1</translation>
    </message>
    <message>
        <source>It ran at %1; it continues at any station that has the medium. </source>
        <translation>%1 で実行されました。媒体のある端末ならどこでも続けられます。</translation>
    </message>
    <message>
        <source>To continue it here: insert %1 at this station and run the import again (%2), or open the medium in the Import workspace, which offers to resume it.</source>
        <translation>この端末で続けるには: %1 をこの端末に入れて同じ取り込みをもう一度実行する（%2）か、取り込み画面で媒体を開いて再開を選んでください。</translation>
    </message>
    <message>
        <source>It is running at %1; once it stops it can be continued here.</source>
        <translation>%1 で実行中です。止まった後は、この端末で続けられます。</translation>
    </message>
    <message>
        <source>A write is not resumed: write the medium again.</source>
        <translation>書き込みは再開できません。媒体をもう一度作成してください。</translation>
    </message>
    <message>
        <source>started %1 by %2</source>
        <translation>開始 %1（%2）</translation>
    </message>
    <message>
        <source>, run %1 times, last %2 by %3</source>
        <translation>、%1 回実行、最後は %2（%3）</translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation>、終了 %1</translation>
    </message>
    <message>
        <source>patient not shown: your role does not look patients up</source>
        <translation>患者は表示しません: あなたの役割では患者を照会できません</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>送り先 %1</translation>
    </message>
    <message>
        <source>filed under the outside IDs</source>
        <translation>院外の ID のまま登録</translation>
    </message>
    <message>
        <source>filed under %1</source>
        <translation>%1 として登録</translation>
    </message>
    <message>
        <source>outside patient %1, %2</source>
        <translation>院外の患者 %1、%2</translation>
    </message>
    <message>
        <source>from medium %1 to %2</source>
        <translation>媒体 %1 から %2 へ</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>最後のメッセージ: %1</translation>
    </message>
    <message>
        <source>list the write and import jobs of every station</source>
        <translation>すべての端末の書き込みと取り込みのジョブを一覧表示</translation>
    </message>
    <message>
        <source>usage: pdi jobs [--unfinished] [--station NAME] [--kind write|import] [--since DATE] [--limit N] [--json FILE|-]  [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi jobs [--unfinished] [--station NAME] [--kind write|import] [--since DATE] [--limit N] [--json FILE|-]  [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>only jobs that did not finish: running, interrupted, and imports that can be resumed</source>
        <translation>完了していないジョブのみ: 実行中、中断、再開できる取り込み</translation>
    </message>
    <message>
        <source>only the jobs of this station (default: every station sharing the database)</source>
        <translation>この端末のジョブのみ（既定: データベースを共有するすべての端末）</translation>
    </message>
    <message>
        <source>only writes or only imports</source>
        <translation>書き込みのみ、または取り込みのみ</translation>
    </message>
    <message>
        <source>only jobs started, run or ended from this date (YYYY-MM-DD, local time) or ISO 8601 time on</source>
        <translation>この日付（YYYY-MM-DD、現地時刻）または ISO 8601 の時刻以降に開始・実行・終了したジョブのみ</translation>
    </message>
    <message>
        <source>only the newest N jobs (default 100; 0: all)</source>
        <translation>新しい順に N 件のみ（既定 100、0 ですべて）</translation>
    </message>
    <message>
        <source>also write the jobs as JSON to FILE, or only JSON to standard output with -</source>
        <translation>ジョブを JSON でも FILE に書き出す。- なら標準出力に JSON のみ</translation>
    </message>
    <message>
        <source>--kind takes write or import.</source>
        <translation>--kind には write または import を指定してください。</translation>
    </message>
    <message>
        <source>--since takes a date like 2024-01-31 or a time like 2024-01-31T09:00:00+09:00.</source>
        <translation>--since には 2024-01-31 のような日付か 2024-01-31T09:00:00+09:00 のような時刻を指定してください。</translation>
    </message>
    <message>
        <source>--limit takes a number, 0 for all.</source>
        <translation>--limit には数を指定してください（0 ですべて）。</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>端末 %1</translation>
    </message>
    <message>
        <source>every station</source>
        <translation>すべての端末</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished job(s) of %1, newest first</source>
        <translation>
            <numerusform>%1の未完了のジョブ %n 件（新しい順）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of %1, newest first</source>
        <translation>
            <numerusform>%1のジョブ %n 件（新しい順）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::cli::LabelCommand</name>
    <message>
        <source>make the disc label and case insert of a medium as PDF</source>
        <translation>媒体のディスクラベルとケースの差し込みを PDF で作成</translation>
    </message>
    <message>
        <source>usage: pdi label MEDIUM --pdf FILE [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi label MEDIUM --pdf FILE [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>書き出す PDF</translation>
    </message>
    <message>
        <source>folder, disc image or ZIP</source>
        <translation>フォルダ、ディスクイメージ、ZIP</translation>
    </message>
    <message numerus="yes">
        <source>Label written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>ラベルを %1 に書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdi::cli::NodeCommand</name>
    <message>
        <source>add, list, remove and test PACS and worklist nodes (administrators)</source>
        <translation>PACS とワークリストのノードを追加、一覧表示、削除、テストする（管理者）</translation>
    </message>
    <message>
        <source>add: the node's AE title</source>
        <translation>add: ノードの AE タイトル</translation>
    </message>
    <message>
        <source>add: host name or IP address</source>
        <translation>add: ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>add: TCP port</source>
        <translation>add: TCP ポート</translation>
    </message>
    <message>
        <source>add: the AE title this station calls with (default: station.aeTitle)</source>
        <translation>add: この端末が呼び出しに使う AE タイトル（既定: station.aeTitle）</translation>
    </message>
    <message>
        <source>add: use DICOM TLS</source>
        <translation>add: DICOM TLS を使う</translation>
    </message>
    <message>
        <source>add: PEM file with the CA that signs the node's certificate</source>
        <translation>add: ノードの証明書に署名した CA の PEM ファイル</translation>
    </message>
    <message>
        <source>add: this station's PEM certificate, when the node asks for one</source>
        <translation>add: ノードが求める場合の、この端末の PEM 証明書</translation>
    </message>
    <message>
        <source>add: the unencrypted PEM private key of --cert</source>
        <translation>add: --cert の、暗号化していない PEM 秘密鍵</translation>
    </message>
    <message>
        <source>add: store, find, worklist, commit, comma-separated (default: store,find)</source>
        <translation>add: store、find、worklist、commit をカンマ区切りで（既定: store,find）</translation>
    </message>
    <message>
        <source>add: the node's character set, ISO_IR 192 (default) or ISO 2022 IR 87</source>
        <translation>add: ノードの文字セット。ISO_IR 192（既定）または ISO 2022 IR 87</translation>
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation>list: JSON を標準出力に書き出す</translation>
    </message>
    <message>
        <source>add, list, remove or echo</source>
        <translation>add、list、remove、echo のいずれか</translation>
    </message>
    <message>
        <source>pdi node add needs --aet, --host and --port.</source>
        <translation>pdi node add には --aet、--host、--port が必要です。</translation>
    </message>
    <message>
        <source>--roles takes store, find, worklist and commit, comma-separated, e.g. --roles store,find,commit.</source>
        <translation>--roles には store、find、worklist、commit をカンマ区切りで指定してください（例: --roles store,find,commit）。</translation>
    </message>
    <message>
        <source>--charset takes one of: %1.</source>
        <translation>--charset には次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>Node %1 added: %2 at %3:%4, roles %5, %6%7.</source>
        <translation>ノード %1 を追加しました: %2、%3:%4、役割 %5、%6%7。</translation>
    </message>
    <message>
        <source>, TLS</source>
        <translation>、TLS</translation>
    </message>
    <message>
        <source>Node %1 removed.</source>
        <translation>ノード %1 を削除しました。</translation>
    </message>
    <message>
        <source>the station's own archive (store, find)</source>
        <translation>この端末の端末内アーカイブ（store、find）</translation>
    </message>
    <message>
        <source>%1 answered the C-ECHO.</source>
        <translation>%1 が C-ECHO に応答しました。</translation>
    </message>
    <message>
        <source>(DICOM TLS: --tls, --ca FILE, --cert FILE and --key FILE.)</source>
        <translation>（DICOM TLS の指定: --tls、--ca FILE、--cert FILE、--key FILE）</translation>
    </message>
    <message>
        <source>usage: pdi node add NAME --aet AET --host HOST --port PORT [--calling-aet AET] [--tls --ca FILE [--cert FILE --key FILE] [--no-host-check]] [--roles store,find,worklist,commit] [--charset "ISO_IR 192"|"ISO 2022 IR 87"]
     | list [--json] | remove NAME | echo NAME   [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi node add NAME --aet AET --host HOST --port PORT [--calling-aet AET] [--tls --ca FILE [--cert FILE --key FILE] [--no-host-check]] [--roles store,find,worklist,commit] [--charset "ISO_IR 192"|"ISO 2022 IR 87"]
     | list [--json] | remove NAME | echo NAME   [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>add: with --tls, accept a certificate that does not name the host (any certificate from the CA)</source>
        <translation>add: --tls と併用し、ホスト名を含まない証明書も受け入れる（CA が署名した証明書ならどれでも）</translation>
    </message>
</context>
<context>
    <name>pdi::cli::PasswordInput</name>
    <message>
        <source>Standard input ended before the password; give one password per line with --password-stdin.</source>
        <translation>パスワードの前に標準入力が終わりました。--password-stdin では 1 行に 1 つずつパスワードを渡してください。</translation>
    </message>
    <message>
        <source>There is no terminal to type the password on; give it on standard input with --password-stdin.</source>
        <translation>パスワードを入力する端末がありません。--password-stdin で標準入力から渡してください。</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>パスワードが入力されていません。</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>もう一度入力してください:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2 つのパスワードが一致しません。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>pdi::cli::ReconcileCommand</name>
    <message>
        <source>list local candidates for the patients of an outside medium</source>
        <translation>院外媒体の患者ごとに院内の候補を一覧表示する</translation>
    </message>
    <message>
        <source>usage: pdi reconcile MEDIUM [--source NODE|local]... [--json FILE|-]  [--data-dir DIR] [--password-stdin]</source>
        <translation>使い方: pdi reconcile MEDIUM [--source NODE|local]... [--json FILE|-]  [--data-dir DIR] [--password-stdin]</translation>
    </message>
    <message>
        <source>where to look for local patients: a node with the find or worklist role, or local (repeatable; default: all of them)</source>
        <translation>院内の患者を探す照合元: find または worklist の役割を持つノード、または local（複数指定可。既定: すべて）</translation>
    </message>
    <message>
        <source>also write the candidates as JSON to FILE, or only JSON to standard output with -</source>
        <translation>候補を JSON として FILE にも書き出す（- なら標準出力に JSON だけを出力）</translation>
    </message>
    <message>
        <source>folder, disc image (any name) or ZIP archive</source>
        <translation>フォルダ、ディスクイメージ（ファイル名は任意）または ZIPアーカイブ</translation>
    </message>
    <message numerus="yes">
        <source>Medium %1: %n patient(s); sources asked: %2</source>
        <translation>
            <numerusform>媒体 %1: 患者 %n 名。照会した照合元: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the medium carries programs or an autorun file; nothing on it is run.</source>
        <translation>警告: この媒体にはプログラムまたは自動実行ファイルがあります。媒体上のものは何も実行しません。</translation>
    </message>
    <message numerus="yes">
        <source>Outside patient %1%2  %3  born %4  sex %5  (%n object(s), from %6)</source>
        <translation>
            <numerusform>院外の患者 %1%2  %3  生年月日 %4  性別 %5  （%n オブジェクト、発行施設 %6）</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown institution</source>
        <translation>施設不明</translation>
    </message>
    <message>
        <source>no local candidate found</source>
        <translation>院内の候補は見つかりませんでした</translation>
    </message>
    <message>
        <source>order: accession %1, %2, scheduled %3</source>
        <translation>オーダー: 受付番号 %1、%2、予定日 %3</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>一致: %1</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>相違: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Nothing was chosen. Import with: pdi import MEDIUM --to NODE --patient-id LOCALID</source>
        <translation>何も選んでいません。取り込むには: pdi import MEDIUM --to NODE --patient-id LOCALID</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
</context>
<context>
    <name>pdi::cli::UserCommand</name>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>add, list, disable and unlock accounts; change roles and passwords</source>
        <translation>アカウントの追加、一覧、無効化、ロック解除、役割とパスワードの変更</translation>
    </message>
    <message>
        <source>add: the new account's role</source>
        <translation>add: 新しいアカウントの役割</translation>
    </message>
    <message>
        <source>add: the person's name as shown and audited</source>
        <translation>add: 表示と監査記録に使う本人の氏名</translation>
    </message>
    <message>
        <source>list: write JSON to standard output</source>
        <translation>list: JSON を標準出力に書き出す</translation>
    </message>
    <message>
        <source>add, list, disable, enable, unlock, role or passwd</source>
        <translation>add、list、disable、enable、unlock、role、passwd のいずれか</translation>
    </message>
    <message>
        <source>Give the role with --role: one of %1.</source>
        <translation>--role で役割を指定してください: %1 のいずれか。</translation>
    </message>
    <message>
        <source>The first account must be an administrator: use --role admin.</source>
        <translation>最初のアカウントは管理者にしてください: --role admin を指定します。</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 の新しいパスワード:</translation>
    </message>
    <message>
        <source>Account %1 (%2, %3) added.</source>
        <translation>アカウント %1（%2、%3）を追加しました。</translation>
    </message>
    <message>
        <source>This is the first account; sign in with PDI_USER=%1 to add the others.</source>
        <translation>最初のアカウントです。他のアカウントを追加するには PDI_USER=%1 でログインしてください。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>アカウント %1 を無効にしました。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>アカウント %1 を有効にしました。</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>アカウント %1 のロックを解除しました。</translation>
    </message>
    <message>
        <source>Account %1 now has the role %2.</source>
        <translation>アカウント %1 の役割を %2 にしました。</translation>
    </message>
    <message>
        <source>usage: pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable NAME | enable NAME | unlock NAME [--break-glass] | role NAME ROLE | passwd NAME   [--data-dir DIR] [--password-stdin]
roles: %1</source>
        <translation>使い方: pdi user add NAME --role ROLE [--display-name TEXT] | list [--json] | disable NAME | enable NAME | unlock NAME [--break-glass] | role NAME ROLE | passwd NAME   [--data-dir DIR] [--password-stdin]
役割: %1</translation>
    </message>
    <message>
        <source>unlock: without signing in, as the operating-system user who owns the data directory, when no administrator can sign in any more (recorded)</source>
        <translation>unlock: サインインできる管理者がいなくなったとき、サインインせずに、データディレクトリを所有する OS ユーザーとして解除する（記録されます）</translation>
    </message>
    <message>
        <source>--break-glass only goes with unlock.</source>
        <translation>--break-glass は unlock とだけ使えます。</translation>
    </message>
    <message>
        <source>Account %1 unlocked by the operating-system user %2 (break-glass, recorded in the audit trail). Sign in and change its password if it may have been guessed at.</source>
        <translation>OS ユーザー %2 がアカウント %1 のロックを解除しました（ブレークグラス、監査証跡に記録済み）。パスワードが推測されたおそれがあれば、サインインしてパスワードを変更してください。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
</context>
<context>
    <name>pdi::cli::WriteCommand</name>
    <message>
        <source>write one patient's studies to a USB folder, an ISO image or a disc, verified</source>
        <translation>1 名の患者の検査を USB フォルダ、ISO イメージ、ディスクに書き込み、検証する</translation>
    </message>
    <message>
        <source>target: a folder (USB stick), FILE.iso, /dev/srN or stdio:PATH</source>
        <translation>書き込み先: フォルダ（USB メモリ）、FILE.iso、/dev/srN、stdio:PATH</translation>
    </message>
    <message>
        <source>cd, dvd, dvd-dl, bd or usb</source>
        <translation>cd、dvd、dvd-dl、bd、usb のいずれか</translation>
    </message>
    <message>
        <source>write this patient of a mixed source</source>
        <translation>複数の患者を含む書き込み元からこの患者を書き込む</translation>
    </message>
    <message>
        <source>only this study (repeatable)</source>
        <translation>この検査のみ（複数指定可）</translation>
    </message>
    <message>
        <source>only this series (repeatable)</source>
        <translation>このシリーズのみ（複数指定可）</translation>
    </message>
    <message>
        <source>leave this series out (repeatable)</source>
        <translation>このシリーズを除外（複数指定可）</translation>
    </message>
    <message>
        <source>add a non-DICOM file such as a referral letter (repeatable)</source>
        <translation>紹介状などの DICOM 以外のファイルを追加（複数指定可）</translation>
    </message>
    <message>
        <source>add web content (INDEX.HTM and IHE_PDI)</source>
        <translation>Web コンテンツ（INDEX.HTM と IHE_PDI）を追加</translation>
    </message>
    <message>
        <source>include content that needs a decision: video, bulk or ai (repeatable)</source>
        <translation>判断が必要なデータを含める: video、bulk、ai（複数指定可）</translation>
    </message>
    <message>
        <source>treat this series as AI-derived (repeatable)</source>
        <translation>このシリーズを AI 生成として扱う（複数指定可）</translation>
    </message>
    <message>
        <source>treat this series as not AI-derived (repeatable)</source>
        <translation>このシリーズを AI 生成でないものとして扱う（複数指定可）</translation>
    </message>
    <message>
        <source>also write the label as PDF</source>
        <translation>ラベルも PDF で書き出す</translation>
    </message>
    <message>
        <source>write the result as JSON to FILE, or to standard output with -</source>
        <translation>結果を JSON で FILE に書き出す（- で標準出力）</translation>
    </message>
    <message>
        <source>DICOM files and folders</source>
        <translation>DICOM ファイルとフォルダ</translation>
    </message>
    <message>
        <source>unknown media type "%1": use cd, dvd, dvd-dl, bd or usb</source>
        <translation>不明な媒体の種類「%1」です。cd、dvd、dvd-dl、bd、usb のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--allow takes video, bulk or ai, not "%1"</source>
        <translation>--allow には video、bulk、ai のいずれかを指定してください（「%1」は指定できません）</translation>
    </message>
    <message>
        <source>Patient:  %1  ID %2  born %3</source>
        <translation>患者:      %1  ID %2  生年月日 %3</translation>
    </message>
    <message>
        <source>Written:  %1 objects (%2 decoded to uncompressed) to %3, File-set ID %4</source>
        <translation>書き込み:  %1 オブジェクト（うち %2 個を非圧縮に復号）を %3 に書き込み、ファイルセット ID %4</translation>
    </message>
    <message>
        <source>Study %1  %2  %3</source>
        <translation>検査 %1  %2  %3</translation>
    </message>
    <message>
        <source>Series %1  %2  %3  %4 objects</source>
        <translation>シリーズ %1  %2  %3  %4 オブジェクト</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>除外:</translation>
    </message>
    <message>
        <source>Decisions (recorded):</source>
        <translation>判断（記録済み）:</translation>
    </message>
    <message>
        <source>Patients in the sources:</source>
        <translation>書き込み元の患者:</translation>
    </message>
    <message>
        <source>Verified: read back with the checker's rules; every file's SHA-256 matches.</source>
        <translation>検証: 確認と同じ規則で読み戻し、すべてのファイルの SHA-256 が一致しました。</translation>
    </message>
    <message>
        <source>Label:    %1</source>
        <translation>ラベル:    %1</translation>
    </message>
    <message>
        <source>Job:      %1</source>
        <translation>ジョブ:    %1</translation>
    </message>
    <message>
        <source>The source local (the station's archive) needs --patient-id.</source>
        <translation>書き込み元 local（端末内アーカイブ）には --patient-id が必要です。</translation>
    </message>
    <message>
        <source>usage: pdi write SOURCE|local|pacs:NODE... --out TARGET [--media cd|dvd|dvd-dl|bd|usb] [--patient-id ID] [--study UID]... [--series UID]... [--exclude-series UID]... [--other FILE]... [--web] [--allow video|bulk|ai]... [--mark-ai UID]... [--not-ai UID]... [--label FILE.pdf] [--json FILE|-]</source>
        <translation>使い方: pdi write SOURCE|local|pacs:NODE... --out TARGET [--media cd|dvd|dvd-dl|bd|usb] [--patient-id ID] [--study UID]... [--series UID]... [--exclude-series UID]... [--other FILE]... [--web] [--allow video|bulk|ai]... [--mark-ai UID]... [--not-ai UID]... [--label FILE.pdf] [--json FILE|-]</translation>
    </message>
    <message numerus="yes">
        <source>Retrieved %n object(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件のオブジェクトを取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The source %1 (a PACS) needs --patient-id.</source>
        <translation>書き込み元 %1（PACS）には --patient-id が必要です。</translation>
    </message>
    <message>
        <source>(--allow video)</source>
        <translation>（--allow video）</translation>
    </message>
    <message>
        <source>(--allow bulk)</source>
        <translation>（--allow bulk）</translation>
    </message>
    <message>
        <source>(--allow ai, or --not-ai)</source>
        <translation>（--allow ai、または --not-ai）</translation>
    </message>
    <message>
        <source>Choose the patient with --patient-id.</source>
        <translation>--patient-id で患者を選んでください。</translation>
    </message>
    <message>
        <source>Leave series out with --exclude-series UID, or choose larger media with --media.</source>
        <translation>--exclude-series UID でシリーズを除くか、--media で容量の大きい媒体を選んでください。</translation>
    </message>
    <message>
        <source>Documents are added with --other FILE.</source>
        <translation>文書は --other FILE で加えます。</translation>
    </message>
</context>
<context>
    <name>pdi::firstrun::AdministratorPage</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>This account manages the other accounts and the settings.</source>
        <translation>このアカウントで他のアカウントと設定を管理します。</translation>
    </message>
    <message>
        <source>Use your own account: every action is recorded under the name of the person who signed in. Add accounts for the reception, the front desk and the technologists afterwards in Settings. The password needs at least %1 characters.</source>
        <translation>ご自身のアカウントを作成してください。すべての操作はログインした本人の名前で記録されます。受付、窓口、放射線技師のアカウントは後で設定画面から追加します。パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>Login &amp;name:</source>
        <translation>ログイン名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>氏名(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>パスワード（確認）(&amp;R):</translation>
    </message>
</context>
<context>
    <name>pdi::firstrun::InstitutionPage</name>
    <message>
        <source>Your institution</source>
        <translation>施設の情報</translation>
    </message>
    <message>
        <source>Written on every medium this station issues: the disc label, README.TXT and the audit messages.</source>
        <translation>この端末が発行するすべての媒体（ディスクラベル、README.TXT）と監査メッセージに記載されます。</translation>
    </message>
    <message>
        <source>The receiving hospital reads these lines to know where a disc came from and whom to call. The station name identifies this computer in the audit trail.</source>
        <translation>受け取った病院は、どこから来たディスクか、どこに問い合わせればよいかをここで知ります。端末名は監査証跡でこのコンピュータを示します。</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>施設名(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>診療科(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>電話番号(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>端末名(&amp;S):</translation>
    </message>
</context>
<context>
    <name>pdi::firstrun::LanguagePage</name>
    <message>
        <source>Welcome to PDI Station</source>
        <translation>PDI Station へようこそ</translation>
    </message>
    <message>
        <source>This station has no accounts yet. Three short steps set it up.</source>
        <translation>この端末にはまだアカウントがありません。3 つの手順で設定します。</translation>
    </message>
    <message>
        <source>PDI Station writes referral media (CD, DVD, USB) for patients and checks and imports the media other hospitals send. Choose the language of the screens; it can be changed later in Settings.</source>
        <translation>PDI Station は患者に渡す紹介用媒体（CD、DVD、USB）を作成し、他院から届いた媒体を確認して取り込みます。画面の言語を選んでください。後で設定画面から変更できます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
</TS>
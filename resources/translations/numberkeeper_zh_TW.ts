<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountsEditor</name>
    <message>
        <source>No linked accounts are recorded for this line. Add any you remember below.</source>
        <translation>此號碼沒有記錄關聯帳戶。請在下方新增您記得的帳戶。</translation>
    </message>
    <message>
        <source>e.g. WhatsApp, bank app, Gmail 2FA</source>
        <translation>例如 WhatsApp、銀行 App、Gmail 兩步驗證</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>其他帳戶</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <source>{account}: {decision}</source>
        <translation>{account}：{decision}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Top-up</source>
        <translation>儲值</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Data session</source>
        <translation>使用行動數據</translation>
    </message>
    <message>
        <source>Log keep-alive activity</source>
        <translation>記錄保號活動</translation>
    </message>
    <message>
        <source>{name} — {number}</source>
        <translation>{name} — {number}</translation>
    </message>
    <message>
        <source>optional, e.g. “SMS to 100”</source>
        <translation>可選，例如「發簡訊到 100」</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>活動(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Recent activity:</source>
        <translation>最近活動：</translation>
    </message>
    <message>
        <source>This line has no keep-alive rule; activities are logged for the record only.</source>
        <translation>此號碼沒有保號規則；活動僅作記錄。</translation>
    </message>
    <message numerus="yes">
        <source>Keep alive: an activity every %n day(s); these count: {kinds}.</source>
        <translation>
            <numerusform>保號：每 %n 天需有一次保號活動；計入的活動：{kinds}。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Next activity due: {date}.</source>
        <translation>下次保號活動截止：{date}。</translation>
    </message>
    <message>
        <source>{kind} does not count for this line.</source>
        <translation>{kind}不計入此號碼的保號活動。</translation>
    </message>
    <message>
        <source>After this one: {date}.</source>
        <translation>記錄本次後，下次截止：{date}。</translation>
    </message>
    <message>
        <source>{date} · {kind}</source>
        <translation>{date} · {kind}</translation>
    </message>
    <message>
        <source>{entry} — {note}</source>
        <translation>{entry} — {note}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>尚無記錄。</translation>
    </message>
    <message>
        <source>{date} is in the future; log an activity once it has happened.</source>
        <translation>{date} 是未來的日期；請在活動發生後再記錄。</translation>
    </message>
    <message>
        <source>The activity was not logged</source>
        <translation>活動未記錄</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation>NumberKeeper 無法開啟資料</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The disk is full. Free some space, or choose another disk.</source>
        <translation>磁碟已滿。請釋放一些空間，或選擇另一個磁碟。</translation>
    </message>
    <message>
        <source>NumberKeeper may not write there ({path}). Choose a folder you can write to.</source>
        <translation>NumberKeeper 無權寫入該位置（{path}）。請選擇一個可寫入的資料夾。</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>CSV for spreadsheets — UTF-8 with byte-order mark (*.csv)</source>
        <translation>用於試算表的 CSV — UTF-8，含 BOM (*.csv)</translation>
    </message>
    <message>
        <source>CSV for scripts — plain UTF-8 without byte-order mark (*.csv)</source>
        <translation>用於指令碼的 CSV — 純 UTF-8，不含 BOM (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook — numbers kept as text, amounts and dates typed (*.xlsx)</source>
        <translation>Excel 工作簿 — 號碼保留為文字，金額和日期保留類型 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupProblems</name>
    <message>
        <source>{name} is not a NumberKeeper backup ({reason}).</source>
        <translation>{name} 不是 NumberKeeper 備份（{reason}）。</translation>
    </message>
    <message>
        <source>Its list of files (manifest) cannot be read ({reason}).</source>
        <translation>無法讀取其檔案清單（manifest）（{reason}）。</translation>
    </message>
    <message>
        <source>It holds a file a backup never holds: {name}.</source>
        <translation>其中有備份中不應出現的檔案：{name}。</translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({reason}).</source>
        <translation>無法從備份檔中讀取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is damaged: it is not the file that was backed up.</source>
        <translation>{name} 已損壞：與備份時的檔案不一致。</translation>
    </message>
    <message>
        <source>{name} is missing from the archive.</source>
        <translation>備份檔中缺少 {name}。</translation>
    </message>
    <message>
        <source>{name} fails its integrity check ({reason}).</source>
        <translation>{name} 未通過完整性檢查（{reason}）。</translation>
    </message>
    <message>
        <source>Its database was written by a newer version of NumberKeeper (schema {version}; this version knows up to {known}).</source>
        <translation>其資料庫由更新版本的 NumberKeeper 寫入（資料結構版本 {version}；此版本最高支援 {known}）。</translation>
    </message>
    <message>
        <source>Its database is not a NumberKeeper database.</source>
        <translation>其資料庫不是 NumberKeeper 資料庫。</translation>
    </message>
    <message>
        <source>The attachment {name} is missing.</source>
        <translation>缺少附件 {name}。</translation>
    </message>
    <message>
        <source>The attachment {name} is damaged.</source>
        <translation>附件 {name} 已損壞。</translation>
    </message>
    <message>
        <source>It holds {name}, which its list of files (manifest) does not name.</source>
        <translation>其中包含 {name}，但它的檔案清單（manifest）中沒有列出該檔案。</translation>
    </message>
    <message>
        <source>{name} in it is not a plain file (a link, a folder or a device).</source>
        <translation>其中的 {name} 不是普通檔案（而是連結、資料夾或裝置）。</translation>
    </message>
    <message>
        <source>{name} in it would unpack to {size}, more than {limit}.</source>
        <translation>其中的 {name} 解壓縮後將達到 {size}，超過了 {limit}。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar sync</source>
        <translation>行事曆同步</translation>
    </message>
    <message>
        <source>NumberKeeper keeps every deadline, with its alarms at your reminder hour, in a calendar on your CalDAV server: iCloud, Fastmail, Nextcloud, Radicale … Subscribe to that calendar on your phone: its alarms ring even when this computer is off.</source>
        <translation>NumberKeeper 會把每個截止日期連同提醒時刻的鬧鐘，儲存到您 CalDAV 伺服器上的一個行事曆中：iCloud、Fastmail、Nextcloud、Radicale 等。請在手機上訂閱這個行事曆：即使這台電腦關機，鬧鐘也會照常響起。</translation>
    </message>
    <message>
        <source>The events are NumberKeeper&apos;s: an edit made on the phone is replaced at the next sync, and other events in that calendar are never touched. Google Calendar needs an OAuth sign-in, which NumberKeeper does not support yet.</source>
        <translation>這些行程由 NumberKeeper 管理：在手機上所做的修改會在下次同步時被覆蓋；該行事曆中的其他行程絕不會被改動。Google 行事曆需要 OAuth 登入，NumberKeeper 暫不支援。</translation>
    </message>
    <message>
        <source>an app-specific password where asked</source>
        <translation>服務要求時，請使用 App 專用密碼</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>行事曆(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>連線(&amp;O)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>中斷連線(&amp;D)…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>C&amp;onnect again</source>
        <translation>重新連線(&amp;O)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未連線。</translation>
    </message>
    <message>
        <source>Disconnect the calendar?</source>
        <translation>中斷行事曆連線？</translation>
    </message>
    <message>
        <source>NumberKeeper forgets the account and takes its password out of the keyring. The events stay in the calendar: delete the calendar on the server to remove them.</source>
        <translation>NumberKeeper 將忘記該帳戶，並從鑰匙圈中刪除其密碼。行事曆中的行程會保留：如需刪除，請在伺服器上刪除該行事曆。</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>{name} expires</source>
        <translation>{name} 到期</translation>
    </message>
    <message>
        <source>{name}: grace ends, the number may be recycled</source>
        <translation>{name}：寬限期結束，號碼可能被回收</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due</source>
        <translation>{name}：需要保號活動</translation>
    </message>
    <message>
        <source>{name}: suspension ends</source>
        <translation>{name}：暫停服務結束</translation>
    </message>
</context>
<context>
    <name>CalendarSyncUi</name>
    <message>
        <source>Calendar: not synced</source>
        <translation>行事曆：未同步</translation>
    </message>
    <message>
        <source>Calendar: syncing…</source>
        <translation>行事曆：正在同步…</translation>
    </message>
    <message>
        <source>Calendar: synced</source>
        <translation>行事曆：已同步</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel {line}</source>
        <translation>退租：{line}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未查詢</translation>
    </message>
    <message>
        <source>Last recorded balance: {amount} (checked {date}).</source>
        <translation>上次記錄的餘額：{amount}（查詢日期：{date}）。</translation>
    </message>
    <message>
        <source>No balance is recorded for this line.</source>
        <translation>此號碼沒有餘額記錄。</translation>
    </message>
    <message numerus="yes">
        <source>This line has %n receipt(s). They and the line&apos;s history are kept after cancelling, and stay in the receipts window.</source>
        <translation>
            <numerusform>此號碼有 %n 張收據。退租後，這些收據和號碼的歷史記錄都會保留，並繼續顯示在收據視窗中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this line&apos;s receipts…</source>
        <translation>匯出此號碼的收據…</translation>
    </message>
    <message>
        <source>If someone contacts you about this number and asks for a code, hang up and call the carrier&apos;s official hotline yourself. A recycled number can also receive messages meant for you: unbind accounts before the carrier closes it.</source>
        <translation>如果有人就此號碼聯絡您並索要驗證碼，請立即結束通話，並親自撥打電信業者的官方客服熱線核實。號碼被回收後，發給您的簡訊可能會被他人收到：請在電信業者收回號碼之前解除綁定所有關聯帳戶。</translation>
    </message>
    <message>
        <source>You are cancelling {name} ({number}). Type the last four digits of the number to confirm.</source>
        <translation>您正在為 {name}（{number}）辦理退租。請輸入號碼的後四位以確認。</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>電子郵件（SMTP）</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram 機器人</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Bark (iPhone)</source>
        <translation>Bark（iPhone）</translation>
    </message>
    <message>
        <source>ServerChan (WeChat)</source>
        <translation>Server醬（微信）</translation>
    </message>
    <message>
        <source>PushPlus (WeChat)</source>
        <translation>PushPlus 推送加（微信）</translation>
    </message>
    <message>
        <source>WeCom group bot</source>
        <translation>企業微信群機器人</translation>
    </message>
    <message>
        <source>DingTalk group bot</source>
        <translation>釘釘群機器人</translation>
    </message>
    <message>
        <source>Feishu group bot</source>
        <translation>飛書群機器人</translation>
    </message>
    <message>
        <source>Other (an Apprise URL)</source>
        <translation>其他（Apprise 網址）</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s SMTP server; many need an app password for it.</source>
        <translation>您的電子郵件服務商的 SMTP 伺服器；很多服務商需要為此使用授權碼或 App 密碼。</translation>
    </message>
    <message>
        <source>Make a bot with @BotFather for its token; @userinfobot tells your chat ID.</source>
        <translation>透過 @BotFather 建立機器人以取得權杖；@userinfobot 會告訴您的聊天 ID。</translation>
    </message>
    <message>
        <source>Subscribe to the topic in the ntfy app. Pick a topic nobody can guess.</source>
        <translation>在 ntfy App 中訂閱該主題。請選擇一個別人猜不到的主題名。</translation>
    </message>
    <message>
        <source>The device key is in the Bark app.</source>
        <translation>裝置金鑰可在 Bark App 中找到。</translation>
    </message>
    <message>
        <source>Log in at sct.ftqq.com with WeChat for your SendKey.</source>
        <translation>用微信登入 sct.ftqq.com 取得您的 SendKey。</translation>
    </message>
    <message>
        <source>Log in at pushplus.plus with WeChat for your token.</source>
        <translation>用微信登入 pushplus.plus 取得您的權杖。</translation>
    </message>
    <message>
        <source>Add a group bot in WeCom; its key is the end of its webhook address.</source>
        <translation>在企業微信中新增群機器人；其金鑰是 Webhook 網址的最後一段。</translation>
    </message>
    <message>
        <source>Add a custom group bot in DingTalk: its access token, and its signing secret.</source>
        <translation>在釘釘中新增自訂群機器人：填寫其存取權杖和加簽金鑰。</translation>
    </message>
    <message>
        <source>Add a custom bot to a Feishu group; the token is the end of its webhook address.</source>
        <translation>在飛書群中新增自訂機器人；權杖是其 Webhook 網址的最後一段。</translation>
    </message>
    <message>
        <source>Any Apprise URL, e.g. ntfy://topic or mailtos://… (see Apprise&apos;s wiki).</source>
        <translation>任意 Apprise 網址，例如 ntfy://topic 或 mailtos://…（參見 Apprise 的 Wiki）。</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP 伺服器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>埠：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>發件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>機器人權杖：</translation>
    </message>
    <message>
        <source>Chat ID:</source>
        <translation>聊天 ID：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Device key:</source>
        <translation>裝置金鑰：</translation>
    </message>
    <message>
        <source>SendKey:</source>
        <translation>SendKey：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>權杖：</translation>
    </message>
    <message>
        <source>Bot key:</source>
        <translation>機器人金鑰：</translation>
    </message>
    <message>
        <source>Signing secret (if set):</source>
        <translation>加簽金鑰（如已設定）：</translation>
    </message>
    <message>
        <source>Apprise URL:</source>
        <translation>Apprise 網址：</translation>
    </message>
</context>
<context>
    <name>ChannelFormDialog</name>
    <message>
        <source>Add a push channel</source>
        <translation>新增推播管道</translation>
    </message>
    <message>
        <source>e.g. My phone</source>
        <translation>例如：我的手機</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The channel&apos;s address</source>
        <translation>管道網址</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Push channels</source>
        <translation>推播管道</translation>
    </message>
    <message>
        <source>Every reminder the desktop shows is also sent once to each channel below, so it reaches your phone: e-mail, Telegram, ntfy, Bark, WeChat (ServerChan, PushPlus), WeCom, DingTalk, Feishu. Their addresses hold tokens: they are kept in the system keyring. Reminders missed while NumberKeeper was closed come as one summary.</source>
        <translation>桌面上顯示的每條提醒，也會向下列每個管道各發送一次，直達您的手機：電子郵件、Telegram、ntfy、Bark、微信（Server醬、PushPlus）、企業微信、釘釘、飛書。管道網址中含有權杖，因此儲存在系統鑰匙圈中。NumberKeeper 關閉期間錯過的提醒，會合併成一條彙總訊息傳送。</translation>
    </message>
    <message>
        <source>No channels yet. Add one to get each reminder on your phone too.</source>
        <translation>還沒有推播管道。新增一個，每則提醒也會傳到您的手機。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>傳送測試(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>刪除(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminders fall due at</source>
        <translation>提醒時間：每天</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>已新增 {name}。</translation>
    </message>
    <message>
        <source>Sending a test to {name}…</source>
        <translation>正在向 {name} 傳送測試訊息…</translation>
    </message>
    <message>
        <source>A test message went to {name}.</source>
        <translation>測試訊息已傳送到 {name}。</translation>
    </message>
    <message>
        <source>No test message went to {name}.</source>
        <translation>未能向 {name} 傳送測試訊息。</translation>
    </message>
    <message>
        <source>Remove the channel?</source>
        <translation>刪除此管道？</translation>
    </message>
    <message>
        <source>Reminders are no longer sent to {name}.</source>
        <translation>提醒將不再發送到 {name}。</translation>
    </message>
    <message>
        <source>of your day ({zone}): on the desktop, in pushes and in calendar alarms.</source>
        <translation>（您所在的時區：{zone}），適用於桌面通知、推播和行事曆鬧鐘。</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Current state</source>
        <translation>目前狀態</translation>
    </message>
    <message>
        <source>Where the line stands before you pay.</source>
        <translation>付款前號碼的狀態。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>繳費管道</translation>
    </message>
    <message>
        <source>How will you renew?</source>
        <translation>您打算透過什麼方式續費？</translation>
    </message>
    <message>
        <source>Amount and validity</source>
        <translation>金額與有效期</translation>
    </message>
    <message>
        <source>What you pay and how the validity changes. The new expiry is computed from the later of today and the current expiry.</source>
        <translation>您支付的金額，以及有效期如何變化。新的到期日從今天和目前到期日中較晚的一天起算。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Balance afterwards</source>
        <translation>儲值後餘額</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Record what proves the payment.</source>
        <translation>記錄能證明這筆付款的憑證。</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference / transaction number</source>
        <translation>憑證編號 / 交易編號</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>已收到確認簡訊</translation>
    </message>
    <message>
        <source>Receipt photo or PDF</source>
        <translation>收據照片或 PDF</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>Check everything, then finish to save the receipt.</source>
        <translation>請核對所有資訊，然後點選「完成」儲存收據。</translation>
    </message>
    <message>
        <source>Short or long term</source>
        <translation>短期或長期</translation>
    </message>
    <message>
        <source>Carriers offer short suspensions (e.g. while travelling) and long ones.</source>
        <translation>電信業者提供短期（例如旅行期間）和長期兩種暫停服務方案。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Policy and fee</source>
        <translation>規定與費用</translation>
    </message>
    <message>
        <source>Some carriers still charge a monthly fee while a line is suspended: check your carrier&apos;s terms. A fee you pay is recorded as a receipt.</source>
        <translation>有些電信業者在線路暫停期間仍按月收費：請查看您的電信業者的條款。您支付的費用會記錄為收據。</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月費</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>準備材料</translation>
    </message>
    <message>
        <source>The carrier will ask for these.</source>
        <translation>電信業者會要求提供以下材料。</translation>
    </message>
    <message>
        <source>Passport or civil ID at hand</source>
        <translation>已備好護照或民事身分證</translation>
    </message>
    <message>
        <source>Registered e-mail at hand</source>
        <translation>已備好註冊用的電子郵件信箱</translation>
    </message>
    <message>
        <source>Account number at hand</source>
        <translation>已備好帳戶號碼</translation>
    </message>
    <message>
        <source>Tell your contacts</source>
        <translation>通知聯絡人</translation>
    </message>
    <message>
        <source>People and services that reach you on this number should know.</source>
        <translation>透過此號碼聯絡您的人和服務都應知曉。</translation>
    </message>
    <message>
        <source>Emergency contacts told</source>
        <translation>已通知緊急聯絡人</translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation>已提交申請</translation>
    </message>
    <message>
        <source>When you asked the carrier, and the reference it gave you.</source>
        <translation>您向電信業者提出申請的日期，以及對方給您的憑證編號。</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>憑證編號</translation>
    </message>
    <message>
        <source>Waiting for the carrier</source>
        <translation>等待電信業者處理</translation>
    </message>
    <message>
        <source>You can close this and come back: progress is saved. Finish once the carrier confirms the suspension.</source>
        <translation>您可以先關閉，稍後再回來繼續：進度會自動儲存。電信業者確認暫停服務後，再點選「完成」。</translation>
    </message>
    <message>
        <source>The carrier confirmed the suspension</source>
        <translation>電信業者已確認暫停服務</translation>
    </message>
    <message>
        <source>Suspended until (empty: open-ended)</source>
        <translation>暫停至（留空表示不定期）</translation>
    </message>
    <message>
        <source>Ask to resume</source>
        <translation>申請恢復</translation>
    </message>
    <message>
        <source>Ask the carrier to restore service.</source>
        <translation>請電信業者恢復服務。</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>服務已恢復</translation>
    </message>
    <message>
        <source>Make a call or send an SMS to check.</source>
        <translation>打一個電話或發一條簡訊進行確認。</translation>
    </message>
    <message>
        <source>Service works again</source>
        <translation>服務已恢復正常</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Check the balance and move what you can before the line closes.</source>
        <translation>退租前請查詢餘額，並盡量將餘額轉出。</translation>
    </message>
    <message>
        <source>Balance checked</source>
        <translation>已查詢餘額</translation>
    </message>
    <message>
        <source>Amount transferred out</source>
        <translation>轉出金額</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>轉入對象</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>關聯帳戶</translation>
    </message>
    <message>
        <source>A recycled number is handed to a stranger: of 259 recycled US numbers studied, 171 were still linked to accounts on major sites. Unbind each account, or keep it deliberately.</source>
        <translation>回收號碼會轉給陌生人：259 個美國回收號碼中有 171 個仍綁著網站帳戶。請逐一解除綁定或確認保留。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Save or export this line&apos;s receipts and history before you close it.</source>
        <translation>退租前，請儲存或匯出此號碼的收據和歷史記錄。</translation>
    </message>
    <message>
        <source>Records saved</source>
        <translation>已儲存記錄</translation>
    </message>
    <message>
        <source>Beware of scams</source>
        <translation>謹防詐騙</translation>
    </message>
    <message>
        <source>Carriers never ask for your PIN or a verification code by SMS or phone. Anyone who does is a scammer.</source>
        <translation>電信業者絕不會透過簡訊或電話索要您的 PIN 碼或驗證碼。凡是索要的，都是詐騙。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>The line will be marked cancelled; its history and receipts are kept.</source>
        <translation>此號碼將被標記為已退租；其歷史記錄和收據會保留。</translation>
    </message>
    <message>
        <source>Last four digits of the number</source>
        <translation>號碼後四位</translation>
    </message>
    <message>
        <source>Pay on the carrier&apos;s website or app. Keep the confirmation page or e-mail: its reference number is your proof.</source>
        <translation>在電信業者官網或 App 上付款。請保留確認頁面或確認郵件：其中的交易編號就是您的憑證。</translation>
    </message>
    <message>
        <source>Bring your passport or civil ID: stores ask for it before touching a line. Ask for a printed receipt.</source>
        <translation>請攜帶護照或民事身分證：門市辦理號碼業務前都會要求出示。記得索要紙本收據。</translation>
    </message>
    <message>
        <source>Keep the printed slip and its transaction number: it is the only proof if the top-up is delayed.</source>
        <translation>請保留列印的單據及其交易編號：如果儲值延遲入帳，這是唯一的憑證。</translation>
    </message>
    <message>
        <source>Enter the voucher code through the carrier&apos;s short code or website. Keep the card until the top-up shows on your balance.</source>
        <translation>透過電信業者的客服簡碼或官網輸入儲值卡密碼。在餘額顯示儲值入帳之前，請保留儲值卡。</translation>
    </message>
    <message>
        <source>Call the carrier&apos;s hotline from another phone if needed. Write down the agent&apos;s name and the ticket number.</source>
        <translation>如有需要，可用另一部電話撥打電信業者客服熱線。請記下客服人員的姓名和服務單號。</translation>
    </message>
    <message>
        <source>Pay through a bank app or payment service. Check that the number is right before paying; keep the payment reference.</source>
        <translation>透過銀行 App 或支付服務付款。付款前請核對號碼是否正確，並保留付款交易編號。</translation>
    </message>
    <message>
        <source>Carrier website or app</source>
        <translation>電信業者官網或 App</translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation>門市櫃檯</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助服務機</translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation>儲值卡</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服熱線</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>第三方支付</translation>
    </message>
    <message>
        <source>Short term (e.g. while travelling)</source>
        <translation>短期（例如旅行期間）</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>長期</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>已解除綁定</translation>
    </message>
    <message>
        <source>Kept on purpose</source>
        <translation>有意保留</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Still needed to finish: {fields}</source>
        <translation>完成前還需：{fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Still needed to continue: {fields}</source>
        <translation>繼續前還需：{fields}</translation>
    </message>
    <message>
        <source>Correct the values marked above to finish.</source>
        <translation>請更正上方標出的內容，然後完成。</translation>
    </message>
    <message>
        <source>Correct the values marked above to continue.</source>
        <translation>請更正上方標出的內容，然後繼續。</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Save and close</source>
        <translation>儲存並關閉</translation>
    </message>
    <message>
        <source>Keep your answers and close; continue later from the same step</source>
        <translation>儲存已填寫的內容並關閉；稍後可從同一步繼續</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>無法重新開始</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>進度未儲存</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Finish the checklist now or try again.</source>
        <translation>無法儲存您填寫的內容。請現在完成清單，或重試。</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在別處更改</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>未儲存任何內容</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export lines…</source>
        <translation>匯出號碼(&amp;E)…</translation>
    </message>
    <message>
        <source>As a CSV the import reads back, or as an Excel workbook (.xlsx)</source>
        <translation>匯出為可再次匯入的 CSV，或 Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Import lines from CSV…</source>
        <translation>從 CSV 匯入號碼(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>匯出 .ics 行事曆(&amp;C)…</translation>
    </message>
    <message>
        <source>Expiries, grace ends and keep-alive dates for a phone&apos;s calendar</source>
        <translation>到期日、寬限期結束日和保號活動日期，可匯入手機行事曆</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the database and the attachments into one archive</source>
        <translation>將資料庫和附件寫入一個備份檔案</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日備份失敗：{reason}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>匯出行事曆</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>行事曆已匯出</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}. Import the file into your calendar; importing a newer export again updates the same events.</source>
        <translation>
            <numerusform>已將 %n 個行程寫入 {path}。請將該檔案匯入行事曆；以後再次匯入新的匯出檔案會更新這些行程，而不會重複新增。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>正在匯出行事曆</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在寫入 {name}…</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>行事曆未匯出</translation>
    </message>
    <message>
        <source>Import lines from CSV</source>
        <translation>從 CSV 匯入號碼</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在讀取 {name}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在檢查每一列…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>無法匯入該檔案</translation>
    </message>
    <message>
        <source>Lines imported</source>
        <translation>號碼已匯入</translation>
    </message>
    <message>
        <source>Added: {added}. Merged: {merged}. Skipped: {skipped}.</source>
        <translation>新增：{added}。合併：{merged}。跳過：{skipped}。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix})</source>
        <translation>NumberKeeper 備份 (*{suffix})</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已備份</translation>
    </message>
    <message>
        <source>Your lines, receipts and attachments are in {path}. Keep it on another disk; File ▸ Restore from backup… brings it back.</source>
        <translation>您的號碼、收據和附件已儲存在 {path}。請將它存放在另一個磁碟上；透過「檔案 ▸ 從備份還原…」即可還原。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>備份未寫入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Made on {date}. Lines: {lines}; receipts: {receipts}; attachments: {attachments} (schema version {version}).</source>
        <translation>建立於 {date}。號碼：{lines} 個；收據：{receipts} 張；附件：{attachments} 個（資料結構版本 {version}）。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix});;All files (*)</source>
        <translation>NumberKeeper 備份 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在檢查 {name}…</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>無法還原此備份</translation>
    </message>
    <message>
        <source>{path} has problems; nothing was changed:

{problems}</source>
        <translation>{path} 存在問題，未做任何更改：

{problems}</translation>
    </message>
    <message>
        <source>{summary}

Replace the current data with this backup? Your current data is kept as a safety copy first.</source>
        <translation>{summary}

用此備份替換目前資料嗎？目前資料會先儲存為一份安全副本。</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation>NumberKeeper 無法開啟資料</translation>
    </message>
    <message>
        <source>{reason}

NumberKeeper closes now; start it again.</source>
        <translation>{reason}

NumberKeeper 即將關閉，請重新啟動。</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>未還原任何資料</translation>
    </message>
    <message>
        <source>{reason}

Your data is as it was.</source>
        <translation>{reason}

您的資料保持原樣。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>備份已還原</translation>
    </message>
    <message>
        <source>Restored from {archive}: {summary}

Your data as it was before the restore is kept in {safety}.</source>
        <translation>已從 {archive} 還原：{summary}

還原之前的資料儲存在 {safety}。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>從日曆中選擇日期</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>選擇日期</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Bank OTP (Kuwait)</source>
        <translation>銀行驗證碼（科威特）</translation>
    </message>
    <message>
        <source>NBK online banking
WhatsApp
Google 2FA</source>
        <translation>科威特國民銀行網路銀行
WhatsApp
Google 兩步驗證</translation>
    </message>
    <message>
        <source>Recharge with a Zain voucher from the supermarket.</source>
        <translation>在超市買扎因儲值卡儲值。</translation>
    </message>
    <message>
        <source>Old work number</source>
        <translation>舊工作號碼</translation>
    </message>
    <message>
        <source>WeChat
Alipay</source>
        <translation>微信
支付寶</translation>
    </message>
    <message>
        <source>Muscat apartment</source>
        <translation>馬斯喀特的公寓</translation>
    </message>
    <message>
        <source>Bank Muscat
WhatsApp</source>
        <translation>馬斯喀特銀行
WhatsApp</translation>
    </message>
    <message>
        <source>Travel eSIM</source>
        <translation>旅行用 eSIM</translation>
    </message>
    <message>
        <source>Suspended while abroad; monthly fee applies.</source>
        <translation>出國期間暫停服務；仍需支付月費。</translation>
    </message>
    <message>
        <source>US virtual number</source>
        <translation>美國虛擬號碼</translation>
    </message>
    <message>
        <source>VoIP provider</source>
        <translation>VoIP 服務商</translation>
    </message>
    <message>
        <source>家里的号码</source>
        <translation>家裡的號碼</translation>
    </message>
    <message>
        <source>微信
支付宝
工商银行</source>
        <translation>微信
支付寶
工商銀行</translation>
    </message>
</context>
<context>
    <name>Elsewhere</name>
    <message>
        <source>This line was deleted elsewhere meanwhile. Nothing here can be saved.</source>
        <translation>此號碼已在別處被刪除。這裡的內容無法儲存。</translation>
    </message>
    <message>
        <source>This line was changed elsewhere (by the command line or another program) since it was opened here. Saving would be refused: close this and open the line again to see the change.</source>
        <translation>自從在這裡開啟以來，此號碼已在別處（命令列或其他程式）被更改。儲存將被拒絕：請關閉此視窗並重新開啟該號碼以查看更改。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No numbers kept yet</source>
        <translation>還沒有新增號碼</translation>
    </message>
    <message>
        <source>Add a phone number and the date its credit runs out. NumberKeeper counts down to that day, so none of your numbers lapses and goes to a stranger by surprise.</source>
        <translation>新增電話號碼及其話費有效期的截止日期。NumberKeeper 會為您倒數計時，避免號碼在不知不覺中失效並被分配給陌生人。</translation>
    </message>
    <message>
        <source>Add your first line</source>
        <translation>新增第一個號碼</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>開啟示範</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This line no longer exists: it was deleted, perhaps in another window.</source>
        <translation>這個號碼已不存在：它已被刪除，可能是在另一個視窗中。</translation>
    </message>
    <message>
        <source>This receipt no longer exists: it was deleted, perhaps in another window.</source>
        <translation>這張收據已不存在：可能已在另一個視窗中刪除。</translation>
    </message>
    <message>
        <source>This line was changed elsewhere meanwhile. Nothing was saved: open it again to see the change.</source>
        <translation>這個號碼在此期間已在別處被修改。沒有儲存任何內容：請重新開啟它查看修改。</translation>
    </message>
    <message>
        <source>This line&apos;s status no longer allows this (it was changed elsewhere, perhaps cancelled or suspended). Nothing was saved.</source>
        <translation>這個號碼目前的狀態已不允許此操作（它已在別處被修改，可能已退租或暫停服務）。沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: NumberKeeper cannot keep its data there.</source>
        <translation>{path} 是一個檔案，不是資料夾：NumberKeeper 無法在那裡儲存資料。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of NumberKeeper. Update NumberKeeper to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 NumberKeeper 寫入。請更新 NumberKeeper 後再開啟；該檔案未被改動。</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open or create {path} ({reason}).</source>
        <translation>NumberKeeper 無法開啟或建立 {path}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>ExtensionEditor</name>
    <message>
        <source>+30 days</source>
        <translation>+30 天</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 個月</translation>
    </message>
    <message>
        <source>+1 year</source>
        <translation>+1 年</translation>
    </message>
    <message>
        <source>The new expiry date the carrier&apos;s SMS states:</source>
        <translation>電信業者簡訊中寫明的新到期日：</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>新到期日</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>此項為必填項。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Write it with its country code, e.g. +965 5000 1234.</source>
        <translation>「{value}」不是電話號碼。請帶上國碼，例如 +965 5000 1234。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number in any country’s numbering plan.</source>
        <translation>「{value}」不符合任何國家的號碼規則。</translation>
    </message>
    <message>
        <source>{value} is already kept as line {line_id}.</source>
        <translation>{value} 已經新增過了（號碼記錄 {line_id}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Use YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>「{value}」不是日期。請使用 YYYY-MM-DD 格式，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>“{value}” is not a date: {month} {year} has no day {day} (it has {days} days).</source>
        <translation>「{value}」不是有效日期：{year}年{month}沒有 {day} 日（該月只有 {days} 天）。</translation>
    </message>
    <message>
        <source>“{value}” is not a date: there is no month {month_number}; months go from 01 to 12.</source>
        <translation>「{value}」不是有效日期：沒有 {month_number} 月；月份只能是 01 到 12。</translation>
    </message>
    <message>
        <source>{value} is outside the dates NumberKeeper keeps: {low} to {high}.</source>
        <translation>{value} 超出了 NumberKeeper 可記錄的日期範圍：{low} 至 {high}。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Use digits and a decimal point.</source>
        <translation>「{value}」不是金額。請使用數字和小數點。</translation>
    </message>
    <message>
        <source>“{value}” is negative; amounts cannot be below zero.</source>
        <translation>「{value}」是負數；金額不能小於零。</translation>
    </message>
    <message>
        <source>“{value}” has more decimals than {currency} allows ({decimals}).</source>
        <translation>「{value}」的小數位數超過了 {currency} 允許的位數（{decimals} 位）。</translation>
    </message>
    <message>
        <source>“{value}” is too large.</source>
        <translation>「{value}」過大。</translation>
    </message>
    <message>
        <source>“{value}” is not a known currency code (ISO 4217, e.g. KWD).</source>
        <translation>「{value}」不是已知的幣別代碼（ISO 4217，例如 KWD）。</translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone (e.g. Asia/Kuwait).</source>
        <translation>「{value}」不是已知的時區（例如 Asia/Kuwait）。</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day (use HH:MM, e.g. 09:00).</source>
        <translation>「{value}」不是有效的時間（請使用「時:分」格式，例如 09:00）。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>「{value}」不是整數。</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}.</source>
        <translation>{value} 必須介於 {low} 和 {high} 之間。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>「{value}」不是以下值之一：{choices}。</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation>內容超過了 {limit} 個字元。</translation>
    </message>
    <message>
        <source>A balance needs a currency.</source>
        <translation>填寫餘額時需要同時填寫幣別。</translation>
    </message>
    <message>
        <source>“{value}” is not a validity extension. Use e.g. 30d, 1m or 1y.</source>
        <translation>「{value}」不是有效期延長值。請使用 30d、1m 或 1y 這樣的格式。</translation>
    </message>
    <message>
        <source>{value} is in the past.</source>
        <translation>{value} 是過去的日期。</translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation>{value} 是未來的日期。</translation>
    </message>
    <message>
        <source>{value} is already on row {row} of this file.</source>
        <translation>{value} 已出現在此檔案的第 {row} 列。</translation>
    </message>
    <message>
        <source>“{value}” does not match the last four digits of the number.</source>
        <translation>「{value}」與號碼後四位不符。</translation>
    </message>
    <message>
        <source>{value} cannot be read ({reason}).</source>
        <translation>無法讀取 {value}（{reason}）。</translation>
    </message>
    <message>
        <source>{value} cannot be read (no such file).</source>
        <translation>無法讀取 {value}（檔案不存在）。</translation>
    </message>
    <message>
        <source>{value} is a carrier in {country}, but this number is from {number_country}.</source>
        <translation>{value} 是{country}的電信業者，但這個號碼來自{number_country}。</translation>
    </message>
    <message>
        <source>“{value}” could be a number in {country}: {carrier} is a carrier in each. Write it with its country code.</source>
        <translation>「{value}」可能是{country}的號碼：這幾個國家都有名為 {carrier} 的電信業者。請帶上國碼填寫。</translation>
    </message>
    <message>
        <source>{value} is not in the numbering plan known to this version of NumberKeeper. It will be kept: check that it is right.</source>
        <translation>{value} 不在此版本 NumberKeeper 所知的號碼規劃內。號碼會照樣儲存：請核對是否正確。</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Write it as https://…</source>
        <translation>「{value}」不是網址。請寫成 https://… 的形式。</translation>
    </message>
    <message>
        <source>The address holds a password. Type the password in its own field.</source>
        <translation>網址中含有密碼。請在密碼欄中單獨填寫密碼。</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of channel NumberKeeper can send to.</source>
        <translation>「{value}」不是 NumberKeeper 能傳送到的管道類型。</translation>
    </message>
    <message>
        <source>“{value}” is not a channel address NumberKeeper can use: a part it needs (a token, a host or a recipient) is missing or malformed.</source>
        <translation>「{value}」不是 NumberKeeper 能使用的管道網址：缺少所需的部分（權杖、主機或收件者），或其格式有誤。</translation>
    </message>
    <message>
        <source>A channel named “{value}” exists already.</source>
        <translation>已有名為「{value}」的管道。</translation>
    </message>
    <message>
        <source>{value} is larger than {limit} MiB.</source>
        <translation>{value} 大於 {limit} MiB。</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text (at byte {byte}). Save it as “CSV UTF-8” and try again.</source>
        <translation>{value} 不是 UTF-8 文字（第 {byte} 位元組處）。請另存為「CSV UTF-8」後重試。</translation>
    </message>
    <message>
        <source>{value} is not a regular file (a device, a pipe or a folder).</source>
        <translation>{value} 不是普通檔案（而是裝置、管道或資料夾）。</translation>
    </message>
    <message>
        <source>{value}: the quote (&quot;) opened on row {row} is not closed where its cell ends. Nothing was imported.</source>
        <translation>{value}：第 {row} 列開始的引號（&quot;）沒有在儲存格結束處閉合。沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>This cell runs over several lines of the file: is a quote (&quot;) left open?</source>
        <translation>此儲存格跨越了檔案中的多行：是否有引號（&quot;）未閉合？</translation>
    </message>
    <message>
        <source>“{value}” has a comma. Write amounts without thousands separators and with a decimal point, e.g. 1000 or 1.5.</source>
        <translation>「{value}」中含有逗號。請不使用千位分隔符，並以小數點書寫金額，例如 1000 或 1.5。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>電信業者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>資費方案</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>寬限天數</translation>
    </message>
    <message>
        <source>Keep alive every</source>
        <translation>保號週期</translation>
    </message>
    <message>
        <source>Counts as activity</source>
        <translation>計入保號的活動</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>查詢日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation>恢復日期</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>關聯帳戶</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>憑證編號</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>轉入對象</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>No file</source>
        <translation>無檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the receipt</source>
        <translation>附上收據的照片或 PDF</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>選擇收據</translation>
    </message>
    <message>
        <source>Photos and PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation>照片和 PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ImportLinesDialog</name>
    <message>
        <source>Import lines from {name}</source>
        <translation>從 {name} 匯入號碼</translation>
    </message>
    <message>
        <source>Numbers already kept</source>
        <translation>已有的號碼</translation>
    </message>
    <message>
        <source>&amp;Skip these rows (keep the lines as they are)</source>
        <translation>跳過這些列（保留已有號碼不變）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge into the kept lines (the file&apos;s non-empty values replace theirs)</source>
        <translation>合併到已有號碼（以檔案中的非空值覆蓋原有值）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation>第 {row} 列，{column}：{message}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from {name}.</source>
        <translation>
            <numerusform>已從 {name} 讀取 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: fix the file and import it again.</source>
        <translation>
            <numerusform>%n 列有錯誤：請修改檔案後重新匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already kept.</source>
        <translation>
            <numerusform>%n 個號碼已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) not in the numbering plan known to this version: they will be imported; check them.</source>
        <translation>
            <numerusform>%n 個號碼不在此版本所知的號碼規劃內：它們會被匯入，請核對。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>沒有可匯入的內容。</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>在您點選「匯入」之前，不會寫入任何內容。</translation>
    </message>
    <message>
        <source>The file has no “{column}” column, which is required.</source>
        <translation>檔案缺少必需的「{column}」欄。</translation>
    </message>
    <message>
        <source>Columns NumberKeeper does not know, ignored: {columns}</source>
        <translation>NumberKeeper 無法識別的欄位，已忽略：{columns}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>電信業者</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Fix the errors listed here in the file, then import it again.</source>
        <translation>請在檔案中修正此處列出的錯誤，然後重新匯入。</translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be merged</source>
        <translation>已有此號碼（「{line}」）：將合併</translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be skipped</source>
        <translation>已有此號碼（「{line}」）：將跳過</translation>
    </message>
    <message>
        <source>New line; check: {warning}</source>
        <translation>新號碼；請核對：{warning}</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新號碼</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何內容</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>Re&amp;new…</source>
        <translation>續費(&amp;N)…</translation>
    </message>
    <message>
        <source>Walk through renewing this line and keep the receipt</source>
        <translation>按步驟為此號碼續費並儲存收據</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>暫停服務(&amp;S)…</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>恢復(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Cancel line…</source>
        <translation>退租(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log keep-alive activity…</source>
        <translation>記錄保號活動(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>收據(&amp;R)…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>續費</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>All &amp;receipts</source>
        <translation>全部收據(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete line and its records…</source>
        <translation>刪除號碼及其記錄(&amp;D)…</translation>
    </message>
    <message>
        <source>Continue re&amp;newal…</source>
        <translation>繼續續費(&amp;N)…</translation>
    </message>
    <message>
        <source>Continue &amp;suspension…</source>
        <translation>繼續暫停服務(&amp;S)…</translation>
    </message>
    <message>
        <source>Continue res&amp;uming…</source>
        <translation>繼續恢復(&amp;U)…</translation>
    </message>
    <message>
        <source>Continue &amp;cancelling…</source>
        <translation>繼續退租(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the line’s secrets</source>
        <translation>刪除該號碼的機密資訊</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is cancelled. Delete its %n secret(s) (portal password, PIN, PUK, eSIM code…) from the keyring? Keep them if you may still need the number back.</source>
        <translation>
            <numerusform>「{name}」已退租。要從系統鑰匙圈中刪除它的 %n 項機密資訊（網路門市密碼、PIN、PUK、eSIM 啟用碼…）嗎？如果您以後可能還要找回這個號碼，請保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The line’s secrets are still in the keyring.</source>
        <translation>該號碼的機密資訊仍儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Delete line and its records</source>
        <translation>刪除號碼及其記錄</translation>
    </message>
    <message>
        <source>Delete “{name}” ({number}) with all its history, receipts and keep-alive log? This cannot be undone. To keep the records, cancel or archive the line instead.</source>
        <translation>要刪除「{name}」（{number}）及其全部歷史、收據和保號活動記錄嗎？此操作無法復原。如需保留記錄，請改為退租或封存。</translation>
    </message>
    <message>
        <source>Could not delete the line</source>
        <translation>無法刪除號碼</translation>
    </message>
    <message>
        <source>The line and its secrets were kept.</source>
        <translation>該號碼及其機密資訊均已保留。</translation>
    </message>
    <message>
        <source>Could not delete the secrets</source>
        <translation>無法刪除機密資訊</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Edit line</source>
        <translation>編輯號碼</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增號碼</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Portal &amp;&amp; secrets</source>
        <translation>網路門市與機密資訊</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放棄更改？</translation>
    </message>
    <message>
        <source>What you typed in this line is not saved yet. Throw it away?</source>
        <translation>您為這個號碼填寫的內容尚未儲存。要放棄嗎？</translation>
    </message>
    <message>
        <source>Your changes to this line are not saved yet. Throw them away?</source>
        <translation>您對這個號碼的更改尚未儲存。要放棄嗎？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
    <message>
        <source>The line was not saved</source>
        <translation>號碼未儲存</translation>
    </message>
</context>
<context>
    <name>LineFacts</name>
    <message>
        <source>Line:</source>
        <translation>號碼：</translation>
    </message>
    <message>
        <source>Validity ends:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩餘時間：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>餘額：</translation>
    </message>
    <message>
        <source>Grace:</source>
        <translation>寬限期：</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name}（{number}）</translation>
    </message>
    <message>
        <source>{date} {time} {zone} — {local} your time</source>
        <translation>{date} {time} {zone} — 您的時間 {local}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>{amount}, checked {date}</source>
        <translation>{amount}，查詢於 {date}</translation>
    </message>
    <message>
        <source>{left} left before the number may be recycled ({date} your time)</source>
        <translation>還剩 {left}，之後號碼可能被回收（您的時間 {date}）</translation>
    </message>
    <message>
        <source>ended {left} ago ({date} your time): the number may be gone</source>
        <translation>已結束 {left}（您的時間 {date}）：號碼可能已被回收</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after validity ends, until {date} your time</source>
        <translation>
            <numerusform>有效期結束後 %n 天，至您的時間 {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <source>+965 5000 1234</source>
        <translation>+965 5000 1234</translation>
    </message>
    <message>
        <source>e.g. Work line, Mum’s number</source>
        <translation>例如：工作用號碼、媽媽的號碼</translation>
    </message>
    <message>
        <source>Pick a preset or type a name</source>
        <translation>選擇預設或輸入名稱</translation>
    </message>
    <message>
        <source>Physical SIM</source>
        <translation>實體 SIM 卡</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Virtual number</source>
        <translation>虛擬號碼</translation>
    </message>
    <message>
        <source>Unverified — confirm with your carrier.</source>
        <translation>未經核實 — 請向電信業者確認。</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>儲值</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>行動數據</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暫停服務</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>e.g. 3.500</source>
        <translation>例如 3.500</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>One per line: bank, WhatsApp, e-mail, government portal…</source>
        <translation>每行一個：銀行、WhatsApp、電子郵件、政府服務網站…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>號碼：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>電信業者：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>資費方案：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <translation>寬限期：</translation>
    </message>
    <message>
        <source>days after expiry</source>
        <translation>天（到期後）</translation>
    </message>
    <message>
        <source>Keep alive every:</source>
        <translation>保號週期：</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Counts as activity:</source>
        <translation>計入保號：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Resume on:</source>
        <translation>恢復日期：</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>查詢日期：</translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; notes</source>
        <translation>帳戶與備註</translation>
    </message>
    <message>
        <source>Linked accounts:</source>
        <translation>關聯帳戶：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Default: {zone}</source>
        <translation>預設：{zone}</translation>
    </message>
    <message>
        <source>Default: from the carrier or the number</source>
        <translation>預設：根據電信業者或號碼確定</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>無需保號</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>電信業者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Keep-alive due</source>
        <translation>保號活動截止</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>實體 SIM 卡</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Virtual (VoIP)</source>
        <translation>虛擬號碼（VoIP）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Expired — at risk</source>
        <translation>已過期 — 有回收風險</translation>
    </message>
    <message>
        <source>Past grace — probably lost</source>
        <translation>已過寬限期 — 號碼可能已失去</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暫停服務</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>{carrier} · {country}</source>
        <translation>{carrier} · {country}</translation>
    </message>
    <message>
        <source>{phase} (archived)</source>
        <translation>{phase}（已封存）</translation>
    </message>
    <message>
        <source>{date} · {local} local</source>
        <translation>{date} · 本地時間 {local}</translation>
    </message>
    <message>
        <source>Validity ends at {time} on {date} ({zone} time).</source>
        <translation>有效期於 {date} {time}（{zone} 時間）結束。</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>查詢於 {date}</translation>
    </message>
    <message numerus="yes">
        <source>A chargeable activity is needed every %n day(s); the last one logged was {last}.</source>
        <translation>
            <numerusform>每 %n 天需要一次計費的保號活動；上次記錄：{last}。</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <comment>QLocale date format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小時</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}天</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小時{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}小時</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分鐘</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>suspended until {date}</source>
        <translation>暫停服務至 {date}</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暫停服務</translation>
    </message>
    <message>
        <source>keep-alive activity due in {left}</source>
        <translation>保號活動截止還剩 {left}</translation>
    </message>
    <message>
        <source>keep-alive activity missed {ago} ago — number at risk</source>
        <translation>保號活動已逾期 {ago} — 號碼有風險</translation>
    </message>
    <message>
        <source>expired {ago} ago — number at risk in {left}</source>
        <translation>已過期 {ago} — {left}後有回收風險</translation>
    </message>
    <message>
        <source>expired {ago} ago — grace ended {ended} ago</source>
        <translation>已過期 {ago} — 寬限期已結束 {ended}</translation>
    </message>
    <message>
        <source>You cancelled this line; nothing counts down.</source>
        <translation>您已將此號碼退租；不再倒數計時。</translation>
    </message>
    <message>
        <source>You suspended this line. Check whether the carrier charges a fee while it is suspended.</source>
        <translation>您已暫停此號碼的服務。請確認電信業者在暫停期間是否收費。</translation>
    </message>
    <message>
        <source>Validity ended {expires} (your time). The carrier may recycle the number after {grace_end}: renew before then to keep it.</source>
        <translation>有效期已於 {expires}（您的時間）結束。{grace_end} 之後電信業者可能回收此號碼：請在此之前續費以保留號碼。</translation>
    </message>
    <message>
        <source>The grace period ended {grace_end} (your time); the number has probably been given to someone else. Check with the carrier.</source>
        <translation>寬限期已於 {grace_end}（您的時間）結束；此號碼很可能已分配給他人。請向電信業者核實。</translation>
    </message>
    <message numerus="yes">
        <source>Time until validity ends, {expires} (your time). After that the carrier keeps the number for %n day(s) before it may be recycled.</source>
        <translation>
            <numerusform>距有效期結束（{expires}，您的時間）的剩餘時間。此後電信業者會再保留號碼 %n 天，之後可能將其回收。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesExport</name>
    <message>
        <source>Export lines</source>
        <translation>匯出號碼</translation>
    </message>
    <message>
        <source>Lines exported</source>
        <translation>號碼已匯出</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to {path}.</source>
        <translation>
            <numerusform>已將 %n 個號碼寫入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting lines</source>
        <translation>正在匯出號碼</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在寫入 {name}…</translation>
    </message>
    <message>
        <source>The lines were not exported</source>
        <translation>號碼未匯出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demo (sample lines, discarded on exit)</source>
        <translation>{app} — 示範（範例號碼，結束時捨棄）</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>新增號碼(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep a new number</source>
        <translation>新增一個要保管的新號碼</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>編輯號碼(&amp;E)…</translation>
    </message>
    <message>
        <source>A&amp;rchive line…</source>
        <translation>封存號碼(&amp;R)…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增號碼</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>編輯號碼</translation>
    </message>
    <message>
        <source>Archive line</source>
        <translation>封存號碼</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>顯示已封存(&amp;A)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <source>Open &amp;demo…</source>
        <translation>開啟示範(&amp;D)…</translation>
    </message>
    <message>
        <source>Start a second window with sample lines</source>
        <translation>在新視窗中開啟範例號碼</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Filter by number, label or carrier</source>
        <translation>按號碼、名稱或電信業者篩選</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>號碼(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 個號碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) expire within 7 days</source>
        <translation>
            <numerusform>%n 個號碼將在 7 天內到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in grace — number at risk</source>
        <translation>
            <numerusform>%n 個處於寬限期 — 號碼有風險</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past grace — probably recycled</source>
        <translation>
            <numerusform>%n 個已過寬限期 — 可能已被回收</numerusform>
        </translation>
    </message>
    <message>
        <source>none expires within 7 days</source>
        <translation>7 天內沒有號碼到期</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The line cannot be edited</source>
        <translation>無法編輯這個號碼</translation>
    </message>
    <message>
        <source>Archive “{name}”? It leaves the list and stops counting down; its history is kept, and View ▸ Show archived brings it back.</source>
        <translation>要封存「{name}」嗎？它將從清單中移除並停止倒數計時；歷史記錄會保留，可透過「檢視 ▸ 顯示已封存」找回。</translation>
    </message>
    <message>
        <source>Could not archive the line</source>
        <translation>無法封存號碼</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>無法開啟示範</translation>
    </message>
    <message>
        <source>The demo did not start.</source>
        <translation>示範未能啟動。</translation>
    </message>
    <message>
        <source>&amp;Restore line</source>
        <translation>取消封存(&amp;R)</translation>
    </message>
    <message>
        <source>Restore line</source>
        <translation>取消封存</translation>
    </message>
</context>
<context>
    <name>PushTexts</name>
    <message>
        <source>NumberKeeper: {count} reminders</source>
        <translation>NumberKeeper：{count} 條提醒</translation>
    </message>
    <message>
        <source>NumberKeeper test</source>
        <translation>NumberKeeper 測試</translation>
    </message>
    <message>
        <source>If you read this, NumberKeeper&apos;s reminders reach you here.</source>
        <translation>如果您看到這條訊息，說明 NumberKeeper 的提醒可以送達這裡。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>捷徑</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReachTexts</name>
    <message>
        <source>The server cannot be reached: check the address and the connection.</source>
        <translation>無法連線伺服器：請檢查網址和網路連線。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>伺服器未及時回應。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.</source>
        <translation>伺服器的憑證不受信任，因此未向其傳送任何內容。</translation>
    </message>
    <message>
        <source>The user name or password was refused. iCloud and Fastmail need an app-specific password.</source>
        <translation>使用者名稱或密碼被拒絕。iCloud 和 Fastmail 需要使用 App 專用密碼。</translation>
    </message>
    <message>
        <source>Something answers at that address, but not a CalDAV server.</source>
        <translation>該網址有回應，但不是 CalDAV 伺服器。</translation>
    </message>
    <message>
        <source>That address is not a calendar. Choose a calendar, or leave the name.</source>
        <translation>該網址不是行事曆。請選擇一個行事曆，或保留預設名稱。</translation>
    </message>
    <message>
        <source>The calendar is gone from the server. Connect again to make it anew.</source>
        <translation>伺服器上的行事曆已不存在。請重新連線以重新建立。</translation>
    </message>
    <message>
        <source>The server failed. It is tried again later.</source>
        <translation>伺服器出錯，稍後會自動重試。</translation>
    </message>
    <message>
        <source>The server refused an event.</source>
        <translation>伺服器拒絕了一個行程。</translation>
    </message>
    <message>
        <source>The keyring no longer holds its password (or address): set it again.</source>
        <translation>鑰匙圈中已沒有它的密碼（或網址）：請重新設定。</translation>
    </message>
    <message>
        <source>The keyring cannot be used now: unlock it, then try again.</source>
        <translation>鑰匙圈目前無法使用：請解鎖後重試。</translation>
    </message>
    <message>
        <source>The message did not go. It is tried again later.</source>
        <translation>訊息未能發出，稍後會自動重試。</translation>
    </message>
    <message>
        <source>{sentence} ({detail})</source>
        <translation>{sentence}（{detail}）</translation>
    </message>
    <message>
        <source>No calendar is connected.</source>
        <translation>尚未連線行事曆。</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>上次同步：{when}。</translation>
    </message>
    <message>
        <source>The last sync failed: {reason}</source>
        <translation>上次同步失敗：{reason}</translation>
    </message>
    <message>
        <source>Next try {when}.</source>
        <translation>下次重試：{when}。</translation>
    </message>
</context>
<context>
    <name>ReachUi</name>
    <message>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Calendar sync…</source>
        <translation>行事曆同步(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep the deadlines in your phone&apos;s calendar</source>
        <translation>將截止日期同步到手機行事曆</translation>
    </message>
    <message>
        <source>&amp;Push channels…</source>
        <translation>推播管道(&amp;P)…</translation>
    </message>
    <message>
        <source>Send the reminders to your phone</source>
        <translation>將提醒推播到手機</translation>
    </message>
    <message>
        <source>&amp;Sync calendar now</source>
        <translation>立即同步行事曆(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Edit receipt</source>
        <translation>編輯收據</translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation>新增收據</translation>
    </message>
    <message>
        <source>e.g. 10.000</source>
        <translation>例如 10.000</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— 未記錄 —</translation>
    </message>
    <message>
        <source>e.g. bank card, cash, e-wallet</source>
        <translation>例如 金融卡、現金、電子錢包</translation>
    </message>
    <message>
        <source>transaction number on the slip or SMS</source>
        <translation>單據或簡訊上的交易編號</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>已收到確認簡訊</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>號碼：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>付款日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>交易編號：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>This renewal moved the expiry from {before} to {after}. Editing the receipt does not change the line&apos;s expiry.</source>
        <translation>這次續費將到期日從 {before} 改為 {after}。編輯收據不會更改號碼的到期日。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>Attach the receipt</source>
        <translation>附上收據</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation>照片和 PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{name} (will be copied into the data folder)</source>
        <translation>{name}（將複製到資料資料夾）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替換…</translation>
    </message>
    <message>
        <source>The receipt was not saved</source>
        <translation>收據未儲存</translation>
    </message>
</context>
<context>
    <name>ReceiptFilterBar</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>號碼(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>幣別(&amp;C)：</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部號碼</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>全部幣別</translation>
    </message>
</context>
<context>
    <name>ReceiptsExport</name>
    <message>
        <source>Export receipts</source>
        <translation>匯出收據</translation>
    </message>
    <message>
        <source>Receipts exported</source>
        <translation>收據已匯出</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) written to {path}.</source>
        <translation>
            <numerusform>已將 %n 張收據寫入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting receipts</source>
        <translation>正在匯出收據</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在寫入 {name}…</translation>
    </message>
    <message>
        <source>The receipts were not exported</source>
        <translation>收據未匯出</translation>
    </message>
</context>
<context>
    <name>ReceiptsTableModel</name>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易編號</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續費</translation>
    </message>
    <message>
        <source>Suspension fee</source>
        <translation>暫停服務費</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>儲值卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation>官網或 App</translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation>門市櫃檯</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助服務機</translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation>儲值卡</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服熱線</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>第三方支付</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>號碼記錄 {id}</translation>
    </message>
    <message>
        <source>Expiry moved from {before} to {after}.</source>
        <translation>到期日從 {before} 改為 {after}。</translation>
    </message>
    <message>
        <source>Paid by {method}</source>
        <translation>付款方式：{method}</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>已收到確認簡訊</translation>
    </message>
    <message>
        <source>{name} ({size} KiB) — double-click to open</source>
        <translation>{name}（{size} KiB）— 按兩下開啟</translation>
    </message>
</context>
<context>
    <name>ReceiptsTotals</name>
    <message>
        <source>No receipts yet. Record a payment with Add receipt…; renewing a line records its receipt here too.</source>
        <translation>還沒有收據。用「新增收據…」記錄一筆付款；為號碼續費時也會在這裡記下收據。</translation>
    </message>
    <message>
        <source>No receipts match these filters.</source>
        <translation>沒有符合篩選條件的收據。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year</comment>
        <translation>{year}年</translation>
    </message>
</context>
<context>
    <name>ReceiptsWindow</name>
    <message>
        <source>Receipts</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>合計：</translation>
    </message>
    <message>
        <source>&amp;Add receipt…</source>
        <translation>新增收據(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a voucher, a fee or another payment</source>
        <translation>記錄儲值卡、費用或其他付款</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>開啟附件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the receipts the filters show as a CSV file or an Excel workbook</source>
        <translation>將篩選出的收據儲存為 CSV 檔案或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>無法開啟附件</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” cannot be read: {reason}.

It should be at {path}. Restore it from a backup, or attach the file again with Edit….</source>
        <translation>無法讀取「{name}」的儲存副本：{reason}。

它應位於 {path}。請從備份中還原，或透過「編輯…」重新附加該檔案。</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”. The file is at {path}.</source>
        <translation>此電腦上沒有程式能開啟「{name}」。檔案位於 {path}。</translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation>新增收據</translation>
    </message>
    <message>
        <source>Add a line first.</source>
        <translation>請先新增號碼。</translation>
    </message>
    <message>
        <source>Delete the receipt of {amount} paid on {date} for “{line}”?</source>
        <translation>要刪除「{line}」於 {date} 支付 {amount} 的收據嗎？</translation>
    </message>
    <message>
        <source>The line&apos;s expiry has changed since this renewal (it is now {now}); it stays as it is.</source>
        <translation>這次續費之後，號碼的到期日已有變更（現為 {now}），將保持不變。</translation>
    </message>
    <message>
        <source>Delete receipt</source>
        <translation>刪除收據</translation>
    </message>
    <message>
        <source>Roll the expiry back?</source>
        <translation>改回原到期日？</translation>
    </message>
    <message>
        <source>This renewal moved the expiry of “{line}” from {before} to {after}.

Yes: set the expiry back to {before} (the renewal did not happen).
No: keep {after} (only the receipt is deleted).</source>
        <translation>這次續費將「{line}」的到期日從 {before} 改為 {after}。

是：將到期日改回 {before}（視為未續費）。
否：保留 {after}（僅刪除收據）。</translation>
    </message>
    <message>
        <source>The receipt was not deleted</source>
        <translation>收據未刪除</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>and %n more — see the list below</source>
        <translation>
            <numerusform>另有 %n 條 — 見下方清單</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {summary}</source>
        <translation>⚠ {summary}</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>續費…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍後提醒</translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation>1 小時後再提醒我</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Do not show this reminder again</source>
        <translation>不再顯示此提醒</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Renew…</source>
        <translation>續費…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍後提醒</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>{name} expires in {left}</source>
        <translation>{name} 將在 {left}後到期</translation>
    </message>
    <message>
        <source>{name} expired {ago} ago</source>
        <translation>{name} 已過期 {ago}</translation>
    </message>
    <message>
        <source>validity ends {when} (your time)</source>
        <translation>有效期至 {when}（您的時間）</translation>
    </message>
    <message>
        <source>{name} has expired — number at risk in {left}</source>
        <translation>{name} 已過期 — {left}後有回收風險</translation>
    </message>
    <message>
        <source>renew before {when} (your time) to keep the number</source>
        <translation>請在 {when}（您的時間）之前續費以保留號碼</translation>
    </message>
    <message>
        <source>{name} may be recycled in {left}</source>
        <translation>{name} 可能在 {left}後被回收</translation>
    </message>
    <message>
        <source>{name}: the grace period has ended</source>
        <translation>{name}：寬限期已結束</translation>
    </message>
    <message>
        <source>the carrier may give the number away after {when} (your time)</source>
        <translation>{when}（您的時間）之後，電信業者可能將號碼分配給他人</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due in {left}</source>
        <translation>{name}：需在 {left}內完成保號活動</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity is overdue</source>
        <translation>{name}：保號活動已逾期</translation>
    </message>
    <message>
        <source>make a call, send a text or top up by {when} (your time)</source>
        <translation>請在 {when}（您的時間）之前打電話、發簡訊或儲值</translation>
    </message>
    <message>
        <source>{name} is due to resume on {date}</source>
        <translation>{name} 應於 {date} 恢復服務</translation>
    </message>
    <message>
        <source>check that the carrier has reactivated the line</source>
        <translation>請確認電信業者已恢復此號碼的服務</translation>
    </message>
    <message>
        <source>{number} · {detail}</source>
        <translation>{number} · {detail}</translation>
    </message>
    <message>
        <source>expired — at risk in {left}</source>
        <translation>已過期 — {left}後有回收風險</translation>
    </message>
    <message>
        <source>past grace</source>
        <translation>已過寬限期</translation>
    </message>
    <message>
        <source>{name} — {left}</source>
        <translation>{name} — {left}</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n 條提醒待處理</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>暫無待處理提醒</translation>
    </message>
    <message>
        <source>{app} — {state}</source>
        <translation>{app} — {state}</translation>
    </message>
    <message>
        <source>Open NumberKeeper</source>
        <translation>開啟 NumberKeeper</translation>
    </message>
    <message>
        <source>Nearest expiries</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Open the renew checklist</source>
        <translation>開啟續費清單</translation>
    </message>
    <message>
        <source>No running lines</source>
        <translation>沒有在用的號碼</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>全部稍後提醒</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小時後</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>1 天後</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>ReminderUi</name>
    <message>
        <source>NumberKeeper is still running</source>
        <translation>NumberKeeper 仍在執行</translation>
    </message>
    <message>
        <source>It keeps reminding you from the tray. Click the tray icon to open the window, or choose Quit in its menu to stop it.</source>
        <translation>它會繼續在系統匣中提醒您。點選系統匣圖示可開啟視窗；在系統匣選單中選擇「結束」可停止執行。</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>登入時啟動(&amp;L)</translation>
    </message>
    <message>
        <source>Start NumberKeeper in the tray when you log in</source>
        <translation>登入系統時在系統匣中啟動 NumberKeeper</translation>
    </message>
    <message>
        <source>Could not change “Start at login”</source>
        <translation>無法更改「登入時啟動」設定</translation>
    </message>
    <message>
        <source>NumberKeeper could not change its login entry ({reason}).</source>
        <translation>NumberKeeper 無法修改其登入啟動項（{reason}）。</translation>
    </message>
</context>
<context>
    <name>RenewWizard</name>
    <message>
        <source>Renew {line}</source>
        <translation>續費：{line}</translation>
    </message>
    <message>
        <source>Usual amounts:</source>
        <translation>常用金額：</translation>
    </message>
    <message>
        <source>Choose a channel to see what to keep in mind.</source>
        <translation>選擇管道以查看注意事項。</translation>
    </message>
    <message>
        <source>The new expiry shows here once the values are valid.</source>
        <translation>填寫的內容有效後，新到期日會顯示在這裡。</translation>
    </message>
    <message>
        <source>New expiry: {new} (was {old})</source>
        <translation>新到期日：{new}（原為 {old}）</translation>
    </message>
    <message>
        <source>Counted from today, {today}: validity had already ended.</source>
        <translation>從今天（{today}）起算：有效期此前已經結束。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue where you stopped: your answers so far were kept.</source>
        <translation>從上次中斷處繼續：之前填寫的內容已保留。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Forget the saved answers and begin at the first step</source>
        <translation>清除已儲存的內容，從第一步開始</translation>
    </message>
</context>
<context>
    <name>ResumeWizard</name>
    <message>
        <source>Resume {line}</source>
        <translation>恢復服務：{line}</translation>
    </message>
</context>
<context>
    <name>SearchableCombo</name>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Show {secret} for a few seconds</source>
        <translation>短暫顯示{secret}</translation>
    </message>
    <message>
        <source>Copy {secret} to the clipboard</source>
        <translation>將{secret}複製到剪貼簿</translation>
    </message>
    <message>
        <source>Save {secret} in the keyring</source>
        <translation>將{secret}儲存到系統鑰匙圈</translation>
    </message>
    <message>
        <source>Delete {secret} from the keyring</source>
        <translation>從系統鑰匙圈刪除{secret}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation>已儲存在系統鑰匙圈中</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未儲存</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>Portal password</source>
        <translation>網路門市密碼</translation>
    </message>
    <message>
        <source>Portal password:</source>
        <translation>網路門市密碼：</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>SIM 卡 PIN</translation>
    </message>
    <message>
        <source>SIM PIN:</source>
        <translation>SIM 卡 PIN：</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>PUK：</translation>
    </message>
    <message>
        <source>eSIM activation code</source>
        <translation>eSIM 啟用碼</translation>
    </message>
    <message>
        <source>eSIM activation code:</source>
        <translation>eSIM 啟用碼：</translation>
    </message>
    <message>
        <source>Name, e.g. Bank app PIN</source>
        <translation>名稱，例如：銀行 App PIN</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>新增機密資訊</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds. If it asked you to unlock it, do so and try again.</source>
        <translation>系統鑰匙圈在 {seconds} 秒內沒有回應。如果它要求您解鎖，請先解鎖再重試。</translation>
    </message>
    <message>
        <source>No keyring service is available. Install and start a Secret Service such as GNOME Keyring or KWallet (Linux), then reopen this window.</source>
        <translation>沒有可用的鑰匙圈服務。請安裝並啟動一個 Secret Service（例如 Linux 上的 GNOME Keyring 或 KWallet），然後重新開啟此視窗。</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (your login password) and try again.</source>
        <translation>系統鑰匙圈已鎖定。請用您的登入密碼解鎖後重試。</translation>
    </message>
    <message>
        <source>The keyring reported an error ({detail}); try again, or check your keyring service.</source>
        <translation>系統鑰匙圈報告了錯誤（{detail}）；請重試，或檢查您的鑰匙圈服務。</translation>
    </message>
    <message>
        <source>The name you sign in to the carrier with</source>
        <translation>您登入電信業者網路門市時使用的使用者名稱</translation>
    </message>
    <message>
        <source>Portal user name:</source>
        <translation>網路門市使用者名稱：</translation>
    </message>
    <message>
        <source>Passwords, PINs, PUKs and eSIM codes are kept in your system’s keyring, never in NumberKeeper’s own files.</source>
        <translation>密碼、PIN、PUK 和 eSIM 啟用碼儲存在系統鑰匙圈中，絕不會寫入 NumberKeeper 自己的檔案。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Save the line first to add its secrets.</source>
        <translation>請先儲存號碼，再新增其機密資訊。</translation>
    </message>
    <message>
        <source>The LPA string from the QR code, e.g. LPA:1$…</source>
        <translation>QR 碼中的 LPA 字串，例如 LPA:1$…</translation>
    </message>
    <message>
        <source>Other secrets:</source>
        <translation>其他機密資訊：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>{secret} copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已複製{secret}。剪貼簿將在 %n 秒後清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring holds no value for {secret}.</source>
        <translation>系統鑰匙圈中沒有{secret}的值。</translation>
    </message>
    <message>
        <source>{secret} saved in the keyring, but its history entry was not written: {reason}</source>
        <translation>{secret} 已儲存到鑰匙圈，但未能寫入其歷史記錄：{reason}</translation>
    </message>
    <message>
        <source>{secret} saved in the keyring.</source>
        <translation>{secret}已儲存到系統鑰匙圈。</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>刪除機密資訊</translation>
    </message>
    <message>
        <source>Delete {secret} of this line from the keyring? This cannot be undone.</source>
        <translation>要從系統鑰匙圈中刪除此號碼的{secret}嗎？此操作無法復原。</translation>
    </message>
    <message>
        <source>{secret} deleted from the keyring.</source>
        <translation>{secret}已從系統鑰匙圈刪除。</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>NumberKeeper&apos;s data is damaged</source>
        <translation>NumberKeeper 的資料已損壞</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open {path}: it is damaged (SQLite says: {problem}).

NumberKeeper has not changed the file.</source>
        <translation>NumberKeeper 無法開啟 {path}：它已損壞（SQLite 報告：{problem}）。

NumberKeeper 沒有更改該檔案。</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. If you have a backup archive, move the damaged file away, start NumberKeeper and use File ▸ Restore from backup….</source>
        <translation>沒有可還原的自動備份。如果您有備份檔案，請先移走已損壞的檔案，再啟動 NumberKeeper 並使用「檔案 ▸ 從備份還原…」。</translation>
    </message>
    <message>
        <source>The latest good automatic backup is {backup}. Restore it? The damaged file is kept beside it.</source>
        <translation>最近一份完好的自動備份是 {backup}。要還原它嗎？已損壞的檔案會保留在旁邊。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>備份未還原：{reason}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>備份已還原</translation>
    </message>
    <message>
        <source>NumberKeeper restored its data from {backup}. The damaged database is kept at {kept}. Changes made after that backup are not in the restored data.</source>
        <translation>NumberKeeper 已從 {backup} 還原資料。已損壞的資料庫儲存在 {kept}。該備份之後所做的更改不在還原的資料中。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>它所在的磁碟以唯讀方式掛載</translation>
    </message>
    <message>
        <source>you have no permission to write there</source>
        <translation>您沒有在那裡寫入的權限</translation>
    </message>
    <message>
        <source>NumberKeeper cannot save in {path}: {reason}. Nothing was changed. Make it writable (its permissions, or mount the disk read-write), or choose another data folder.</source>
        <translation>NumberKeeper 無法在 {path} 中儲存：{reason}。沒有任何更改。請讓它可寫（修改其權限，或以讀寫方式掛載該磁碟），或選擇另一個資料資料夾。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full ({free} free). Nothing was saved. Free at least {needed} on it, then try again.</source>
        <translation>{path} 所在的磁碟已滿（剩餘 {free}）。沒有儲存任何內容。請在該磁碟上至少騰出 {needed}，然後重試。</translation>
    </message>
    <message>
        <source>Another program is writing to {path} (perhaps numberkeeper-cli or a script). Nothing was saved; try again in a moment.</source>
        <translation>另一個程式正在寫入 {path}（可能是 numberkeeper-cli 或某個指令碼）。沒有儲存任何內容；請稍後重試。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). NumberKeeper has not changed it. Restore a backup: File ▸ Restore from backup…, or the daily backup offered at the next start.</source>
        <translation>{path} 已損壞（{reason}）。NumberKeeper 沒有更改它。請還原備份：「檔案 ▸ 從備份還原…」，或在下次啟動時選擇提供的每日備份。</translation>
    </message>
    <message>
        <source>{path} is not a NumberKeeper database ({reason}): another program&apos;s file, which NumberKeeper has not changed. Choose another data folder.</source>
        <translation>{path} 不是 NumberKeeper 資料庫（{reason}）：這是另一個程式的檔案，NumberKeeper 沒有更改它。請選擇另一個資料資料夾。</translation>
    </message>
    <message>
        <source>{path} could not be changed ({reason}). Nothing was saved.</source>
        <translation>無法更改 {path}（{reason}）。沒有儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>SuspendWizard</name>
    <message>
        <source>Suspend {line}</source>
        <translation>暫停服務：{line}</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>號碼名稱</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>電信業者</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易編號</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>資費方案</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>寬限天數</translation>
    </message>
    <message>
        <source>Keep-alive every (days)</source>
        <translation>保號間隔（天）</translation>
    </message>
    <message>
        <source>Keep-alive counts</source>
        <translation>計入保號的活動</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Balance checked on</source>
        <translation>餘額查詢日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation>恢復日期</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>關聯帳戶</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>網路門市使用者名稱</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>餘額</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsEditor</name>
    <message>
        <source>No linked accounts are recorded for this line. Add any you remember below.</source>
        <translation>此号码没有记录关联账户。请在下方添加您记得的账户。</translation>
    </message>
    <message>
        <source>e.g. WhatsApp, bank app, Gmail 2FA</source>
        <translation>例如 WhatsApp、银行 App、Gmail 两步验证</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>其他账户</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
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
        <translation>充值</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Data session</source>
        <translation>使用流量</translation>
    </message>
    <message>
        <source>Log keep-alive activity</source>
        <translation>记录保号活动</translation>
    </message>
    <message>
        <source>{name} — {number}</source>
        <translation>{name} — {number}</translation>
    </message>
    <message>
        <source>optional, e.g. “SMS to 100”</source>
        <translation>可选，例如“发短信到 100”</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Recent activity:</source>
        <translation>最近活动：</translation>
    </message>
    <message>
        <source>This line has no keep-alive rule; activities are logged for the record only.</source>
        <translation>此号码没有保号规则；活动仅作记录。</translation>
    </message>
    <message numerus="yes">
        <source>Keep alive: an activity every %n day(s); these count: {kinds}.</source>
        <translation>
            <numerusform>保号：每 %n 天需有一次保号活动；计入的活动：{kinds}。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Next activity due: {date}.</source>
        <translation>下次保号活动截止：{date}。</translation>
    </message>
    <message>
        <source>{kind} does not count for this line.</source>
        <translation>{kind}不计入此号码的保号活动。</translation>
    </message>
    <message>
        <source>After this one: {date}.</source>
        <translation>记录本次后，下次截止：{date}。</translation>
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
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>{date} is in the future; log an activity once it has happened.</source>
        <translation>{date} 是未来的日期；请在活动发生后再记录。</translation>
    </message>
    <message>
        <source>The activity was not logged</source>
        <translation>活动未记录</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation>NumberKeeper 无法打开数据</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The disk is full. Free some space, or choose another disk.</source>
        <translation>磁盘已满。请释放一些空间，或选择另一个磁盘。</translation>
    </message>
    <message>
        <source>NumberKeeper may not write there ({path}). Choose a folder you can write to.</source>
        <translation>NumberKeeper 无权写入该位置（{path}）。请选择一个可写入的文件夹。</translation>
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
        <translation>用于电子表格的 CSV — UTF-8，带 BOM (*.csv)</translation>
    </message>
    <message>
        <source>CSV for scripts — plain UTF-8 without byte-order mark (*.csv)</source>
        <translation>用于脚本的 CSV — 纯 UTF-8，不带 BOM (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook — numbers kept as text, amounts and dates typed (*.xlsx)</source>
        <translation>Excel 工作簿 — 号码保留为文本，金额和日期保留类型 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupProblems</name>
    <message>
        <source>{name} is not a NumberKeeper backup ({reason}).</source>
        <translation>{name} 不是 NumberKeeper 备份（{reason}）。</translation>
    </message>
    <message>
        <source>Its list of files (manifest) cannot be read ({reason}).</source>
        <translation>无法读取其文件清单（manifest）（{reason}）。</translation>
    </message>
    <message>
        <source>It holds a file a backup never holds: {name}.</source>
        <translation>其中有备份中不应出现的文件：{name}。</translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({reason}).</source>
        <translation>无法从备份包中读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is damaged: it is not the file that was backed up.</source>
        <translation>{name} 已损坏：与备份时的文件不一致。</translation>
    </message>
    <message>
        <source>{name} is missing from the archive.</source>
        <translation>备份包中缺少 {name}。</translation>
    </message>
    <message>
        <source>{name} fails its integrity check ({reason}).</source>
        <translation>{name} 未通过完整性检查（{reason}）。</translation>
    </message>
    <message>
        <source>Its database was written by a newer version of NumberKeeper (schema {version}; this version knows up to {known}).</source>
        <translation>其数据库由更新版本的 NumberKeeper 写入（数据结构版本 {version}；此版本最高支持 {known}）。</translation>
    </message>
    <message>
        <source>Its database is not a NumberKeeper database.</source>
        <translation>其数据库不是 NumberKeeper 数据库。</translation>
    </message>
    <message>
        <source>The attachment {name} is missing.</source>
        <translation>缺少附件 {name}。</translation>
    </message>
    <message>
        <source>The attachment {name} is damaged.</source>
        <translation>附件 {name} 已损坏。</translation>
    </message>
    <message>
        <source>It holds {name}, which its list of files (manifest) does not name.</source>
        <translation>其中包含 {name}，但它的文件清单（manifest）中没有列出该文件。</translation>
    </message>
    <message>
        <source>{name} in it is not a plain file (a link, a folder or a device).</source>
        <translation>其中的 {name} 不是普通文件（而是链接、文件夹或设备）。</translation>
    </message>
    <message>
        <source>{name} in it would unpack to {size}, more than {limit}.</source>
        <translation>其中的 {name} 解压后将达到 {size}，超过了 {limit}。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar sync</source>
        <translation>日历同步</translation>
    </message>
    <message>
        <source>NumberKeeper keeps every deadline, with its alarms at your reminder hour, in a calendar on your CalDAV server: iCloud, Fastmail, Nextcloud, Radicale … Subscribe to that calendar on your phone: its alarms ring even when this computer is off.</source>
        <translation>NumberKeeper 会把每个截止日期连同提醒时刻的闹钟，保存到您 CalDAV 服务器上的一个日历中：iCloud、Fastmail、Nextcloud、Radicale 等。请在手机上订阅这个日历：即使这台电脑关机，闹钟也会照常响起。</translation>
    </message>
    <message>
        <source>The events are NumberKeeper&apos;s: an edit made on the phone is replaced at the next sync, and other events in that calendar are never touched. Google Calendar needs an OAuth sign-in, which NumberKeeper does not support yet.</source>
        <translation>这些日程由 NumberKeeper 管理：在手机上所做的修改会在下次同步时被覆盖；该日历中的其他日程绝不会被改动。Google 日历需要 OAuth 登录，NumberKeeper 暂不支持。</translation>
    </message>
    <message>
        <source>an app-specific password where asked</source>
        <translation>服务要求时，请使用应用专用密码</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>断开连接(&amp;D)…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>C&amp;onnect again</source>
        <translation>重新连接(&amp;O)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Disconnect the calendar?</source>
        <translation>断开日历连接？</translation>
    </message>
    <message>
        <source>NumberKeeper forgets the account and takes its password out of the keyring. The events stay in the calendar: delete the calendar on the server to remove them.</source>
        <translation>NumberKeeper 将忘记该账户，并从密钥环中删除其密码。日历中的日程会保留：如需删除，请在服务器上删除该日历。</translation>
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
        <translation>{name}：宽限期结束，号码可能被回收</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due</source>
        <translation>{name}：需要保号活动</translation>
    </message>
    <message>
        <source>{name}: suspension ends</source>
        <translation>{name}：暂停服务结束</translation>
    </message>
</context>
<context>
    <name>CalendarSyncUi</name>
    <message>
        <source>Calendar: not synced</source>
        <translation>日历：未同步</translation>
    </message>
    <message>
        <source>Calendar: syncing…</source>
        <translation>日历：正在同步…</translation>
    </message>
    <message>
        <source>Calendar: synced</source>
        <translation>日历：已同步</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel {line}</source>
        <translation>销号：{line}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未查询</translation>
    </message>
    <message>
        <source>Last recorded balance: {amount} (checked {date}).</source>
        <translation>上次记录的余额：{amount}（查询日期：{date}）。</translation>
    </message>
    <message>
        <source>No balance is recorded for this line.</source>
        <translation>此号码没有余额记录。</translation>
    </message>
    <message numerus="yes">
        <source>This line has %n receipt(s). They and the line&apos;s history are kept after cancelling, and stay in the receipts window.</source>
        <translation>
            <numerusform>此号码有 %n 张收据。销号后，这些收据和号码的历史记录都会保留，并继续显示在收据窗口中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this line&apos;s receipts…</source>
        <translation>导出此号码的收据…</translation>
    </message>
    <message>
        <source>If someone contacts you about this number and asks for a code, hang up and call the carrier&apos;s official hotline yourself. A recycled number can also receive messages meant for you: unbind accounts before the carrier closes it.</source>
        <translation>如果有人就此号码联系您并索要验证码，请立即挂断，并亲自拨打运营商的官方客服热线核实。号码被回收后，发给您的短信可能会被他人收到：请在运营商注销号码之前解绑所有关联账户。</translation>
    </message>
    <message>
        <source>You are cancelling {name} ({number}). Type the last four digits of the number to confirm.</source>
        <translation>您正在为 {name}（{number}）销号。请输入号码的后四位以确认。</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>电子邮件（SMTP）</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram 机器人</translation>
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
        <translation>Server酱（微信）</translation>
    </message>
    <message>
        <source>PushPlus (WeChat)</source>
        <translation>PushPlus 推送加（微信）</translation>
    </message>
    <message>
        <source>WeCom group bot</source>
        <translation>企业微信群机器人</translation>
    </message>
    <message>
        <source>DingTalk group bot</source>
        <translation>钉钉群机器人</translation>
    </message>
    <message>
        <source>Feishu group bot</source>
        <translation>飞书群机器人</translation>
    </message>
    <message>
        <source>Other (an Apprise URL)</source>
        <translation>其他（Apprise 地址）</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s SMTP server; many need an app password for it.</source>
        <translation>您的邮箱服务商的 SMTP 服务器；很多服务商需要为此使用授权码或应用密码。</translation>
    </message>
    <message>
        <source>Make a bot with @BotFather for its token; @userinfobot tells your chat ID.</source>
        <translation>通过 @BotFather 创建机器人以获得令牌；@userinfobot 会告诉您的聊天 ID。</translation>
    </message>
    <message>
        <source>Subscribe to the topic in the ntfy app. Pick a topic nobody can guess.</source>
        <translation>在 ntfy 应用中订阅该主题。请选择一个别人猜不到的主题名。</translation>
    </message>
    <message>
        <source>The device key is in the Bark app.</source>
        <translation>设备密钥可在 Bark 应用中找到。</translation>
    </message>
    <message>
        <source>Log in at sct.ftqq.com with WeChat for your SendKey.</source>
        <translation>用微信登录 sct.ftqq.com 获取您的 SendKey。</translation>
    </message>
    <message>
        <source>Log in at pushplus.plus with WeChat for your token.</source>
        <translation>用微信登录 pushplus.plus 获取您的令牌。</translation>
    </message>
    <message>
        <source>Add a group bot in WeCom; its key is the end of its webhook address.</source>
        <translation>在企业微信中添加群机器人；其密钥是 Webhook 地址的最后一段。</translation>
    </message>
    <message>
        <source>Add a custom group bot in DingTalk: its access token, and its signing secret.</source>
        <translation>在钉钉中添加自定义群机器人：填写其访问令牌和加签密钥。</translation>
    </message>
    <message>
        <source>Add a custom bot to a Feishu group; the token is the end of its webhook address.</source>
        <translation>在飞书群中添加自定义机器人；令牌是其 Webhook 地址的最后一段。</translation>
    </message>
    <message>
        <source>Any Apprise URL, e.g. ntfy://topic or mailtos://… (see Apprise&apos;s wiki).</source>
        <translation>任意 Apprise 地址，例如 ntfy://topic 或 mailtos://…（参见 Apprise 的 Wiki）。</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>机器人令牌：</translation>
    </message>
    <message>
        <source>Chat ID:</source>
        <translation>聊天 ID：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Device key:</source>
        <translation>设备密钥：</translation>
    </message>
    <message>
        <source>SendKey:</source>
        <translation>SendKey：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Bot key:</source>
        <translation>机器人密钥：</translation>
    </message>
    <message>
        <source>Signing secret (if set):</source>
        <translation>加签密钥（如已设置）：</translation>
    </message>
    <message>
        <source>Apprise URL:</source>
        <translation>Apprise 地址：</translation>
    </message>
</context>
<context>
    <name>ChannelFormDialog</name>
    <message>
        <source>Add a push channel</source>
        <translation>添加推送渠道</translation>
    </message>
    <message>
        <source>e.g. My phone</source>
        <translation>例如：我的手机</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The channel&apos;s address</source>
        <translation>渠道地址</translation>
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
        <translation>推送渠道</translation>
    </message>
    <message>
        <source>Every reminder the desktop shows is also sent once to each channel below, so it reaches your phone: e-mail, Telegram, ntfy, Bark, WeChat (ServerChan, PushPlus), WeCom, DingTalk, Feishu. Their addresses hold tokens: they are kept in the system keyring. Reminders missed while NumberKeeper was closed come as one summary.</source>
        <translation>桌面上显示的每条提醒，也会向下列每个渠道各发送一次，直达您的手机：电子邮件、Telegram、ntfy、Bark、微信（Server酱、PushPlus）、企业微信、钉钉、飞书。渠道地址中含有令牌，因此保存在系统密钥环中。NumberKeeper 关闭期间错过的提醒，会合并成一条汇总消息发送。</translation>
    </message>
    <message>
        <source>No channels yet. Add one to get each reminder on your phone too.</source>
        <translation>还没有推送渠道。添加一个，每条提醒也会发到您的手机上。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminders fall due at</source>
        <translation>提醒时间：每天</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>Sending a test to {name}…</source>
        <translation>正在向 {name} 发送测试消息…</translation>
    </message>
    <message>
        <source>A test message went to {name}.</source>
        <translation>测试消息已发送到 {name}。</translation>
    </message>
    <message>
        <source>No test message went to {name}.</source>
        <translation>未能向 {name} 发送测试消息。</translation>
    </message>
    <message>
        <source>Remove the channel?</source>
        <translation>删除此渠道？</translation>
    </message>
    <message>
        <source>Reminders are no longer sent to {name}.</source>
        <translation>提醒将不再发送到 {name}。</translation>
    </message>
    <message>
        <source>of your day ({zone}): on the desktop, in pushes and in calendar alarms.</source>
        <translation>（您所在的时区：{zone}），适用于桌面通知、推送和日历闹钟。</translation>
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
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Where the line stands before you pay.</source>
        <translation>付款前号码的状态。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>缴费渠道</translation>
    </message>
    <message>
        <source>How will you renew?</source>
        <translation>您打算通过什么方式续费？</translation>
    </message>
    <message>
        <source>Amount and validity</source>
        <translation>金额与有效期</translation>
    </message>
    <message>
        <source>What you pay and how the validity changes. The new expiry is computed from the later of today and the current expiry.</source>
        <translation>您支付的金额，以及有效期如何变化。新的到期日从今天和当前到期日中较晚的一天起算。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Balance afterwards</source>
        <translation>充值后余额</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Record what proves the payment.</source>
        <translation>记录能证明这笔付款的凭证。</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference / transaction number</source>
        <translation>凭证号 / 交易号</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>已收到确认短信</translation>
    </message>
    <message>
        <source>Receipt photo or PDF</source>
        <translation>收据照片或 PDF</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Check everything, then finish to save the receipt.</source>
        <translation>请核对所有信息，然后点击“完成”保存收据。</translation>
    </message>
    <message>
        <source>Short or long term</source>
        <translation>短期或长期</translation>
    </message>
    <message>
        <source>Carriers offer short suspensions (e.g. while travelling) and long ones.</source>
        <translation>运营商提供短期（例如出行期间）和长期两种停机保号。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Policy and fee</source>
        <translation>规定与费用</translation>
    </message>
    <message>
        <source>Some carriers still charge a monthly fee while a line is suspended: check your carrier&apos;s terms. A fee you pay is recorded as a receipt.</source>
        <translation>有些运营商在线路暂停期间仍按月收费：请查看您的运营商的条款。您支付的费用会记录为收据。</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备材料</translation>
    </message>
    <message>
        <source>The carrier will ask for these.</source>
        <translation>运营商会要求提供以下材料。</translation>
    </message>
    <message>
        <source>Passport or civil ID at hand</source>
        <translation>已备好护照或民事身份证</translation>
    </message>
    <message>
        <source>Registered e-mail at hand</source>
        <translation>已备好注册邮箱</translation>
    </message>
    <message>
        <source>Account number at hand</source>
        <translation>已备好账户号码</translation>
    </message>
    <message>
        <source>Tell your contacts</source>
        <translation>通知联系人</translation>
    </message>
    <message>
        <source>People and services that reach you on this number should know.</source>
        <translation>通过此号码联系您的人和服务都应知晓。</translation>
    </message>
    <message>
        <source>Emergency contacts told</source>
        <translation>已通知紧急联系人</translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation>已提交申请</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Waiting for the carrier</source>
        <translation>等待运营商处理</translation>
    </message>
    <message>
        <source>You can close this and come back: progress is saved. Finish once the carrier confirms the suspension.</source>
        <translation>您可以先关闭，稍后再回来继续：进度会自动保存。运营商确认暂停服务后，再点击“完成”。</translation>
    </message>
    <message>
        <source>The carrier confirmed the suspension</source>
        <translation>运营商已确认暂停服务</translation>
    </message>
    <message>
        <source>Suspended until (empty: open-ended)</source>
        <translation>暂停至（留空表示不定期）</translation>
    </message>
    <message>
        <source>Ask to resume</source>
        <translation>申请恢复</translation>
    </message>
    <message>
        <source>Ask the carrier to restore service.</source>
        <translation>请运营商恢复服务。</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>服务已恢复</translation>
    </message>
    <message>
        <source>Make a call or send an SMS to check.</source>
        <translation>打一个电话或发一条短信进行确认。</translation>
    </message>
    <message>
        <source>Service works again</source>
        <translation>服务已恢复正常</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Check the balance and move what you can before the line closes.</source>
        <translation>在号码注销前查询余额，并尽量将余额转出。</translation>
    </message>
    <message>
        <source>Balance checked</source>
        <translation>已查询余额</translation>
    </message>
    <message>
        <source>Amount transferred out</source>
        <translation>转出金额</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转入对象</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>关联账户</translation>
    </message>
    <message>
        <source>A recycled number is handed to a stranger: of 259 recycled US numbers studied, 171 were still linked to accounts on major sites. Unbind each account, or keep it deliberately.</source>
        <translation>回收号码会转给陌生人：259 个美国回收号码中有 171 个仍绑着网站账户。请逐一解绑或确认保留。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Save or export this line&apos;s receipts and history before you close it.</source>
        <translation>销号前，请保存或导出此号码的收据和历史记录。</translation>
    </message>
    <message>
        <source>Records saved</source>
        <translation>已保存记录</translation>
    </message>
    <message>
        <source>Beware of scams</source>
        <translation>谨防诈骗</translation>
    </message>
    <message>
        <source>Carriers never ask for your PIN or a verification code by SMS or phone. Anyone who does is a scammer.</source>
        <translation>运营商绝不会通过短信或电话索要您的 PIN 码或验证码。凡是索要的，都是诈骗。</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The line will be marked cancelled; its history and receipts are kept.</source>
        <translation>此号码将被标记为已销号；其历史记录和收据会保留。</translation>
    </message>
    <message>
        <source>Last four digits of the number</source>
        <translation>号码后四位</translation>
    </message>
    <message>
        <source>Pay on the carrier&apos;s website or app. Keep the confirmation page or e-mail: its reference number is your proof.</source>
        <translation>在运营商官网或 App 上付款。请保留确认页面或确认邮件：其中的交易号就是您的凭证。</translation>
    </message>
    <message>
        <source>Bring your passport or civil ID: stores ask for it before touching a line. Ask for a printed receipt.</source>
        <translation>请携带护照或民事身份证：营业厅办理号码业务前都会要求出示。记得索要纸质收据。</translation>
    </message>
    <message>
        <source>Keep the printed slip and its transaction number: it is the only proof if the top-up is delayed.</source>
        <translation>请保留打印的凭条及其交易号：如果充值延迟到账，这是唯一的凭证。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Enter the voucher code through the carrier&apos;s short code or website. Keep the card until the top-up shows on your balance.</source>
        <translation>通过运营商的短号码或官网输入充值卡密码。在余额显示充值到账之前，请保留充值卡。</translation>
    </message>
    <message>
        <source>When you asked the carrier, and the reference it gave you.</source>
        <translation>您向运营商提出申请的日期，以及对方给您的凭证号。</translation>
    </message>
    <message>
        <source>Call the carrier&apos;s hotline from another phone if needed. Write down the agent&apos;s name and the ticket number.</source>
        <translation>如有需要，可用另一部电话拨打运营商客服热线。请记下客服人员的姓名和工单号。</translation>
    </message>
    <message>
        <source>Pay through a bank app or payment service. Check that the number is right before paying; keep the payment reference.</source>
        <translation>通过银行 App 或支付服务付款。付款前请核对号码是否正确，并保留付款交易号。</translation>
    </message>
    <message>
        <source>Carrier website or app</source>
        <translation>运营商官网或 App</translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation>营业厅柜台</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助服务机</translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation>充值卡</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>第三方支付</translation>
    </message>
    <message>
        <source>Short term (e.g. while travelling)</source>
        <translation>短期（例如出行期间）</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>已解绑</translation>
    </message>
    <message>
        <source>Kept on purpose</source>
        <translation>有意保留</translation>
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
        <translation>完成前还需：{fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Still needed to continue: {fields}</source>
        <translation>继续前还需：{fields}</translation>
    </message>
    <message>
        <source>Correct the values marked above to finish.</source>
        <translation>请更正上方标出的内容，然后完成。</translation>
    </message>
    <message>
        <source>Correct the values marked above to continue.</source>
        <translation>请更正上方标出的内容，然后继续。</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Keep your answers and close; continue later from the same step</source>
        <translation>保存已填写的内容并关闭；稍后可从同一步继续</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>无法重新开始</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>进度未保存</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Finish the checklist now or try again.</source>
        <translation>无法保存您填写的内容。请现在完成清单，或重试。</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在别处更改</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>未保存任何内容</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import lines from CSV…</source>
        <translation>从 CSV 导入号码(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>导出 .ics 日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Expiries, grace ends and keep-alive dates for a phone&apos;s calendar</source>
        <translation>到期日、宽限期结束日和保号活动日期，可导入手机日历</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the database and the attachments into one archive</source>
        <translation>将数据库和附件写入一个备份文件</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <source>&amp;Export lines…</source>
        <translation>导出号码(&amp;E)…</translation>
    </message>
    <message>
        <source>As a CSV the import reads back, or as an Excel workbook (.xlsx)</source>
        <translation>导出为可再次导入的 CSV，或 Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>日历已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}. Import the file into your calendar; importing a newer export again updates the same events.</source>
        <translation>
            <numerusform>已将 %n 个日程写入 {path}。请将该文件导入日历；以后再次导入新的导出文件会更新这些日程，而不会重复添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>正在导出日历</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>日历未导出</translation>
    </message>
    <message>
        <source>Import lines from CSV</source>
        <translation>从 CSV 导入号码</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>无法导入该文件</translation>
    </message>
    <message>
        <source>Lines imported</source>
        <translation>号码已导入</translation>
    </message>
    <message>
        <source>Added: {added}. Merged: {merged}. Skipped: {skipped}.</source>
        <translation>新增：{added}。合并：{merged}。跳过：{skipped}。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix})</source>
        <translation>NumberKeeper 备份 (*{suffix})</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Your lines, receipts and attachments are in {path}. Keep it on another disk; File ▸ Restore from backup… brings it back.</source>
        <translation>您的号码、收据和附件已保存在 {path}。请将它存放在另一个磁盘上；通过“文件 ▸ 从备份恢复…”即可恢复。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>备份未写入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Made on {date}. Lines: {lines}; receipts: {receipts}; attachments: {attachments} (schema version {version}).</source>
        <translation>创建于 {date}。号码：{lines} 个；收据：{receipts} 张；附件：{attachments} 个（数据结构版本 {version}）。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix});;All files (*)</source>
        <translation>NumberKeeper 备份 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>无法恢复此备份</translation>
    </message>
    <message>
        <source>{path} has problems; nothing was changed:

{problems}</source>
        <translation>{path} 存在问题，未做任何更改：

{problems}</translation>
    </message>
    <message>
        <source>{summary}

Replace the current data with this backup? Your current data is kept as a safety copy first.</source>
        <translation>{summary}

用此备份替换当前数据吗？当前数据会先保存为一份安全副本。</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation>NumberKeeper 无法打开数据</translation>
    </message>
    <message>
        <source>{reason}

NumberKeeper closes now; start it again.</source>
        <translation>{reason}

NumberKeeper 即将关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>未恢复任何数据</translation>
    </message>
    <message>
        <source>{reason}

Your data is as it was.</source>
        <translation>{reason}

您的数据保持原样。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Restored from {archive}: {summary}

Your data as it was before the restore is kept in {safety}.</source>
        <translation>已从 {archive} 恢复：{summary}

恢复之前的数据保存在 {safety}。</translation>
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
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Bank OTP (Kuwait)</source>
        <translation>银行验证码（科威特）</translation>
    </message>
    <message>
        <source>NBK online banking
WhatsApp
Google 2FA</source>
        <translation>科威特国民银行网银
WhatsApp
Google 两步验证</translation>
    </message>
    <message>
        <source>Recharge with a Zain voucher from the supermarket.</source>
        <translation>在超市买扎因充值卡充值。</translation>
    </message>
    <message>
        <source>Old work number</source>
        <translation>旧工作号码</translation>
    </message>
    <message>
        <source>WeChat
Alipay</source>
        <translation>微信
支付宝</translation>
    </message>
    <message>
        <source>Muscat apartment</source>
        <translation>马斯喀特的公寓</translation>
    </message>
    <message>
        <source>Bank Muscat
WhatsApp</source>
        <translation>马斯喀特银行
WhatsApp</translation>
    </message>
    <message>
        <source>Travel eSIM</source>
        <translation>旅行用 eSIM</translation>
    </message>
    <message>
        <source>Suspended while abroad; monthly fee applies.</source>
        <translation>出国期间暂停服务；仍需支付月费。</translation>
    </message>
    <message>
        <source>US virtual number</source>
        <translation>美国虚拟号码</translation>
    </message>
    <message>
        <source>VoIP provider</source>
        <translation>VoIP 服务商</translation>
    </message>
    <message>
        <source>家里的号码</source>
        <translation>家里的号码</translation>
    </message>
    <message>
        <source>微信
支付宝
工商银行</source>
        <translation>微信
支付宝
工商银行</translation>
    </message>
</context>
<context>
    <name>Elsewhere</name>
    <message>
        <source>This line was deleted elsewhere meanwhile. Nothing here can be saved.</source>
        <translation>此号码已在别处被删除。这里的内容无法保存。</translation>
    </message>
    <message>
        <source>This line was changed elsewhere (by the command line or another program) since it was opened here. Saving would be refused: close this and open the line again to see the change.</source>
        <translation>自从在这里打开以来，此号码已在别处（命令行或其他程序）被更改。保存将被拒绝：请关闭此窗口并重新打开该号码以查看更改。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No numbers kept yet</source>
        <translation>还没有添加号码</translation>
    </message>
    <message>
        <source>Add a phone number and the date its credit runs out. NumberKeeper counts down to that day, so none of your numbers lapses and goes to a stranger by surprise.</source>
        <translation>添加电话号码及其话费有效期的截止日期。NumberKeeper 会为您倒计时，避免号码在不知不觉中失效并被分配给陌生人。</translation>
    </message>
    <message>
        <source>Add your first line</source>
        <translation>添加第一个号码</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} is a file, not a folder: NumberKeeper cannot keep its data there.</source>
        <translation>{path} 是一个文件，不是文件夹：NumberKeeper 无法在那里保存数据。</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open or create {path} ({reason}).</source>
        <translation>NumberKeeper 无法打开或创建 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of NumberKeeper. Update NumberKeeper to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 NumberKeeper 写入。请更新 NumberKeeper 后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>This line no longer exists: it was deleted, perhaps in another window.</source>
        <translation>这个号码已不存在：它已被删除，可能是在另一个窗口中。</translation>
    </message>
    <message>
        <source>This receipt no longer exists: it was deleted, perhaps in another window.</source>
        <translation>这张收据已不存在：可能已在另一个窗口中删除。</translation>
    </message>
    <message>
        <source>This line was changed elsewhere meanwhile. Nothing was saved: open it again to see the change.</source>
        <translation>这个号码在此期间已在别处被修改。没有保存任何内容：请重新打开它查看修改。</translation>
    </message>
    <message>
        <source>This line&apos;s status no longer allows this (it was changed elsewhere, perhaps cancelled or suspended). Nothing was saved.</source>
        <translation>这个号码当前的状态已不允许此操作（它已在别处被修改，可能已注销或暂停服务）。没有保存任何内容。</translation>
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
        <translation>+1 个月</translation>
    </message>
    <message>
        <source>+1 year</source>
        <translation>+1 年</translation>
    </message>
    <message>
        <source>The new expiry date the carrier&apos;s SMS states:</source>
        <translation>运营商短信中写明的新到期日：</translation>
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
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Write it with its country code, e.g. +965 5000 1234.</source>
        <translation>“{value}”不是电话号码。请带上国家代码，例如 +965 5000 1234。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number in any country’s numbering plan.</source>
        <translation>“{value}”不符合任何国家的号码规则。</translation>
    </message>
    <message>
        <source>{value} is already kept as line {line_id}.</source>
        <translation>{value} 已经添加过了（号码记录 {line_id}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Use YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>“{value}”不是日期。请使用 YYYY-MM-DD 格式，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>“{value}” is not a date: {month} {year} has no day {day} (it has {days} days).</source>
        <translation>“{value}”不是有效日期：{year}年{month}没有 {day} 日（该月只有 {days} 天）。</translation>
    </message>
    <message>
        <source>“{value}” is not a date: there is no month {month_number}; months go from 01 to 12.</source>
        <translation>“{value}”不是有效日期：没有 {month_number} 月；月份只能是 01 到 12。</translation>
    </message>
    <message>
        <source>{value} is outside the dates NumberKeeper keeps: {low} to {high}.</source>
        <translation>{value} 超出了 NumberKeeper 可记录的日期范围：{low} 至 {high}。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Use digits and a decimal point.</source>
        <translation>“{value}”不是金额。请使用数字和小数点。</translation>
    </message>
    <message>
        <source>“{value}” is negative; amounts cannot be below zero.</source>
        <translation>“{value}”是负数；金额不能小于零。</translation>
    </message>
    <message>
        <source>“{value}” has more decimals than {currency} allows ({decimals}).</source>
        <translation>“{value}”的小数位数超过了 {currency} 允许的位数（{decimals} 位）。</translation>
    </message>
    <message>
        <source>“{value}” is too large.</source>
        <translation>“{value}”过大。</translation>
    </message>
    <message>
        <source>“{value}” is not a known currency code (ISO 4217, e.g. KWD).</source>
        <translation>“{value}”不是已知的币种代码（ISO 4217，例如 KWD）。</translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone (e.g. Asia/Kuwait).</source>
        <translation>“{value}”不是已知的时区（例如 Asia/Kuwait）。</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day (use HH:MM, e.g. 09:00).</source>
        <translation>“{value}”不是有效的时间（请使用“时:分”格式，例如 09:00）。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}.</source>
        <translation>{value} 必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}”不是以下值之一：{choices}。</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation>内容超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A balance needs a currency.</source>
        <translation>填写余额时需要同时填写币种。</translation>
    </message>
    <message>
        <source>“{value}” is not a validity extension. Use e.g. 30d, 1m or 1y.</source>
        <translation>“{value}”不是有效期延长值。请使用 30d、1m 或 1y 这样的格式。</translation>
    </message>
    <message>
        <source>{value} is in the past.</source>
        <translation>{value} 是过去的日期。</translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation>{value} 是未来的日期。</translation>
    </message>
    <message>
        <source>{value} is already on row {row} of this file.</source>
        <translation>{value} 已出现在此文件的第 {row} 行。</translation>
    </message>
    <message>
        <source>“{value}” does not match the last four digits of the number.</source>
        <translation>“{value}”与号码后四位不符。</translation>
    </message>
    <message>
        <source>{value} cannot be read ({reason}).</source>
        <translation>无法读取 {value}（{reason}）。</translation>
    </message>
    <message>
        <source>{value} cannot be read (no such file).</source>
        <translation>无法读取 {value}（文件不存在）。</translation>
    </message>
    <message>
        <source>{value} is a carrier in {country}, but this number is from {number_country}.</source>
        <translation>{value} 是{country}的运营商，但这个号码来自{number_country}。</translation>
    </message>
    <message>
        <source>“{value}” could be a number in {country}: {carrier} is a carrier in each. Write it with its country code.</source>
        <translation>“{value}”可能是{country}的号码：这几个国家都有名为 {carrier} 的运营商。请带上国家代码填写。</translation>
    </message>
    <message>
        <source>{value} is not in the numbering plan known to this version of NumberKeeper. It will be kept: check that it is right.</source>
        <translation>{value} 不在此版本 NumberKeeper 所知的号码规划内。号码会照样保存：请核对是否正确。</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Write it as https://…</source>
        <translation>“{value}”不是网址。请写成 https://… 的形式。</translation>
    </message>
    <message>
        <source>The address holds a password. Type the password in its own field.</source>
        <translation>地址中含有密码。请在密码栏中单独填写密码。</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of channel NumberKeeper can send to.</source>
        <translation>“{value}”不是 NumberKeeper 能发送到的渠道类型。</translation>
    </message>
    <message>
        <source>“{value}” is not a channel address NumberKeeper can use: a part it needs (a token, a host or a recipient) is missing or malformed.</source>
        <translation>“{value}”不是 NumberKeeper 能使用的渠道地址：缺少所需的部分（令牌、主机或收件人），或其格式有误。</translation>
    </message>
    <message>
        <source>A channel named “{value}” exists already.</source>
        <translation>已有名为“{value}”的渠道。</translation>
    </message>
    <message>
        <source>{value} is larger than {limit} MiB.</source>
        <translation>{value} 大于 {limit} MiB。</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text (at byte {byte}). Save it as “CSV UTF-8” and try again.</source>
        <translation>{value} 不是 UTF-8 文本（第 {byte} 字节处）。请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>{value} is not a regular file (a device, a pipe or a folder).</source>
        <translation>{value} 不是普通文件（而是设备、管道或文件夹）。</translation>
    </message>
    <message>
        <source>{value}: the quote (&quot;) opened on row {row} is not closed where its cell ends. Nothing was imported.</source>
        <translation>{value}：第 {row} 行开始的引号（&quot;）没有在单元格结束处闭合。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This cell runs over several lines of the file: is a quote (&quot;) left open?</source>
        <translation>此单元格跨越了文件中的多行：是否有引号（&quot;）未闭合？</translation>
    </message>
    <message>
        <source>“{value}” has a comma. Write amounts without thousands separators and with a decimal point, e.g. 1000 or 1.5.</source>
        <translation>“{value}”中含有逗号。请不使用千位分隔符，并以小数点书写金额，例如 1000 或 1.5。</translation>
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
        <translation>号码</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Keep alive every</source>
        <translation>保号周期</translation>
    </message>
    <message>
        <source>Counts as activity</source>
        <translation>计入保号的活动</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>查询日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>关联账户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转入对象</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the receipt</source>
        <translation>附上收据的照片或 PDF</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>选择收据</translation>
    </message>
    <message>
        <source>Photos and PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation>照片和 PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportLinesDialog</name>
    <message>
        <source>Import lines from {name}</source>
        <translation>从 {name} 导入号码</translation>
    </message>
    <message>
        <source>Numbers already kept</source>
        <translation>已有的号码</translation>
    </message>
    <message>
        <source>&amp;Skip these rows (keep the lines as they are)</source>
        <translation>跳过这些行（保留已有号码不变）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge into the kept lines (the file&apos;s non-empty values replace theirs)</source>
        <translation>合并到已有号码（以文件中的非空值覆盖原有值）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from {name}.</source>
        <translation>
            <numerusform>已从 {name} 读取 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: fix the file and import it again.</source>
        <translation>
            <numerusform>%n 行有错误：请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already kept.</source>
        <translation>
            <numerusform>%n 个号码已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) not in the numbering plan known to this version: they will be imported; check them.</source>
        <translation>
            <numerusform>%n 个号码不在此版本所知的号码规划内：它们会被导入，请核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>在您点击“导入”之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>The file has no “{column}” column, which is required.</source>
        <translation>文件缺少必需的“{column}”列。</translation>
    </message>
    <message>
        <source>Columns NumberKeeper does not know, ignored: {columns}</source>
        <translation>NumberKeeper 无法识别的列，已忽略：{columns}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fix the errors listed here in the file, then import it again.</source>
        <translation>请在文件中修正此处列出的错误，然后重新导入。</translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be merged</source>
        <translation>已有此号码（“{line}”）：将合并</translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be skipped</source>
        <translation>已有此号码（“{line}”）：将跳过</translation>
    </message>
    <message>
        <source>New line; check: {warning}</source>
        <translation>新号码；请核对：{warning}</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新号码</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>Re&amp;new…</source>
        <translation>续费(&amp;N)…</translation>
    </message>
    <message>
        <source>Walk through renewing this line and keep the receipt</source>
        <translation>按步骤为此号码续费并保存收据</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>暂停服务(&amp;S)…</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>恢复(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Cancel line…</source>
        <translation>销号(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log keep-alive activity…</source>
        <translation>记录保号活动(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>收据(&amp;R)…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>All &amp;receipts</source>
        <translation>全部收据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete line and its records…</source>
        <translation>删除号码及其记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Continue re&amp;newal…</source>
        <translation>继续续费(&amp;N)…</translation>
    </message>
    <message>
        <source>Continue &amp;suspension…</source>
        <translation>继续暂停服务(&amp;S)…</translation>
    </message>
    <message>
        <source>Continue res&amp;uming…</source>
        <translation>继续恢复(&amp;U)…</translation>
    </message>
    <message>
        <source>Continue &amp;cancelling…</source>
        <translation>继续销号(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the line’s secrets</source>
        <translation>删除该号码的机密信息</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is cancelled. Delete its %n secret(s) (portal password, PIN, PUK, eSIM code…) from the keyring? Keep them if you may still need the number back.</source>
        <translation>
            <numerusform>“{name}”已销号。要从系统密钥环中删除它的 %n 项机密信息（网上营业厅密码、PIN、PUK、eSIM 激活码…）吗？如果您以后可能还要找回这个号码，请保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The line’s secrets are still in the keyring.</source>
        <translation>该号码的机密信息仍保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Delete line and its records</source>
        <translation>删除号码及其记录</translation>
    </message>
    <message>
        <source>Delete “{name}” ({number}) with all its history, receipts and keep-alive log? This cannot be undone. To keep the records, cancel or archive the line instead.</source>
        <translation>要删除“{name}”（{number}）及其全部历史、收据和保号活动记录吗？此操作无法撤销。如需保留记录，请改为销号或归档。</translation>
    </message>
    <message>
        <source>Could not delete the line</source>
        <translation>无法删除号码</translation>
    </message>
    <message>
        <source>The line and its secrets were kept.</source>
        <translation>该号码及其机密信息均已保留。</translation>
    </message>
    <message>
        <source>Could not delete the secrets</source>
        <translation>无法删除机密信息</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Edit line</source>
        <translation>编辑号码</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Portal &amp;&amp; secrets</source>
        <translation>网上营业厅与机密信息</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>What you typed in this line is not saved yet. Throw it away?</source>
        <translation>您为这个号码填写的内容尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>Your changes to this line are not saved yet. Throw them away?</source>
        <translation>您对这个号码的更改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>The line was not saved</source>
        <translation>号码未保存</translation>
    </message>
</context>
<context>
    <name>LineFacts</name>
    <message>
        <source>Line:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Validity ends:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <source>Grace:</source>
        <translation>宽限期：</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name}（{number}）</translation>
    </message>
    <message>
        <source>{date} {time} {zone} — {local} your time</source>
        <translation>{date} {time} {zone} — 您的时间 {local}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>{amount}, checked {date}</source>
        <translation>{amount}，查询于 {date}</translation>
    </message>
    <message>
        <source>{left} left before the number may be recycled ({date} your time)</source>
        <translation>还剩 {left}，之后号码可能被回收（您的时间 {date}）</translation>
    </message>
    <message>
        <source>ended {left} ago ({date} your time): the number may be gone</source>
        <translation>已结束 {left}（您的时间 {date}）：号码可能已被回收</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after validity ends, until {date} your time</source>
        <translation>
            <numerusform>有效期结束后 %n 天，至您的时间 {date}</numerusform>
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
        <translation>例如：工作号、妈妈的号码</translation>
    </message>
    <message>
        <source>Pick a preset or type a name</source>
        <translation>选择预设或输入名称</translation>
    </message>
    <message>
        <source>Physical SIM</source>
        <translation>实体 SIM 卡</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Virtual number</source>
        <translation>虚拟号码</translation>
    </message>
    <message>
        <source>Unverified — confirm with your carrier.</source>
        <translation>未经核实 — 请向运营商确认。</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停服务</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>e.g. 3.500</source>
        <translation>例如 3.500</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>One per line: bank, WhatsApp, e-mail, government portal…</source>
        <translation>每行一个：银行、WhatsApp、邮箱、政务平台…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
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
        <translation>宽限期：</translation>
    </message>
    <message>
        <source>days after expiry</source>
        <translation>天（到期后）</translation>
    </message>
    <message>
        <source>Keep alive every:</source>
        <translation>保号周期：</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Counts as activity:</source>
        <translation>计入保号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Resume on:</source>
        <translation>恢复日期：</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>查询日期：</translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; notes</source>
        <translation>账户与备注</translation>
    </message>
    <message>
        <source>Linked accounts:</source>
        <translation>关联账户：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Default: {zone}</source>
        <translation>默认：{zone}</translation>
    </message>
    <message>
        <source>Default: from the carrier or the number</source>
        <translation>默认：根据运营商或号码确定</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需保号</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Keep-alive due</source>
        <translation>保号活动截止</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>实体 SIM 卡</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Virtual (VoIP)</source>
        <translation>虚拟号码（VoIP）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired — at risk</source>
        <translation>已过期 — 有回收风险</translation>
    </message>
    <message>
        <source>Past grace — probably lost</source>
        <translation>已过宽限期 — 号码可能已失去</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停服务</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>{carrier} · {country}</source>
        <translation>{carrier} · {country}</translation>
    </message>
    <message>
        <source>{phase} (archived)</source>
        <translation>{phase}（已归档）</translation>
    </message>
    <message>
        <source>{date} · {local} local</source>
        <translation>{date} · 本地时间 {local}</translation>
    </message>
    <message>
        <source>Validity ends at {time} on {date} ({zone} time).</source>
        <translation>有效期于 {date} {time}（{zone} 时间）结束。</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>查询于 {date}</translation>
    </message>
    <message numerus="yes">
        <source>A chargeable activity is needed every %n day(s); the last one logged was {last}.</source>
        <translation>
            <numerusform>每 %n 天需要一次计费的保号活动；上次记录：{last}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time until validity ends, {expires} (your time). After that the carrier keeps the number for %n day(s) before it may be recycled.</source>
        <translation>
            <numerusform>距有效期结束（{expires}，您的时间）的剩余时间。此后运营商会再保留号码 %n 天，之后可能将其回收。</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <comment>QLocale date format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days}天</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}小时</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>suspended until {date}</source>
        <translation>暂停服务至 {date}</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停服务</translation>
    </message>
    <message>
        <source>keep-alive activity due in {left}</source>
        <translation>保号活动截止还剩 {left}</translation>
    </message>
    <message>
        <source>keep-alive activity missed {ago} ago — number at risk</source>
        <translation>保号活动已逾期 {ago} — 号码有风险</translation>
    </message>
    <message>
        <source>expired {ago} ago — number at risk in {left}</source>
        <translation>已过期 {ago} — {left}后有回收风险</translation>
    </message>
    <message>
        <source>expired {ago} ago — grace ended {ended} ago</source>
        <translation>已过期 {ago} — 宽限期已结束 {ended}</translation>
    </message>
    <message>
        <source>You cancelled this line; nothing counts down.</source>
        <translation>您已为此号码销号；不再倒计时。</translation>
    </message>
    <message>
        <source>You suspended this line. Check whether the carrier charges a fee while it is suspended.</source>
        <translation>您已暂停此号码的服务。请确认运营商在暂停期间是否收费。</translation>
    </message>
    <message>
        <source>Validity ended {expires} (your time). The carrier may recycle the number after {grace_end}: renew before then to keep it.</source>
        <translation>有效期已于 {expires}（您的时间）结束。{grace_end} 之后运营商可能回收此号码：请在此之前续费以保留号码。</translation>
    </message>
    <message>
        <source>The grace period ended {grace_end} (your time); the number has probably been given to someone else. Check with the carrier.</source>
        <translation>宽限期已于 {grace_end}（您的时间）结束；此号码很可能已分配给他人。请向运营商核实。</translation>
    </message>
</context>
<context>
    <name>LinesExport</name>
    <message>
        <source>Export lines</source>
        <translation>导出号码</translation>
    </message>
    <message>
        <source>Lines exported</source>
        <translation>号码已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 个号码写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting lines</source>
        <translation>正在导出号码</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>The lines were not exported</source>
        <translation>号码未导出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demo (sample lines, discarded on exit)</source>
        <translation>{app} — 演示（示例号码，退出时丢弃）</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>添加号码(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep a new number</source>
        <translation>添加一个要保管的新号码</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>编辑号码(&amp;E)…</translation>
    </message>
    <message>
        <source>A&amp;rchive line…</source>
        <translation>归档号码(&amp;R)…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>编辑号码</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Open &amp;demo…</source>
        <translation>打开演示(&amp;D)…</translation>
    </message>
    <message>
        <source>Start a second window with sample lines</source>
        <translation>在新窗口中打开示例号码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Filter by number, label or carrier</source>
        <translation>按号码、名称或运营商筛选</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>号码(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) expire within 7 days</source>
        <translation>
            <numerusform>%n 个号码将在 7 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in grace — number at risk</source>
        <translation>
            <numerusform>%n 个处于宽限期 — 号码有风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past grace — probably recycled</source>
        <translation>
            <numerusform>%n 个已过宽限期 — 可能已被回收</numerusform>
        </translation>
    </message>
    <message>
        <source>none expires within 7 days</source>
        <translation>7 天内没有号码到期</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The line cannot be edited</source>
        <translation>无法编辑这个号码</translation>
    </message>
    <message>
        <source>Restore line</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive line</source>
        <translation>归档号码</translation>
    </message>
    <message>
        <source>Archive “{name}”? It leaves the list and stops counting down; its history is kept, and View ▸ Show archived brings it back.</source>
        <translation>要归档“{name}”吗？它将从列表中移除并停止倒计时；历史记录会保留，可通过“视图 ▸ 显示已归档”找回。</translation>
    </message>
    <message>
        <source>Could not archive the line</source>
        <translation>无法归档号码</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>无法打开演示</translation>
    </message>
    <message>
        <source>The demo did not start.</source>
        <translation>演示未能启动。</translation>
    </message>
    <message>
        <source>&amp;Restore line</source>
        <translation>取消归档(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PushTexts</name>
    <message>
        <source>NumberKeeper: {count} reminders</source>
        <translation>NumberKeeper：{count} 条提醒</translation>
    </message>
    <message>
        <source>NumberKeeper test</source>
        <translation>NumberKeeper 测试</translation>
    </message>
    <message>
        <source>If you read this, NumberKeeper&apos;s reminders reach you here.</source>
        <translation>如果您看到这条消息，说明 NumberKeeper 的提醒可以送达这里。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReachTexts</name>
    <message>
        <source>The server cannot be reached: check the address and the connection.</source>
        <translation>无法连接服务器：请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.</source>
        <translation>服务器的证书不受信任，因此未向其发送任何内容。</translation>
    </message>
    <message>
        <source>The user name or password was refused. iCloud and Fastmail need an app-specific password.</source>
        <translation>用户名或密码被拒绝。iCloud 和 Fastmail 需要使用应用专用密码。</translation>
    </message>
    <message>
        <source>Something answers at that address, but not a CalDAV server.</source>
        <translation>该地址有响应，但不是 CalDAV 服务器。</translation>
    </message>
    <message>
        <source>That address is not a calendar. Choose a calendar, or leave the name.</source>
        <translation>该地址不是日历。请选择一个日历，或保留默认名称。</translation>
    </message>
    <message>
        <source>The calendar is gone from the server. Connect again to make it anew.</source>
        <translation>服务器上的日历已不存在。请重新连接以重新创建。</translation>
    </message>
    <message>
        <source>The server failed. It is tried again later.</source>
        <translation>服务器出错，稍后会自动重试。</translation>
    </message>
    <message>
        <source>The server refused an event.</source>
        <translation>服务器拒绝了一个日程。</translation>
    </message>
    <message>
        <source>The keyring no longer holds its password (or address): set it again.</source>
        <translation>密钥环中已没有它的密码（或地址）：请重新设置。</translation>
    </message>
    <message>
        <source>The keyring cannot be used now: unlock it, then try again.</source>
        <translation>密钥环当前无法使用：请解锁后重试。</translation>
    </message>
    <message>
        <source>The message did not go. It is tried again later.</source>
        <translation>消息未能发出，稍后会自动重试。</translation>
    </message>
    <message>
        <source>{sentence} ({detail})</source>
        <translation>{sentence}（{detail}）</translation>
    </message>
    <message>
        <source>No calendar is connected.</source>
        <translation>尚未连接日历。</translation>
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
        <translation>上次同步失败：{reason}</translation>
    </message>
    <message>
        <source>Next try {when}.</source>
        <translation>下次重试：{when}。</translation>
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
        <translation>日历同步(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep the deadlines in your phone&apos;s calendar</source>
        <translation>将截止日期同步到手机日历</translation>
    </message>
    <message>
        <source>&amp;Push channels…</source>
        <translation>推送渠道(&amp;P)…</translation>
    </message>
    <message>
        <source>Send the reminders to your phone</source>
        <translation>将提醒推送到手机</translation>
    </message>
    <message>
        <source>&amp;Sync calendar now</source>
        <translation>立即同步日历(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Edit receipt</source>
        <translation>编辑收据</translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation>添加收据</translation>
    </message>
    <message>
        <source>e.g. 10.000</source>
        <translation>例如 10.000</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— 未记录 —</translation>
    </message>
    <message>
        <source>e.g. bank card, cash, e-wallet</source>
        <translation>例如 银行卡、现金、电子钱包</translation>
    </message>
    <message>
        <source>transaction number on the slip or SMS</source>
        <translation>凭条或短信上的交易号</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>已收到确认短信</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>付款日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>交易号：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>This renewal moved the expiry from {before} to {after}. Editing the receipt does not change the line&apos;s expiry.</source>
        <translation>这次续费将到期日从 {before} 改为 {after}。编辑收据不会更改号码的到期日。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Attach the receipt</source>
        <translation>附上收据</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation>照片和 PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} (will be copied into the data folder)</source>
        <translation>{name}（将复制到数据文件夹）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>The receipt was not saved</source>
        <translation>收据未保存</translation>
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
        <translation>号码(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部号码</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
</context>
<context>
    <name>ReceiptsExport</name>
    <message>
        <source>Export receipts</source>
        <translation>导出收据</translation>
    </message>
    <message>
        <source>Receipts exported</source>
        <translation>收据已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 张收据写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting receipts</source>
        <translation>正在导出收据</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>The receipts were not exported</source>
        <translation>收据未导出</translation>
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
        <translation>号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易号</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Suspension fee</source>
        <translation>暂停服务费</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>充值卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation>官网或 App</translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation>营业厅柜台</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助服务机</translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation>充值卡</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>第三方支付</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>号码记录 {id}</translation>
    </message>
    <message>
        <source>Expiry moved from {before} to {after}.</source>
        <translation>到期日从 {before} 改为 {after}。</translation>
    </message>
    <message>
        <source>Paid by {method}</source>
        <translation>付款方式：{method}</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>已收到确认短信</translation>
    </message>
    <message>
        <source>{name} ({size} KiB) — double-click to open</source>
        <translation>{name}（{size} KiB）— 双击打开</translation>
    </message>
</context>
<context>
    <name>ReceiptsTotals</name>
    <message>
        <source>No receipts yet. Record a payment with Add receipt…; renewing a line records its receipt here too.</source>
        <translation>还没有收据。用“添加收据…”记录一笔付款；续费号码时也会在这里记下收据。</translation>
    </message>
    <message>
        <source>No receipts match these filters.</source>
        <translation>没有符合筛选条件的收据。</translation>
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
        <translation>收据</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>&amp;Add receipt…</source>
        <translation>添加收据(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a voucher, a fee or another payment</source>
        <translation>记录充值卡、费用或其他付款</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>打开附件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the receipts the filters show as a CSV file or an Excel workbook</source>
        <translation>将筛选出的收据保存为 CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>无法打开附件</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” cannot be read: {reason}.

It should be at {path}. Restore it from a backup, or attach the file again with Edit….</source>
        <translation>无法读取“{name}”的存储副本：{reason}。

它应位于 {path}。请从备份中恢复，或通过“编辑…”重新附加该文件。</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”. The file is at {path}.</source>
        <translation>此电脑上没有程序能打开“{name}”。文件位于 {path}。</translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation>添加收据</translation>
    </message>
    <message>
        <source>Add a line first.</source>
        <translation>请先添加号码。</translation>
    </message>
    <message>
        <source>Delete the receipt of {amount} paid on {date} for “{line}”?</source>
        <translation>要删除“{line}”于 {date} 支付 {amount} 的收据吗？</translation>
    </message>
    <message>
        <source>The line&apos;s expiry has changed since this renewal (it is now {now}); it stays as it is.</source>
        <translation>这次续费之后，号码的到期日已有变更（现为 {now}），将保持不变。</translation>
    </message>
    <message>
        <source>Delete receipt</source>
        <translation>删除收据</translation>
    </message>
    <message>
        <source>Roll the expiry back?</source>
        <translation>恢复原到期日？</translation>
    </message>
    <message>
        <source>This renewal moved the expiry of “{line}” from {before} to {after}.

Yes: set the expiry back to {before} (the renewal did not happen).
No: keep {after} (only the receipt is deleted).</source>
        <translation>这次续费将“{line}”的到期日从 {before} 改为 {after}。

是：将到期日改回 {before}（视为未续费）。
否：保留 {after}（仅删除收据）。</translation>
    </message>
    <message>
        <source>The receipt was not deleted</source>
        <translation>收据未删除</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>and %n more — see the list below</source>
        <translation>
            <numerusform>另有 %n 条 — 见下方列表</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {summary}</source>
        <translation>⚠ {summary}</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续费…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation>1 小时后再提醒我</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Do not show this reminder again</source>
        <translation>不再显示此提醒</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Renew…</source>
        <translation>续费…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>{name} expires in {left}</source>
        <translation>{name} 将在 {left}后到期</translation>
    </message>
    <message>
        <source>{name} expired {ago} ago</source>
        <translation>{name} 已过期 {ago}</translation>
    </message>
    <message>
        <source>validity ends {when} (your time)</source>
        <translation>有效期至 {when}（您的时间）</translation>
    </message>
    <message>
        <source>{name} has expired — number at risk in {left}</source>
        <translation>{name} 已过期 — {left}后有回收风险</translation>
    </message>
    <message>
        <source>renew before {when} (your time) to keep the number</source>
        <translation>请在 {when}（您的时间）之前续费以保留号码</translation>
    </message>
    <message>
        <source>{name} may be recycled in {left}</source>
        <translation>{name} 可能在 {left}后被回收</translation>
    </message>
    <message>
        <source>{name}: the grace period has ended</source>
        <translation>{name}：宽限期已结束</translation>
    </message>
    <message>
        <source>the carrier may give the number away after {when} (your time)</source>
        <translation>{when}（您的时间）之后，运营商可能将号码分配给他人</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due in {left}</source>
        <translation>{name}：需在 {left}内完成保号活动</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity is overdue</source>
        <translation>{name}：保号活动已逾期</translation>
    </message>
    <message>
        <source>make a call, send a text or top up by {when} (your time)</source>
        <translation>请在 {when}（您的时间）之前打电话、发短信或充值</translation>
    </message>
    <message>
        <source>{name} is due to resume on {date}</source>
        <translation>{name} 应于 {date} 恢复服务</translation>
    </message>
    <message>
        <source>check that the carrier has reactivated the line</source>
        <translation>请确认运营商已恢复此号码的服务</translation>
    </message>
    <message>
        <source>{number} · {detail}</source>
        <translation>{number} · {detail}</translation>
    </message>
    <message>
        <source>expired — at risk in {left}</source>
        <translation>已过期 — {left}后有回收风险</translation>
    </message>
    <message>
        <source>past grace</source>
        <translation>已过宽限期</translation>
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
            <numerusform>%n 条提醒待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>暂无待处理提醒</translation>
    </message>
    <message>
        <source>{app} — {state}</source>
        <translation>{app} — {state}</translation>
    </message>
    <message>
        <source>Open NumberKeeper</source>
        <translation>打开 NumberKeeper</translation>
    </message>
    <message>
        <source>Nearest expiries</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Open the renew checklist</source>
        <translation>打开续费清单</translation>
    </message>
    <message>
        <source>No running lines</source>
        <translation>没有在用的号码</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>全部稍后提醒</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ReminderUi</name>
    <message>
        <source>NumberKeeper is still running</source>
        <translation>NumberKeeper 仍在运行</translation>
    </message>
    <message>
        <source>It keeps reminding you from the tray. Click the tray icon to open the window, or choose Quit in its menu to stop it.</source>
        <translation>它会继续在系统托盘中提醒您。点击托盘图标可打开窗口；在托盘菜单中选择“退出”可停止运行。</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>登录时启动(&amp;L)</translation>
    </message>
    <message>
        <source>Start NumberKeeper in the tray when you log in</source>
        <translation>登录系统时在托盘中启动 NumberKeeper</translation>
    </message>
    <message>
        <source>Could not change “Start at login”</source>
        <translation>无法更改“登录时启动”设置</translation>
    </message>
    <message>
        <source>NumberKeeper could not change its login entry ({reason}).</source>
        <translation>NumberKeeper 无法修改其登录启动项（{reason}）。</translation>
    </message>
</context>
<context>
    <name>RenewWizard</name>
    <message>
        <source>Renew {line}</source>
        <translation>续费：{line}</translation>
    </message>
    <message>
        <source>Usual amounts:</source>
        <translation>常用金额：</translation>
    </message>
    <message>
        <source>Choose a channel to see what to keep in mind.</source>
        <translation>选择渠道以查看注意事项。</translation>
    </message>
    <message>
        <source>The new expiry shows here once the values are valid.</source>
        <translation>填写的内容有效后，新到期日会显示在这里。</translation>
    </message>
    <message>
        <source>New expiry: {new} (was {old})</source>
        <translation>新到期日：{new}（原为 {old}）</translation>
    </message>
    <message>
        <source>Counted from today, {today}: validity had already ended.</source>
        <translation>从今天（{today}）起算：有效期此前已经结束。</translation>
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
        <translation>不变</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>号码</translation>
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
        <translation>从上次中断处继续：之前填写的内容已保留。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Forget the saved answers and begin at the first step</source>
        <translation>清除已保存的内容，从第一步开始</translation>
    </message>
</context>
<context>
    <name>ResumeWizard</name>
    <message>
        <source>Resume {line}</source>
        <translation>恢复服务：{line}</translation>
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
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show {secret} for a few seconds</source>
        <translation>短暂显示{secret}</translation>
    </message>
    <message>
        <source>Copy {secret} to the clipboard</source>
        <translation>将{secret}复制到剪贴板</translation>
    </message>
    <message>
        <source>Save {secret} in the keyring</source>
        <translation>将{secret}保存到系统密钥环</translation>
    </message>
    <message>
        <source>Delete {secret} from the keyring</source>
        <translation>从系统密钥环删除{secret}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>The keyring did not answer within {seconds} seconds. If it asked you to unlock it, do so and try again.</source>
        <translation>系统密钥环在 {seconds} 秒内没有响应。如果它要求您解锁，请先解锁再重试。</translation>
    </message>
    <message>
        <source>No keyring service is available. Install and start a Secret Service such as GNOME Keyring or KWallet (Linux), then reopen this window.</source>
        <translation>没有可用的密钥环服务。请安装并启动一个 Secret Service（例如 Linux 上的 GNOME Keyring 或 KWallet），然后重新打开此窗口。</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (your login password) and try again.</source>
        <translation>系统密钥环已锁定。请用您的登录密码解锁后重试。</translation>
    </message>
    <message>
        <source>The keyring reported an error ({detail}); try again, or check your keyring service.</source>
        <translation>系统密钥环报告了错误（{detail}）；请重试，或检查您的密钥环服务。</translation>
    </message>
    <message>
        <source>The name you sign in to the carrier with</source>
        <translation>您登录运营商网上营业厅时使用的用户名</translation>
    </message>
    <message>
        <source>Portal user name:</source>
        <translation>网上营业厅用户名：</translation>
    </message>
    <message>
        <source>Passwords, PINs, PUKs and eSIM codes are kept in your system’s keyring, never in NumberKeeper’s own files.</source>
        <translation>密码、PIN、PUK 和 eSIM 激活码保存在系统密钥环中，绝不会写入 NumberKeeper 自己的文件。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Name, e.g. Bank app PIN</source>
        <translation>名称，例如：银行 App PIN</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>添加机密信息</translation>
    </message>
    <message>
        <source>Save the line first to add its secrets.</source>
        <translation>请先保存号码，再添加其机密信息。</translation>
    </message>
    <message>
        <source>Portal password</source>
        <translation>网上营业厅密码</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>SIM 卡 PIN</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>eSIM activation code</source>
        <translation>eSIM 激活码</translation>
    </message>
    <message>
        <source>Portal password:</source>
        <translation>网上营业厅密码：</translation>
    </message>
    <message>
        <source>SIM PIN:</source>
        <translation>SIM 卡 PIN：</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>PUK：</translation>
    </message>
    <message>
        <source>eSIM activation code:</source>
        <translation>eSIM 激活码：</translation>
    </message>
    <message>
        <source>The LPA string from the QR code, e.g. LPA:1$…</source>
        <translation>二维码中的 LPA 字符串，例如 LPA:1$…</translation>
    </message>
    <message>
        <source>Other secrets:</source>
        <translation>其他机密信息：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>{secret} copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已复制{secret}。剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring holds no value for {secret}.</source>
        <translation>系统密钥环中没有{secret}的值。</translation>
    </message>
    <message>
        <source>{secret} saved in the keyring, but its history entry was not written: {reason}</source>
        <translation>{secret} 已保存到密钥环，但未能写入其历史记录：{reason}</translation>
    </message>
    <message>
        <source>{secret} saved in the keyring.</source>
        <translation>{secret}已保存到系统密钥环。</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>删除机密信息</translation>
    </message>
    <message>
        <source>Delete {secret} of this line from the keyring? This cannot be undone.</source>
        <translation>要从系统密钥环中删除此号码的{secret}吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>{secret} deleted from the keyring.</source>
        <translation>{secret}已从系统密钥环删除。</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>NumberKeeper&apos;s data is damaged</source>
        <translation>NumberKeeper 的数据已损坏</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open {path}: it is damaged (SQLite says: {problem}).

NumberKeeper has not changed the file.</source>
        <translation>NumberKeeper 无法打开 {path}：它已损坏（SQLite 报告：{problem}）。

NumberKeeper 没有更改该文件。</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. If you have a backup archive, move the damaged file away, start NumberKeeper and use File ▸ Restore from backup….</source>
        <translation>没有可恢复的自动备份。如果您有备份文件，请先移走已损坏的文件，再启动 NumberKeeper 并使用“文件 ▸ 从备份恢复…”。</translation>
    </message>
    <message>
        <source>The latest good automatic backup is {backup}. Restore it? The damaged file is kept beside it.</source>
        <translation>最近一份完好的自动备份是 {backup}。要恢复它吗？已损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>备份未恢复：{reason}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>NumberKeeper restored its data from {backup}. The damaged database is kept at {kept}. Changes made after that backup are not in the restored data.</source>
        <translation>NumberKeeper 已从 {backup} 恢复数据。已损坏的数据库保存在 {kept}。该备份之后所做的更改不在恢复的数据中。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>它所在的磁盘以只读方式挂载</translation>
    </message>
    <message>
        <source>you have no permission to write there</source>
        <translation>您没有在那里写入的权限</translation>
    </message>
    <message>
        <source>NumberKeeper cannot save in {path}: {reason}. Nothing was changed. Make it writable (its permissions, or mount the disk read-write), or choose another data folder.</source>
        <translation>NumberKeeper 无法在 {path} 中保存：{reason}。没有任何更改。请让它可写（修改其权限，或以读写方式挂载该磁盘），或选择另一个数据文件夹。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full ({free} free). Nothing was saved. Free at least {needed} on it, then try again.</source>
        <translation>{path} 所在的磁盘已满（剩余 {free}）。没有保存任何内容。请在该磁盘上至少腾出 {needed}，然后重试。</translation>
    </message>
    <message>
        <source>Another program is writing to {path} (perhaps numberkeeper-cli or a script). Nothing was saved; try again in a moment.</source>
        <translation>另一个程序正在写入 {path}（可能是 numberkeeper-cli 或某个脚本）。没有保存任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). NumberKeeper has not changed it. Restore a backup: File ▸ Restore from backup…, or the daily backup offered at the next start.</source>
        <translation>{path} 已损坏（{reason}）。NumberKeeper 没有更改它。请恢复备份：“文件 ▸ 从备份恢复…”，或在下次启动时选择提供的每日备份。</translation>
    </message>
    <message>
        <source>{path} is not a NumberKeeper database ({reason}): another program&apos;s file, which NumberKeeper has not changed. Choose another data folder.</source>
        <translation>{path} 不是 NumberKeeper 数据库（{reason}）：这是另一个程序的文件，NumberKeeper 没有更改它。请选择另一个数据文件夹。</translation>
    </message>
    <message>
        <source>{path} could not be changed ({reason}). Nothing was saved.</source>
        <translation>无法更改 {path}（{reason}）。没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>SuspendWizard</name>
    <message>
        <source>Suspend {line}</source>
        <translation>暂停服务：{line}</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>号码名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易号</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Keep-alive every (days)</source>
        <translation>保号间隔（天）</translation>
    </message>
    <message>
        <source>Keep-alive counts</source>
        <translation>计入保号的活动</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Balance checked on</source>
        <translation>余额查询日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>关联账户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>网上营业厅用户名</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>余额</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsEditor</name>
    <message>
        <source>No linked accounts are recorded for this line. Add any you remember below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WhatsApp, bank app, Gmail 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log keep-alive activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. “SMS to 100”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no keep-alive rule; activities are logged for the record only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep alive: an activity every %n day(s); these count: {kinds}.</source>
        <translation>
            <numerusform>Keep alive: an activity every %n day; these count: {kinds}.</numerusform>
            <numerusform>Keep alive: an activity every %n days; these count: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next activity due: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} does not count for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this one: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} — {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is in the future; log an activity once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was not logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The disk is full. Free some space, or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper may not write there ({path}). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets — UTF-8 with byte-order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for scripts — plain UTF-8 without byte-order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook — numbers kept as text, amounts and dates typed (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupProblems</name>
    <message>
        <source>{name} is not a NumberKeeper backup ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its list of files (manifest) cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a file a backup never holds: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it is not the file that was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} fails its integrity check ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its database was written by a newer version of NumberKeeper (schema {version}; this version knows up to {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its database is not a NumberKeeper database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds {name}, which its list of files (manifest) does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in it is not a plain file (a link, a folder or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in it would unpack to {size}, more than {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper keeps every deadline, with its alarms at your reminder hour, in a calendar on your CalDAV server: iCloud, Fastmail, Nextcloud, Radicale … Subscribe to that calendar on your phone: its alarms ring even when this computer is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events are NumberKeeper&apos;s: an edit made on the phone is replaced at the next sync, and other events in that calendar are never touched. Google Calendar needs an OAuth sign-in, which NumberKeeper does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app-specific password where asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the calendar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper forgets the account and takes its password out of the keyring. The events stay in the calendar: delete the calendar on the server to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>{name} expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: grace ends, the number may be recycled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: suspension ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSyncUi</name>
    <message>
        <source>Calendar: not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded balance: {amount} (checked {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No balance is recorded for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This line has %n receipt(s). They and the line&apos;s history are kept after cancelling, and stay in the receipts window.</source>
        <translation>
            <numerusform>This line has %n receipt. It and the line&apos;s history are kept after cancelling, and stay in the receipts window.</numerusform>
            <numerusform>This line has %n receipts. They and the line&apos;s history are kept after cancelling, and stay in the receipts window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this line&apos;s receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone contacts you about this number and asks for a code, hang up and call the carrier&apos;s official hotline yourself. A recycled number can also receive messages meant for you: unbind accounts before the carrier closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are cancelling {name} ({number}). Type the last four digits of the number to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bark (iPhone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServerChan (WeChat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PushPlus (WeChat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom group bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk group bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu group bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (an Apprise URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail provider&apos;s SMTP server; many need an app password for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a bot with @BotFather for its token; @userinfobot tells your chat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to the topic in the ntfy app. Pick a topic nobody can guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key is in the Bark app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in at sct.ftqq.com with WeChat for your SendKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in at pushplus.plus with WeChat for your token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group bot in WeCom; its key is the end of its webhook address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom group bot in DingTalk: its access token, and its signing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom bot to a Feishu group; the token is the end of its webhook address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Apprise URL, e.g. ntfy://topic or mailtos://… (see Apprise&apos;s wiki).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendKey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret (if set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprise URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelFormDialog</name>
    <message>
        <source>Add a push channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Push channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reminder the desktop shows is also sent once to each channel below, so it reaches your phone: e-mail, Telegram, ntfy, Bark, WeChat (ServerChan, PushPlus), WeCom, DingTalk, Feishu. Their addresses hold tokens: they are kept in the system keyring. Reminders missed while NumberKeeper was closed come as one summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet. Add one to get each reminder on your phone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders fall due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message went to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test message went to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are no longer sent to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of your day ({zone}): on the desktop, in pushes and in calendar alarms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the line stands before you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you renew?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount and validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you pay and how the validity changes. The new expiry is computed from the later of today and the current expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what proves the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference / transaction number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt photo or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything, then finish to save the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short or long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers offer short suspensions (e.g. while travelling) and long ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy and fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some carriers still charge a monthly fee while a line is suspended: check your carrier&apos;s terms. A fee you pay is recorded as a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier will ask for these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport or civil ID at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered e-mail at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and services that reach you on this number should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this and come back: progress is saved. Finish once the carrier confirms the suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier confirmed the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended until (empty: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier to restore service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a call or send an SMS to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the balance and move what you can before the line closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recycled number is handed to a stranger: of 259 recycled US numbers studied, 171 were still linked to accounts on major sites. Unbind each account, or keep it deliberately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or export this line&apos;s receipts and history before you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beware of scams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers never ask for your PIN or a verification code by SMS or phone. Anyone who does is a scammer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line will be marked cancelled; its history and receipts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay on the carrier&apos;s website or app. Keep the confirmation page or e-mail: its reference number is your proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your passport or civil ID: stores ask for it before touching a line. Ask for a printed receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the printed slip and its transaction number: it is the only proof if the top-up is delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the voucher code through the carrier&apos;s short code or website. Keep the card until the top-up shows on your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you asked the carrier, and the reference it gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the carrier&apos;s hotline from another phone if needed. Write down the agent&apos;s name and the ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay through a bank app or payment service. Check that the number is right before paying; keep the payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier website or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short term (e.g. while travelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed to finish: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed to continue: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values marked above to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values marked above to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your answers and close; continue later from the same step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved. Finish the checklist now or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import lines from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiries, grace ends and keep-alive dates for a phone&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the database and the attachments into one archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a CSV the import reads back, or as an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}. Import the file into your calendar; importing a newer export again updates the same events.</source>
        <translation>
            <numerusform>%n event written to {path}. Import the file into your calendar; importing a newer export again updates the same events.</numerusform>
            <numerusform>%n events written to {path}. Import the file into your calendar; importing a newer export again updates the same events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lines from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {added}. Merged: {merged}. Skipped: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lines, receipts and attachments are in {path}. Keep it on another disk; File ▸ Restore from backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}. Lines: {lines}; receipts: {receipts}; attachments: {attachments} (schema version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has problems; nothing was changed:

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

Replace the current data with this backup? Your current data is kept as a safety copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

NumberKeeper closes now; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Your data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {archive}: {summary}

Your data as it was before the restore is kept in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Bank OTP (Kuwait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBK online banking
WhatsApp
Google 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge with a Zain voucher from the supermarket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old work number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat
Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscat apartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Muscat
WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel eSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended while abroad; monthly fee applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US virtual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家里的号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信
支付宝
工商银行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Elsewhere</name>
    <message>
        <source>This line was deleted elsewhere meanwhile. Nothing here can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line was changed elsewhere (by the command line or another program) since it was opened here. Saving would be refused: close this and open the line again to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No numbers kept yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number and the date its credit runs out. NumberKeeper counts down to that day, so none of your numbers lapses and goes to a stranger by surprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} is a file, not a folder: NumberKeeper cannot keep its data there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper cannot open or create {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of NumberKeeper. Update NumberKeeper to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line no longer exists: it was deleted, perhaps in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt no longer exists: it was deleted, perhaps in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line was changed elsewhere meanwhile. Nothing was saved: open it again to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line&apos;s status no longer allows this (it was changed elsewhere, perhaps cancelled or suspended). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionEditor</name>
    <message>
        <source>+30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new expiry date the carrier&apos;s SMS states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Write it with its country code, e.g. +965 5000 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid number in any country’s numbering plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already kept as line {line_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date. Use YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date: {month} {year} has no day {day} (it has {days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date: there is no month {month_number}; months go from 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside the dates NumberKeeper keeps: {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Use digits and a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is negative; amounts cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has more decimals than {currency} allows ({decimals}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a known currency code (ISO 4217, e.g. KWD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone (e.g. Asia/Kuwait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a time of day (use HH:MM, e.g. 09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balance needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a validity extension. Use e.g. 30d, 1m or 1y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already on row {row} of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” does not match the last four digits of the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} cannot be read (no such file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a carrier in {country}, but this number is from {number_country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” could be a number in {country}: {carrier} is a carrier in each. Write it with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not in the numbering plan known to this version of NumberKeeper. It will be kept: check that it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Write it as https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address holds a password. Type the password in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a kind of channel NumberKeeper can send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a channel address NumberKeeper can use: a part it needs (a token, a host or a recipient) is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel named “{value}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is larger than {limit} MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text (at byte {byte}). Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a regular file (a device, a pipe or a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: the quote (&quot;) opened on row {row} is not closed where its cell ends. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell runs over several lines of the file: is a quote (&quot;) left open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has a comma. Write amounts without thousands separators and with a decimal point, e.g. 1000 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep alive every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLinesDialog</name>
    <message>
        <source>Import lines from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip these rows (keep the lines as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the kept lines (the file&apos;s non-empty values replace theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from {name}.</source>
        <translation>
            <numerusform>%n row read from {name}.</numerusform>
            <numerusform>%n rows read from {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: fix the file and import it again.</source>
        <translation>
            <numerusform>%n row with errors: fix the file and import it again.</numerusform>
            <numerusform>%n rows with errors: fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already kept.</source>
        <translation>
            <numerusform>%n number already kept.</numerusform>
            <numerusform>%n numbers already kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) not in the numbering plan known to this version: they will be imported; check them.</source>
        <translation>
            <numerusform>%n number not in the numbering plan known to this version: it will be imported; check it.</numerusform>
            <numerusform>%n numbers not in the numbering plan known to this version: they will be imported; check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no “{column}” column, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns NumberKeeper does not know, ignored: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed here in the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line; check: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>Re&amp;new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through renewing this line and keep the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log keep-alive activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete line and its records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue re&amp;newal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;suspension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue res&amp;uming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the line’s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is cancelled. Delete its %n secret(s) (portal password, PIN, PUK, eSIM code…) from the keyring? Keep them if you may still need the number back.</source>
        <translation>
            <numerusform>“{name}” is cancelled. Delete its secret (portal password, PIN, PUK, eSIM code…) from the keyring? Keep it if you may still need the number back.</numerusform>
            <numerusform>“{name}” is cancelled. Delete its %n secrets (portal password, PIN, PUK, eSIM code…) from the keyring? Keep them if you may still need the number back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line’s secrets are still in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete line and its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” ({number}) with all its history, receipts and keep-alive log? This cannot be undone. To keep the records, cancel or archive the line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line and its secrets were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;&amp; secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this line is not saved yet. Throw it away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this line are not saved yet. Throw them away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineFacts</name>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {time} {zone} — {local} your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}, checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} left before the number may be recycled ({date} your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {left} ago ({date} your time): the number may be gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after validity ends, until {date} your time</source>
        <translation>
            <numerusform>%n day after validity ends, until {date} your time</numerusform>
            <numerusform>%n days after validity ends, until {date} your time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <source>+965 5000 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Work line, Mum’s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a preset or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified — confirm with your carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3.500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: bank, WhatsApp, e-mail, government portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep alive every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: from the carrier or the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual (VoIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired — at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past grace — probably lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} · {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {local} local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity ends at {time} on {date} ({zone} time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A chargeable activity is needed every %n day(s); the last one logged was {last}.</source>
        <translation>
            <numerusform>A chargeable activity is needed every %n day; the last one logged was {last}.</numerusform>
            <numerusform>A chargeable activity is needed every %n days; the last one logged was {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time until validity ends, {expires} (your time). After that the carrier keeps the number for %n day(s) before it may be recycled.</source>
        <translation>
            <numerusform>Time until validity ends, {expires} (your time). After that the carrier keeps the number for %n day before it may be recycled.</numerusform>
            <numerusform>Time until validity ends, {expires} (your time). After that the carrier keeps the number for %n days before it may be recycled.</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <comment>QLocale date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep-alive activity due in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep-alive activity missed {ago} ago — number at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired {ago} ago — number at risk in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired {ago} ago — grace ended {ended} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled this line; nothing counts down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You suspended this line. Check whether the carrier charges a fee while it is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity ended {expires} (your time). The carrier may recycle the number after {grace_end}: renew before then to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period ended {grace_end} (your time); the number has probably been given to someone else. Check with the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesExport</name>
    <message>
        <source>Export lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to {path}.</source>
        <translation>
            <numerusform>%n line written to {path}.</numerusform>
            <numerusform>%n lines written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines were not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demo (sample lines, discarded on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a second window with sample lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, label or carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) expire within 7 days</source>
        <translation>
            <numerusform>%n line expires within 7 days</numerusform>
            <numerusform>%n lines expire within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in grace — number at risk</source>
        <translation>
            <numerusform>%n in grace — number at risk</numerusform>
            <numerusform>%n in grace — numbers at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past grace — probably recycled</source>
        <translation>
            <numerusform>%n past grace — probably recycled</numerusform>
            <numerusform>%n past grace — probably recycled</numerusform>
        </translation>
    </message>
    <message>
        <source>none expires within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “{name}”? It leaves the list and stops counting down; its history is kept, and View ▸ Show archived brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushTexts</name>
    <message>
        <source>NumberKeeper: {count} reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you read this, NumberKeeper&apos;s reminders reach you here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachTexts</name>
    <message>
        <source>The server cannot be reached: check the address and the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was refused. iCloud and Fastmail need an app-specific password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers at that address, but not a CalDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address is not a calendar. Choose a calendar, or leave the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is gone from the server. Connect again to make it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed. It is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring no longer holds its password (or address): set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring cannot be used now: unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message did not go. It is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachUi</name>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the deadlines in your phone&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reminders to your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync calendar now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Edit receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank card, cash, e-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction number on the slip or SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renewal moved the expiry from {before} to {after}. Editing the receipt does not change the line&apos;s expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDFs (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (will be copied into the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsExport</name>
    <message>
        <source>Export receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) written to {path}.</source>
        <translation>
            <numerusform>%n receipt written to {path}.</numerusform>
            <numerusform>%n receipts written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipts were not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsTableModel</name>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry moved from {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size} KiB) — double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsTotals</name>
    <message>
        <source>No receipts yet. Record a payment with Add receipt…; renewing a line records its receipt here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipts match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsWindow</name>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a voucher, a fee or another payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipts the filters show as a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of “{name}” cannot be read: {reason}.

It should be at {path}. Restore it from a backup, or attach the file again with Edit….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”. The file is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the receipt of {amount} paid on {date} for “{line}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line&apos;s expiry has changed since this renewal (it is now {now}); it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the expiry back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renewal moved the expiry of “{line}” from {before} to {after}.

Yes: set the expiry back to {before} (the renewal did not happen).
No: keep {after} (only the receipt is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>and %n more — see the list below</source>
        <translation>
            <numerusform>and %n more — see the list below</numerusform>
            <numerusform>and %n more — see the list below</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not show this reminder again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>{name} expires in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expired {ago} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity ends {when} (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has expired — number at risk in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew before {when} (your time) to keep the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may be recycled in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the grace period has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier may give the number away after {when} (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: keep-alive activity is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a call, send a text or top up by {when} (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is due to resume on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the carrier has reactivated the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired — at risk in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open NumberKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the renew checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderUi</name>
    <message>
        <source>NumberKeeper is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps reminding you from the tray. Click the tray icon to open the window, or choose Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start NumberKeeper in the tray when you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change “Start at login”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper could not change its login entry ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewWizard</name>
    <message>
        <source>Renew {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel to see what to keep in mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new expiry shows here once the values are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expiry: {new} (was {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from today, {today}: validity had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue where you stopped: your answers so far were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved answers and begin at the first step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeWizard</name>
    <message>
        <source>Resume {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchableCombo</name>
    <message>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {secret} for a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {secret} to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {secret} in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {secret} from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>The keyring did not answer within {seconds} seconds. If it asked you to unlock it, do so and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is available. Install and start a Secret Service such as GNOME Keyring or KWallet (Linux), then reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (your login password) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported an error ({detail}); try again, or check your keyring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you sign in to the carrier with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords, PINs, PUKs and eSIM codes are kept in your system’s keyring, never in NumberKeeper’s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Bank app PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the line first to add its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM activation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LPA string from the QR code, e.g. LPA:1$…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{secret} copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>{secret} copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>{secret} copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring holds no value for {secret}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{secret} saved in the keyring, but its history entry was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{secret} saved in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {secret} of this line from the keyring? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{secret} deleted from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>NumberKeeper&apos;s data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper cannot open {path}: it is damaged (SQLite says: {problem}).

NumberKeeper has not changed the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. If you have a backup archive, move the damaged file away, start NumberKeeper and use File ▸ Restore from backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good automatic backup is {backup}. Restore it? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper restored its data from {backup}. The damaged database is kept at {kept}. Changes made after that backup are not in the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>its disk is mounted read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberKeeper cannot save in {path}: {reason}. Nothing was changed. Make it writable (its permissions, or mount the disk read-write), or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full ({free} free). Nothing was saved. Free at least {needed} on it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to {path} (perhaps numberkeeper-cli or a script). Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). NumberKeeper has not changed it. Restore a backup: File ▸ Restore from backup…, or the daily backup offered at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a NumberKeeper database ({reason}): another program&apos;s file, which NumberKeeper has not changed. Choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be changed ({reason}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendWizard</name>
    <message>
        <source>Suspend {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

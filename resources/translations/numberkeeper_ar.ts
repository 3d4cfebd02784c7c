<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountsEditor</name>
    <message>
        <source>No linked accounts are recorded for this line. Add any you remember below.</source>
        <translation>لا توجد حسابات مرتبطة مسجّلة لهذا الخط. أضف أدناه أي حساب تتذكره.</translation>
    </message>
    <message>
        <source>e.g. WhatsApp, bank app, Gmail 2FA</source>
        <translation>مثلًا: WhatsApp، تطبيق البنك، التحقق بخطوتين في Gmail</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>حساب آخر</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>{account}: {decision}</source>
        <translation>‏{account}: {decision}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Top-up</source>
        <translation>شحن الرصيد</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Data session</source>
        <translation>استخدام البيانات</translation>
    </message>
    <message>
        <source>Log keep-alive activity</source>
        <translation>تسجيل نشاط لإبقاء الخط نشطًا</translation>
    </message>
    <message>
        <source>{name} — {number}</source>
        <translation>‏{name} — {number}</translation>
    </message>
    <message>
        <source>optional, e.g. “SMS to 100”</source>
        <translation>اختياري، مثلًا «رسالة نصية إلى 100»</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>ال&amp;نشاط:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>‏&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Recent activity:</source>
        <translation>النشاط الأخير:</translation>
    </message>
    <message>
        <source>This line has no keep-alive rule; activities are logged for the record only.</source>
        <translation>لا توجد لهذا الخط قاعدة لإبقائه نشطًا؛ تُسجَّل الأنشطة للتوثيق فقط.</translation>
    </message>
    <message numerus="yes">
        <source>Keep alive: an activity every %n day(s); these count: {kinds}.</source>
        <translation>
            <numerusform>إبقاء الخط نشطًا: نشاط كل %n يوم؛ الأنشطة المحتسبة: {kinds}.</numerusform>
            <numerusform>إبقاء الخط نشطًا: نشاط كل يوم؛ الأنشطة المحتسبة: {kinds}.</numerusform>
            <numerusform>إبقاء الخط نشطًا: نشاط كل يومين؛ الأنشطة المحتسبة: {kinds}.</numerusform>
            <numerusform>إبقاء الخط نشطًا: نشاط كل %n أيام؛ الأنشطة المحتسبة: {kinds}.</numerusform>
            <numerusform>إبقاء الخط نشطًا: نشاط كل %n يومًا؛ الأنشطة المحتسبة: {kinds}.</numerusform>
            <numerusform>إبقاء الخط نشطًا: نشاط كل %n يوم؛ الأنشطة المحتسبة: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Next activity due: {date}.</source>
        <translation>موعد النشاط التالي: {date}.</translation>
    </message>
    <message>
        <source>{kind} does not count for this line.</source>
        <translation>نشاط «{kind}» لا يُحتسب لهذا الخط.</translation>
    </message>
    <message>
        <source>After this one: {date}.</source>
        <translation>بعد هذا النشاط: {date}.</translation>
    </message>
    <message>
        <source>{date} · {kind}</source>
        <translation>‏{date} · {kind}</translation>
    </message>
    <message>
        <source>{entry} — {note}</source>
        <translation>‏{entry} — {note}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>{date} is in the future; log an activity once it has happened.</source>
        <translation>التاريخ {date} في المستقبل؛ سجّل النشاط بعد حدوثه.</translation>
    </message>
    <message>
        <source>The activity was not logged</source>
        <translation>لم يُسجَّل النشاط</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation>يتعذّر على NumberKeeper فتح بياناته</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The disk is full. Free some space, or choose another disk.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة أو اختر قرصًا آخر.</translation>
    </message>
    <message>
        <source>NumberKeeper may not write there ({path}). Choose a folder you can write to.</source>
        <translation>لا يملك NumberKeeper إذن الكتابة هناك ({path}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>‏{path}: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>CSV for spreadsheets — UTF-8 with byte-order mark (*.csv)</source>
        <translation>‏CSV لجداول البيانات — UTF-8 مع علامة ترتيب البايتات (*.csv)</translation>
    </message>
    <message>
        <source>CSV for scripts — plain UTF-8 without byte-order mark (*.csv)</source>
        <translation>‏CSV للبرامج النصية — UTF-8 عادي بلا علامة ترتيب البايتات (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook — numbers kept as text, amounts and dates typed (*.xlsx)</source>
        <translation>مصنف Excel — أرقام الهواتف نصوص، والمبالغ والتواريخ بأنواعها الصحيحة (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BackupProblems</name>
    <message>
        <source>{name} is not a NumberKeeper backup ({reason}).</source>
        <translation>الملف {name} ليس نسخة احتياطية من NumberKeeper ({reason}).</translation>
    </message>
    <message>
        <source>Its list of files (manifest) cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة قائمة ملفاتها (manifest) ({reason}).</translation>
    </message>
    <message>
        <source>It holds a file a backup never holds: {name}.</source>
        <translation>تحتوي على ملف لا تحتويه أي نسخة احتياطية: {name}.</translation>
    </message>
    <message>
        <source>{name} cannot be read from the archive ({reason}).</source>
        <translation>تتعذّر قراءة {name} من الأرشيف ({reason}).</translation>
    </message>
    <message>
        <source>{name} is damaged: it is not the file that was backed up.</source>
        <translation>الملف {name} تالف: ليس هو الملف الذي نُسخ احتياطيًا.</translation>
    </message>
    <message>
        <source>{name} is missing from the archive.</source>
        <translation>الملف {name} مفقود من الأرشيف.</translation>
    </message>
    <message>
        <source>{name} fails its integrity check ({reason}).</source>
        <translation>لم يجتز الملف {name} فحص السلامة ({reason}).</translation>
    </message>
    <message>
        <source>Its database was written by a newer version of NumberKeeper (schema {version}; this version knows up to {known}).</source>
        <translation>كُتبت قاعدة بياناتها بإصدار أحدث من NumberKeeper (المخطط {version}؛ ويعرف هذا الإصدار المخططات حتى {known}).</translation>
    </message>
    <message>
        <source>Its database is not a NumberKeeper database.</source>
        <translation>قاعدة بياناتها ليست قاعدة بيانات NumberKeeper.</translation>
    </message>
    <message>
        <source>The attachment {name} is missing.</source>
        <translation>المرفق {name} مفقود.</translation>
    </message>
    <message>
        <source>The attachment {name} is damaged.</source>
        <translation>المرفق {name} تالف.</translation>
    </message>
    <message>
        <source>It holds {name}, which its list of files (manifest) does not name.</source>
        <translation>تحتوي على {name}، وهو غير مذكور في قائمة ملفاتها (manifest).</translation>
    </message>
    <message>
        <source>{name} in it is not a plain file (a link, a folder or a device).</source>
        <translation>العنصر {name} فيها ليس ملفًا عاديًا (بل رابط أو مجلد أو جهاز).</translation>
    </message>
    <message>
        <source>{name} in it would unpack to {size}, more than {limit}.</source>
        <translation>سيبلغ حجم {name} فيها بعد فك ضغطه {size}، أي أكثر من {limit}.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar sync</source>
        <translation>مزامنة التقويم</translation>
    </message>
    <message>
        <source>NumberKeeper keeps every deadline, with its alarms at your reminder hour, in a calendar on your CalDAV server: iCloud, Fastmail, Nextcloud, Radicale … Subscribe to that calendar on your phone: its alarms ring even when this computer is off.</source>
        <translation>يحفظ NumberKeeper كل موعد نهائي، مع تنبيهاته في ساعة التذكير التي اخترتها، في تقويم على خادم CalDAV الخاص بك: iCloud أو Fastmail أو Nextcloud أو Radicale … اشترك في هذا التقويم على هاتفك: سترن تنبيهاته حتى عندما يكون هذا الحاسوب مطفأً.</translation>
    </message>
    <message>
        <source>The events are NumberKeeper&apos;s: an edit made on the phone is replaced at the next sync, and other events in that calendar are never touched. Google Calendar needs an OAuth sign-in, which NumberKeeper does not support yet.</source>
        <translation>هذه الأحداث يديرها NumberKeeper: أي تعديل عليها من الهاتف يُستبدل عند المزامنة التالية، ولا تُمسّ الأحداث الأخرى في ذلك التقويم أبدًا. يتطلب تقويم Google تسجيل الدخول عبر OAuth، وهو ما لا يدعمه NumberKeeper بعد.</translation>
    </message>
    <message>
        <source>an app-specific password where asked</source>
        <translation>كلمة مرور خاصة بالتطبيق إن طُلبت</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>‏&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>ال&amp;تقويم:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>‏&amp;اتصال</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>‏&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>‏&amp;قطع الاتصال…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>C&amp;onnect again</source>
        <translation>‏&amp;إعادة الاتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Disconnect the calendar?</source>
        <translation>قطع الاتصال بالتقويم؟</translation>
    </message>
    <message>
        <source>NumberKeeper forgets the account and takes its password out of the keyring. The events stay in the calendar: delete the calendar on the server to remove them.</source>
        <translation>سينسى NumberKeeper الحساب ويحذف كلمة مروره من سلسلة مفاتيح النظام. تبقى الأحداث في التقويم: احذف التقويم من الخادم لإزالتها.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>{name} expires</source>
        <translation>انتهاء صلاحية {name}</translation>
    </message>
    <message>
        <source>{name}: grace ends, the number may be recycled</source>
        <translation>‏{name}: تنتهي فترة السماح، وقد يُعاد تخصيص الرقم لمشترك آخر</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due</source>
        <translation>‏{name}: حان موعد نشاط إبقاء الخط نشطًا</translation>
    </message>
    <message>
        <source>{name}: suspension ends</source>
        <translation>‏{name}: ينتهي التعليق</translation>
    </message>
</context>
<context>
    <name>CalendarSyncUi</name>
    <message>
        <source>Calendar: not synced</source>
        <translation>التقويم: غير متزامن</translation>
    </message>
    <message>
        <source>Calendar: syncing…</source>
        <translation>التقويم: جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Calendar: synced</source>
        <translation>التقويم: متزامن</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel {line}</source>
        <translation>إلغاء الخط {line}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Last recorded balance: {amount} (checked {date}).</source>
        <translation>آخر رصيد مسجّل: {amount} (تاريخ الاستعلام: {date}).</translation>
    </message>
    <message>
        <source>No balance is recorded for this line.</source>
        <translation>لا يوجد رصيد مسجّل لهذا الخط.</translation>
    </message>
    <message numerus="yes">
        <source>This line has %n receipt(s). They and the line&apos;s history are kept after cancelling, and stay in the receipts window.</source>
        <translation>
            <numerusform>ليس لهذا الخط أي إيصال. يُحفظ سجل الخط بعد الإلغاء.</numerusform>
            <numerusform>لهذا الخط إيصال واحد. يُحفظ هو وسجل الخط بعد الإلغاء، ويبقى في نافذة الإيصالات.</numerusform>
            <numerusform>لهذا الخط إيصالان. يُحفظان مع سجل الخط بعد الإلغاء، ويبقيان في نافذة الإيصالات.</numerusform>
            <numerusform>لهذا الخط %n إيصالات. تُحفظ مع سجل الخط بعد الإلغاء، وتبقى في نافذة الإيصالات.</numerusform>
            <numerusform>لهذا الخط %n إيصالًا. تُحفظ مع سجل الخط بعد الإلغاء، وتبقى في نافذة الإيصالات.</numerusform>
            <numerusform>لهذا الخط %n إيصال. تُحفظ مع سجل الخط بعد الإلغاء، وتبقى في نافذة الإيصالات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this line&apos;s receipts…</source>
        <translation>تصدير إيصالات هذا الخط…</translation>
    </message>
    <message>
        <source>If someone contacts you about this number and asks for a code, hang up and call the carrier&apos;s official hotline yourself. A recycled number can also receive messages meant for you: unbind accounts before the carrier closes it.</source>
        <translation>إذا تواصل معك أحد بشأن هذا الرقم وطلب منك رمزًا، فأنهِ المكالمة واتصل بنفسك برقم خدمة العملاء الرسمي للمشغّل. وقد يستقبل الرقم بعد إعادة تخصيصه رسائل موجهة إليك: افصل حساباتك عنه قبل أن يغلقه المشغّل.</translation>
    </message>
    <message>
        <source>You are cancelling {name} ({number}). Type the last four digits of the number to confirm.</source>
        <translation>أنت على وشك إلغاء الخط {name} ({number}). اكتب آخر أربعة أرقام من الرقم للتأكيد.</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>البريد الإلكتروني (SMTP)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>بوت Telegram</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Bark (iPhone)</source>
        <translation>Bark (iPhone)</translation>
    </message>
    <message>
        <source>ServerChan (WeChat)</source>
        <translation>ServerChan (WeChat)</translation>
    </message>
    <message>
        <source>PushPlus (WeChat)</source>
        <translation>PushPlus (WeChat)</translation>
    </message>
    <message>
        <source>WeCom group bot</source>
        <translation>بوت مجموعة WeCom</translation>
    </message>
    <message>
        <source>DingTalk group bot</source>
        <translation>بوت مجموعة DingTalk</translation>
    </message>
    <message>
        <source>Feishu group bot</source>
        <translation>بوت مجموعة Feishu</translation>
    </message>
    <message>
        <source>Other (an Apprise URL)</source>
        <translation>أخرى (عنوان URL لـ Apprise)</translation>
    </message>
    <message>
        <source>Your mail provider&apos;s SMTP server; many need an app password for it.</source>
        <translation>خادم SMTP لدى مزوّد بريدك؛ يتطلب كثير من المزوّدين كلمة مرور خاصة بالتطبيق له.</translation>
    </message>
    <message>
        <source>Make a bot with @BotFather for its token; @userinfobot tells your chat ID.</source>
        <translation>أنشئ بوتًا عبر ‎@BotFather للحصول على رمزه المميز (token)؛ ويخبرك ‎@userinfobot بمعرّف محادثتك (Chat ID).</translation>
    </message>
    <message>
        <source>Subscribe to the topic in the ntfy app. Pick a topic nobody can guess.</source>
        <translation>اشترك في الموضوع في تطبيق ntfy. اختر اسم موضوع لا يستطيع أحد تخمينه.</translation>
    </message>
    <message>
        <source>The device key is in the Bark app.</source>
        <translation>تجد مفتاح الجهاز في تطبيق Bark.</translation>
    </message>
    <message>
        <source>Log in at sct.ftqq.com with WeChat for your SendKey.</source>
        <translation>سجّل الدخول إلى sct.ftqq.com عبر WeChat للحصول على SendKey.</translation>
    </message>
    <message>
        <source>Log in at pushplus.plus with WeChat for your token.</source>
        <translation>سجّل الدخول إلى pushplus.plus عبر WeChat للحصول على الرمز المميز (token).</translation>
    </message>
    <message>
        <source>Add a group bot in WeCom; its key is the end of its webhook address.</source>
        <translation>أضف بوت مجموعة في WeCom؛ مفتاحه هو الجزء الأخير من عنوان webhook الخاص به.</translation>
    </message>
    <message>
        <source>Add a custom group bot in DingTalk: its access token, and its signing secret.</source>
        <translation>أضف بوت مجموعة مخصصًا في DingTalk: أدخل رمز الوصول (access token) وسر التوقيع.</translation>
    </message>
    <message>
        <source>Add a custom bot to a Feishu group; the token is the end of its webhook address.</source>
        <translation>أضف بوتًا مخصصًا إلى مجموعة Feishu؛ الرمز المميز هو الجزء الأخير من عنوان webhook الخاص به.</translation>
    </message>
    <message>
        <source>Any Apprise URL, e.g. ntfy://topic or mailtos://… (see Apprise&apos;s wiki).</source>
        <translation>أي عنوان URL لـ Apprise، مثل ntfy://topic أو mailtos://… (راجع wiki الخاص بـ Apprise).</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>خادم SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>رمز البوت (token):</translation>
    </message>
    <message>
        <source>Chat ID:</source>
        <translation>معرّف المحادثة (Chat ID):</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Device key:</source>
        <translation>مفتاح الجهاز:</translation>
    </message>
    <message>
        <source>SendKey:</source>
        <translation>مفتاح SendKey:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>الرمز المميز (token):</translation>
    </message>
    <message>
        <source>Bot key:</source>
        <translation>مفتاح البوت:</translation>
    </message>
    <message>
        <source>Signing secret (if set):</source>
        <translation>سر التوقيع (إن وُجد):</translation>
    </message>
    <message>
        <source>Apprise URL:</source>
        <translation>عنوان URL لـ Apprise:</translation>
    </message>
</context>
<context>
    <name>ChannelFormDialog</name>
    <message>
        <source>Add a push channel</source>
        <translation>إضافة قناة إشعارات</translation>
    </message>
    <message>
        <source>e.g. My phone</source>
        <translation>مثلًا: هاتفي</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>‏&amp;إضافة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The channel&apos;s address</source>
        <translation>عنوان القناة</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>‏{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Push channels</source>
        <translation>قنوات الإشعارات</translation>
    </message>
    <message>
        <source>Every reminder the desktop shows is also sent once to each channel below, so it reaches your phone: e-mail, Telegram, ntfy, Bark, WeChat (ServerChan, PushPlus), WeCom, DingTalk, Feishu. Their addresses hold tokens: they are kept in the system keyring. Reminders missed while NumberKeeper was closed come as one summary.</source>
        <translation>كل تذكير يظهر على سطح المكتب يُرسل أيضًا مرة واحدة إلى كل قناة أدناه، فيصل إلى هاتفك: البريد الإلكتروني وTelegram وntfy وBark وWeChat (ServerChan وPushPlus) وWeCom وDingTalk وFeishu. تحتوي عناوين القنوات على رموز مميزة (tokens)، لذا تُحفظ في سلسلة مفاتيح النظام. أما التذكيرات الفائتة أثناء إغلاق NumberKeeper فتصل في ملخص واحد.</translation>
    </message>
    <message>
        <source>No channels yet. Add one to get each reminder on your phone too.</source>
        <translation>لا توجد قنوات بعد. أضف قناة ليصلك كل تذكير على هاتفك أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>‏&amp;إضافة…</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>إرسال رسالة &amp;تجريبية</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>‏&amp;حذف…</translation>
    </message>
    <message>
        <source>Reminders fall due at</source>
        <translation>يحين موعد التذكيرات في الساعة</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>‏{name} — {kind}</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>أُضيفت القناة {name}.</translation>
    </message>
    <message>
        <source>Sending a test to {name}…</source>
        <translation>جارٍ إرسال رسالة تجريبية إلى {name}…</translation>
    </message>
    <message>
        <source>A test message went to {name}.</source>
        <translation>أُرسلت رسالة تجريبية إلى {name}.</translation>
    </message>
    <message>
        <source>No test message went to {name}.</source>
        <translation>لم تُرسل أي رسالة تجريبية إلى {name}.</translation>
    </message>
    <message>
        <source>Remove the channel?</source>
        <translation>حذف القناة؟</translation>
    </message>
    <message>
        <source>Reminders are no longer sent to {name}.</source>
        <translation>لن تُرسل التذكيرات بعد الآن إلى {name}.</translation>
    </message>
    <message>
        <source>of your day ({zone}): on the desktop, in pushes and in calendar alarms.</source>
        <translation>من يومك ({zone}): على سطح المكتب وفي الإشعارات وفي تنبيهات التقويم.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>‏{name}: {problem}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Current state</source>
        <translation>الحالة الحالية</translation>
    </message>
    <message>
        <source>Where the line stands before you pay.</source>
        <translation>وضع الخط قبل الدفع.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الدفع</translation>
    </message>
    <message>
        <source>How will you renew?</source>
        <translation>كيف ستجدّد؟</translation>
    </message>
    <message>
        <source>Amount and validity</source>
        <translation>المبلغ والصلاحية</translation>
    </message>
    <message>
        <source>What you pay and how the validity changes. The new expiry is computed from the later of today and the current expiry.</source>
        <translation>ما تدفعه وكيف تتغير الصلاحية. يُحسب تاريخ انتهاء الصلاحية الجديد ابتداءً من اليوم أو من تاريخ الانتهاء الحالي، أيهما أبعد.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>Balance afterwards</source>
        <translation>الرصيد بعد التجديد</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Record what proves the payment.</source>
        <translation>سجّل ما يثبت الدفع.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Reference / transaction number</source>
        <translation>الرقم المرجعي / رقم العملية</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>وصلت رسالة التأكيد النصية</translation>
    </message>
    <message>
        <source>Receipt photo or PDF</source>
        <translation>صورة الإيصال أو ملف PDF</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Check everything, then finish to save the receipt.</source>
        <translation>راجع كل شيء، ثم أنهِ الخطوات لحفظ الإيصال.</translation>
    </message>
    <message>
        <source>Short or long term</source>
        <translation>قصير الأمد أو طويله</translation>
    </message>
    <message>
        <source>Carriers offer short suspensions (e.g. while travelling) and long ones.</source>
        <translation>يتيح المشغّلون تعليقًا قصير الأمد (أثناء السفر مثلًا) وآخر طويل الأمد.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Policy and fee</source>
        <translation>السياسة والرسوم</translation>
    </message>
    <message>
        <source>Some carriers still charge a monthly fee while a line is suspended: check your carrier&apos;s terms. A fee you pay is recorded as a receipt.</source>
        <translation>بعض المشغّلين يفرضون رسومًا شهرية حتى أثناء تعليق الخط: راجع شروط مشغّلك. تُسجَّل أي رسوم تدفعها إيصالًا.</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>الرسوم الشهرية</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>التحضير</translation>
    </message>
    <message>
        <source>The carrier will ask for these.</source>
        <translation>سيطلب المشغّل ما يلي.</translation>
    </message>
    <message>
        <source>Passport or civil ID at hand</source>
        <translation>جواز السفر أو البطاقة المدنية في متناول اليد</translation>
    </message>
    <message>
        <source>Registered e-mail at hand</source>
        <translation>البريد الإلكتروني المسجّل في متناول اليد</translation>
    </message>
    <message>
        <source>Account number at hand</source>
        <translation>رقم الحساب في متناول اليد</translation>
    </message>
    <message>
        <source>Tell your contacts</source>
        <translation>أخبر جهات اتصالك</translation>
    </message>
    <message>
        <source>People and services that reach you on this number should know.</source>
        <translation>ينبغي إبلاغ الأشخاص والخدمات الذين يتواصلون معك عبر هذا الرقم.</translation>
    </message>
    <message>
        <source>Emergency contacts told</source>
        <translation>أُبلغت جهات الاتصال للطوارئ</translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation>قُدِّم الطلب</translation>
    </message>
    <message>
        <source>When you asked the carrier, and the reference it gave you.</source>
        <translation>متى قدّمت الطلب إلى المشغّل، والرقم المرجعي الذي أعطاك إياه.</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Waiting for the carrier</source>
        <translation>بانتظار المشغّل</translation>
    </message>
    <message>
        <source>You can close this and come back: progress is saved. Finish once the carrier confirms the suspension.</source>
        <translation>يمكنك الإغلاق والعودة لاحقًا: يُحفظ تقدّمك. أنهِ الخطوات بعد أن يؤكد المشغّل التعليق.</translation>
    </message>
    <message>
        <source>The carrier confirmed the suspension</source>
        <translation>أكّد المشغّل التعليق</translation>
    </message>
    <message>
        <source>Suspended until (empty: open-ended)</source>
        <translation>معلّق حتى (فارغ: دون موعد انتهاء)</translation>
    </message>
    <message>
        <source>Ask to resume</source>
        <translation>طلب الاستئناف</translation>
    </message>
    <message>
        <source>Ask the carrier to restore service.</source>
        <translation>اطلب من المشغّل إعادة الخدمة.</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>عادت الخدمة</translation>
    </message>
    <message>
        <source>Make a call or send an SMS to check.</source>
        <translation>أجرِ مكالمة أو أرسل رسالة نصية للتحقق.</translation>
    </message>
    <message>
        <source>Service works again</source>
        <translation>الخدمة تعمل مجددًا</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Check the balance and move what you can before the line closes.</source>
        <translation>استعلم عن الرصيد وحوّل ما يمكنك منه قبل إغلاق الخط.</translation>
    </message>
    <message>
        <source>Balance checked</source>
        <translation>تم الاستعلام عن الرصيد</translation>
    </message>
    <message>
        <source>Amount transferred out</source>
        <translation>المبلغ المحوَّل</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>حُوِّل إلى</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>A recycled number is handed to a stranger: of 259 recycled US numbers studied, 171 were still linked to accounts on major sites. Unbind each account, or keep it deliberately.</source>
        <translation>يُسلَّم الرقم المُعاد تخصيصه إلى شخص غريب: من بين 259 رقمًا أمريكيًا أُعيد تخصيصها وشملتها دراسة، كان 171 منها لا يزال مرتبطًا بحسابات على مواقع كبرى. افصل كل حساب، أو أبقِه عن قصد.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Save or export this line&apos;s receipts and history before you close it.</source>
        <translation>احفظ إيصالات هذا الخط وسجله أو صدّرها قبل إغلاقه.</translation>
    </message>
    <message>
        <source>Records saved</source>
        <translation>حُفظت السجلات</translation>
    </message>
    <message>
        <source>Beware of scams</source>
        <translation>احذر الاحتيال</translation>
    </message>
    <message>
        <source>Carriers never ask for your PIN or a verification code by SMS or phone. Anyone who does is a scammer.</source>
        <translation>لا يطلب المشغّلون أبدًا رمز PIN أو رمز تحقق عبر رسالة نصية أو مكالمة. من يطلب ذلك فهو محتال.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>The line will be marked cancelled; its history and receipts are kept.</source>
        <translation>سيُعلَّم الخط بأنه ملغى؛ ويُحفظ سجله وإيصالاته.</translation>
    </message>
    <message>
        <source>Last four digits of the number</source>
        <translation>آخر أربعة أرقام من الرقم</translation>
    </message>
    <message>
        <source>Pay on the carrier&apos;s website or app. Keep the confirmation page or e-mail: its reference number is your proof.</source>
        <translation>ادفع عبر موقع المشغّل أو تطبيقه. احتفظ بصفحة التأكيد أو رسالة البريد الإلكتروني: رقمها المرجعي هو إثباتك.</translation>
    </message>
    <message>
        <source>Bring your passport or civil ID: stores ask for it before touching a line. Ask for a printed receipt.</source>
        <translation>أحضر جواز سفرك أو بطاقتك المدنية: تطلبها الفروع قبل أي إجراء على الخط. واطلب إيصالًا مطبوعًا.</translation>
    </message>
    <message>
        <source>Keep the printed slip and its transaction number: it is the only proof if the top-up is delayed.</source>
        <translation>احتفظ بالإيصال المطبوع ورقم العملية: فهو الإثبات الوحيد إذا تأخر الشحن.</translation>
    </message>
    <message>
        <source>Enter the voucher code through the carrier&apos;s short code or website. Keep the card until the top-up shows on your balance.</source>
        <translation>أدخل رمز بطاقة الشحن عبر الرقم المختصر للمشغّل أو موقعه. احتفظ بالبطاقة حتى يظهر الشحن في رصيدك.</translation>
    </message>
    <message>
        <source>Call the carrier&apos;s hotline from another phone if needed. Write down the agent&apos;s name and the ticket number.</source>
        <translation>اتصل بخدمة عملاء المشغّل من هاتف آخر إن لزم. دوّن اسم الموظف ورقم التذكرة.</translation>
    </message>
    <message>
        <source>Pay through a bank app or payment service. Check that the number is right before paying; keep the payment reference.</source>
        <translation>ادفع عبر تطبيق بنكي أو خدمة دفع. تأكد من صحة الرقم قبل الدفع، واحتفظ بالرقم المرجعي للدفعة.</translation>
    </message>
    <message>
        <source>Carrier website or app</source>
        <translation>موقع المشغّل أو تطبيقه</translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation>فرع المشغّل</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>جهاز الخدمة الذاتية</translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation>بطاقة شحن</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>خدمة العملاء الهاتفية</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>دفع عبر طرف ثالث</translation>
    </message>
    <message>
        <source>Short term (e.g. while travelling)</source>
        <translation>قصير الأمد (أثناء السفر مثلًا)</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>طويل الأمد</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>فُصل</translation>
    </message>
    <message>
        <source>Kept on purpose</source>
        <translation>أُبقي عن قصد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>{label}:</source>
        <translation>‏{label}:</translation>
    </message>
    <message>
        <source>Still needed to finish: {fields}</source>
        <translation>ما زال مطلوبًا للإنهاء: {fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Still needed to continue: {fields}</source>
        <translation>ما زال مطلوبًا للمتابعة: {fields}</translation>
    </message>
    <message>
        <source>Correct the values marked above to finish.</source>
        <translation>صحّح القيم المشار إليها أعلاه للإنهاء.</translation>
    </message>
    <message>
        <source>Correct the values marked above to continue.</source>
        <translation>صحّح القيم المشار إليها أعلاه للمتابعة.</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Save and close</source>
        <translation>حفظ وإغلاق</translation>
    </message>
    <message>
        <source>Keep your answers and close; continue later from the same step</source>
        <translation>احتفظ بإجاباتك وأغلق؛ وتابع لاحقًا من الخطوة نفسها</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>تعذّر البدء من جديد</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>لم يُحفظ التقدّم</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Finish the checklist now or try again.</source>
        <translation>تعذّر حفظ إجاباتك. أكمل قائمة التحقق الآن أو حاول مجددًا.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>تغيّر في مكان آخر</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>لم يُحفظ شيء</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export lines…</source>
        <translation>تصدير ال&amp;خطوط…</translation>
    </message>
    <message>
        <source>As a CSV the import reads back, or as an Excel workbook (.xlsx)</source>
        <translation>بصيغة CSV يمكن استيرادها لاحقًا، أو مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Import lines from CSV…</source>
        <translation>‏&amp;استيراد خطوط من CSV…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>تصدير ال&amp;تقويم (.ics)…</translation>
    </message>
    <message>
        <source>Expiries, grace ends and keep-alive dates for a phone&apos;s calendar</source>
        <translation>مواعيد انتهاء الصلاحية ونهاية فترات السماح ومواعيد إبقاء الخطوط نشطة، لتقويم الهاتف</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>‏&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>Write the database and the attachments into one archive</source>
        <translation>كتابة قاعدة البيانات والمرفقات في أرشيف واحد</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي اليومي: {reason}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>صُدِّر التقويم</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}. Import the file into your calendar; importing a newer export again updates the same events.</source>
        <translation>
            <numerusform>لم يُكتب أي حدث في {path}. استورد الملف إلى تقويمك؛ واستيراد تصدير أحدث لاحقًا يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب حدث واحد في {path}. استورد الملف إلى تقويمك؛ واستيراد تصدير أحدث لاحقًا يحدّث الحدث نفسه.</numerusform>
            <numerusform>كُتب حدثان في {path}. استورد الملف إلى تقويمك؛ واستيراد تصدير أحدث لاحقًا يحدّث الحدثين نفسيهما.</numerusform>
            <numerusform>كُتبت %n أحداث في {path}. استورد الملف إلى تقويمك؛ واستيراد تصدير أحدث لاحقًا يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب %n حدثًا في {path}. استورد الملف إلى تقويمك؛ واستيراد تصدير أحدث لاحقًا يحدّث الأحداث نفسها.</numerusform>
            <numerusform>كُتب %n حدث في {path}. استورد الملف إلى تقويمك؛ واستيراد تصدير أحدث لاحقًا يحدّث الأحداث نفسها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>جارٍ تصدير التقويم</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>لم يُصدَّر التقويم</translation>
    </message>
    <message>
        <source>Import lines from CSV</source>
        <translation>استيراد خطوط من CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>جارٍ قراءة {name}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل صف…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>يتعذّر استيراد الملف</translation>
    </message>
    <message>
        <source>Lines imported</source>
        <translation>استُوردت الخطوط</translation>
    </message>
    <message>
        <source>Added: {added}. Merged: {merged}. Skipped: {skipped}.</source>
        <translation>المضافة: {added}. المدمجة: {merged}. المتخطّاة: {skipped}.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix})</source>
        <translation>النسخ الاحتياطية لـ NumberKeeper (*{suffix})</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>اكتمل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Your lines, receipts and attachments are in {path}. Keep it on another disk; File ▸ Restore from backup… brings it back.</source>
        <translation>خطوطك وإيصالاتك ومرفقاتك محفوظة في {path}. احتفظ بهذا الملف على قرص آخر؛ ويمكنك استعادته من ملف ◂ استعادة من نسخة احتياطية….</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>لم تُكتب النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Made on {date}. Lines: {lines}; receipts: {receipts}; attachments: {attachments} (schema version {version}).</source>
        <translation>أُنشئت في {date}. الخطوط: {lines}؛ الإيصالات: {receipts}؛ المرفقات: {attachments} (إصدار المخطط {version}).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>NumberKeeper backups (*{suffix});;All files (*)</source>
        <translation>النسخ الاحتياطية لـ NumberKeeper (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>تتعذّر استعادة هذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>{path} has problems; nothing was changed:

{problems}</source>
        <translation>في {path} مشكلات؛ ولم يُغيَّر شيء:

{problems}</translation>
    </message>
    <message>
        <source>{summary}

Replace the current data with this backup? Your current data is kept as a safety copy first.</source>
        <translation>‏{summary}

هل تريد استبدال البيانات الحالية بهذه النسخة الاحتياطية؟ تُحفظ بياناتك الحالية أولًا في نسخة أمان.</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open its data</source>
        <translation>يتعذّر على NumberKeeper فتح بياناته</translation>
    </message>
    <message>
        <source>{reason}

NumberKeeper closes now; start it again.</source>
        <translation>‏{reason}

سيُغلق NumberKeeper الآن؛ شغّله مجددًا.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>لم يُستعد شيء</translation>
    </message>
    <message>
        <source>{reason}

Your data is as it was.</source>
        <translation>‏{reason}

بياناتك كما كانت.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restored from {archive}: {summary}

Your data as it was before the restore is kept in {safety}.</source>
        <translation>استُعيدت البيانات من {archive}: {summary}

بياناتك كما كانت قبل الاستعادة محفوظة في {safety}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>اختر تاريخًا من التقويم</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختر تاريخًا</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Bank OTP (Kuwait)</source>
        <translation>رموز البنك (الكويت)</translation>
    </message>
    <message>
        <source>NBK online banking
WhatsApp
Google 2FA</source>
        <translation>الخدمات المصرفية الإلكترونية لبنك الكويت الوطني
WhatsApp
التحقق بخطوتين في Google</translation>
    </message>
    <message>
        <source>Recharge with a Zain voucher from the supermarket.</source>
        <translation>يُشحن ببطاقة شحن زين من السوبرماركت.</translation>
    </message>
    <message>
        <source>Old work number</source>
        <translation>رقم العمل القديم</translation>
    </message>
    <message>
        <source>WeChat
Alipay</source>
        <translation>WeChat
Alipay</translation>
    </message>
    <message>
        <source>Muscat apartment</source>
        <translation>شقة مسقط</translation>
    </message>
    <message>
        <source>Bank Muscat
WhatsApp</source>
        <translation>بنك مسقط
WhatsApp</translation>
    </message>
    <message>
        <source>Travel eSIM</source>
        <translation>شريحة eSIM للسفر</translation>
    </message>
    <message>
        <source>Suspended while abroad; monthly fee applies.</source>
        <translation>معلّق أثناء السفر إلى الخارج؛ تُطبَّق رسوم شهرية.</translation>
    </message>
    <message>
        <source>US virtual number</source>
        <translation>رقم أمريكي افتراضي</translation>
    </message>
    <message>
        <source>VoIP provider</source>
        <translation>مزوّد VoIP</translation>
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
        <translation>حُذف هذا الخط في مكان آخر في هذه الأثناء. لا يمكن حفظ أي شيء هنا.</translation>
    </message>
    <message>
        <source>This line was changed elsewhere (by the command line or another program) since it was opened here. Saving would be refused: close this and open the line again to see the change.</source>
        <translation>تغيّر هذا الخط في مكان آخر (عبر سطر الأوامر أو برنامج آخر) منذ فتحه هنا. سيُرفض الحفظ: أغلق هذه النافذة وافتح الخط مجددًا لرؤية التغيير.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No numbers kept yet</source>
        <translation>لا توجد أرقام محفوظة بعد</translation>
    </message>
    <message>
        <source>Add a phone number and the date its credit runs out. NumberKeeper counts down to that day, so none of your numbers lapses and goes to a stranger by surprise.</source>
        <translation>أضف رقم هاتف وتاريخ انتهاء رصيده. يعدّ NumberKeeper تنازليًا حتى ذلك اليوم، كي لا تنتهي صلاحية أي من أرقامك فجأة فيذهب إلى شخص غريب.</translation>
    </message>
    <message>
        <source>Add your first line</source>
        <translation>أضف خطك الأول</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>افتح العرض التجريبي</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This line no longer exists: it was deleted, perhaps in another window.</source>
        <translation>لم يعد هذا الخط موجودًا: فقد حُذف، ربما في نافذة أخرى.</translation>
    </message>
    <message>
        <source>This receipt no longer exists: it was deleted, perhaps in another window.</source>
        <translation>لم يعد هذا الإيصال موجودًا: فقد حُذف، ربما في نافذة أخرى.</translation>
    </message>
    <message>
        <source>This line was changed elsewhere meanwhile. Nothing was saved: open it again to see the change.</source>
        <translation>تغيّر هذا الخط في مكان آخر في هذه الأثناء. لم يُحفظ شيء: افتحه مجددًا لرؤية التغيير.</translation>
    </message>
    <message>
        <source>This line&apos;s status no longer allows this (it was changed elsewhere, perhaps cancelled or suspended). Nothing was saved.</source>
        <translation>لم تعد حالة هذا الخط تسمح بذلك (فقد تغيّرت في مكان آخر، ربما أُلغي الخط أو عُلّق). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: NumberKeeper cannot keep its data there.</source>
        <translation>‏{path} ملف وليس مجلدًا: لا يمكن لـ NumberKeeper حفظ بياناته هناك.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of NumberKeeper. Update NumberKeeper to open it; the file was not changed.</source>
        <translation>كُتب {path} بإصدار أحدث من NumberKeeper. حدّث NumberKeeper لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open or create {path} ({reason}).</source>
        <translation>يتعذّر على NumberKeeper فتح {path} أو إنشاؤه ({reason}).</translation>
    </message>
</context>
<context>
    <name>ExtensionEditor</name>
    <message>
        <source>+30 days</source>
        <translation>‏+30 يومًا</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>‏+1 شهر</translation>
    </message>
    <message>
        <source>+1 year</source>
        <translation>‏+1 سنة</translation>
    </message>
    <message>
        <source>The new expiry date the carrier&apos;s SMS states:</source>
        <translation>تاريخ انتهاء الصلاحية الجديد كما ورد في رسالة المشغّل:</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>تاريخ انتهاء الصلاحية الجديد</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Write it with its country code, e.g. +965 5000 1234.</source>
        <translation>‏«{value}» ليس رقم هاتف. اكتبه مع رمز الدولة، مثل ⁦+965 5000 1234⁩.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid number in any country’s numbering plan.</source>
        <translation>‏«{value}» ليس رقمًا صالحًا في خطة الترقيم لأي دولة.</translation>
    </message>
    <message>
        <source>{value} is already kept as line {line_id}.</source>
        <translation>الرقم {value} محفوظ مسبقًا بوصفه الخط {line_id}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Use YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>‏«{value}» ليس تاريخًا. استخدم الصيغة YYYY-MM-DD، مثل 2026-03-31.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: {month} {year} has no day {day} (it has {days} days).</source>
        <translation>‏«{value}» ليس تاريخًا: لا يوجد اليوم {day} في {month} {year} (عدد أيامه {days}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date: there is no month {month_number}; months go from 01 to 12.</source>
        <translation>‏«{value}» ليس تاريخًا: لا يوجد شهر رقمه {month_number}؛ الأشهر من 01 إلى 12.</translation>
    </message>
    <message>
        <source>{value} is outside the dates NumberKeeper keeps: {low} to {high}.</source>
        <translation>التاريخ {value} خارج نطاق التواريخ التي يحفظها NumberKeeper: من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Use digits and a decimal point.</source>
        <translation>‏«{value}» ليس مبلغًا. استخدم الأرقام والنقطة العشرية.</translation>
    </message>
    <message>
        <source>“{value}” is negative; amounts cannot be below zero.</source>
        <translation>‏«{value}» سالب؛ لا يمكن أن تقل المبالغ عن الصفر.</translation>
    </message>
    <message>
        <source>“{value}” has more decimals than {currency} allows ({decimals}).</source>
        <translation>في «{value}» منازل عشرية أكثر مما تسمح به عملة {currency} ({decimals}).</translation>
    </message>
    <message>
        <source>“{value}” is too large.</source>
        <translation>‏«{value}» كبير جدًا.</translation>
    </message>
    <message>
        <source>“{value}” is not a known currency code (ISO 4217, e.g. KWD).</source>
        <translation>‏«{value}» ليس رمز عملة معروفًا (ISO 4217، مثل KWD).</translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone (e.g. Asia/Kuwait).</source>
        <translation>‏«{value}» ليست منطقة زمنية معروفة (مثل Asia/Kuwait).</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day (use HH:MM, e.g. 09:00).</source>
        <translation>‏«{value}» ليس وقتًا من اليوم (استخدم HH:MM، مثل 09:00).</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>‏«{value}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}.</source>
        <translation>يجب أن تكون القيمة {value} بين {low} و{high}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>القيمة «{value}» ليست إحدى القيم التالية: {choices}.</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation>يتجاوز هذا النص الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <source>A balance needs a currency.</source>
        <translation>يحتاج الرصيد إلى عملة.</translation>
    </message>
    <message>
        <source>“{value}” is not a validity extension. Use e.g. 30d, 1m or 1y.</source>
        <translation>‏«{value}» ليست مدة تمديد صالحة. استخدم مثلًا 30d أو 1m أو 1y.</translation>
    </message>
    <message>
        <source>{value} is in the past.</source>
        <translation>التاريخ {value} في الماضي.</translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation>التاريخ {value} في المستقبل.</translation>
    </message>
    <message>
        <source>{value} is already on row {row} of this file.</source>
        <translation>‏{value} موجود مسبقًا في الصف {row} من هذا الملف.</translation>
    </message>
    <message>
        <source>“{value}” does not match the last four digits of the number.</source>
        <translation>‏«{value}» لا يطابق آخر أربعة أرقام من الرقم.</translation>
    </message>
    <message>
        <source>{value} cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة {value} ({reason}).</translation>
    </message>
    <message>
        <source>{value} cannot be read (no such file).</source>
        <translation>تتعذّر قراءة {value} (الملف غير موجود).</translation>
    </message>
    <message>
        <source>{value} is a carrier in {country}, but this number is from {number_country}.</source>
        <translation>‏{value} مشغّل في {country}، لكن هذا الرقم من {number_country}.</translation>
    </message>
    <message>
        <source>“{value}” could be a number in {country}: {carrier} is a carrier in each. Write it with its country code.</source>
        <translation>قد يكون «{value}» رقمًا في {country}: فـ{carrier} مشغّل في كل منها. اكتبه مع رمز الدولة.</translation>
    </message>
    <message>
        <source>{value} is not in the numbering plan known to this version of NumberKeeper. It will be kept: check that it is right.</source>
        <translation>الرقم {value} ليس ضمن خطة الترقيم المعروفة لهذا الإصدار من NumberKeeper. سيُحفظ: تحقق من صحته.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Write it as https://…</source>
        <translation>‏«{value}» ليس عنوان ويب. اكتبه بالشكل https://…</translation>
    </message>
    <message>
        <source>The address holds a password. Type the password in its own field.</source>
        <translation>يحتوي العنوان على كلمة مرور. اكتب كلمة المرور في حقلها الخاص.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of channel NumberKeeper can send to.</source>
        <translation>‏«{value}» ليس نوع قناة يستطيع NumberKeeper الإرسال إليها.</translation>
    </message>
    <message>
        <source>“{value}” is not a channel address NumberKeeper can use: a part it needs (a token, a host or a recipient) is missing or malformed.</source>
        <translation>‏«{value}» ليس عنوان قناة يستطيع NumberKeeper استخدامه: ينقصه جزء يحتاج إليه (رمز مميز أو مضيف أو مستلم) أو أنّ صيغته غير صحيحة.</translation>
    </message>
    <message>
        <source>A channel named “{value}” exists already.</source>
        <translation>توجد بالفعل قناة باسم «{value}».</translation>
    </message>
    <message>
        <source>{value} is larger than {limit} MiB.</source>
        <translation>حجم {value} أكبر من {limit} MiB.</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text (at byte {byte}). Save it as “CSV UTF-8” and try again.</source>
        <translation>‏{value} ليس نصًا بترميز UTF-8 (عند البايت {byte}). احفظه بصيغة «CSV UTF-8» وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{value} is not a regular file (a device, a pipe or a folder).</source>
        <translation>‏{value} ليس ملفًا عاديًا (بل جهاز أو أنبوب أو مجلد).</translation>
    </message>
    <message>
        <source>{value}: the quote (&quot;) opened on row {row} is not closed where its cell ends. Nothing was imported.</source>
        <translation>‏{value}: علامة الاقتباس (&quot;) المفتوحة في الصف {row} لم تُغلق عند نهاية خليتها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This cell runs over several lines of the file: is a quote (&quot;) left open?</source>
        <translation>تمتد هذه الخلية على عدة أسطر من الملف: هل بقيت علامة اقتباس (&quot;) مفتوحة؟</translation>
    </message>
    <message>
        <source>“{value}” has a comma. Write amounts without thousands separators and with a decimal point, e.g. 1000 or 1.5.</source>
        <translation>في «{value}» فاصلة. اكتب المبالغ دون فواصل الآلاف وبنقطة عشرية، مثل 1000 أو 1.5.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>‏{field}: {message}</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>أيام فترة السماح</translation>
    </message>
    <message>
        <source>Keep alive every</source>
        <translation>إبقاء الخط نشطًا كل</translation>
    </message>
    <message>
        <source>Counts as activity</source>
        <translation>ما يُحتسب نشاطًا</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تاريخ الاستعلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation>تاريخ الاستئناف</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>حُوِّل إلى</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>No file</source>
        <translation>لا يوجد ملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the receipt</source>
        <translation>أرفق صورة الإيصال أو ملف PDF له</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>اختر الإيصال</translation>
    </message>
    <message>
        <source>Photos and PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation>الصور وملفات PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportLinesDialog</name>
    <message>
        <source>Import lines from {name}</source>
        <translation>استيراد خطوط من {name}</translation>
    </message>
    <message>
        <source>Numbers already kept</source>
        <translation>أرقام محفوظة مسبقًا</translation>
    </message>
    <message>
        <source>&amp;Skip these rows (keep the lines as they are)</source>
        <translation>‏&amp;تخطّي هذه الصفوف (إبقاء الخطوط كما هي)</translation>
    </message>
    <message>
        <source>&amp;Merge into the kept lines (the file&apos;s non-empty values replace theirs)</source>
        <translation>‏&amp;دمجها في الخطوط المحفوظة (تحل قيم الملف غير الفارغة محل قيمها)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>‏&amp;استيراد</translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation>الصف {row}، {column}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from {name}.</source>
        <translation>
            <numerusform>لم يُقرأ أي صف من {name}.</numerusform>
            <numerusform>قُرئ صف واحد من {name}.</numerusform>
            <numerusform>قُرئ صفان من {name}.</numerusform>
            <numerusform>قُرئت %n صفوف من {name}.</numerusform>
            <numerusform>قُرئ %n صفًا من {name}.</numerusform>
            <numerusform>قُرئ %n صف من {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors: fix the file and import it again.</source>
        <translation>
            <numerusform>لا توجد صفوف فيها أخطاء.</numerusform>
            <numerusform>صف واحد فيه أخطاء: أصلح الملف واستورده مجددًا.</numerusform>
            <numerusform>صفان فيهما أخطاء: أصلح الملف واستورده مجددًا.</numerusform>
            <numerusform>‏%n صفوف فيها أخطاء: أصلح الملف واستورده مجددًا.</numerusform>
            <numerusform>‏%n صفًا فيها أخطاء: أصلح الملف واستورده مجددًا.</numerusform>
            <numerusform>‏%n صف فيها أخطاء: أصلح الملف واستورده مجددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already kept.</source>
        <translation>
            <numerusform>لا يوجد رقم محفوظ مسبقًا.</numerusform>
            <numerusform>رقم واحد محفوظ مسبقًا.</numerusform>
            <numerusform>رقمان محفوظان مسبقًا.</numerusform>
            <numerusform>‏%n أرقام محفوظة مسبقًا.</numerusform>
            <numerusform>سبق حفظ %n رقمًا.</numerusform>
            <numerusform>سبق حفظ %n رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) not in the numbering plan known to this version: they will be imported; check them.</source>
        <translation>
            <numerusform>لا توجد أرقام خارج خطة الترقيم المعروفة لهذا الإصدار.</numerusform>
            <numerusform>رقم واحد ليس ضمن خطة الترقيم المعروفة لهذا الإصدار: سيُستورد؛ تحقق منه.</numerusform>
            <numerusform>رقمان ليسا ضمن خطة الترقيم المعروفة لهذا الإصدار: سيُستوردان؛ تحقق منهما.</numerusform>
            <numerusform>‏%n أرقام ليست ضمن خطة الترقيم المعروفة لهذا الإصدار: ستُستورد؛ تحقق منها.</numerusform>
            <numerusform>‏%n رقمًا ليست ضمن خطة الترقيم المعروفة لهذا الإصدار: ستُستورد؛ تحقق منها.</numerusform>
            <numerusform>‏%n رقم ليست ضمن خطة الترقيم المعروفة لهذا الإصدار: ستُستورد؛ تحقق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>لن يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>The file has no “{column}” column, which is required.</source>
        <translation>لا يحتوي الملف على العمود «{column}»، وهو مطلوب.</translation>
    </message>
    <message>
        <source>Columns NumberKeeper does not know, ignored: {columns}</source>
        <translation>أعمدة لا يعرفها NumberKeeper، وتم تجاهلها: {columns}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fix the errors listed here in the file, then import it again.</source>
        <translation>أصلح في الملف الأخطاء المدرجة هنا، ثم استورده مجددًا.</translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be merged</source>
        <translation>محفوظ مسبقًا باسم «{line}»: سيُدمج</translation>
    </message>
    <message>
        <source>Already kept as “{line}”: will be skipped</source>
        <translation>محفوظ مسبقًا باسم «{line}»: سيُتخطّى</translation>
    </message>
    <message>
        <source>New line; check: {warning}</source>
        <translation>خط جديد؛ تحقق من: {warning}</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>خط جديد</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>Re&amp;new…</source>
        <translation>‏&amp;تجديد…</translation>
    </message>
    <message>
        <source>Walk through renewing this line and keep the receipt</source>
        <translation>اتبع خطوات تجديد هذا الخط واحتفظ بالإيصال</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>ت&amp;عليق…</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>‏&amp;استئناف…</translation>
    </message>
    <message>
        <source>&amp;Cancel line…</source>
        <translation>‏&amp;إلغاء الخط…</translation>
    </message>
    <message>
        <source>&amp;Log keep-alive activity…</source>
        <translation>تسجيل &amp;نشاط لإبقاء الخط نشطًا…</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>الإ&amp;يصالات…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>All &amp;receipts</source>
        <translation>كل الإ&amp;يصالات</translation>
    </message>
    <message>
        <source>&amp;Delete line and its records…</source>
        <translation>‏&amp;حذف الخط وسجلاته…</translation>
    </message>
    <message>
        <source>Continue re&amp;newal…</source>
        <translation>متابعة ال&amp;تجديد…</translation>
    </message>
    <message>
        <source>Continue &amp;suspension…</source>
        <translation>متابعة الت&amp;عليق…</translation>
    </message>
    <message>
        <source>Continue res&amp;uming…</source>
        <translation>متابعة &amp;الاستئناف…</translation>
    </message>
    <message>
        <source>Continue &amp;cancelling…</source>
        <translation>متابعة &amp;إلغاء الخط…</translation>
    </message>
    <message>
        <source>Delete the line’s secrets</source>
        <translation>حذف البيانات السرية للخط</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is cancelled. Delete its %n secret(s) (portal password, PIN, PUK, eSIM code…) from the keyring? Keep them if you may still need the number back.</source>
        <translation>
            <numerusform>أُلغي الخط «{name}». هل تريد حذف بياناته السرية (كلمة مرور البوابة ورمز PIN ورمز PUK ورمز eSIM…) من سلسلة مفاتيح النظام؟ احتفظ بها إن كنت قد تحتاج إلى استعادة الرقم.</numerusform>
            <numerusform>أُلغي الخط «{name}». هل تريد حذف عنصره السري الوحيد (كلمة مرور البوابة ورمز PIN ورمز PUK ورمز eSIM…) من سلسلة مفاتيح النظام؟ احتفظ به إن كنت قد تحتاج إلى استعادة الرقم.</numerusform>
            <numerusform>أُلغي الخط «{name}». هل تريد حذف عنصريه السريين (كلمة مرور البوابة ورمز PIN ورمز PUK ورمز eSIM…) من سلسلة مفاتيح النظام؟ احتفظ بهما إن كنت قد تحتاج إلى استعادة الرقم.</numerusform>
            <numerusform>أُلغي الخط «{name}». هل تريد حذف عناصره السرية الـ%n (كلمة مرور البوابة ورمز PIN ورمز PUK ورمز eSIM…) من سلسلة مفاتيح النظام؟ احتفظ بها إن كنت قد تحتاج إلى استعادة الرقم.</numerusform>
            <numerusform>أُلغي الخط «{name}». هل تريد حذف عناصره السرية الـ%n (كلمة مرور البوابة ورمز PIN ورمز PUK ورمز eSIM…) من سلسلة مفاتيح النظام؟ احتفظ بها إن كنت قد تحتاج إلى استعادة الرقم.</numerusform>
            <numerusform>أُلغي الخط «{name}». هل تريد حذف عناصره السرية الـ%n (كلمة مرور البوابة ورمز PIN ورمز PUK ورمز eSIM…) من سلسلة مفاتيح النظام؟ احتفظ بها إن كنت قد تحتاج إلى استعادة الرقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line’s secrets are still in the keyring.</source>
        <translation>لا تزال البيانات السرية للخط في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Delete line and its records</source>
        <translation>حذف الخط وسجلاته</translation>
    </message>
    <message>
        <source>Delete “{name}” ({number}) with all its history, receipts and keep-alive log? This cannot be undone. To keep the records, cancel or archive the line instead.</source>
        <translation>هل تريد حذف «{name}» ({number}) مع كل سجله وإيصالاته وسجل أنشطة إبقائه نشطًا؟ لا يمكن التراجع عن ذلك. للاحتفاظ بالسجلات، ألغِ الخط أو أرشفه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Could not delete the line</source>
        <translation>تعذّر حذف الخط</translation>
    </message>
    <message>
        <source>The line and its secrets were kept.</source>
        <translation>أُبقي الخط وبياناته السرية.</translation>
    </message>
    <message>
        <source>Could not delete the secrets</source>
        <translation>تعذّر حذف البيانات السرية</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Edit line</source>
        <translation>تعديل الخط</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>إضافة خط</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Portal &amp;&amp; secrets</source>
        <translation>البوابة والبيانات السرية</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>What you typed in this line is not saved yet. Throw it away?</source>
        <translation>ما كتبته لهذا الخط لم يُحفظ بعد. هل تريد تجاهله؟</translation>
    </message>
    <message>
        <source>Your changes to this line are not saved yet. Throw them away?</source>
        <translation>تغييراتك على هذا الخط لم تُحفظ بعد. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>The line was not saved</source>
        <translation>لم يُحفظ الخط</translation>
    </message>
</context>
<context>
    <name>LineFacts</name>
    <message>
        <source>Line:</source>
        <translation>الخط:</translation>
    </message>
    <message>
        <source>Validity ends:</source>
        <translation>تنتهي الصلاحية:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>الوقت المتبقي:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>الرصيد:</translation>
    </message>
    <message>
        <source>Grace:</source>
        <translation>فترة السماح:</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>‏{name} ({number})</translation>
    </message>
    <message>
        <source>{date} {time} {zone} — {local} your time</source>
        <translation>‏{date} {time} {zone} — {local} بتوقيتك</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>{amount}, checked {date}</source>
        <translation>‏{amount}، تاريخ الاستعلام {date}</translation>
    </message>
    <message>
        <source>{left} left before the number may be recycled ({date} your time)</source>
        <translation>يتبقى {left} قبل احتمال إعادة تخصيص الرقم ({date} بتوقيتك)</translation>
    </message>
    <message>
        <source>ended {left} ago ({date} your time): the number may be gone</source>
        <translation>انتهت منذ {left} ({date} بتوقيتك): ربما فُقد الرقم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after validity ends, until {date} your time</source>
        <translation>
            <numerusform>‏%n يوم بعد انتهاء الصلاحية، حتى {date} بتوقيتك</numerusform>
            <numerusform>يوم واحد بعد انتهاء الصلاحية، حتى {date} بتوقيتك</numerusform>
            <numerusform>يومان بعد انتهاء الصلاحية، حتى {date} بتوقيتك</numerusform>
            <numerusform>‏%n أيام بعد انتهاء الصلاحية، حتى {date} بتوقيتك</numerusform>
            <numerusform>‏%n يومًا بعد انتهاء الصلاحية، حتى {date} بتوقيتك</numerusform>
            <numerusform>‏%n يوم بعد انتهاء الصلاحية، حتى {date} بتوقيتك</numerusform>
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
        <translation>مثلًا: خط العمل، رقم أمي</translation>
    </message>
    <message>
        <source>Pick a preset or type a name</source>
        <translation>اختر من القائمة أو اكتب اسمًا</translation>
    </message>
    <message>
        <source>Physical SIM</source>
        <translation>شريحة SIM فعلية</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Virtual number</source>
        <translation>رقم افتراضي</translation>
    </message>
    <message>
        <source>Unverified — confirm with your carrier.</source>
        <translation>غير مؤكد — تحقق من ذلك لدى مشغّلك.</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>شحن الرصيد</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>e.g. 3.500</source>
        <translation>مثلًا 3.500</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>One per line: bank, WhatsApp, e-mail, government portal…</source>
        <translation>واحد في كل سطر: البنك، WhatsApp، البريد الإلكتروني، البوابة الحكومية…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>المشغّل:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>الباقة:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>تاريخ انتهاء الصلاحية:</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <translation>فترة السماح:</translation>
    </message>
    <message>
        <source>days after expiry</source>
        <translation>يومًا بعد انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Keep alive every:</source>
        <translation>إبقاء الخط نشطًا كل:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يومًا</translation>
    </message>
    <message>
        <source>Counts as activity:</source>
        <translation>ما يُحتسب نشاطًا:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Resume on:</source>
        <translation>تاريخ الاستئناف:</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation>تاريخ الاستعلام:</translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; notes</source>
        <translation>الحسابات والملاحظات</translation>
    </message>
    <message>
        <source>Linked accounts:</source>
        <translation>الحسابات المرتبطة:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>الملاحظات:</translation>
    </message>
    <message>
        <source>Default: {zone}</source>
        <translation>الافتراضي: {zone}</translation>
    </message>
    <message>
        <source>Default: from the carrier or the number</source>
        <translation>الافتراضي: حسب المشغّل أو الرقم</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>غير مطلوب</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Keep-alive due</source>
        <translation>موعد النشاط التالي</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>شريحة SIM</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Virtual (VoIP)</source>
        <translation>افتراضي (VoIP)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>ينتهي قريبًا</translation>
    </message>
    <message>
        <source>Expired — at risk</source>
        <translation>منتهي الصلاحية — في خطر</translation>
    </message>
    <message>
        <source>Past grace — probably lost</source>
        <translation>انقضت فترة السماح — فُقد غالبًا</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>{carrier} · {country}</source>
        <translation>‏{carrier} · {country}</translation>
    </message>
    <message>
        <source>{phase} (archived)</source>
        <translation>‏{phase} (مؤرشف)</translation>
    </message>
    <message>
        <source>{date} · {local} local</source>
        <translation>‏{date} · {local} محليًا</translation>
    </message>
    <message>
        <source>Validity ends at {time} on {date} ({zone} time).</source>
        <translation>تنتهي الصلاحية الساعة {time} يوم {date} (بتوقيت {zone}).</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>تاريخ الاستعلام {date}</translation>
    </message>
    <message numerus="yes">
        <source>A chargeable activity is needed every %n day(s); the last one logged was {last}.</source>
        <translation>
            <numerusform>يلزم نشاط مدفوع كل %n يوم؛ آخر نشاط مسجّل: {last}.</numerusform>
            <numerusform>يلزم نشاط مدفوع كل يوم؛ آخر نشاط مسجّل: {last}.</numerusform>
            <numerusform>يلزم نشاط مدفوع كل يومين؛ آخر نشاط مسجّل: {last}.</numerusform>
            <numerusform>يلزم نشاط مدفوع كل %n أيام؛ آخر نشاط مسجّل: {last}.</numerusform>
            <numerusform>يلزم نشاط مدفوع كل %n يومًا؛ آخر نشاط مسجّل: {last}.</numerusform>
            <numerusform>يلزم نشاط مدفوع كل %n يوم؛ آخر نشاط مسجّل: {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <comment>QLocale date format</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>‏{days} ي {hours} س</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>‏{days} ي</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>‏{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>‏{hours} س</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>‏{minutes} د</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>suspended until {date}</source>
        <translation>معلّق حتى {date}</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>keep-alive activity due in {left}</source>
        <translation>نشاط إبقاء الخط نشطًا مستحق خلال {left}</translation>
    </message>
    <message>
        <source>keep-alive activity missed {ago} ago — number at risk</source>
        <translation>فات موعد نشاط إبقاء الخط نشطًا منذ {ago} — الرقم معرّض للخطر</translation>
    </message>
    <message>
        <source>expired {ago} ago — number at risk in {left}</source>
        <translation>انتهى منذ {ago} — الرقم في خطر بعد {left}</translation>
    </message>
    <message>
        <source>expired {ago} ago — grace ended {ended} ago</source>
        <translation>انتهى منذ {ago} — انتهت فترة السماح منذ {ended}</translation>
    </message>
    <message>
        <source>You cancelled this line; nothing counts down.</source>
        <translation>لقد ألغيت هذا الخط؛ لا يوجد عدّ تنازلي.</translation>
    </message>
    <message>
        <source>You suspended this line. Check whether the carrier charges a fee while it is suspended.</source>
        <translation>لقد علّقت هذا الخط. تحقق مما إذا كان المشغّل يفرض رسومًا أثناء التعليق.</translation>
    </message>
    <message>
        <source>Validity ended {expires} (your time). The carrier may recycle the number after {grace_end}: renew before then to keep it.</source>
        <translation>انتهت الصلاحية في {expires} (بتوقيتك). قد يعيد المشغّل تخصيص الرقم بعد {grace_end}: جدّد قبل ذلك للاحتفاظ به.</translation>
    </message>
    <message>
        <source>The grace period ended {grace_end} (your time); the number has probably been given to someone else. Check with the carrier.</source>
        <translation>انتهت فترة السماح في {grace_end} (بتوقيتك)؛ ومن المرجح أن الرقم خُصّص لشخص آخر. تحقق لدى المشغّل.</translation>
    </message>
    <message numerus="yes">
        <source>Time until validity ends, {expires} (your time). After that the carrier keeps the number for %n day(s) before it may be recycled.</source>
        <translation>
            <numerusform>الوقت المتبقي حتى انتهاء الصلاحية في {expires} (بتوقيتك). بعد ذلك قد يعيد المشغّل تخصيص الرقم فورًا.</numerusform>
            <numerusform>الوقت المتبقي حتى انتهاء الصلاحية في {expires} (بتوقيتك). بعد ذلك يحتفظ المشغّل بالرقم يومًا واحدًا قبل احتمال إعادة تخصيصه.</numerusform>
            <numerusform>الوقت المتبقي حتى انتهاء الصلاحية في {expires} (بتوقيتك). بعد ذلك يحتفظ المشغّل بالرقم يومين قبل احتمال إعادة تخصيصه.</numerusform>
            <numerusform>الوقت المتبقي حتى انتهاء الصلاحية في {expires} (بتوقيتك). بعد ذلك يحتفظ المشغّل بالرقم %n أيام قبل احتمال إعادة تخصيصه.</numerusform>
            <numerusform>الوقت المتبقي حتى انتهاء الصلاحية في {expires} (بتوقيتك). بعد ذلك يحتفظ المشغّل بالرقم %n يومًا قبل احتمال إعادة تخصيصه.</numerusform>
            <numerusform>الوقت المتبقي حتى انتهاء الصلاحية في {expires} (بتوقيتك). بعد ذلك يحتفظ المشغّل بالرقم %n يوم قبل احتمال إعادة تخصيصه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesExport</name>
    <message>
        <source>Export lines</source>
        <translation>تصدير الخطوط</translation>
    </message>
    <message>
        <source>Lines exported</source>
        <translation>صُدِّرت الخطوط</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to {path}.</source>
        <translation>
            <numerusform>لم يُكتب أي خط في {path}.</numerusform>
            <numerusform>كُتب خط واحد في {path}.</numerusform>
            <numerusform>كُتب خطان في {path}.</numerusform>
            <numerusform>كُتبت %n خطوط في {path}.</numerusform>
            <numerusform>كُتب %n خطًا في {path}.</numerusform>
            <numerusform>كُتب %n خط في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting lines</source>
        <translation>جارٍ تصدير الخطوط</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>The lines were not exported</source>
        <translation>لم تُصدَّر الخطوط</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demo (sample lines, discarded on exit)</source>
        <translation>‏{app} — عرض تجريبي (خطوط نموذجية تُحذف عند الخروج)</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>‏&amp;إضافة خط…</translation>
    </message>
    <message>
        <source>Keep a new number</source>
        <translation>احفظ رقمًا جديدًا</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>‏&amp;تعديل الخط…</translation>
    </message>
    <message>
        <source>A&amp;rchive line…</source>
        <translation>‏&amp;أرشفة الخط…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>إضافة خط</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>تعديل الخط</translation>
    </message>
    <message>
        <source>Archive line</source>
        <translation>أرشفة الخط</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>إظهار ال&amp;مؤرشفة</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>إظهار المؤرشفة</translation>
    </message>
    <message>
        <source>Open &amp;demo…</source>
        <translation>‏&amp;فتح العرض التجريبي…</translation>
    </message>
    <message>
        <source>Start a second window with sample lines</source>
        <translation>فتح نافذة ثانية بخطوط نموذجية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>‏&amp;إنهاء</translation>
    </message>
    <message>
        <source>Filter by number, label or carrier</source>
        <translation>تصفية حسب الرقم أو الاسم أو المشغّل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>‏&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>ال&amp;خطوط</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>‏&amp;عرض</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>لا خطوط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>‏%n خطوط</numerusform>
            <numerusform>‏%n خطًا</numerusform>
            <numerusform>‏%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) expire within 7 days</source>
        <translation>
            <numerusform>لا خطوط تنتهي صلاحيتها خلال 7 أيام</numerusform>
            <numerusform>خط واحد تنتهي صلاحيته خلال 7 أيام</numerusform>
            <numerusform>خطان تنتهي صلاحيتهما خلال 7 أيام</numerusform>
            <numerusform>‏%n خطوط تنتهي صلاحيتها خلال 7 أيام</numerusform>
            <numerusform>‏%n خطًا تنتهي صلاحيتها خلال 7 أيام</numerusform>
            <numerusform>‏%n خط تنتهي صلاحيتها خلال 7 أيام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in grace — number at risk</source>
        <translation>
            <numerusform>لا خطوط في فترة السماح</numerusform>
            <numerusform>خط واحد في فترة السماح — الرقم معرّض للخطر</numerusform>
            <numerusform>خطان في فترة السماح — الرقمان معرّضان للخطر</numerusform>
            <numerusform>‏%n خطوط في فترة السماح — الأرقام معرّضة للخطر</numerusform>
            <numerusform>‏%n خطًا في فترة السماح — الأرقام معرّضة للخطر</numerusform>
            <numerusform>‏%n خط في فترة السماح — الأرقام معرّضة للخطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past grace — probably recycled</source>
        <translation>
            <numerusform>لا خطوط تجاوزت فترة السماح</numerusform>
            <numerusform>خط واحد تجاوز فترة السماح — أُعيد تخصيصه على الأرجح</numerusform>
            <numerusform>خطان تجاوزا فترة السماح — أُعيد تخصيصهما على الأرجح</numerusform>
            <numerusform>‏%n خطوط تجاوزت فترة السماح — أُعيد تخصيصها على الأرجح</numerusform>
            <numerusform>‏%n خطًا تجاوزت فترة السماح — أُعيد تخصيصها على الأرجح</numerusform>
            <numerusform>‏%n خط تجاوزت فترة السماح — أُعيد تخصيصها على الأرجح</numerusform>
        </translation>
    </message>
    <message>
        <source>none expires within 7 days</source>
        <translation>لا خط تنتهي صلاحيته خلال 7 أيام</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The line cannot be edited</source>
        <translation>يتعذّر تعديل الخط</translation>
    </message>
    <message>
        <source>Archive “{name}”? It leaves the list and stops counting down; its history is kept, and View ▸ Show archived brings it back.</source>
        <translation>هل تريد أرشفة «{name}»؟ سيختفي من القائمة ويتوقف عدّه التنازلي؛ يُحفظ سجله، ويمكنك إعادته من عرض ◂ إظهار المؤرشفة.</translation>
    </message>
    <message>
        <source>Could not archive the line</source>
        <translation>تعذّرت أرشفة الخط</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>تعذّر فتح العرض التجريبي</translation>
    </message>
    <message>
        <source>The demo did not start.</source>
        <translation>لم يبدأ العرض التجريبي.</translation>
    </message>
    <message>
        <source>&amp;Restore line</source>
        <translation>إعادة الخط من الأ&amp;رشيف</translation>
    </message>
    <message>
        <source>Restore line</source>
        <translation>إعادة الخط من الأرشيف</translation>
    </message>
</context>
<context>
    <name>PushTexts</name>
    <message>
        <source>NumberKeeper: {count} reminders</source>
        <translation>‏NumberKeeper: عدد التذكيرات {count}</translation>
    </message>
    <message>
        <source>NumberKeeper test</source>
        <translation>رسالة تجريبية من NumberKeeper</translation>
    </message>
    <message>
        <source>If you read this, NumberKeeper&apos;s reminders reach you here.</source>
        <translation>إذا كنت تقرأ هذه الرسالة، فتذكيرات NumberKeeper تصلك هنا.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>محرك أقراص</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>اختصار</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>ReachTexts</name>
    <message>
        <source>The server cannot be reached: check the address and the connection.</source>
        <translation>يتعذّر الوصول إلى الخادم: تحقق من العنوان ومن الاتصال.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>لم يستجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it.</source>
        <translation>شهادة الخادم غير موثوقة، لذا لم يُرسل إليه شيء.</translation>
    </message>
    <message>
        <source>The user name or password was refused. iCloud and Fastmail need an app-specific password.</source>
        <translation>رُفض اسم المستخدم أو كلمة المرور. يتطلب iCloud وFastmail كلمة مرور خاصة بالتطبيق.</translation>
    </message>
    <message>
        <source>Something answers at that address, but not a CalDAV server.</source>
        <translation>هناك ما يستجيب على هذا العنوان، لكنه ليس خادم CalDAV.</translation>
    </message>
    <message>
        <source>That address is not a calendar. Choose a calendar, or leave the name.</source>
        <translation>هذا العنوان ليس تقويمًا. اختر تقويمًا، أو أبقِ الاسم كما هو.</translation>
    </message>
    <message>
        <source>The calendar is gone from the server. Connect again to make it anew.</source>
        <translation>لم يعد التقويم موجودًا على الخادم. اتصل مجددًا لإنشائه من جديد.</translation>
    </message>
    <message>
        <source>The server failed. It is tried again later.</source>
        <translation>حدث خطأ في الخادم. ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server refused an event.</source>
        <translation>رفض الخادم أحد الأحداث.</translation>
    </message>
    <message>
        <source>The keyring no longer holds its password (or address): set it again.</source>
        <translation>لم تعد سلسلة مفاتيح النظام تحتوي على كلمة المرور (أو العنوان): أدخلها مجددًا.</translation>
    </message>
    <message>
        <source>The keyring cannot be used now: unlock it, then try again.</source>
        <translation>لا يمكن استخدام سلسلة مفاتيح النظام الآن: افتح قفلها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The message did not go. It is tried again later.</source>
        <translation>لم تُرسل الرسالة. ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>{sentence} ({detail})</source>
        <translation>‏{sentence} ({detail})</translation>
    </message>
    <message>
        <source>No calendar is connected.</source>
        <translation>لا يوجد تقويم متصل.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>آخر مزامنة: {when}.</translation>
    </message>
    <message>
        <source>The last sync failed: {reason}</source>
        <translation>فشلت آخر مزامنة: {reason}</translation>
    </message>
    <message>
        <source>Next try {when}.</source>
        <translation>المحاولة التالية: {when}.</translation>
    </message>
</context>
<context>
    <name>ReachUi</name>
    <message>
        <source>&amp;Reminders</source>
        <translation>الت&amp;ذكيرات</translation>
    </message>
    <message>
        <source>&amp;Calendar sync…</source>
        <translation>‏&amp;مزامنة التقويم…</translation>
    </message>
    <message>
        <source>Keep the deadlines in your phone&apos;s calendar</source>
        <translation>احفظ المواعيد النهائية في تقويم هاتفك</translation>
    </message>
    <message>
        <source>&amp;Push channels…</source>
        <translation>‏&amp;قنوات الإشعارات…</translation>
    </message>
    <message>
        <source>Send the reminders to your phone</source>
        <translation>أرسل التذكيرات إلى هاتفك</translation>
    </message>
    <message>
        <source>&amp;Sync calendar now</source>
        <translation>مزامنة التقويم الآ&amp;ن</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Edit receipt</source>
        <translation>تعديل الإيصال</translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation>إضافة إيصال</translation>
    </message>
    <message>
        <source>e.g. 10.000</source>
        <translation>مثلًا 10.000</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>‏— غير مسجّل —</translation>
    </message>
    <message>
        <source>e.g. bank card, cash, e-wallet</source>
        <translation>مثلًا: بطاقة مصرفية، نقدًا، محفظة إلكترونية</translation>
    </message>
    <message>
        <source>transaction number on the slip or SMS</source>
        <translation>رقم العملية على الإيصال المطبوع أو في الرسالة النصية</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>وصلت رسالة التأكيد النصية</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>الخط:</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>تاريخ الدفع:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>قناة الدفع:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>طريقة الدفع:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>الرقم المرجعي:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>المرفق:</translation>
    </message>
    <message>
        <source>This renewal moved the expiry from {before} to {after}. Editing the receipt does not change the line&apos;s expiry.</source>
        <translation>نقل هذا التجديد تاريخ انتهاء الصلاحية من {before} إلى {after}. تعديل الإيصال لا يغيّر تاريخ انتهاء صلاحية الخط.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>Attach the receipt</source>
        <translation>إرفاق الإيصال</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;All files (*)</source>
        <translation>الصور وملفات PDF (*.png *.jpg *.jpeg *.heic *.webp *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{name} (will be copied into the data folder)</source>
        <translation>‏{name} (سيُنسخ إلى مجلد البيانات)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>The receipt was not saved</source>
        <translation>لم يُحفظ الإيصال</translation>
    </message>
</context>
<context>
    <name>ReceiptFilterBar</name>
    <message>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>ال&amp;خط:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>‏&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>كل الخطوط</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>كل العملات</translation>
    </message>
</context>
<context>
    <name>ReceiptsExport</name>
    <message>
        <source>Export receipts</source>
        <translation>تصدير الإيصالات</translation>
    </message>
    <message>
        <source>Receipts exported</source>
        <translation>صُدِّرت الإيصالات</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) written to {path}.</source>
        <translation>
            <numerusform>لم يُكتب أي إيصال في {path}.</numerusform>
            <numerusform>كُتب إيصال واحد في {path}.</numerusform>
            <numerusform>كُتب إيصالان في {path}.</numerusform>
            <numerusform>كُتبت %n إيصالات في {path}.</numerusform>
            <numerusform>كُتب %n إيصالًا في {path}.</numerusform>
            <numerusform>كُتب %n إيصال في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting receipts</source>
        <translation>جارٍ تصدير الإيصالات</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>The receipts were not exported</source>
        <translation>لم تُصدَّر الإيصالات</translation>
    </message>
</context>
<context>
    <name>ReceiptsTableModel</name>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الدفع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Suspension fee</source>
        <translation>رسوم التعليق</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>بطاقة شحن</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation>الموقع أو التطبيق</translation>
    </message>
    <message>
        <source>Store counter</source>
        <translation>فرع المشغّل</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>جهاز الخدمة الذاتية</translation>
    </message>
    <message>
        <source>Recharge voucher</source>
        <translation>بطاقة شحن</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>خدمة العملاء الهاتفية</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>دفع عبر طرف ثالث</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>الخط {id}</translation>
    </message>
    <message>
        <source>Expiry moved from {before} to {after}.</source>
        <translation>نُقل تاريخ انتهاء الصلاحية من {before} إلى {after}.</translation>
    </message>
    <message>
        <source>Paid by {method}</source>
        <translation>دُفع عبر {method}</translation>
    </message>
    <message>
        <source>Confirmation SMS received</source>
        <translation>وصلت رسالة التأكيد النصية</translation>
    </message>
    <message>
        <source>{name} ({size} KiB) — double-click to open</source>
        <translation>‏{name} ({size} KiB) — انقر نقرًا مزدوجًا للفتح</translation>
    </message>
</context>
<context>
    <name>ReceiptsTotals</name>
    <message>
        <source>No receipts yet. Record a payment with Add receipt…; renewing a line records its receipt here too.</source>
        <translation>لا توجد إيصالات بعد. سجّل دفعة بـ«إضافة إيصال…»؛ وتجديد خط يسجّل إيصاله هنا أيضًا.</translation>
    </message>
    <message>
        <source>No receipts match these filters.</source>
        <translation>لا توجد إيصالات تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{year}</source>
        <comment>a year</comment>
        <translation>‏{year}</translation>
    </message>
</context>
<context>
    <name>ReceiptsWindow</name>
    <message>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>المجاميع:</translation>
    </message>
    <message>
        <source>&amp;Add receipt…</source>
        <translation>‏&amp;إضافة إيصال…</translation>
    </message>
    <message>
        <source>Record a voucher, a fee or another payment</source>
        <translation>سجّل بطاقة شحن أو رسومًا أو دفعة أخرى</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>‏&amp;فتح المرفق</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>‏&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>‏&amp;حذف…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Save the receipts the filters show as a CSV file or an Excel workbook</source>
        <translation>احفظ الإيصالات التي تظهرها عوامل التصفية كملف CSV أو مصنف Excel</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>يتعذّر فتح المرفق</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” cannot be read: {reason}.

It should be at {path}. Restore it from a backup, or attach the file again with Edit….</source>
        <translation>تتعذّر قراءة النسخة المحفوظة من «{name}»: {reason}.

يُفترض أن تكون في {path}. استعدها من نسخة احتياطية، أو أرفق الملف مجددًا عبر «تعديل…».</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”. The file is at {path}.</source>
        <translation>لم يفتح أي برنامج على هذا الحاسوب «{name}». الملف موجود في {path}.</translation>
    </message>
    <message>
        <source>Add receipt</source>
        <translation>إضافة إيصال</translation>
    </message>
    <message>
        <source>Add a line first.</source>
        <translation>أضف خطًا أولًا.</translation>
    </message>
    <message>
        <source>Delete the receipt of {amount} paid on {date} for “{line}”?</source>
        <translation>هل تريد حذف إيصال المبلغ {amount} المدفوع في {date} للخط «{line}»؟</translation>
    </message>
    <message>
        <source>The line&apos;s expiry has changed since this renewal (it is now {now}); it stays as it is.</source>
        <translation>تغيّر تاريخ انتهاء صلاحية الخط منذ هذا التجديد (وهو الآن {now})؛ وسيبقى كما هو.</translation>
    </message>
    <message>
        <source>Delete receipt</source>
        <translation>حذف الإيصال</translation>
    </message>
    <message>
        <source>Roll the expiry back?</source>
        <translation>إرجاع تاريخ انتهاء الصلاحية؟</translation>
    </message>
    <message>
        <source>This renewal moved the expiry of “{line}” from {before} to {after}.

Yes: set the expiry back to {before} (the renewal did not happen).
No: keep {after} (only the receipt is deleted).</source>
        <translation>نقل هذا التجديد تاريخ انتهاء صلاحية «{line}» من {before} إلى {after}.

نعم: أرجِع تاريخ الانتهاء إلى {before} (كأن التجديد لم يحدث).
لا: أبقِ {after} (يُحذف الإيصال فقط).</translation>
    </message>
    <message>
        <source>The receipt was not deleted</source>
        <translation>لم يُحذف الإيصال</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>and %n more — see the list below</source>
        <translation>
            <numerusform>ولا تذكيرات أخرى</numerusform>
            <numerusform>وتذكير آخر — انظر القائمة أدناه</numerusform>
            <numerusform>وتذكيران آخران — انظر القائمة أدناه</numerusform>
            <numerusform>و%n تذكيرات أخرى — انظر القائمة أدناه</numerusform>
            <numerusform>و%n تذكيرًا آخر — انظر القائمة أدناه</numerusform>
            <numerusform>و%n تذكير آخر — انظر القائمة أدناه</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {summary}</source>
        <translation>‏⚠ {summary}</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>تجديد…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation>ذكّرني مجددًا بعد ساعة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Do not show this reminder again</source>
        <translation>لا تُظهر هذا التذكير مجددًا</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Renew…</source>
        <translation>تجديد…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>{name} expires in {left}</source>
        <translation>تنتهي صلاحية {name} خلال {left}</translation>
    </message>
    <message>
        <source>{name} expired {ago} ago</source>
        <translation>انتهت صلاحية {name} منذ {ago}</translation>
    </message>
    <message>
        <source>validity ends {when} (your time)</source>
        <translation>تنتهي الصلاحية في {when} (بتوقيتك)</translation>
    </message>
    <message>
        <source>{name} has expired — number at risk in {left}</source>
        <translation>انتهت صلاحية {name} — قد يُفقد الرقم بعد {left}</translation>
    </message>
    <message>
        <source>renew before {when} (your time) to keep the number</source>
        <translation>جدّد قبل {when} (بتوقيتك) للاحتفاظ بالرقم</translation>
    </message>
    <message>
        <source>{name} may be recycled in {left}</source>
        <translation>قد يُعاد تخصيص {name} بعد {left}</translation>
    </message>
    <message>
        <source>{name}: the grace period has ended</source>
        <translation>‏{name}: انتهت فترة السماح</translation>
    </message>
    <message>
        <source>the carrier may give the number away after {when} (your time)</source>
        <translation>قد يمنح المشغّل الرقم لشخص آخر بعد {when} (بتوقيتك)</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity due in {left}</source>
        <translation>‏{name}: نشاط إبقاء الخط نشطًا مستحق خلال {left}</translation>
    </message>
    <message>
        <source>{name}: keep-alive activity is overdue</source>
        <translation>‏{name}: فات موعد نشاط إبقاء الخط نشطًا</translation>
    </message>
    <message>
        <source>make a call, send a text or top up by {when} (your time)</source>
        <translation>أجرِ مكالمة أو أرسل رسالة نصية أو اشحن الرصيد قبل {when} (بتوقيتك)</translation>
    </message>
    <message>
        <source>{name} is due to resume on {date}</source>
        <translation>موعد استئناف {name} في {date}</translation>
    </message>
    <message>
        <source>check that the carrier has reactivated the line</source>
        <translation>تحقق من أن المشغّل أعاد تفعيل الخط</translation>
    </message>
    <message>
        <source>{number} · {detail}</source>
        <translation>‏{number} · {detail}</translation>
    </message>
    <message>
        <source>expired — at risk in {left}</source>
        <translation>منتهي الصلاحية — قد يُفقد بعد {left}</translation>
    </message>
    <message>
        <source>past grace</source>
        <translation>انقضت فترة السماح</translation>
    </message>
    <message>
        <source>{name} — {left}</source>
        <translation>‏{name} — {left}</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>لا تذكيرات مستحقة</numerusform>
            <numerusform>تذكير واحد مستحق</numerusform>
            <numerusform>تذكيران مستحقان</numerusform>
            <numerusform>‏%n تذكيرات مستحقة</numerusform>
            <numerusform>‏%n تذكيرًا مستحقًا</numerusform>
            <numerusform>‏%n تذكير مستحق</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>لا شيء مستحق</translation>
    </message>
    <message>
        <source>{app} — {state}</source>
        <translation>‏{app} — {state}</translation>
    </message>
    <message>
        <source>Open NumberKeeper</source>
        <translation>فتح NumberKeeper</translation>
    </message>
    <message>
        <source>Nearest expiries</source>
        <translation>أقرب مواعيد انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Open the renew checklist</source>
        <translation>فتح قائمة التحقق للتجديد</translation>
    </message>
    <message>
        <source>No running lines</source>
        <translation>لا خطوط سارية</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>تأجيل الكل</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>حتى الساعة 09:00 غدًا</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>لمدة يوم</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>ReminderUi</name>
    <message>
        <source>NumberKeeper is still running</source>
        <translation>لا يزال NumberKeeper يعمل</translation>
    </message>
    <message>
        <source>It keeps reminding you from the tray. Click the tray icon to open the window, or choose Quit in its menu to stop it.</source>
        <translation>سيواصل تذكيرك من شريط النظام. انقر على أيقونته في شريط النظام لفتح النافذة، أو اختر «إنهاء» من قائمتها لإيقافه.</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>التشغيل عند ت&amp;سجيل الدخول</translation>
    </message>
    <message>
        <source>Start NumberKeeper in the tray when you log in</source>
        <translation>شغّل NumberKeeper في شريط النظام عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Could not change “Start at login”</source>
        <translation>تعذّر تغيير «التشغيل عند تسجيل الدخول»</translation>
    </message>
    <message>
        <source>NumberKeeper could not change its login entry ({reason}).</source>
        <translation>تعذّر على NumberKeeper تغيير إدخال التشغيل عند تسجيل الدخول ({reason}).</translation>
    </message>
</context>
<context>
    <name>RenewWizard</name>
    <message>
        <source>Renew {line}</source>
        <translation>تجديد {line}</translation>
    </message>
    <message>
        <source>Usual amounts:</source>
        <translation>المبالغ المعتادة:</translation>
    </message>
    <message>
        <source>Choose a channel to see what to keep in mind.</source>
        <translation>اختر قناة الدفع لترى ما ينبغي مراعاته.</translation>
    </message>
    <message>
        <source>The new expiry shows here once the values are valid.</source>
        <translation>يظهر تاريخ انتهاء الصلاحية الجديد هنا عندما تصبح القيم صالحة.</translation>
    </message>
    <message>
        <source>New expiry: {new} (was {old})</source>
        <translation>تاريخ الانتهاء الجديد: {new} (كان {old})</translation>
    </message>
    <message>
        <source>Counted from today, {today}: validity had already ended.</source>
        <translation>محسوب من اليوم، {today}: كانت الصلاحية قد انتهت.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>‏{label}:</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Continue where you stopped: your answers so far were kept.</source>
        <translation>تابع من حيث توقفت: حُفظت إجاباتك حتى الآن.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Forget the saved answers and begin at the first step</source>
        <translation>تجاهل الإجابات المحفوظة وابدأ من الخطوة الأولى</translation>
    </message>
</context>
<context>
    <name>ResumeWizard</name>
    <message>
        <source>Resume {line}</source>
        <translation>استئناف {line}</translation>
    </message>
</context>
<context>
    <name>SearchableCombo</name>
    <message>
        <source>{name} ({code})</source>
        <translation>‏{name} ({code})</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Show {secret} for a few seconds</source>
        <translation>إظهار {secret} لبضع ثوانٍ</translation>
    </message>
    <message>
        <source>Copy {secret} to the clipboard</source>
        <translation>نسخ {secret} إلى الحافظة</translation>
    </message>
    <message>
        <source>Save {secret} in the keyring</source>
        <translation>حفظ {secret} في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Delete {secret} from the keyring</source>
        <translation>حذف {secret} من سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation>محفوظ في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>غير محفوظ</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>Portal password</source>
        <translation>كلمة مرور البوابة</translation>
    </message>
    <message>
        <source>Portal password:</source>
        <translation>كلمة مرور البوابة:</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>رمز PIN للشريحة</translation>
    </message>
    <message>
        <source>SIM PIN:</source>
        <translation>رمز PIN للشريحة:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>رمز PUK</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>رمز PUK:</translation>
    </message>
    <message>
        <source>eSIM activation code</source>
        <translation>رمز تفعيل eSIM</translation>
    </message>
    <message>
        <source>eSIM activation code:</source>
        <translation>رمز تفعيل eSIM:</translation>
    </message>
    <message>
        <source>Name, e.g. Bank app PIN</source>
        <translation>الاسم، مثلًا: PIN تطبيق البنك</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>إضافة عنصر سري</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds. If it asked you to unlock it, do so and try again.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام خلال {seconds} ثانية. إن طلبت منك فتح قفلها، فافتحه وحاول مجددًا.</translation>
    </message>
    <message>
        <source>No keyring service is available. Install and start a Secret Service such as GNOME Keyring or KWallet (Linux), then reopen this window.</source>
        <translation>لا تتوفر خدمة سلسلة مفاتيح. ثبّت خدمة Secret Service مثل GNOME Keyring أو KWallet (Linux) وشغّلها، ثم أعد فتح هذه النافذة.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (your login password) and try again.</source>
        <translation>سلسلة مفاتيح النظام مقفلة. افتح قفلها (بكلمة مرور تسجيل الدخول) وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The keyring reported an error ({detail}); try again, or check your keyring service.</source>
        <translation>أبلغت سلسلة مفاتيح النظام عن خطأ ({detail})؛ حاول مجددًا أو تحقق من خدمة سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>The name you sign in to the carrier with</source>
        <translation>الاسم الذي تسجّل به الدخول لدى المشغّل</translation>
    </message>
    <message>
        <source>Portal user name:</source>
        <translation>اسم المستخدم في البوابة:</translation>
    </message>
    <message>
        <source>Passwords, PINs, PUKs and eSIM codes are kept in your system’s keyring, never in NumberKeeper’s own files.</source>
        <translation>تُحفظ كلمات المرور ورموز PIN وPUK وeSIM في سلسلة مفاتيح النظام، ولا تُحفظ أبدًا في ملفات NumberKeeper.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save the line first to add its secrets.</source>
        <translation>احفظ الخط أولًا لإضافة بياناته السرية.</translation>
    </message>
    <message>
        <source>The LPA string from the QR code, e.g. LPA:1$…</source>
        <translation>سلسلة LPA من رمز QR، مثل LPA:1$…</translation>
    </message>
    <message>
        <source>Other secrets:</source>
        <translation>بيانات سرية أخرى:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message numerus="yes">
        <source>{secret} copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>نُسخ {secret}. ستُمسح الحافظة فورًا.</numerusform>
            <numerusform>نُسخ {secret}. ستُمسح الحافظة بعد ثانية واحدة.</numerusform>
            <numerusform>نُسخ {secret}. ستُمسح الحافظة بعد ثانيتين.</numerusform>
            <numerusform>نُسخ {secret}. ستُمسح الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>نُسخ {secret}. ستُمسح الحافظة بعد %n ثانية.</numerusform>
            <numerusform>نُسخ {secret}. ستُمسح الحافظة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring holds no value for {secret}.</source>
        <translation>لا تحتوي سلسلة مفاتيح النظام على قيمة لـ{secret}.</translation>
    </message>
    <message>
        <source>{secret} saved in the keyring, but its history entry was not written: {reason}</source>
        <translation>حُفظ {secret} في سلسلة مفاتيح النظام، لكن لم يُكتب قيده في السجل: {reason}</translation>
    </message>
    <message>
        <source>{secret} saved in the keyring.</source>
        <translation>حُفظ {secret} في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>حذف العنصر السري</translation>
    </message>
    <message>
        <source>Delete {secret} of this line from the keyring? This cannot be undone.</source>
        <translation>هل تريد حذف {secret} الخاص بهذا الخط من سلسلة مفاتيح النظام؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>{secret} deleted from the keyring.</source>
        <translation>حُذف {secret} من سلسلة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>NumberKeeper&apos;s data is damaged</source>
        <translation>بيانات NumberKeeper تالفة</translation>
    </message>
    <message>
        <source>NumberKeeper cannot open {path}: it is damaged (SQLite says: {problem}).

NumberKeeper has not changed the file.</source>
        <translation>يتعذّر على NumberKeeper فتح {path}: الملف تالف (رسالة SQLite: {problem}).

لم يغيّر NumberKeeper الملف.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. If you have a backup archive, move the damaged file away, start NumberKeeper and use File ▸ Restore from backup….</source>
        <translation>لا توجد نسخة احتياطية تلقائية لاستعادتها. إن كان لديك أرشيف نسخة احتياطية، فانقل الملف التالف إلى مكان آخر، وشغّل NumberKeeper، واستخدم ملف ◂ استعادة من نسخة احتياطية….</translation>
    </message>
    <message>
        <source>The latest good automatic backup is {backup}. Restore it? The damaged file is kept beside it.</source>
        <translation>أحدث نسخة احتياطية تلقائية سليمة هي {backup}. هل تريد استعادتها؟ يُحفظ الملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>لم تُستعد النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>NumberKeeper restored its data from {backup}. The damaged database is kept at {kept}. Changes made after that backup are not in the restored data.</source>
        <translation>استعاد NumberKeeper بياناته من {backup}. قاعدة البيانات التالفة محفوظة في {kept}. التغييرات التي أُجريت بعد تلك النسخة الاحتياطية غير موجودة في البيانات المستعادة.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>its disk is mounted read-only</source>
        <translation>القرص الذي يحمله مُركَّب للقراءة فقط</translation>
    </message>
    <message>
        <source>you have no permission to write there</source>
        <translation>ليس لديك إذن بالكتابة هناك</translation>
    </message>
    <message>
        <source>NumberKeeper cannot save in {path}: {reason}. Nothing was changed. Make it writable (its permissions, or mount the disk read-write), or choose another data folder.</source>
        <translation>يتعذّر على NumberKeeper الحفظ في {path}: {reason}. لم يُغيَّر شيء. اجعله قابلًا للكتابة (من أذوناته، أو بتركيب القرص للقراءة والكتابة)، أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full ({free} free). Nothing was saved. Free at least {needed} on it, then try again.</source>
        <translation>القرص الذي يحمل {path} ممتلئ (المساحة الحرة {free}). لم يُحفظ شيء. أفرغ عليه {needed} على الأقل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Another program is writing to {path} (perhaps numberkeeper-cli or a script). Nothing was saved; try again in a moment.</source>
        <translation>يكتب برنامج آخر في {path} (ربما numberkeeper-cli أو برنامج نصي). لم يُحفظ شيء؛ حاول مجددًا بعد لحظات.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). NumberKeeper has not changed it. Restore a backup: File ▸ Restore from backup…, or the daily backup offered at the next start.</source>
        <translation>‏{path} تالف ({reason}). لم يغيّره NumberKeeper. استعد نسخة احتياطية: ملف ◂ استعادة من نسخة احتياطية…، أو النسخة الاحتياطية اليومية المعروضة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>{path} is not a NumberKeeper database ({reason}): another program&apos;s file, which NumberKeeper has not changed. Choose another data folder.</source>
        <translation>‏{path} ليس قاعدة بيانات NumberKeeper ({reason}): إنه ملف لبرنامج آخر لم يغيّره NumberKeeper. اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>{path} could not be changed ({reason}). Nothing was saved.</source>
        <translation>تعذّر تغيير {path} ({reason}). لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>SuspendWizard</name>
    <message>
        <source>Suspend {line}</source>
        <translation>تعليق {line}</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الدفع</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>تاريخ الانتهاء الجديد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الباقة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>أيام فترة السماح</translation>
    </message>
    <message>
        <source>Keep-alive every (days)</source>
        <translation>إبقاء الخط نشطًا كل (أيام)</translation>
    </message>
    <message>
        <source>Keep-alive counts</source>
        <translation>ما يُحتسب لإبقاء الخط نشطًا</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Balance checked on</source>
        <translation>تاريخ الاستعلام عن الرصيد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Resume on</source>
        <translation>تاريخ الاستئناف</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>مستخدم البوابة</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>الأرصدة</translation>
    </message>
</context>
</TS>

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = فتح خطة مستفيد
import-hint = الصق الرمز أو الرابط الذي أعطاك إياه المستفيد، أو افتح ملف خطته. لا يُحفَظ أي شيء على هذا الجهاز.
import-pin-hint = يخبرك المستفيد برمز PIN وجهًا لوجه.
import-locked = أُدخِل رمز PIN خاطئ مرات كثيرة. اطلب من المستفيد إنشاء رمز جديد.
error-damaged = هذا الرمز تالف أو ناقص. اطلب من المستفيد مشاركته مرة أخرى.
error-file = تعذّرت قراءة هذا الملف. اختر الملف الذي حفظه المستفيد من Waymark.

## The client's plan, for the case manager

plan-view-title = خطة المستفيد
plan-view-written-in = لغة الخطة: { $language }. تُعرَض كلمات المستفيد كما كُتِبت.
plan-view-not-saved = هذه الخطة غير محفوظة على هذا الجهاز. صدّرها قبل أن تغلق الصفحة.
plan-view-close = إغلاق هذه الخطة
export-title = التصدير
export-fhir = FHIR R4 (بصيغة JSON)
export-csv = جدول بيانات (CSV)
export-json = ملف Waymark (بصيغة JSON)

## Exports for the case manager's systems

fhir-subject = المستفيد
fhir-priority = الأولوية { $rank } من { $count }
fhir-description = خطة كتبها المستفيد في Waymark. كلمات المستفيد مكتوبة باللغة ذات الرمز «{ $lang }».

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = هل كتبت هذه الخطة بنفسك؟
cm-mine = هذه خطتي: متابعتها هنا
cm-asks-title = ما يطلبه المستفيد منك
cm-asks-none = لم يطلب المستفيد شيئًا محددًا.
cm-areas-title = مجالات الحياة التي تحتاج إلى ربط بالخدمات
cm-new-since = جديد منذ { $date }
cm-first-share = هذه أول مرة تُشارَك فيها هذه الخطة.
cm-timeline-title = تحديثات المستفيد
cm-timeline-none = لا توجد تحديثات بعد.
cm-chart-title = الخطوات المنجَزة مع مرور الوقت
cm-chart-point = { $date }: الخطوات المنجَزة { $done } من { $total }

## Answering the client: suggestions, the services directory, the answer's code
answer-title = الردّ باقتراحات
answer-hint = المستفيد يختار ما يأخذه. لا يُضاف أي شيء إلى خطته إلا إذا قال «نعم».
answer-your-name = اسمك كما سيقرؤه المستفيد
answer-add = إضافة اقتراح
answer-goal = يخصّ
answer-whole-plan = الخطة كلها
answer-for-plan = للخطة كلها
answer-kind = ماذا تقترح
answer-service-hint = اختر خدمة من دليل خدماتك في الأعلى، أو اكتبها بنفسك.
answer-service-name = اسم الخدمة أو الشخص
answer-service-offers = ما يقدّمونه
answer-service-place = المكان
answer-service-phone = الهاتف
answer-service-web = الموقع الإلكتروني
answer-step-label = الخطوة، بكلمات بسيطة
answer-message-label = رسالتك
answer-add-button = إضافة
answer-meeting = الموعد القادم
answer-meeting-day = اليوم
answer-meeting-time = الساعة
answer-meeting-place = المكان
answer-meeting-add = إضافة الموعد
answer-so-far = ردّك
answer-nothing-yet = لم يُضَف أي شيء بعد.
answer-remove = حذف
answer-make = إنشاء الردّ
answer-needs-name = اكتب اسمك، ليعرف المستفيد مَن يردّ عليه.
answer-needs-something = اكتب شيئًا أولًا: الخدمة تحتاج إلى اسم، والخطوة أو الرسالة تحتاج إلى كلمات.
answer-too-long = هذا النص طويل جدًا. اجعله أقل من 2000 حرف.
answer-step-needs-goal = الخطوة تكون جزءًا من هدف. اختر هدفًا في خانة «يخصّ».
answer-too-many = في هذا الردّ اقتراحات كثيرة جدًا. اجعله أقصر.
answer-bad-meeting = اختر يوم الموعد، ووقتًا مثل 09:30.
answer-made-title = الردّ جاهز
answer-made-hint = يمسح المستفيد رمز QR بكاميرا هاتفه، أو يفتح الرابط أو الملف. فيُفتَح الردّ في Waymark على جهازه.
answer-qr-alt = رمز QR للردّ
answer-pin-note = خطة المستفيد محمية برمز PIN، لذلك الردّ محمي برمز PIN نفسه.
answer-sheet-scan = امسح هذا الرمز بكاميرا هاتفك لتراه في Waymark. أنت تختار ما تضيفه إلى خطتك.
directory-title = دليل خدماتك
directory-load = تحميل دليل خدماتك
directory-replace = تحميل دليل آخر
directory-load-hint = ملف بصيغة Open Referral (HSDS): ملف JSON واحد، أو ملفات CSV في حزمة البيانات. لا يبقى على هذا الجهاز إلا إذا اخترت ذلك.
directory-count = { $count ->
    [zero] لم تُحمَّل أي خدمة.
    [one] تم تحميل خدمة واحدة.
    [two] تم تحميل خدمتين.
    [few] تم تحميل { $count } خدمات.
    [many] تم تحميل { $count } خدمة.
   *[other] تم تحميل { $count } خدمة.
}
directory-keep = الاحتفاظ بالدليل على هذا الجهاز
directory-remove = حذف الدليل
directory-search = البحث في الخدمات
directory-area = مجال الحياة
directory-any-area = كل المجالات
directory-found = { $count ->
    [0] لا توجد خدمة مطابقة.
    [zero] لا توجد خدمة مطابقة.
    [one] خدمة واحدة مطابقة.
    [two] خدمتان مطابقتان.
    [few] { $count } خدمات مطابقة.
    [many] { $count } خدمة مطابقة.
   *[other] { $count } خدمة مطابقة.
}
directory-pick = اقتراح هذه الخدمة
directory-written-in = لغة الدليل
directory-rules = مجالات الحياة: كيف تُصنَّف الخدمات
directory-rules-label = القواعد
directory-rules-hint = قاعدة واحدة في كل سطر: كلمة، ثم =، ثم مجال من مجالات الحياة. أول قاعدة ترد كلمتها في اسم الخدمة أو وصفها أو تصنيفاتها هي التي تحدّد مجالها.
directory-rules-apply = تطبيق القواعد
directory-rules-applied = أُعيد تحديد مجالات الحياة للخدمات.
rules-no-equals = لا توجد علامة «=» بين كلمة ومجال في السطر { $line }.
rules-no-word = لا توجد كلمة قبل «=» في السطر { $line }.
rules-unknown-area = السطر { $line }: «{ $key }» ليس من مجالات الحياة.
rules-too-large = هذه القواعد طويلة جدًا.

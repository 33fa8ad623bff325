# Waymark — Arabic. Plain words, short sentences: aim for a reading age of about 9.
# Every message here must exist in every other locale (a test checks).
# Simple Modern Standard Arabic. Gender-neutral forms where possible, masculine otherwise.
# Chips are in the first person. Buttons use verbal nouns (حفظ، إلغاء) where that is usual.

app-name = Waymark

## Language picker

language-label = اللغة
language-choose = اختر لغتك

## Welcome

welcome-title = خطتك بكلماتك أنت
welcome-intro = فكّر في الأشياء الجيدة في حياتك الآن، وفي الأشياء الصعبة، وفي ما تريد أن تغيّره. أنت تختار ما تكتبه، ويمكنك تخطّي أي سؤال.
privacy-title = إجاباتك تبقى معك
privacy-body = ما تكتبه يبقى على هذا الجهاز. لا يُرسَل أي شيء عبر الإنترنت. أنت من يقرر هل تشاركه، ومع مَن.
privacy-stored = تُحفَظ إجاباتك على هذا الجهاز، لذلك يمكنك العودة إليها لاحقًا.
start = ابدأ
continue = متابعة
welcome-case-manager = للأخصائيين الاجتماعيين: فتح خطة أحد المستفيدين
welcome-stored-note = لحذفها، افتح «الإعدادات» واختر «حذف بياناتي».
kiosk-note = هذا جهاز لوحي مشترك. عندما تنتهي، أو إذا لم يلمسه أحد لبعض الوقت، يُمسَح كل ما كتبته.

## Shared tablet: finishing and the inactivity warning

finish-button = انتهيت: مسح إجاباتي
finish-title = هل تريد مسح كل ما كتبته؟
finish-body = هذا يحذف كل إجاباتك وأهدافك من هذا الجهاز اللوحي. لن يراها أحد بعدك. إذا أردت أن تصل خطتك إلى الشخص الذي يساعدك، فشاركها أولًا.
finish-erase = مسح الآن
finish-share-first = طباعة خطتي أو أخذها معي أولًا
idle-title = هل ما زلت هنا؟
idle-body = { $count ->
    [zero] حفاظًا على خصوصية إجاباتك، ستُمسَح الآن.
    [one] حفاظًا على خصوصية إجاباتك، ستُمسَح بعد ثانية واحدة.
    [two] حفاظًا على خصوصية إجاباتك، ستُمسَح بعد ثانيتين.
    [few] حفاظًا على خصوصية إجاباتك، ستُمسَح بعد { $count } ثوانٍ.
    [many] حفاظًا على خصوصية إجاباتك، ستُمسَح بعد { $count } ثانية.
   *[other] حفاظًا على خصوصية إجاباتك، ستُمسَح بعد { $count } ثانية.
}
idle-stay = ما زلت هنا

## Settings

settings-title = الإعدادات
settings-display-title = شكل التطبيق
settings-contrast = تباين عالٍ: نص أسود على خلفية بيضاء، وحدود واضحة
settings-stored-title = ما الذي يُحفَظ على هذا الجهاز
settings-stored-personal = تُحفَظ إجاباتك واللغة التي اخترتها في هذا المتصفح، على هذا الجهاز فقط. يمكن لأي شخص يستخدم هذا الجهاز وهذا المتصفح أن يراها.
settings-persist-granted = وافق هذا المتصفح على الاحتفاظ بإجاباتك، حتى عندما تكون المساحة على الجهاز قليلة.
settings-persist-refused = قد يحذف هذا المتصفح إجاباتك إذا قلّت المساحة على الجهاز. شارك خطتك لتحتفظ بنسخة منها.
settings-delete = حذف بياناتي
settings-delete-confirm = هل تريد حذف كل إجاباتك وأهدافك من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
settings-delete-yes = نعم، احذف كل شيء
settings-deleted = حُذِفت بياناتك من هذا الجهاز.
settings-staff-title = للموظفين: كيف يُستخدَم هذا الجهاز
settings-mode-label = نوع هذا الجهاز
settings-mode-personal = جهاز شخصي: تبقى الإجابات محفوظة حتى يحذفها صاحبها
settings-mode-kiosk = جهاز لوحي مشترك: تُمسَح الإجابات بعد كل شخص
settings-idle-label = عدد الدقائق بلا لمس قبل ظهور التحذير (جهاز لوحي مشترك)
settings-save = حفظ وإعادة التشغيل

## Messages about saved answers

notice-draft-unreadable = لم نتمكن من قراءة الإجابات المحفوظة على هذا الجهاز. احتفظنا بها جانبًا، فلم يُحذَف أي شيء. يمكنك البدء من جديد هنا.
notice-storage-full = هذا الجهاز ممتلئ، لذلك لا تُحفَظ إجاباتك الآن. لكنها ما زالت هنا على الشاشة. يُرجى حذف بعض الملفات لتوفير مساحة، أو مشاركة خطتك.
notice-too-new = حُفِظت إجاباتك بنسخة أحدث من Waymark. أغلق الصفحة ثم افتحها من جديد لتحديثها. وحتى ذلك الحين، لن تُحفَظ التغييرات هنا.
notice-storage-off = هذا المتصفح لا يسمح لتطبيق Waymark بالحفظ. ستبقى إجاباتك هنا فقط حتى تُغلق الصفحة.
notice-close = حسنًا

## Moving between steps

nav-back = رجوع
nav-next = التالي
nav-steps = الخطوات
progress-label = تقدّمك
progress-skipped = (تم التخطّي)

## The four parts of the self-assessment

part-strengths = نقاط القوة
part-weaknesses = ما هو صعب
part-opportunities = ما قد يساعدك
part-threats = ما يقلقك

question-strengths = ما الذي تُجيده؟ وما الأشياء الجيدة في حياتك الآن؟
hint-strengths = فكّر في أشياء تستطيع فعلها، وفي أشخاص يساعدونك، وفي أشياء تملكها.
example-strengths = مثلًا: «أعرف كيف أصلح الدراجات». «أختي تساعدني».
question-weaknesses = ما الذي يجعل الأمور صعبة عليك الآن؟
hint-weaknesses = كل الناس يمرّون بأوقات صعبة. كتابتها قد تساعدك في الحصول على الدعم.
example-weaknesses = مثلًا: «ليس لديّ عنوان تصلني عليه الرسائل». «لا أنام جيدًا».
question-opportunities = ما الذي قد يساعدك؟
hint-opportunities = فكّر في أماكن أو أشخاص أو خدمات قريبة منك يمكن أن تساعدك.
example-opportunities = مثلًا: «في المكتبة العامة أجهزة كمبيوتر مجانية». «يمكن لأحد معارفي أن يعيرني هاتفًا».
question-threats = ما الذي يقلقك؟
hint-threats = فكّر في أشياء قد تسوء قريبًا، أو تجعلك لا تشعر بالأمان.
example-threats = مثلًا: «مكاني في المأوى ينتهي يوم الجمعة». «عليّ دين يجب أن أسدده».

count-strengths = { $count ->
    [zero] لم تُضَف نقاط قوة بعد
    [one] نقطة قوة واحدة
    [two] نقطتا قوة
    [few] { $count } نقاط قوة
    [many] { $count } نقطة قوة
   *[other] { $count } نقطة قوة
}
count-weaknesses = { $count ->
    [zero] لم تُضَف صعوبات بعد
    [one] صعوبة واحدة
    [two] صعوبتان
    [few] { $count } صعوبات
    [many] { $count } صعوبة
   *[other] { $count } صعوبة
}
count-opportunities = { $count ->
    [zero] لم تُضَف أشياء قد تساعدك بعد
    [one] شيء واحد قد يساعدك
    [two] شيئان قد يساعدانك
    [few] { $count } أشياء قد تساعدك
    [many] { $count } شيئًا قد يساعدك
   *[other] { $count } شيء قد يساعدك
}
count-threats = { $count ->
    [zero] لم تُضَف مخاوف بعد
    [one] شيء واحد يقلقك
    [two] شيئان يقلقانك
    [few] { $count } أشياء تقلقك
    [many] { $count } شيئًا يقلقك
   *[other] { $count } شيء يقلقك
}

ideas-title = أفكار. اضغط على فكرة لإضافتها.
idea-added = تمت الإضافة
own-words-label = أو اكتبها بكلماتك أنت
add = إضافة
your-answers = إجاباتك
nothing-yet = لا يوجد شيء هنا بعد. لا بأس بذلك. يمكنك تخطّي هذه الخطوة.
edit = تعديل
save = حفظ
cancel = إلغاء
remove = حذف
move-up = نقل إلى الأعلى
move-down = نقل إلى الأسفل
edit-answer-label = تعديل إجابتك

## Read aloud

read-aloud = قراءة بصوت عالٍ
read-aloud-no-voice = لا يوجد على هذا الجهاز صوت لهذه اللغة
read-plan-aloud = قراءة خطتي بصوت عالٍ
stop-reading = إيقاف القراءة

## Goals

part-goals = أهدافي
question-goals = ما الذي تريد تغييره؟
hint-goals = اختر ما يهمّك. الخطوات الصغيرة تساعد. ضع الهدف الأهم في الأعلى.
example-goals = مثلًا: «استخراج بطاقة هوية جديدة قبل الشتاء». الخطوة الأولى: «طلب الاستمارة».
goal-from-worry = إنشاء هدف من شيء صعب أو شيء يقلقك
goal-from-strength = إنشاء هدف من نقطة قوة أو من شيء قد يساعدك
goal-add = إضافة هدف
goal-untitled = هدف جديد (بلا اسم بعد)
goal-count = { $count ->
    [zero] لم تُضَف أهداف بعد
    [one] هدف واحد
    [two] هدفان
    [few] { $count } أهداف
    [many] { $count } هدفًا
   *[other] { $count } هدف
}
goals-empty = لا توجد أهداف بعد. يمكنك إضافة هدف، أو تخطّي هذه الخطوة.
goal-steps-done = { $count ->
    [zero] لا توجد خطوات بعد
    [one] تم إنجاز { $done } من خطوة واحدة
    [two] تم إنجاز { $done } من خطوتين
    [few] تم إنجاز { $done } من { $count } خطوات
    [many] تم إنجاز { $done } من { $count } خطوة
   *[other] تم إنجاز { $done } من { $count } خطوة
}
goal-close = إغلاق
goal-remove-confirm = هل تريد حذف هذا الهدف وخطواته؟
goal-remove-yes = نعم، احذفه
goal-title-label = ما أريده
goal-area-label = مجال الحياة
area-none = لم يتم الاختيار
goal-why-label = لماذا يهمّني هذا الهدف (لا بأس إن لم تكتب هنا شيئًا)
goal-steps-label = خطوات صغيرة
step-text-label = الخطوة { $number }
step-due-label = تاريخ الخطوة { $number }
step-done-label = تم إنجاز الخطوة { $number }
step-add = إضافة خطوة
goal-target-label = متى أريد أن أحققه
goal-helped-by-label = ما يساعدني في هذا
goal-addresses-label = بماذا يتعلّق هذا الهدف
goal-help-wanted-label = المساعدة التي أريدها من الشخص الذي يدعمني
links-empty = لا يوجد ما تختاره بعد. ستظهر هنا إجاباتك من الخطوات السابقة.

## Review

part-review = المراجعة
review-title = خطتك
review-hint = هذا ما سيراه الشخص الذي يساعدك إذا اخترت مشاركة خطتك. وما زال بإمكانك تغيير أي شيء.
review-skipped = تم التخطّي
review-no-goals = لا توجد أهداف بعد.
review-target = أريد تحقيقه بحلول { $date }
review-due = بحلول { $date }
review-step-done = منجَزة:
review-step-open = لم تُنجَز بعد:
review-why = لماذا هو مهم:
review-helped-by = ما يساعد:
review-addresses = بماذا يتعلّق:
review-help-wanted = المساعدة التي أريدها:

## Sharing

part-share = المشاركة
share-title = شارك خطتك
share-hint = أنت تقرر ماذا تشارك، وكيف. لا يرسل Waymark أي شيء من تلقاء نفسه.
share-choose = ما الذي ستشاركه
share-choose-hint = أزل العلامة عن أي شيء تريد أن تحتفظ به لنفسك.
share-nothing = لا يوجد شيء لمشاركته بعد.
share-pin-toggle = حماية الخطة برمز PIN
share-pin-label = رمز PIN (4 أرقام أو حروف على الأقل)
share-pin-hint = أخبر الشخص الذي يساعدك برمز PIN وجهًا لوجه. لا ترسله مع الرابط.
share-pin-short = رمز PIN قصير جدًا. استخدم 4 أرقام أو حروف على الأقل.
share-make = أنشئ رمز المشاركة
share-making = جارٍ إنشاء الرمز…
share-failed = حدث خطأ ما. خطتك بأمان. يُرجى المحاولة مرة أخرى.
share-qr-title = اعرض هذا على الشخص الذي يساعدك
share-qr-alt = رمز QR لخطتك
share-qr-hint = يمكن للشخص الذي يساعدك أن يمسحه بكاميرا الهاتف.
share-qr-too-long = خطتك طويلة، ولا يتّسع لها رمز QR واحد. أرسل الرابط بدلًا من ذلك، أو احفظ خطتك في ملف.
share-copy-link = نسخ الرابط
share-copy-code = نسخ الرمز
share-download = حفظ في ملف
share-print = طباعة
share-copy-text = نسخ كنص
share-copied = تم النسخ.
share-copy-failed = تعذّر النسخ. حدّد النص وانسخه بنفسك.
share-link-label = رابطك

## Life areas

area-housing = السكن
area-documents = الأوراق الرسمية والهوية
area-health = الصحة
area-mental-health = المشاعر والصحة النفسية
area-money = المال والمساعدات
area-food = الطعام
area-clothing = الملابس
area-work = العمل والتعلّم
area-family = العائلة والأصدقاء
area-safety = الأمان
area-legal = المساعدة القانونية
area-daily-living = الحياة اليومية

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = لديّ بطاقة هوية صالحة
chip-safe-place-tonight = لديّ مكان آمن أنام فيه الليلة
chip-good-health = صحتي جيدة في الغالب
chip-keep-going = لا أستسلم عندما تصعب الأمور
chip-manage-money = أعرف كيف أدبّر أموري بمبلغ صغير
chip-can-cook = أعرف كيف أطبخ وجبات بسيطة
chip-work-experience = لديّ خبرة في العمل
chip-speak-languages = أتكلم أكثر من لغة
chip-someone-i-trust = هناك شخص أثق به
chip-have-phone = لديّ هاتف يعمل
chip-id-lost = فقدت هويتي أو انتهت صلاحيتها
chip-no-stable-home = ليس لديّ مكان ثابت أعيش فيه
chip-health-problem = لديّ مشكلة صحية تجعل حياتي اليومية صعبة
chip-alcohol-drugs = الكحول أو المخدرات تسبب لي مشاكل
chip-feel-low = كثيرًا ما أشعر بالحزن أو القلق
chip-no-income = ليس لديّ دخل ثابت
chip-debts = عليّ ديون
chip-no-warm-clothes = ليس لديّ ملابس دافئة
chip-forms-hard = الاستمارات والرسائل الرسمية صعبة عليّ
chip-shelter-place = قد أجد مكانًا في مأوى أو سكن مؤقت
chip-free-doctor = يمكنني زيارة طبيب مجانًا
chip-support-group = هناك مجموعة دعم تجتمع قريبًا مني
chip-benefits-right = ربما يحق لي الحصول على مساعدات اجتماعية
chip-free-meals = هناك مركز قريب مني يقدّم وجبات مجانية
chip-clothes-bank = يمكنني الحصول على ملابس من بنك الملابس
chip-course = هناك دورة أو تدريب يمكنني الانضمام إليه
chip-family-help = قد يساعدني أحد من عائلتي
chip-legal-advice = يمكنني الحصول على استشارة قانونية مجانية
chip-eviction = قد أفقد المكان الذي أقيم فيه
chip-sleep-outside-cold = الجو يزداد بردًا وأنا أنام في الشارع
chip-health-worse = صحتي تزداد سوءًا
chip-benefits-stop = قد تتوقف المساعدات التي أحصل عليها
chip-hunger = ليس لديّ دائمًا ما يكفي من الطعام
chip-lose-contact-children = قد أفقد التواصل مع أطفالي
chip-someone-hurting-me = هناك شخص يؤذيني أو يهددني
chip-theft = قد تُسرَق أغراضي
chip-court-or-fine = لديّ قضية في المحكمة أو غرامة عليّ دفعها

## When the screens after Welcome are fetched (the first time only)
screens-loading = لحظة من فضلك…
screens-unavailable-title = لم تُفتح هذه الصفحة
screens-unavailable-body = يُرجى التأكد من الاتصال بالإنترنت، ثم المحاولة مرة أخرى. إجاباتك محفوظة.
try-again = إعادة المحاولة

status-not-started = لم يبدأ بعد
status-on-my-way = قيد التنفيذ
status-done = تمّ
status-put-aside = مؤجَّل
fit-keep = إبقاؤه
fit-change = تغييره
fit-put-aside = تأجيله
choice-waiting = لم يتم الرد بعد
hours-mon = الاثنين
hours-tue = الثلاثاء
hours-wed = الأربعاء
hours-thu = الخميس
hours-fri = الجمعة
hours-sat = السبت
hours-sun = الأحد
hours-weekdays = من الاثنين إلى الجمعة
hours-every-day = كل يوم
hours-from = من الساعة { $time }
hours-until = حتى الساعة { $time }
choice-yes = تمت الموافقة
choice-not-now = ليس الآن

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = الرمز أو الرابط
import-open = فتح الخطة
import-file = أو افتح ملفًا
import-scan = مسح رمز QR بالكاميرا
import-scan-hint = ضع رمز QR أمام الكاميرا.
import-scan-stop = إيقاف الكاميرا
import-scan-failed = تعذّر فتح الكاميرا. الصق الرمز أو افتح الملف بدلًا من ذلك.
import-pin-label = رمز PIN
import-tries-left = { $count ->
    [zero] لم تبقَ أي محاولة
    [one] بقيت محاولة واحدة
    [two] بقيت محاولتان
    [few] بقيت { $count } محاولات
    [many] بقيت { $count } محاولة
   *[other] بقيت { $count } محاولة
}
error-not-a-code = هذا ليس رمز Waymark. تأكّد من أنك نسخته كاملًا.
error-truncated = هذا الرمز تالف أو ناقص: نهايته مفقودة. انسخ الرمز أو الرابط كاملًا.
error-too-new = هذا الرمز من نسخة أحدث من Waymark. أعد تحميل هذه الصفحة لتحديثها، ثم حاول مرة أخرى.
error-pin-needed = هذه الخطة محمية. أدخل رمز PIN.
error-wrong-pin = رمز PIN غير صحيح.
error-too-large = هذه الخطة كبيرة جدًا ولا يمكن فتحها.
error-invalid = لا تستطيع هذه النسخة من Waymark قراءة بعض أجزاء هذه الخطة.
error-is-answer = هذا ردّ من الأخصائي الاجتماعي، وليس خطة. افتحه على الهاتف أو الجهاز اللوحي الذي توجد عليه الخطة.
error-is-plan = هذه خطة، وليست ردًّا من الأخصائي الاجتماعي.
continue-pin-hint = اكتب رمز PIN الذي اخترته عندما شاركت هذه الخطة. إذا نسيته، فلن يستطيع أحد فتح هذه الخطة، ولا حتى الشخص الذي يساعدك. يمكنك أن تبدأ خطة جديدة بدلًا من ذلك.
continue-locked = أُدخِل رمز PIN خاطئ مرات كثيرة. افتح ورقتك أو رابطك من جديد لتحاول مرة أخرى، أو ابدأ خطة جديدة.
continue-damaged = هذا الرمز تالف أو ناقص. انسخ الرابط كاملًا، أو امسح رمز QR مرة أخرى.
continue-file = تعذّرت قراءة هذا الملف. اختر ملف الخطة الذي حفظته من Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = لديّ خطة من قبل
welcome-check-in = كيف تسير الأمور؟ إضافة تحديث
continue-title = متابعة خطتك
continue-hint = امسح رمز QR الموجود على ورقتك، أو الصق الرابط أو الرمز، أو افتح ملف خطتك.
continue-replace-title = توجد خطة على هذا الجهاز من قبل
continue-replace-body = هل تريد أن تستخدم الخطة التي فتحتها الآن بدلًا منها؟ سنحتفظ بالخطة الموجودة هنا جانبًا على هذا الجهاز. لن تُحذَف.
continue-replace = استخدام الخطة التي فتحتها
continue-keep = الإبقاء على خطتي الحالية
continue-opened = خطتك هنا. يمكنك أن تكمل العمل عليها.

## Check-in: "How is it going?"
check-in-title = كيف تسير الأمور؟
check-in-hint = انظر إلى كل هدف. اكتب ما تشاء، قليلًا كان أو كثيرًا. كل شيء هنا اختياري.
check-in-no-goals = ليس لديك أهداف بعد. أنشئ هدفًا أولًا، ثم عُد إلى هنا.
check-in-steps = ما الخطوات التي تم إنجازها؟
check-in-no-steps = لا توجد خطوات لهذا الهدف بعد.
check-in-status = إلى أين وصلت في هذا الهدف الآن؟
check-in-words = ماذا حدث؟ أو ما الذي تحتاج إليه الآن؟
check-in-fit = هل ما زال هذا الهدف مناسبًا لك؟
check-in-save = حفظ هذا التحديث
check-in-saved = تم الحفظ. شكرًا على هذا التحديث.
check-in-nothing = لم تغيّر أي شيء، لذلك لم يُحفَظ شيء.
check-in-not-now = ليس الآن
review-status = الوضع الآن:
review-history = التحديثات:

## What changed since the plan was last shared (Review, Share)
since-title = منذ أن شاركت خطتك في { $date }
since-steps = { $count ->
    [zero] لم تُنجَز أي خطوة
    [one] تم إنجاز خطوة واحدة
    [two] تم إنجاز خطوتين
    [few] تم إنجاز { $count } خطوات
    [many] تم إنجاز { $count } خطوة
   *[other] تم إنجاز { $count } خطوة
}
since-goals-done = { $count ->
    [zero] لم يُنجَز أي هدف
    [one] تم إنجاز هدف واحد
    [two] تم إنجاز هدفين
    [few] تم إنجاز { $count } أهداف
    [many] تم إنجاز { $count } هدفًا
   *[other] تم إنجاز { $count } هدف
}
since-goals-put-aside = { $count ->
    [zero] لم يُؤجَّل أي هدف
    [one] تم تأجيل هدف واحد
    [two] تم تأجيل هدفين
    [few] تم تأجيل { $count } أهداف
    [many] تم تأجيل { $count } هدفًا
   *[other] تم تأجيل { $count } هدف
}
since-new = { $count ->
    [zero] لا شيء جديد في الإجابات والأهداف
    [one] شيء واحد جديد في الإجابات والأهداف
    [two] شيئان جديدان في الإجابات والأهداف
    [few] { $count } أشياء جديدة في الإجابات والأهداف
    [many] { $count } شيئًا جديدًا في الإجابات والأهداف
   *[other] { $count } شيء جديد في الإجابات والأهداف
}
since-removed = { $count ->
    [zero] لم يُحذَف شيء من الإجابات والأهداف
    [one] حُذِف شيء واحد من الإجابات والأهداف
    [two] حُذِف شيئان من الإجابات والأهداف
    [few] حُذِفت { $count } أشياء من الإجابات والأهداف
    [many] حُذِف { $count } شيئًا من الإجابات والأهداف
   *[other] حُذِف { $count } شيء من الإجابات والأهداف
}
since-check-ins = { $count ->
    [zero] لا توجد تحديثات
    [one] تحديث واحد
    [two] تحديثان
    [few] { $count } تحديثات
    [many] { $count } تحديثًا
   *[other] { $count } تحديث
}
since-nothing = لم يتغيّر شيء منذ ذلك الحين.
mark-new = جديد
mark-done-since = تمّ منذ آخر مشاركة

## The take-away sheet (printed from the Share step)
print-title = خطتي
print-date = تاريخ الطباعة: { $date }
print-alias = الاسم: { $alias }
print-scan = امسح هذا الرمز لتتابع خطتك، أو اعرضه على الشخص الذي يساعدك.
print-words-toggle = طباعة كلماتي على الورقة أيضًا
print-words-warning = أي شخص يجد هذه الورقة يستطيع أن يقرأ ما كتبته.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = ما يقترحه الشخص الذي يساعدك
answers-hint = أنت تختار. لا يُضاف أي شيء إلى خطتك إلا إذا قلت «نعم». ويمكنك أن تغيّر رأيك لاحقًا.
answers-list = الاقتراحات
answers-open = فتح ردّ
answers-open-another = فتح ردّ آخر
answers-done = عرض خطتي
answer-from = ردّ من { $name }
answer-for-goal = لهدفك: { $goal }
answer-yes = نعم، أضِفه
answer-not-now = ليس الآن
answer-taken = هذا في خطتك الآن، في قسم «الدعم الذي أحصل عليه».
answer-step-added = أصبحت هذه الخطوة الآن ضمن هدفك.
answer-other-plan = هذا الردّ لخطة غير موجودة على هذا الجهاز بعد. افتح خطتك أولًا، من رمز QR أو الرابط أو الملف. بعد ذلك يُفتَح الردّ.
answer-open-plan = فتح خطتي
answer-forget = ليس الآن
answer-pin-hint = اكتب رمز PIN الذي اخترته لخطتك. ردّ الشخص الذي يساعدك محميّ برمز PIN نفسه.
answer-damaged = هذا الردّ تالف أو ناقص. انسخ الرابط كاملًا، أو امسح رمز QR مرة أخرى.
answer-file = تعذّرت قراءة هذا الملف. اختر ملف الردّ الذي حصلت عليه.
offer-service = مَن يمكنه المساعدة
offer-step = خطوة صغيرة
offer-meeting = موعدك القادم
offer-message = رسالة
meeting-when = { $date } في الساعة { $time }
support-phone = الهاتف: { $phone }
support-title = الدعم الذي أحصل عليه
support-all-title = الاقتراحات وردود المستفيد عليها
support-from = اقتراح من { $name }
review-answers = { $count ->
    [0] اقتراحات من الشخص الذي يساعدك
    [zero] اقتراحات من الشخص الذي يساعدك
    [one] اقتراح واحد ينتظر ردّك
    [two] اقتراحان ينتظران ردّك
    [few] { $count } اقتراحات تنتظر ردّك
    [many] { $count } اقتراحًا ينتظر ردّك
   *[other] { $count } اقتراح ينتظر ردّك
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = هذا الملف كبير جدًا على دليل خدمات (أكثر من 8 ميغابايت).
directory-empty = لا يحتوي هذا الدليل على أي خدمة.
directory-not-json = هذا الملف ليس بصيغة JSON. فيه خلل عند السطر { $line }.
directory-not-hsds = ملف JSON هذا ليس دليل خدمات بصيغة Open Referral: لا توجد فيه خدمة لها معرّف واسم.
directory-not-csv = تعذّرت قراءة { $file } كملف CSV (السطر { $line }).
directory-missing-column = لا يحتوي { $file } على عمود «{ $column }».
directory-no-services-csv = يجب أن تتضمن ملفات CSV الملف services.csv.
directory-too-many = في هذا الدليل أكثر من 5000 خدمة. حمّل دليلًا أصغر.
directory-too-new = حُفِظ هذا الدليل بنسخة أحدث من Waymark. حمّل ملفه مرة أخرى.
directory-damaged = تعذّرت قراءة الدليل المحفوظ على هذا الجهاز. حمّل ملفه مرة أخرى.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = هنا في هذا المركز
centre-hint = خدمات تجدها هنا. اضغط على خدمة لإضافتها.
gaps-title = ما الذي قد يساعدك ولا تجده هنا؟
gaps-hint = الإجابة اختيارية. وهي تساعد المركز على معرفة ما ينقص في هذه المنطقة.
gaps-label = ما الذي ينقص
gaps-add = إضافة
gaps-remove = إزالة هذا
gaps-summary-title = ما ينقص في هذه المنطقة

## Staff settings: this centre's services on the device
centre-setup-title = خدمات هذا المركز
centre-setup-hint = ملف بصيغة Open Referral (HSDS): ملف JSON واحد، أو ملفات CSV في حزمة البيانات. يرى المستفيدون هذه الخدمات تحت عنوان «هنا في هذا المركز». وتبقى على هذا الجهاز عندما تُمسَح بيانات أحد المستفيدين.
centre-load = تحميل خدمات المركز
centre-none = لم تُحمَّل أي خدمة.
centre-count = { $count ->
    [zero] لم تُحمَّل أي خدمة.
    [one] تم تحميل خدمة واحدة.
    [two] تم تحميل خدمتين.
    [few] تم تحميل { $count } خدمات.
    [many] تم تحميل { $count } خدمة.
   *[other] تم تحميل { $count } خدمة.
}
centre-remove = حذف الخدمات
centre-no-room = لا توجد مساحة كافية لهذه الخدمات على هذا الجهاز. جرّب ملفًا أصغر.
answer-no-room = لا مكان لهذا الردّ: خطتك ممتلئة جدًا. اطلب من الشخص الذي يساعدك ردًّا أقصر.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = هذه الخطة مختومة لمؤسسة. هذه المؤسسة وحدها تستطيع فتحها.
error-is-agency-key = هذا مفتاح مؤسسة، وليس خطة.
sealed-needs = هذه الخطة مختومة، ولا يفتحها إلا مفتاح { $agency }.
sealed-unlock = افتح قفل مفتاح مؤسستك في الأسفل، أو افتح ملف المفتاح.
sealed-not-yours = لا يمكنك فتحها هنا. إذا أردت أن تتابع العمل على خطتك بنفسك، فشاركها مرة أخرى بدون ختم.
agency-fingerprint = كلمات التحقق من المفتاح:
connect-title = هل تريد ختم خططك بحيث لا يفتحها إلا { $agency }؟
connect-title-none = ختم خططك لمؤسسة
connect-hint = عندما تشارك خطتك، لن يستطيع أحد فتحها إلا { $agency }. لن يستطيع أي شخص آخر قراءتها: لا مَن يجد الرمز، ولا أنت أيضًا.
connect-check = تأكّد من أن هذه الكلمات هي نفسها الموجودة على الملصق، أو التي يعرضها عليك الموظفون:
connect-yes = نعم، اجعل خططي مختومة لهذه المؤسسة
connect-no = لا، شكرًا
connect-done = تمّ. من الآن، عندما تشارك خطتك، تُختَم بحيث لا يفتحها إلا { $agency }.
connect-back = العودة إلى البداية
connect-damaged = هذا الرمز تالف. اطلب رمزًا جديدًا من الموظفين.
connect-kiosk = على هذا الجهاز اللوحي المشترك، يختار الموظفون المؤسسة التي تُختَم لها الخطط.
connect-none = لا يوجد رمز مؤسسة هنا.
agency-unreadable = من المفترض أن يختم هذا الجهاز خططك لمؤسسة ما، لكن مفتاح المؤسسة هنا تالف، لذلك خططك غير مختومة. أخبر الموظفين من فضلك.
connect-replaces = خططك الآن تُختم بحيث لا يفتحها إلا { $agency }. إذا وافقت، ستُختم لهذه المؤسسة بدلًا من ذلك.
agency-settings-title = المشاركة المختومة
agency-settings-hint = الخطط التي تشاركها من هنا لا يستطيع فتحها إلا { $agency }.
agency-settings-none = الخطط التي تشاركها من هنا غير مختومة لأي مؤسسة.
agency-staff-set = أعدّ الموظفون هذا على هذا الجهاز اللوحي.
agency-remove = إيقاف ختم خططي لهذه المؤسسة
agency-removed = لم تعد خططك مختومة لهذه المؤسسة.
share-seal-toggle = لن يستطيع فتح هذه الخطة إلا { $agency }
share-seal-hint = حتى أنت لن تستطيع فتح رمز مختوم. إذا أردت أن تتابع خطتك على هاتف آخر، فأزل هذه العلامة.
share-seal-off-hint = أي شخص لديه هذا الرمز يستطيع فتح خطتك. يمكنك إضافة رمز PIN في الأسفل.

# Waymark — Persian (Farsi). Plain words, short sentences: aim for a reading age of about 9.
# Client text uses informal "تو"; staff text uses polite "شما". Words chosen to be understood in Iran and Afghanistan.
# Every message here must exist in every other locale (a test checks).

app-name = Waymark

## Language picker

language-label = زبان
language-choose = زبانت را انتخاب کن

## Welcome

welcome-title = برنامه‌ات، با حرف‌های خودت
welcome-intro = فکر کن چه چیزهایی خوب پیش می‌رود، چه چیزهایی سخت است، و چه چیزی را می‌خواهی تغییر بدهی. خودت انتخاب می‌کنی چه بنویسی. می‌توانی از هر سؤالی بگذری.
privacy-title = جواب‌هایت پیش خودت می‌ماند
privacy-body = هر چه می‌نویسی روی همین دستگاه می‌ماند. هیچ چیزی از راه اینترنت فرستاده نمی‌شود. خودت تصمیم می‌گیری که آن را به کسی نشان بدهی یا نه، و به چه کسی.
privacy-stored = جواب‌هایت روی این دستگاه ذخیره می‌شوند، تا بتوانی بعداً برگردی.
start = شروع
continue = ادامه
welcome-case-manager = من مددکار اجتماعی هستم: باز کردن برنامه‌ی یک مراجعه‌کننده
welcome-stored-note = برای پاک کردن آن‌ها، «تنظیمات» را باز کن و «پاک کردن اطلاعات من» را انتخاب کن.
kiosk-note = این یک تبلت مشترک است. وقتی کارت تمام شد، یا اگر مدتی کسی به آن دست نزند، همه‌ی چیزهایی که نوشتی پاک می‌شود.

## Shared tablet: finishing and the inactivity warning

finish-button = کارم تمام شد: جواب‌هایم را پاک کن
finish-title = همه‌ی چیزهایی که نوشتی پاک شود؟
finish-body = با این کار، همه‌ی جواب‌ها و هدف‌هایت از این تبلت پاک می‌شود. کسی که بعد از تو می‌آید آن‌ها را نمی‌بیند. اگر می‌خواهی برنامه‌ات به دست کسی که به تو کمک می‌کند برسد، اول آن را به اشتراک بگذار.
finish-erase = همین حالا پاک کن
finish-share-first = اول برنامه‌ام را چاپ کنم یا با خودم ببرم
idle-title = هنوز اینجایی؟
idle-body = { $count ->
    [one] برای اینکه کسی جواب‌هایت را نبیند، { $count } ثانیه‌ی دیگر پاک می‌شوند.
   *[other] برای اینکه کسی جواب‌هایت را نبیند، { $count } ثانیه‌ی دیگر پاک می‌شوند.
}
idle-stay = هنوز اینجا هستم

## Settings

settings-title = تنظیمات
settings-display-title = ظاهر صفحه‌ها
settings-contrast = کنتراست بالا: نوشته‌ی سیاه روی سفید، با خط‌های دور پررنگ
settings-stored-title = چه چیزهایی روی این دستگاه می‌ماند
settings-stored-personal = جواب‌هایت و زبانی که انتخاب کردی در این مرورگر ذخیره می‌شوند، فقط روی همین دستگاه. هر کسی که از این دستگاه و این مرورگر استفاده کند، ممکن است آن‌ها را ببیند.
settings-persist-granted = این مرورگر قبول کرده که جواب‌هایت را نگه دارد، حتی وقتی جای خالی دستگاه کم باشد.
settings-persist-refused = اگر جای خالی دستگاه کم شود، ممکن است این مرورگر جواب‌هایت را پاک کند. برنامه‌ات را به اشتراک بگذار تا یک نسخه از آن جای دیگری هم بماند.
settings-delete = پاک کردن اطلاعات من
settings-delete-confirm = همه‌ی جواب‌ها و هدف‌هایت از این دستگاه پاک شود؟ بعد از پاک کردن، دیگر نمی‌شود آن‌ها را برگرداند.
settings-delete-yes = بله، همه چیز را پاک کن
settings-deleted = اطلاعاتت از این دستگاه پاک شد.
settings-staff-title = برای کارکنان: این دستگاه چطور استفاده می‌شود
settings-mode-label = نوع این دستگاه
settings-mode-personal = دستگاه شخصی: جواب‌ها نگه داشته می‌شوند تا وقتی که خود شخص آن‌ها را پاک کند
settings-mode-kiosk = تبلت مشترک: جواب‌ها بعد از هر نفر پاک می‌شوند
settings-idle-label = چند دقیقه بدون لمس صفحه تا نشان دادن هشدار (تبلت مشترک)
settings-save = ذخیره و راه‌اندازی دوباره

## Messages about saved answers

notice-draft-unreadable = نتوانستیم جواب‌هایی را که روی این دستگاه ذخیره شده بود بخوانیم. آن‌ها را کنار گذاشتیم، پس چیزی پاک نشد. می‌توانی از اینجا دوباره شروع کنی.
notice-storage-full = حافظه‌ی این دستگاه پر است، برای همین جواب‌هایت الان ذخیره نمی‌شوند. آن‌ها هنوز اینجا روی صفحه هستند. لطفاً کمی جا خالی کن یا برنامه‌ات را به اشتراک بگذار.
notice-too-new = جواب‌های ذخیره‌شده‌ات از نسخه‌ی جدیدتر Waymark هستند. صفحه را ببند و دوباره باز کن تا به‌روز شود. تا آن موقع، تغییرهایی که اینجا می‌دهی ذخیره نمی‌شوند.
notice-storage-off = این مرورگر اجازه نمی‌دهد Waymark چیزی ذخیره کند. جواب‌هایت فقط تا وقتی صفحه را ببندی می‌مانند.
notice-close = باشه

## Moving between steps

nav-back = قبلی
nav-next = بعدی
nav-steps = مرحله‌ها
progress-label = پیشرفت تو
progress-skipped = (بدون جواب)

## The four parts of the self-assessment

part-strengths = نقطه‌های قوت
part-weaknesses = چیزهای سخت
part-opportunities = چیزهایی که می‌توانند کمک کنند
part-threats = نگرانی‌ها

question-strengths = چه کارهایی را خوب بلدی؟ چه چیزهایی خوب پیش می‌رود؟
hint-strengths = به کارهایی که از دستت برمی‌آید، آدم‌هایی که کمکت می‌کنند، و چیزهایی که داری فکر کن.
example-strengths = مثلاً: «می‌توانم دوچرخه تعمیر کنم.» «خواهرم به من کمک می‌کند.»
question-weaknesses = این روزها چه چیزهایی برایت سخت است؟
hint-weaknesses = همه گاهی روزهای سختی دارند. اگر آن‌ها را بنویسی، راحت‌تر می‌توانی کمک بگیری.
example-weaknesses = مثلاً: «آدرسی ندارم که نامه‌هایم به آن برسد.» «خوب نمی‌خوابم.»
question-opportunities = چه چیزی می‌تواند به تو کمک کند؟
hint-opportunities = به جاها، آدم‌ها یا خدماتی نزدیک خودت فکر کن که می‌توانند کمک کنند.
example-opportunities = مثلاً: «کتابخانه کامپیوتر رایگان دارد.» «یک دوستم می‌تواند تلفنش را به من قرض بدهد.»
question-threats = چه چیزی نگرانت می‌کند؟
hint-threats = به چیزهایی فکر کن که ممکن است به‌زودی بد پیش بروند، یا باعث می‌شوند احساس کنی در امان نیستی.
example-threats = مثلاً: «جای خوابم در خوابگاه جمعه تمام می‌شود.» «بدهکارم.»

count-strengths = { $count ->
    [one] { $count } نقطه‌ی قوت
   *[other] { $count } نقطه‌ی قوت
}
count-weaknesses = { $count ->
    [one] { $count } چیز سخت
   *[other] { $count } چیز سخت
}
count-opportunities = { $count ->
    [one] { $count } چیزی که می‌تواند کمک کند
   *[other] { $count } چیزی که می‌توانند کمک کنند
}
count-threats = { $count ->
    [one] { $count } نگرانی
   *[other] { $count } نگرانی
}

ideas-title = چند پیشنهاد. یکی را لمس کن تا اضافه شود.
idea-added = اضافه شد
own-words-label = یا با حرف‌های خودت بنویس
add = اضافه کن
your-answers = جواب‌های تو
nothing-yet = هنوز اینجا چیزی نیست. اشکالی ندارد. می‌توانی از این مرحله بگذری.
edit = تغییر بده
save = ذخیره کن
cancel = لغو
remove = حذف کن
move-up = بالاتر ببر
move-down = پایین‌تر ببر
edit-answer-label = جوابت را تغییر بده

## Read aloud

read-aloud = گوش بده
read-aloud-no-voice = این دستگاه برای این زبان صدا ندارد
read-plan-aloud = به برنامه‌ات گوش بده
stop-reading = خواندن را قطع کن

## Goals

part-goals = هدف‌های من
question-goals = چه چیزی را می‌خواهی تغییر بدهی؟
hint-goals = چیزهایی را انتخاب کن که برایت مهم هستند. قدم‌های کوچک کمک می‌کنند. مهم‌ترین هدف را بالای همه بگذار.
example-goals = مثلاً: «قبل از زمستان یک کارت شناسایی تازه بگیرم.» قدم اول: «فرمش را بخواهم.»
goal-from-worry = از یک چیز سخت یا یک نگرانی، هدف بساز
goal-from-strength = از یک نقطه‌ی قوت یا چیزی که می‌تواند کمک کند، هدف بساز
goal-add = یک هدف اضافه کن
goal-untitled = هدف تازه (هنوز اسم ندارد)
goal-count = { $count ->
    [one] { $count } هدف
   *[other] { $count } هدف
}
goals-empty = هنوز هدفی نداری. می‌توانی یکی اضافه کنی، یا از این مرحله بگذری.
goal-steps-done = { $count ->
    [one] { $done } از { $count } قدم انجام شده
   *[other] { $done } از { $count } قدم انجام شده
}
goal-close = ببند
goal-remove-confirm = این هدف و قدم‌هایش حذف شود؟
goal-remove-yes = بله، حذفش کن
goal-title-label = چیزی که می‌خواهم
goal-area-label = بخش زندگی
area-none = انتخاب نشده
goal-why-label = چرا این برایم مهم است (لازم نیست بنویسی)
goal-steps-label = قدم‌های کوچک
step-text-label = قدم { $number }
step-due-label = تاریخ قدم { $number }
step-done-label = قدم { $number } انجام شد
step-add = یک قدم اضافه کن
goal-target-label = چه وقت می‌خواهم به آن برسم
goal-helped-by-label = چه چیزی در این کار کمکم می‌کند
goal-addresses-label = این هدف درباره‌ی چیست
goal-help-wanted-label = کمکی که از کسی که کمکم می‌کند می‌خواهم
links-empty = هنوز چیزی برای انتخاب نیست. جواب‌هایت از مرحله‌های قبلی اینجا دیده می‌شوند.

## Review

part-review = مرور
review-title = برنامه‌ی تو
review-hint = اگر آن را به اشتراک بگذاری، کسی که به تو کمک می‌کند همین را می‌بیند. هنوز می‌توانی هر چیزی را تغییر بدهی.
review-skipped = بدون جواب
review-no-goals = هنوز هدفی نیست.
review-target = رسیدن به آن تا { $date }
review-due = تا { $date }
review-step-done = انجام شده:
review-step-open = هنوز انجام نشده:
review-why = چرا مهم است:
review-helped-by = چه چیزی کمک می‌کند:
review-addresses = درباره‌ی چیست:
review-help-wanted = کمکی که می‌خواهم:

## Sharing

part-share = اشتراک‌گذاری
share-title = برنامه‌ات را به اشتراک بگذار
share-hint = خودت تصمیم می‌گیری چه چیزی را و چطور به اشتراک بگذاری. Waymark خودش چیزی نمی‌فرستد.
share-choose = چه چیزهایی در آن باشد
share-choose-hint = تیک هر چیزی را که می‌خواهی پیش خودت بماند بردار.
share-nothing = هنوز چیزی برای به اشتراک گذاشتن نیست.
share-pin-toggle = با یک رمز PIN از آن محافظت کن
share-pin-label = رمز PIN (دست‌کم ۴ عدد یا حرف)
share-pin-hint = رمز PIN را رو در رو به کسی که به تو کمک می‌کند بگو. آن را همراه لینک نفرست.
share-pin-short = رمز PIN خیلی کوتاه است. دست‌کم ۴ عدد یا حرف بنویس.
share-make = کد اشتراکم را بساز
share-making = داریم کدت را می‌سازیم…
share-failed = مشکلی پیش آمد. برنامه‌ات سالم است. لطفاً دوباره امتحان کن.
share-qr-title = این را به کسی که به تو کمک می‌کند نشان بده
share-qr-alt = کد QR برنامه‌ی تو
share-qr-hint = کسی که به تو کمک می‌کند می‌تواند آن را با دوربین تلفن اسکن کند.
share-qr-too-long = برنامه‌ات برای یک کد QR خیلی طولانی است. به جای آن، لینک را بفرست یا آن را در یک فایل ذخیره کن.
share-copy-link = لینک را کپی کن
share-copy-code = کد را کپی کن
share-download = به صورت فایل ذخیره کن
share-print = چاپ کن
share-copy-text = به صورت متن کپی کن
share-copied = کپی شد.
share-copy-failed = کپی نشد. متن را انتخاب کن و خودت کپی‌اش کن.
share-link-label = لینک تو

## Life areas

area-housing = جای زندگی
area-documents = مدارک و کارت شناسایی
area-health = سلامتی
area-mental-health = احساسات و سلامت روان
area-money = پول و کمک‌هزینه
area-food = غذا
area-clothing = لباس
area-work = کار و یادگیری
area-family = خانواده و دوستان
area-safety = امنیت
area-legal = کمک حقوقی
area-daily-living = زندگی روزمره

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = کارت شناسایی معتبر دارم
chip-safe-place-tonight = امشب یک جای امن برای خوابیدن دارم
chip-good-health = سلامتی‌ام تقریباً خوب است
chip-keep-going = وقتی کارها سخت می‌شود، باز هم ادامه می‌دهم
chip-manage-money = می‌توانم پول کم را درست خرج کنم
chip-can-cook = می‌توانم غذاهای ساده بپزم
chip-work-experience = تجربه‌ی کار دارم
chip-speak-languages = بیشتر از یک زبان بلدم
chip-someone-i-trust = کسی هست که به او اعتماد دارم
chip-have-phone = یک تلفن دارم که کار می‌کند
chip-id-lost = کارت شناسایی‌ام گم شده یا تاریخش تمام شده است
chip-no-stable-home = جای ثابتی برای زندگی ندارم
chip-health-problem = یک مشکل سلامتی، زندگی روزمره‌ام را سخت کرده است
chip-alcohol-drugs = الکل یا مواد مخدر برایم مشکل درست می‌کند
chip-feel-low = خیلی وقت‌ها دلم گرفته است یا دلشوره دارم
chip-no-income = درآمد ثابتی ندارم
chip-debts = بدهی دارم
chip-no-warm-clothes = لباس گرم ندارم
chip-forms-hard = فرم‌ها و نامه‌ها برایم سخت هستند
chip-shelter-place = یک سرپناه یا خوابگاه می‌تواند به من جا بدهد
chip-free-doctor = می‌توانم رایگان پیش دکتر بروم
chip-support-group = یک گروه حمایتی نزدیک من جلسه دارد
chip-benefits-right = شاید حق داشته باشم کمک‌هزینه بگیرم
chip-free-meals = یک مرکز کمک‌رسانی نزدیک من غذای رایگان می‌دهد
chip-clothes-bank = یک مرکز کمک لباس می‌تواند به من لباس بدهد
chip-course = یک دوره‌ی آموزشی هست که می‌توانم در آن شرکت کنم
chip-family-help = کسی در خانواده‌ام می‌تواند کمکم کند
chip-legal-advice = می‌توانم مشاوره‌ی حقوقی رایگان بگیرم
chip-eviction = ممکن است جایی را که در آن می‌مانم از دست بدهم
chip-sleep-outside-cold = هوا سردتر می‌شود و من بیرون می‌خوابم
chip-health-worse = سلامتی‌ام روز به روز بدتر می‌شود
chip-benefits-stop = ممکن است کمک‌هزینه‌ام قطع شود
chip-hunger = گاهی غذای کافی برای خوردن ندارم
chip-lose-contact-children = ممکن است ارتباطم با بچه‌هایم قطع شود
chip-someone-hurting-me = کسی به من آسیب می‌زند یا تهدیدم می‌کند
chip-theft = ممکن است وسایلم را بدزدند
chip-court-or-fine = پرونده‌ای در دادگاه دارم یا جریمه‌ای که باید بپردازم

## When the screens after Welcome are fetched (the first time only)
screens-loading = یک لحظه…
screens-unavailable-title = این صفحه باز نشد
screens-unavailable-body = ببین به اینترنت وصلی یا نه، بعد دوباره امتحان کن. جواب‌هایت سالم است.
try-again = دوباره امتحان کن

status-not-started = هنوز شروع نشده
status-on-my-way = در جریان
status-done = انجام شد
status-put-aside = کنار گذاشته شده
fit-keep = نگه داشتن
fit-change = تغییر دادن
fit-put-aside = کنار گذاشتن
choice-waiting = هنوز جواب نداده
hours-mon = دوشنبه‌ها
hours-tue = سه‌شنبه‌ها
hours-wed = چهارشنبه‌ها
hours-thu = پنجشنبه‌ها
hours-fri = جمعه‌ها
hours-sat = شنبه‌ها
hours-sun = یکشنبه‌ها
hours-weekdays = از دوشنبه تا جمعه
hours-every-day = هر روز
hours-from = از ساعت { $time }
hours-until = تا ساعت { $time }
choice-yes = گفت بله
choice-not-now = فعلاً نه

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = کد یا لینک
import-open = باز کردن برنامه
import-file = یا باز کردن یک فایل
import-scan = اسکن کد QR با دوربین
import-scan-hint = کد QR را باید جلوی دوربین نگه داشت.
import-scan-stop = خاموش کردن دوربین
import-scan-failed = دوربین باز نشد. به جای آن، می‌توان کد را چسباند یا فایل را باز کرد.
import-pin-label = رمز PIN
import-tries-left = { $count ->
    [one] { $count } بار دیگر می‌توان امتحان کرد
   *[other] { $count } بار دیگر می‌توان امتحان کرد
}
error-not-a-code = این یک کد Waymark نیست. باید مطمئن شد که همه‌ی آن کپی شده است.
error-truncated = این کد خراب یا ناقص است: انتهای آن وجود ندارد. باید کل کد یا لینک را کپی کرد.
error-too-new = این کد از نسخه‌ی جدیدتر Waymark است. باید این صفحه را دوباره بارگذاری کرد تا به‌روز شود، سپس دوباره امتحان کرد.
error-pin-needed = این برنامه محافظت‌شده است. باید رمز PIN را وارد کرد.
error-wrong-pin = این رمز PIN درست نیست.
error-too-large = این برنامه برای باز شدن بیش از حد بزرگ است.
error-invalid = بخش‌هایی از این برنامه را این نسخه‌ی Waymark نمی‌تواند بخواند.
error-is-answer = این جواب مددکار اجتماعی است، نه یک برنامه. باید آن را در تلفن یا تبلتی باز کرد که برنامه در آن است.
error-is-plan = این یک برنامه است، نه جواب مددکار اجتماعی.
continue-pin-hint = همان رمز PIN را بنویس که موقع به اشتراک گذاشتن این برنامه انتخاب کردی. اگر آن را فراموش کرده‌ای، هیچ‌کس نمی‌تواند این برنامه را باز کند، حتی کسی که به تو کمک می‌کند. به جای آن می‌توانی یک برنامه‌ی تازه شروع کنی.
continue-locked = رمز PIN چند بار اشتباه وارد شد. کاغذ یا لینکت را دوباره باز کن تا یک بار دیگر امتحان کنی، یا یک برنامه‌ی تازه شروع کن.
continue-damaged = این کد خراب یا ناقص است. کل لینک را کپی کن، یا کد QR را دوباره اسکن کن.
continue-file = این فایل خوانده نشد. فایل برنامه‌ای را انتخاب کن که از Waymark ذخیره کردی.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = من از قبل یک برنامه دارم
welcome-check-in = کارها چطور پیش می‌رود؟ یک گزارش کوتاه بنویس
continue-title = برنامه‌ات را ادامه بده
continue-hint = کد QR روی کاغذت را اسکن کن، لینک یا کدت را اینجا بچسبان، یا فایل برنامه‌ات را باز کن.
continue-replace-title = روی این دستگاه از قبل یک برنامه هست
continue-replace-body = می‌خواهی به جای آن، از برنامه‌ای که همین الان باز کردی استفاده کنی؟ برنامه‌ای که الان اینجاست، روی همین دستگاه جداگانه نگه داشته می‌شود. پاک نمی‌شود.
continue-replace = از برنامه‌ای که باز کردم استفاده کن
continue-keep = برنامه‌ای را که دارم نگه دار
continue-opened = برنامه‌ات اینجاست. می‌توانی ادامه‌اش بدهی.

## Check-in: "How is it going?"
check-in-title = کارها چطور پیش می‌رود؟
check-in-hint = به هر هدف نگاه کن. هر قدر دوست داری بگو، کم یا زیاد. لازم نیست اینجا چیزی را پر کنی.
check-in-no-goals = هنوز هدفی نداری. اول یک هدف بساز، بعد به اینجا برگرد.
check-in-steps = کدام قدم‌ها انجام شده‌اند؟
check-in-no-steps = این هدف هنوز قدمی ندارد.
check-in-status = کار این هدف الان به کجا رسیده است؟
check-in-words = چه اتفاقی افتاد، یا الان به چه چیزی نیاز داری؟
check-in-fit = این هدف هنوز برایت مناسب است؟
check-in-save = این گزارش را ذخیره کن
check-in-saved = ذخیره شد. ممنون که گفتی کارها چطور پیش می‌رود.
check-in-nothing = چیزی را تغییر ندادی، برای همین چیزی ذخیره نشد.
check-in-not-now = الان نه
review-status = وضعیت:
review-history = گزارش‌ها:

## What changed since the plan was last shared (Review, Share)
since-title = از { $date } که برنامه را به اشتراک گذاشتی
since-steps = { $count ->
    [one] { $count } قدم انجام شد
   *[other] { $count } قدم انجام شد
}
since-goals-done = { $count ->
    [one] { $count } هدف انجام شد
   *[other] { $count } هدف انجام شد
}
since-goals-put-aside = { $count ->
    [one] { $count } هدف کنار گذاشته شد
   *[other] { $count } هدف کنار گذاشته شد
}
since-new = { $count ->
    [one] { $count } جواب یا هدف تازه
   *[other] { $count } جواب یا هدف تازه
}
since-removed = { $count ->
    [one] { $count } جواب یا هدف حذف شد
   *[other] { $count } جواب یا هدف حذف شد
}
since-check-ins = { $count ->
    [one] { $count } گزارش
   *[other] { $count } گزارش
}
since-nothing = از آن موقع چیزی تغییر نکرده است.
mark-new = تازه
mark-done-since = از دفعه‌ی قبل انجام شده

## The take-away sheet (printed from the Share step)
print-title = برنامه‌ی من
print-date = تاریخ چاپ: { $date }
print-alias = اسم: { $alias }
print-scan = این را اسکن کن تا برنامه‌ات را ادامه بدهی، یا آن را به کسی که به تو کمک می‌کند نشان بده.
print-words-toggle = حرف‌های خودم را هم روی کاغذ چاپ کن
print-words-warning = هر کسی که این کاغذ را پیدا کند، می‌تواند چیزهایی را که نوشتی بخواند.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = پیشنهادهای کسی که به تو کمک می‌کند
answers-hint = خودت انتخاب می‌کنی. تا «بله» نگویی، چیزی به برنامه‌ات اضافه نمی‌شود. بعداً هم می‌توانی نظرت را عوض کنی.
answers-list = پیشنهادها
answers-open = یک جواب را باز کن
answers-open-another = یک جواب دیگر را باز کن
answers-done = برنامه‌ام را نشان بده
answer-from = جوابی از طرف { $name }
answer-for-goal = برای هدفت: { $goal }
answer-yes = بله، اضافه‌اش کن
answer-not-now = فعلاً نه
answer-taken = این الان در برنامه‌ات است، در بخش «کمک‌هایی که دارم».
answer-step-added = این قدم الان به هدفت اضافه شد.
answer-other-plan = این جواب برای برنامه‌ای است که هنوز روی این دستگاه نیست. اول برنامه‌ات را باز کن، با کد QR، لینک یا فایلش. بعد جواب باز می‌شود.
answer-open-plan = برنامه‌ام را باز کن
answer-forget = فعلاً نه
answer-pin-hint = همان رمز PIN را بنویس که برای برنامه‌ات انتخاب کردی. جواب کسی که به تو کمک می‌کند هم با همین رمز PIN باز می‌شود.
answer-damaged = این جواب خراب یا ناقص است. کل لینک را کپی کن، یا کد QR را دوباره اسکن کن.
answer-file = این فایل خوانده نشد. فایل جوابی را انتخاب کن که به تو داده‌اند.
offer-service = چه کسی می‌تواند کمک کند
offer-step = یک قدم کوچک
offer-meeting = ملاقات بعدی‌ات
offer-message = یک پیام
meeting-when = { $date }، ساعت { $time }
support-phone = تلفن: { $phone }
support-title = کمک‌هایی که دارم
support-all-title = پیشنهادها و جواب‌های مراجعه‌کننده
support-from = پیشنهاد از طرف { $name }
review-answers = { $count ->
    [0] پیشنهادهای کسی که به تو کمک می‌کند
    [one] { $count } پیشنهاد منتظر جواب توست
   *[other] { $count } پیشنهاد منتظر جواب توست
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = این فایل برای فهرست خدمات بیش از حد بزرگ است (بیشتر از ۸ مگابایت).
directory-empty = در این فهرست هیچ خدمتی نیست.
directory-not-json = این فایل JSON نیست. در خط { $line } ایراد دارد.
directory-not-hsds = این فایل JSON فهرست خدمات Open Referral نیست: هیچ خدمتی شناسه و نام ندارد.
directory-not-csv = فایل { $file } یک فایل CSV خواندنی نیست (خط { $line }).
directory-missing-column = فایل { $file } ستون «{ $column }» ندارد.
directory-no-services-csv = فایل‌های CSV باید شامل services.csv باشند.
directory-too-many = این فهرست بیشتر از ۵۰۰۰ خدمت دارد. یک فهرست کوچک‌تر بارگذاری کنید.
directory-too-new = این فهرست با نسخه‌ی جدیدتری از Waymark ذخیره شده است. فایلش را دوباره بارگذاری کنید.
directory-damaged = فهرستی که روی این دستگاه نگه داشته شده بود خوانده نشد. فایلش را دوباره بارگذاری کنید.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = اینجا، در همین مرکز
centre-hint = خدماتی که اینجا پیدا می‌کنی. یکی را لمس کن تا اضافه شود.
gaps-title = چه چیزی می‌تواند به تو کمک کند که اینجا پیدا نمی‌شود؟
gaps-hint = لازم نیست جواب بدهی. جوابت به مرکز کمک می‌کند ببیند در این اطراف چه چیزی کم است.
gaps-label = چه چیزی کم است
gaps-add = اضافه کن
gaps-remove = این را بردار
gaps-summary-title = چیزهایی که در این اطراف کم است

## Staff settings: this centre's services on the device
centre-setup-title = خدمات این مرکز
centre-setup-hint = یک فایل Open Referral (HSDS): یک فایل JSON، یا فایل‌های CSV بسته‌ی داده. مراجعه‌کننده‌ها این خدمات را با عنوان «اینجا، در همین مرکز» می‌بینند. وقتی اطلاعات یک مراجعه‌کننده پاک می‌شود، این خدمات روی این دستگاه می‌مانند.
centre-load = بارگذاری خدمات مرکز
centre-none = هیچ خدمتی بارگذاری نشده است.
centre-count = { $count ->
    [one] { $count } خدمت بارگذاری شد.
   *[other] { $count } خدمت بارگذاری شد.
}
centre-remove = حذف خدمات
centre-no-room = این دستگاه برای این خدمات جا ندارد. یک فایل کوچک‌تر را امتحان کنید.
answer-no-room = این جواب جا نمی‌شود: برنامه‌ات الان خیلی پر است. از کسی که به تو کمک می‌کند یک جواب کوتاه‌تر بخواه.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = این برنامه برای یک سازمان مهر و موم شده است. فقط همان سازمان می‌تواند آن را باز کند.
error-is-agency-key = این کلید یک سازمان است، نه یک برنامه.
sealed-needs = این برنامه برای { $agency } مهر و موم شده است. فقط کلید همین سازمان می‌تواند آن را باز کند.
sealed-unlock = قفل کلید سازمانتان را در پایین باز کنید، یا فایل کلید آن را باز کنید.
sealed-not-yours = اینجا نمی‌توانی آن را باز کنی. اگر می‌خواهی خودت برنامه‌ات را ادامه بدهی، آن را دوباره بدون مهر و موم به اشتراک بگذار.
agency-fingerprint = کلمه‌های بررسی کلید:
connect-title = برنامه‌هایت برای { $agency } مهر و موم شود؟
connect-title-none = مهر و موم کردن برنامه‌هایت برای یک سازمان
connect-hint = وقتی برنامه‌ات را به اشتراک بگذاری، فقط { $agency } می‌تواند آن را باز کند. هیچ‌کس دیگری نمی‌تواند آن را بخواند: نه کسی که کد را پیدا کند، و نه حتی خودت.
connect-check = مطمئن شو که این کلمه‌ها با کلمه‌های روی پوستر، یا با کلمه‌هایی که کارکنان به تو نشان می‌دهند، یکی باشند:
connect-yes = بله، برنامه‌هایم را برای این سازمان مهر و موم کن
connect-no = نه، ممنون
connect-done = انجام شد. از این به بعد، وقتی برنامه‌ات را به اشتراک بگذاری، برای { $agency } مهر و موم می‌شود.
connect-back = برگشت به صفحه‌ی اول
connect-damaged = این کد خراب است. از کارکنان یک کد تازه بخواه.
connect-kiosk = روی این تبلت مشترک، کارکنان انتخاب می‌کنند که برنامه‌ها برای کدام سازمان مهر و موم شوند.
connect-none = اینجا کد هیچ سازمانی نیست.
agency-unreadable = این دستگاه باید برنامه‌هایت را برای یک سازمان مهر و موم کند، اما کلید سازمان در اینجا خراب است، پس برنامه‌هایت مهر و موم نمی‌شوند. لطفاً به کارکنان بگو.
connect-replaces = الان برنامه‌هایت برای { $agency } مهر و موم می‌شوند. اگر بله بگویی، از این به بعد به جای آن، برای این سازمان مهر و موم می‌شوند.
agency-settings-title = اشتراک‌گذاری مهر و موم‌شده
agency-settings-hint = برنامه‌هایی را که از اینجا به اشتراک می‌گذاری، فقط { $agency } می‌تواند باز کند.
agency-settings-none = برنامه‌هایی که از اینجا به اشتراک می‌گذاری، برای هیچ سازمانی مهر و موم نمی‌شوند.
agency-staff-set = کارکنان این را روی این تبلت تنظیم کرده‌اند.
agency-remove = دیگر برنامه‌هایم را برای این سازمان مهر و موم نکن
agency-removed = برنامه‌هایت دیگر برای آن سازمان مهر و موم نمی‌شوند.
share-seal-toggle = فقط { $agency } می‌تواند آن را باز کند
share-seal-hint = کد مهر و موم‌شده را حتی خودت هم نمی‌توانی باز کنی. اگر می‌خواهی برنامه‌ات را روی یک تلفن دیگر ادامه بدهی، تیک این گزینه را بردار.
share-seal-off-hint = هر کسی که این کد را داشته باشد، می‌تواند برنامه‌ات را باز کند. می‌توانی در پایین یک رمز PIN هم بگذاری.

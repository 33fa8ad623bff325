# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = باز کردن برنامه‌ی یک مراجعه‌کننده
import-hint = کد یا لینکی را که مراجعه‌کننده به شما داده است اینجا بچسبانید، یا فایل او را باز کنید. هیچ چیزی روی این دستگاه ذخیره نمی‌شود.
import-pin-hint = مراجعه‌کننده رمز PIN را رو در رو به شما می‌گوید.
import-locked = رمز PIN بیش از حد اشتباه وارد شده است. از مراجعه‌کننده بخواهید یک کد تازه بسازد.
error-damaged = این کد خراب یا ناقص است. از مراجعه‌کننده بخواهید دوباره آن را به اشتراک بگذارد.
error-file = این فایل خوانده نشد. فایلی را انتخاب کنید که مراجعه‌کننده از Waymark ذخیره کرده است.

## The client's plan, for the case manager

plan-view-title = برنامه‌ی مراجعه‌کننده
plan-view-written-in = مراجعه‌کننده به زبان { $language } نوشته است. نوشته‌های او همان‌طور که نوشته است نشان داده می‌شوند.
plan-view-not-saved = این برنامه روی این دستگاه ذخیره نشده است. پیش از بستن صفحه، از آن خروجی بگیرید.
plan-view-close = بستن این برنامه
export-title = خروجی گرفتن
export-fhir = FHIR R4 (فایل JSON)
export-csv = جدول (CSV)
export-json = فایل Waymark (JSON)

## Exports for the case manager's systems

fhir-subject = مراجعه‌کننده
fhir-priority = اولویت { $rank } از { $count }
fhir-description = برنامه‌ای که مراجعه‌کننده در Waymark نوشته است. نوشته‌های خود او به زبان «{ $lang }» است.

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = آیا این برنامه را خودتان نوشته‌اید؟
cm-mine = این برنامه‌ی خودم است: همین‌جا ادامه‌اش می‌دهم
cm-asks-title = آنچه مراجعه‌کننده از شما می‌خواهد
cm-asks-none = مراجعه‌کننده چیز خاصی از شما نخواسته است.
cm-areas-title = بخش‌های زندگی برای ارجاع به خدمات
cm-new-since = تازه، از { $date } به بعد
cm-first-share = این اولین بار است که این برنامه به اشتراک گذاشته شده است.
cm-timeline-title = گزارش‌های مراجعه‌کننده
cm-timeline-none = هنوز گزارشی ثبت نشده است.
cm-chart-title = قدم‌های انجام‌شده در طول زمان
cm-chart-point = { $date }: { $done } از { $total } قدم انجام شده

## Answering the client: suggestions, the services directory, the answer's code
answer-title = جواب دادن با پیشنهاد
answer-hint = مراجعه‌کننده خودش انتخاب می‌کند چه چیزی را بپذیرد. تا او «بله» نگوید، چیزی به برنامه‌اش اضافه نمی‌شود.
answer-your-name = نام شما، همان‌طور که مراجعه‌کننده آن را می‌خواند
answer-add = افزودن پیشنهاد
answer-goal = برای
answer-whole-plan = کل برنامه
answer-for-plan = برای کل برنامه
answer-kind = چه چیزی پیشنهاد می‌دهید
answer-service-hint = یک خدمت را از فهرست خدمات خود در بالا انتخاب کنید، یا خودتان آن را بنویسید.
answer-service-name = نام خدمت یا شخص
answer-service-offers = چه چیزی ارائه می‌دهند
answer-service-place = مکان
answer-service-phone = تلفن
answer-service-web = وب‌سایت
answer-step-label = قدم، با کلمه‌های ساده
answer-message-label = پیام شما
answer-add-button = افزودن
answer-meeting = ملاقات بعدی
answer-meeting-day = روز
answer-meeting-time = ساعت
answer-meeting-place = مکان
answer-meeting-add = افزودن ملاقات
answer-so-far = جواب شما
answer-nothing-yet = هنوز چیزی اضافه نشده است.
answer-remove = حذف
answer-make = ساختن جواب
answer-needs-name = نام خود را بنویسید تا مراجعه‌کننده بداند چه کسی جواب می‌دهد.
answer-needs-something = اول چیزی بنویسید: خدمت باید نام داشته باشد، و قدم یا پیام باید متن داشته باشد.
answer-too-long = این متن خیلی طولانی است. آن را کمتر از ۲۰۰۰ حرف نگه دارید.
answer-step-needs-goal = هر قدم مربوط به یک هدف است. یک هدف را در «برای» انتخاب کنید.
answer-too-many = این جواب پیشنهادهای خیلی زیادی دارد. آن را کوتاه‌تر کنید.
answer-bad-meeting = روز ملاقات و یک ساعت، مثلاً ۰۹:۳۰، را انتخاب کنید.
answer-made-title = جواب آماده است
answer-made-hint = مراجعه‌کننده کد QR را با دوربین تلفنش اسکن می‌کند، یا لینک یا فایل را باز می‌کند. جواب در Waymark روی دستگاه خودش باز می‌شود.
answer-qr-alt = کد QR جواب
answer-pin-note = برنامه‌ی مراجعه‌کننده رمز PIN دارد، پس این جواب هم همان رمز PIN را دارد.
answer-sheet-scan = این را با دوربین تلفنت اسکن کن تا آن را در Waymark ببینی. خودت انتخاب می‌کنی چه چیزی به برنامه‌ات اضافه شود.
directory-title = فهرست خدمات شما
directory-load = بارگذاری فهرست خدمات
directory-replace = بارگذاری یک فهرست دیگر
directory-load-hint = یک فایل Open Referral (HSDS): یک فایل JSON، یا فایل‌های CSV بسته‌ی داده. فقط اگر خودتان بخواهید، روی این دستگاه می‌ماند.
directory-count = { $count ->
    [one] { $count } خدمت بارگذاری شد.
   *[other] { $count } خدمت بارگذاری شد.
}
directory-keep = نگه داشتن فهرست روی این دستگاه
directory-remove = حذف فهرست
directory-search = جست‌وجوی خدمات
directory-area = بخش زندگی
directory-any-area = همه‌ی بخش‌ها
directory-found = { $count ->
    [0] هیچ خدمتی پیدا نشد.
    [one] { $count } خدمت پیدا شد.
   *[other] { $count } خدمت پیدا شد.
}
directory-pick = پیشنهاد این خدمت
directory-written-in = زبان فهرست
directory-rules = بخش‌های زندگی: خدمات چطور دسته‌بندی می‌شوند
directory-rules-label = قاعده‌ها
directory-rules-hint = در هر خط یک قاعده: یک کلمه، بعد =، بعد یک بخش زندگی. اولین قاعده‌ای که کلمه‌اش در نام، توضیحات یا دسته‌بندی‌های یک خدمت باشد، بخش آن خدمت را تعیین می‌کند.
directory-rules-apply = اعمال قاعده‌ها
directory-rules-applied = بخش زندگی خدمات دوباره تعیین شد.
rules-no-equals = در خط { $line } بین کلمه و بخش، «=» نیست.
rules-no-word = در خط { $line } قبل از «=» کلمه‌ای نیست.
rules-unknown-area = خط { $line }: «{ $key }» یک بخش زندگی نیست.
rules-too-large = این قاعده‌ها خیلی طولانی هستند.

## The agency's key
keys-title = کلید سازمان شما
keys-hint = با کلید سازمان شما، مراجعه‌کننده‌ها می‌توانند برنامه‌هایی را که به اشتراک می‌گذارند مهر و موم کنند، تا فقط سازمان شما بتواند آن‌ها را باز کند.
keys-kept = یک کلید روی این کامپیوتر نگه داشته شده است. برای استفاده از آن، رمز عبورش را بنویسید.
keys-passphrase = رمز عبور
keys-unlock = باز کردن قفل
keys-unlocked = قفل کلید باز شد و تا بسته شدن این صفحه باز می‌ماند.
keys-forget = برداشتن کلید از این کامپیوتر
keys-make-title = ساختن کلید برای سازمان شما
keys-name = نام سازمان شما، همان‌طور که مراجعه‌کننده‌ها آن را می‌شناسند
keys-passphrase-hint = دست‌کم ۱۰ حرف. آن را یادداشت کنید و در جای امنی نگه دارید: بدون آن، هیچ‌کس نمی‌تواند از کلید استفاده کند، و برنامه‌هایی که با آن مهر و موم شده‌اند باز نمی‌شوند.
keys-keep = نگه داشتن کلید روی این کامپیوتر، قفل‌شده با رمز عبور
keys-passphrase-change = تغییر رمز عبور
keys-passphrase-new = رمز عبور تازه
keys-passphrase-changed = رمز عبور تغییر کرد. کلیدی که روی این کامپیوتر نگه داشته شده و فایل‌های کلیدی که از این به بعد ذخیره می‌کنید از رمز تازه استفاده می‌کنند. فایل‌های کلیدی که پیش‌تر ذخیره شده‌اند هنوز رمز قبلی را لازم دارند.
keys-make = ساختن کلید
keys-making = در حال انجام…
keys-made = کلید آماده است.
keys-import-title = باز کردن فایل کلیدی که همکارتان داده است
keys-import-file = فایل کلید
keys-list = کلیدهای شما
keys-made-on = تاریخ ساخت: { $date }
keys-retired-on = در { $date } کنار گذاشته شد. هنوز برنامه‌هایی را که با آن مهر و موم شده‌اند باز می‌کند.
keys-retire = کنار گذاشتن این کلید
keys-new = ساختن یک کلید تازه
keys-save-file = ذخیره‌ی فایل کلید
keys-keep-failed = کلید روی این کامپیوتر نگه داشته نشد. به جای آن، فایل کلید را ذخیره کنید.
keys-setup-link = لینک راه‌اندازی برای تبلت مشترک
keys-setup-hint = این لینک را یک بار روی تبلت مرکز باز کنید. از آن به بعد، برنامه‌هایی که روی آن تبلت به اشتراک گذاشته می‌شوند، برای سازمان شما مهر و موم می‌شوند.
keys-connect-title = پوستر برای دیوار
keys-connect-hint = مراجعه‌کننده‌ها پوستر را با تلفن خودشان اسکن می‌کنند، تا برنامه‌هایی که به اشتراک می‌گذارند برای سازمان شما مهر و موم شوند.
keys-print-poster = چاپ پوستر
keys-keep-unlock-first = کلید دیگری روی این کامپیوتر نگه داشته شده است. اول قفل آن را در بالا باز کنید، یا آن را از این کامپیوتر بردارید.
keys-unsaved = این کلید فقط در این صفحه است. فایل کلید را ذخیره کنید، یا کلید را روی این کامپیوتر نگه دارید. اگر الان صفحه را ببندید، کلید از دست می‌رود و هیچ‌کس نمی‌تواند برنامه‌هایی را که با آن مهر و موم شده‌اند باز کند.
keys-forget-question = کلید از این کامپیوتر برداشته شود؟
keys-forget-detail = بدون فایل کلید یا نسخه‌ی دیگری از آن، هیچ‌کس نمی‌تواند برنامه‌هایی را که با آن مهر و موم شده‌اند باز کند.
keys-forgotten = کلید دیگر روی این کامپیوتر نیست.
keys-retire-question = این کلید کنار گذاشته شود؟
keys-retire-detail = برنامه‌های تازه دیگر با آن مهر و موم نمی‌شوند. برنامه‌هایی را که پیش‌تر با آن مهر و موم شده‌اند همچنان باز می‌کند. این کار برگشت‌پذیر نیست.
poster-title = برنامه‌ات را با خیال راحت با { $agency } به اشتراک بگذار
poster-scan = این کد را با دوربین تلفنت اسکن کن.
poster-check = بعد، تلفنت این کلمه‌ها را نشان می‌دهد. مطمئن شو که همین کلمه‌ها باشند:
keyfile-not = این فایل کلید Waymark نیست.
keyfile-too-new = این فایل کلید از نسخه‌ی جدیدتر Waymark است. این صفحه را دوباره بارگذاری کنید تا به‌روز شود، بعد دوباره امتحان کنید.
keyfile-damaged = این فایل کلید خراب است. یک نسخه‌ی تازه از آن بخواهید.
keyfile-wrong-passphrase = این رمز عبور، این کلید را باز نمی‌کند.
keyfile-passphrase-short = رمز عبور باید دست‌کم ۱۰ حرف داشته باشد.
keyfile-failed = این کار انجام نشد. لطفاً دوباره امتحان کنید.
agency-name-empty = نام سازمانتان را بنویسید.
agency-name-long = این نام خیلی طولانی است. حداکثر ۶۰ حرف بنویسید.
answer-send-key = فرستادن کلید { $agency } همراه جواب، تا مراجعه‌کننده بتواند برنامه‌هایی را که به اشتراک می‌گذارد مهر و موم کند

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = باز کردن برنامه‌ی یک مراجعه‌کننده
import-hint = کد یا لینکی را که مراجعه‌کننده به شما داده است اینجا بچسبانید، یا فایل او را باز کنید. هیچ چیزی روی این دستگاه ذخیره نمی‌شود.
import-paste-label = کد یا لینک
import-open = باز کردن برنامه
import-file = یا یک فایل را باز کنید
import-scan = اسکن کد QR با دوربین
import-scan-hint = کد QR را جلوی دوربین نگه دارید.
import-scan-stop = خاموش کردن دوربین
import-scan-failed = دوربین باز نشد. به جای آن، کد را بچسبانید یا فایل را باز کنید.
import-pin-label = رمز PIN
import-pin-hint = مراجعه‌کننده رمز PIN را رو در رو به شما می‌گوید.
import-tries-left = { $count ->
    [one] { $count } بار دیگر می‌توانید امتحان کنید
   *[other] { $count } بار دیگر می‌توانید امتحان کنید
}
import-locked = رمز PIN بیش از حد اشتباه وارد شده است. از مراجعه‌کننده بخواهید یک کد تازه بسازد.
error-not-a-code = این یک کد Waymark نیست. مطمئن شوید که همه‌ی آن را کپی کرده‌اید.
error-damaged = این کد خراب یا ناقص است. از مراجعه‌کننده بخواهید دوباره آن را به اشتراک بگذارد.
error-truncated = این کد خراب یا ناقص است: انتهای آن وجود ندارد. کل کد یا لینک را کپی کنید.
error-too-new = این کد از نسخه‌ی جدیدتر Waymark است. این صفحه را دوباره بارگذاری کنید تا به‌روز شود، سپس دوباره امتحان کنید.
error-pin-needed = این برنامه محافظت‌شده است. رمز PIN را وارد کنید.
error-wrong-pin = این رمز PIN درست نیست.
error-too-large = این برنامه برای باز شدن بیش از حد بزرگ است.
error-invalid = بخش‌هایی از این برنامه را این نسخه‌ی Waymark نمی‌تواند بخواند.
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

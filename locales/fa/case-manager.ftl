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

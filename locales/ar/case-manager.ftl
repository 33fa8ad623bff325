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

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = فتح خطة مستفيد
import-hint = الصق الرمز أو الرابط الذي أعطاك إياه المستفيد، أو افتح ملف خطته. لا يُحفَظ أي شيء على هذا الجهاز.
import-paste-label = الرمز أو الرابط
import-open = فتح الخطة
import-file = أو افتح ملفًا
import-scan = مسح رمز QR بالكاميرا
import-scan-hint = ضع رمز QR أمام الكاميرا.
import-scan-stop = إيقاف الكاميرا
import-scan-failed = تعذّر فتح الكاميرا. الصق الرمز أو افتح الملف بدلًا من ذلك.
import-pin-label = رمز PIN
import-pin-hint = يخبرك المستفيد برمز PIN وجهًا لوجه.
import-tries-left = { $count ->
    [zero] لم تبقَ أي محاولة
    [one] بقيت محاولة واحدة
    [two] بقيت محاولتان
    [few] بقيت { $count } محاولات
    [many] بقيت { $count } محاولة
   *[other] بقيت { $count } محاولة
}
import-locked = أُدخِل رمز PIN خاطئ مرات كثيرة. اطلب من المستفيد إنشاء رمز جديد.
error-not-a-code = هذا ليس رمز Waymark. تأكّد من أنك نسخته كاملًا.
error-damaged = هذا الرمز تالف أو ناقص. اطلب من المستفيد مشاركته مرة أخرى.
error-truncated = هذا الرمز تالف أو ناقص: نهايته مفقودة. انسخ الرمز أو الرابط كاملًا.
error-too-new = هذا الرمز من نسخة أحدث من Waymark. أعد تحميل هذه الصفحة لتحديثها، ثم حاول مرة أخرى.
error-pin-needed = هذه الخطة محمية. أدخل رمز PIN.
error-wrong-pin = رمز PIN غير صحيح.
error-too-large = هذه الخطة كبيرة جدًا ولا يمكن فتحها.
error-invalid = لا تستطيع هذه النسخة من Waymark قراءة بعض أجزاء هذه الخطة.
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

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Відкрити план клієнта
import-hint = Вставте код чи посилання від клієнта або відкрийте файл плану. На цьому пристрої нічого не зберігається.
import-paste-label = Код або посилання
import-open = Відкрити план
import-file = Або відкрийте файл
import-scan = Відсканувати QR-код камерою
import-scan-hint = Тримайте QR-код перед камерою.
import-scan-stop = Вимкнути камеру
import-scan-failed = Не вдалося увімкнути камеру. Натомість вставте код або відкрийте файл.
import-pin-label = PIN-код
import-pin-hint = Клієнт має сказати вам PIN-код особисто.
import-tries-left = { $count ->
    [one] Залишилася { $count } спроба
    [few] Залишилося { $count } спроби
    [many] Залишилося { $count } спроб
   *[other] Залишилося { $count } спроби
}
import-locked = Забагато неправильних PIN-кодів. Попросіть клієнта створити новий код.
error-not-a-code = Це не код Waymark. Перевірте, чи скопійовано його повністю.
error-damaged = Цей код пошкоджений або неповний. Попросіть клієнта поділитися ним ще раз.
error-truncated = Цей код пошкоджений або неповний: бракує кінця. Скопіюйте весь код або посилання.
error-too-new = Цей код створено в новішій версії Waymark. Перезавантажте сторінку, щоб оновити Waymark, і спробуйте ще раз.
error-pin-needed = Цей план захищено. Введіть PIN-код.
error-wrong-pin = Неправильний PIN-код.
error-too-large = Цей план завеликий, його не вдасться відкрити.
error-invalid = Ця версія Waymark не може прочитати деякі частини цього плану.
error-file = Не вдалося прочитати цей файл. Виберіть файл плану, збережений клієнтом у Waymark.

## The client's plan, for the case manager

plan-view-title = План клієнта
plan-view-written-in = Мова плану: { $language }. Власні слова клієнта показано без змін.
plan-view-not-saved = Цей план не збережено на цьому пристрої. Експортуйте його, перш ніж закрити сторінку.
plan-view-close = Закрити цей план
export-title = Експорт
export-fhir = FHIR R4 (формат JSON)
export-csv = Таблиця (CSV)
export-json = Файл Waymark (формат JSON)

## Exports for the case manager's systems

fhir-subject = Клієнт
fhir-priority = Пріоритет { $rank } з { $count }
fhir-description = План, складений клієнтом у Waymark. Власні слова клієнта записано мовою з кодом «{ $lang }».

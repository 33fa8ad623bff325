# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Відкрити план клієнта
import-hint = Вставте код чи посилання від клієнта або відкрийте файл плану. На цьому пристрої нічого не зберігається.
import-pin-hint = Клієнт має сказати вам PIN-код особисто.
import-locked = Забагато неправильних PIN-кодів. Попросіть клієнта створити новий код.
error-damaged = Цей код пошкоджений або неповний. Попросіть клієнта поділитися ним ще раз.
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

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = Ви самі склали цей план?
cm-mine = Це мій план: продовжити його тут
cm-asks-title = Про що вас просить клієнт
cm-asks-none = Клієнт ні про що конкретне не просив.
cm-areas-title = Сфери життя, у яких клієнта варто направити до служб
cm-new-since = Нове з { $date }
cm-first-share = Цим планом діляться вперше.
cm-timeline-title = Записи про прогрес
cm-timeline-none = Записів про прогрес поки немає.
cm-chart-title = Виконані кроки за датами
cm-chart-point = { $total ->
    [one] { $date }: виконано { $done } з { $total } кроку
    [few] { $date }: виконано { $done } з { $total } кроків
    [many] { $date }: виконано { $done } з { $total } кроків
   *[other] { $date }: виконано { $done } з { $total } кроку
}

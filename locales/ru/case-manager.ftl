# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Открыть план клиента
import-hint = Вставьте код или ссылку от клиента или откройте файл клиента. На этом устройстве ничего не сохраняется.
import-pin-hint = Клиент сообщает вам PIN-код лично.
import-locked = Слишком много неверных PIN-кодов. Попросите клиента создать новый код.
error-damaged = Этот код повреждён или неполон. Попросите клиента поделиться им ещё раз.
error-file = Не удалось прочитать этот файл. Выберите файл, который клиент сохранил из Waymark.

## The client's plan, for the case manager

plan-view-title = План клиента
plan-view-written-in = Язык клиента: { $language }. Слова клиента показаны без изменений.
plan-view-not-saved = Этот план не сохранён на этом устройстве. Экспортируйте его, прежде чем закрыть страницу.
plan-view-close = Закрыть этот план
export-title = Экспорт
export-fhir = FHIR R4 (формат JSON)
export-csv = Таблица (CSV)
export-json = Файл Waymark (JSON)

## Exports for the case manager's systems

fhir-subject = Клиент
fhir-priority = Приоритет { $rank } из { $count }
fhir-description = План, составленный клиентом в Waymark. Слова клиента приведены на языке «{ $lang }».

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = Вы сами составили этот план?
cm-mine = Это мой план: продолжить его здесь
cm-asks-title = О чём вас просит клиент
cm-asks-none = Клиент ни о чём конкретном не просил.
cm-areas-title = Сферы жизни, где клиента стоит направить к службам
cm-new-since = Новое с { $date }
cm-first-share = Этим планом делятся впервые.
cm-timeline-title = Записи о прогрессе
cm-timeline-none = Записей о прогрессе пока нет.
cm-chart-title = Сделанные шаги по датам
cm-chart-point = { $total ->
    [one] { $date }: сделано { $done } из { $total } шага
    [few] { $date }: сделано { $done } из { $total } шагов
    [many] { $date }: сделано { $done } из { $total } шагов
   *[other] { $date }: сделано { $done } из { $total } шага
}

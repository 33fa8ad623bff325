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

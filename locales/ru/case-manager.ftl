# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Открыть план клиента
import-hint = Вставьте код или ссылку от клиента или откройте файл клиента. На этом устройстве ничего не сохраняется.
import-paste-label = Код или ссылка
import-open = Открыть план
import-file = Или откройте файл
import-scan = Отсканировать QR-код камерой
import-scan-hint = Держите QR-код перед камерой.
import-scan-stop = Выключить камеру
import-scan-failed = Не удалось включить камеру. Вместо этого вставьте код или откройте файл.
import-pin-label = PIN-код
import-pin-hint = Клиент сообщает вам PIN-код лично.
import-tries-left = { $count ->
    [one] Осталась { $count } попытка
    [few] Осталось { $count } попытки
    [many] Осталось { $count } попыток
   *[other] Осталось { $count } попытки
}
import-locked = Слишком много неверных PIN-кодов. Попросите клиента создать новый код.
error-not-a-code = Это не код Waymark. Проверьте, что вы скопировали его целиком.
error-damaged = Этот код повреждён или неполон. Попросите клиента поделиться им ещё раз.
error-truncated = Этот код повреждён или неполон: не хватает конца. Скопируйте код или ссылку целиком.
error-too-new = Этот код создан в более новой версии Waymark. Перезагрузите страницу, чтобы обновить её, и попробуйте ещё раз.
error-pin-needed = Этот план защищён. Введите PIN-код.
error-wrong-pin = Неверный PIN-код.
error-too-large = Этот план слишком большой, его нельзя открыть.
error-invalid = Эта версия Waymark не может прочитать некоторые части плана.
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

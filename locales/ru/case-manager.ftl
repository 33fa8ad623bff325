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

## Answering the client: suggestions, the services directory, the answer's code
answer-title = Ответить с предложениями
answer-hint = Клиент сам выбирает, что взять. В его план ничего не попадёт без его согласия.
answer-your-name = Ваше имя, как его увидит клиент
answer-add = Добавить предложение
answer-goal = К чему относится
answer-whole-plan = Весь план
answer-for-plan = Для всего плана
answer-kind = Что предложить
answer-service-hint = Выберите службу из вашего справочника выше или введите её сами.
answer-service-name = Название службы или имя человека
answer-service-offers = Что предлагают
answer-service-place = Где
answer-service-phone = Телефон
answer-service-web = Сайт
answer-step-label = Шаг простыми словами
answer-message-label = Ваше сообщение
answer-add-button = Добавить
answer-meeting = Следующая встреча
answer-meeting-day = День
answer-meeting-time = Время
answer-meeting-place = Место
answer-meeting-add = Добавить встречу
answer-so-far = Ваш ответ
answer-nothing-yet = Пока ничего не добавлено.
answer-remove = Убрать
answer-make = Создать ответ
answer-needs-name = Напишите своё имя, чтобы клиент знал, кто отвечает.
answer-needs-something = Сначала что-нибудь напишите: у службы должно быть название, а у шага или сообщения — текст.
answer-too-long = Это слишком длинно. Должно быть меньше 2000 символов.
answer-step-needs-goal = Шаг относится к цели. Выберите цель в поле «К чему относится».
answer-too-many = В ответе слишком много предложений. Сократите его.
answer-bad-meeting = Выберите день встречи и время, например 09:30.
answer-made-title = Ответ готов
answer-made-hint = Клиент сканирует QR-код камерой телефона или открывает ссылку либо файл. Ответ откроется в Waymark на его устройстве.
answer-qr-alt = QR-код ответа
answer-pin-note = План клиента защищён PIN-кодом, поэтому у ответа тот же PIN-код.
answer-sheet-scan = Отсканируй это камерой телефона, чтобы увидеть ответ в Waymark. Ты решаешь, что добавить в свой план.
directory-title = Ваш справочник служб
directory-load = Загрузить свой справочник служб
directory-replace = Загрузить другой справочник
directory-load-hint = Файл Open Referral (HSDS): один файл JSON или файлы CSV из пакета данных. Он останется на этом устройстве, только если вы так решите.
directory-count = { $count ->
    [one] Загружена { $count } служба.
    [few] Загружено { $count } службы.
    [many] Загружено { $count } служб.
   *[other] Загружено { $count } службы.
}
directory-keep = Хранить справочник на этом устройстве
directory-remove = Удалить справочник
directory-search = Поиск служб
directory-area = Сфера жизни
directory-any-area = Все сферы
directory-found = { $count ->
    [0] Подходящих служб нет.
    [one] Найдена { $count } служба.
    [few] Найдено { $count } службы.
    [many] Найдено { $count } служб.
   *[other] Найдено { $count } службы.
}
directory-pick = Предложить
directory-written-in = Язык справочника
directory-rules = Сферы жизни: как распределяются службы
directory-rules-label = Правила
directory-rules-hint = Одно правило на строку: слово, затем =, затем сфера жизни. Сферу службы задаёт первое правило, слово которого есть в названии, описании или категориях службы.
directory-rules-apply = Применить правила
directory-rules-applied = Сферы жизни служб назначены заново.
rules-no-equals = В строке { $line } нет «=» между словом и сферой.
rules-no-word = В строке { $line } нет слова перед «=».
rules-unknown-area = Строка { $line }: «{ $key }» — не сфера жизни.
rules-too-large = Эти правила слишком длинные.

## The agency's key
keys-title = Ключ вашей организации
keys-hint = С ключом вашей организации клиенты могут запечатывать планы, которыми делятся. Тогда открыть их сможет только ваша организация.
keys-kept = На этом компьютере хранится ключ. Чтобы пользоваться им, введите его кодовую фразу.
keys-passphrase = Кодовая фраза
keys-unlock = Разблокировать
keys-unlocked = Ключ разблокирован на этот сеанс.
keys-forget = Удалить ключ с этого компьютера
keys-make-title = Создать ключ для вашей организации
keys-name = Название вашей организации, как его знают клиенты
keys-passphrase-hint = Не меньше 10 символов. Запишите её и храните в надёжном месте: без неё никто не сможет пользоваться ключом, а планы, запечатанные этим ключом, нельзя будет открыть.
keys-keep = Хранить ключ на этом компьютере под защитой кодовой фразы
keys-passphrase-change = Сменить кодовую фразу
keys-passphrase-new = Новая кодовая фраза
keys-passphrase-changed = Кодовая фраза изменена. Ключ, который хранится на этом компьютере, и файлы ключа, которые вы сохраните с этого момента, защищены новой фразой. Для файлов ключа, сохранённых раньше, по-прежнему нужна старая.
keys-make = Создать ключ
keys-making = Создаём ключ…
keys-made = Ключ готов.
keys-import-title = Открыть файл ключа, полученный от коллеги
keys-import-file = Файл ключа
keys-list = Ваши ключи
keys-made-on = Создан { $date }
keys-retired-on = Выведен из работы { $date }. Он по-прежнему открывает планы, запечатанные этим ключом.
keys-retire = Вывести этот ключ из работы
keys-new = Создать новый ключ
keys-save-file = Сохранить файл ключа
keys-keep-failed = Не удалось сохранить ключ на этом компьютере. Вместо этого сохраните файл ключа.
keys-setup-link = Ссылка для настройки общего планшета
keys-setup-hint = Откройте эту ссылку один раз на планшете центра. После этого планы, которыми делятся на нём, будут запечатаны для вашей организации.
keys-connect-title = Плакат на стену
keys-connect-hint = Клиенты сканируют код на плакате своим телефоном. Тогда планы, которыми они делятся, запечатываются для вашей организации.
keys-print-poster = Распечатать плакат
keys-keep-unlock-first = На этом компьютере уже хранится другой ключ. Сначала разблокируйте его выше или удалите его с этого компьютера.
keys-unsaved = Этот ключ есть только на этой странице. Сохраните файл ключа или храните ключ на этом компьютере. Если закрыть страницу сейчас, ключ пропадёт, и никто не сможет открыть планы, запечатанные этим ключом.
keys-forget-question = Удалить ключ с этого компьютера?
keys-forget-detail = Без файла ключа или другой копии никто не сможет открыть планы, запечатанные этим ключом.
keys-forgotten = Ключа больше нет на этом компьютере.
keys-retire-question = Вывести этот ключ из работы?
keys-retire-detail = Новые планы не будут запечатываться этим ключом. Планы, запечатанные им раньше, он по-прежнему открывает. Это нельзя отменить.
poster-title = Безопасно поделись своим планом с организацией «{ $agency }»
poster-scan = Отсканируй этот код камерой своего телефона.
poster-check = Потом на телефоне появятся эти слова. Проверь, что они такие же:
keyfile-not = Это не файл ключа Waymark.
keyfile-too-new = Этот файл ключа создан в более новой версии Waymark. Перезагрузите страницу, чтобы обновить её, и попробуйте ещё раз.
keyfile-damaged = Этот файл ключа повреждён. Попросите новую копию.
keyfile-wrong-passphrase = Эта кодовая фраза не подходит к этому ключу.
keyfile-passphrase-short = Кодовая фраза должна быть не короче 10 символов.
keyfile-failed = Не получилось. Попробуйте ещё раз.
agency-name-empty = Напишите название вашей организации.
agency-name-long = Название слишком длинное. Можно не больше 60 символов.
answer-send-key = Отправить вместе с ответом ключ организации «{ $agency }», чтобы клиент мог запечатывать планы, которыми делится

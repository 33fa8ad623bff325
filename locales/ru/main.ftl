# Waymark — Russian. Plain words, short sentences: aim for a reading age of about 9.
# Every message here must exist in every other locale (a test checks).
# Informal "ты" for clients, "вы" for staff text. Chips are in the first person,
# without past-tense verbs (they would mark gender).

app-name = Waymark

## Language picker

language-label = Язык
language-choose = Выбери свой язык

## Welcome

welcome-title = Твой план — твоими словами
welcome-intro = Подумай, что сейчас идёт хорошо, что даётся трудно и что ты хочешь изменить. Ты решаешь, что писать. Любой вопрос можно пропустить.
privacy-title = Твои ответы остаются у тебя
privacy-body = Всё, что ты пишешь, остаётся на этом устройстве. Ничего не отправляется через интернет. Только ты решаешь, делиться ли этим и с кем.
privacy-stored = Твои ответы сохраняются на этом устройстве. Ты можешь вернуться к ним позже.
start = Начать
continue = Продолжить
welcome-case-manager = Я социальный работник: открыть план клиента
welcome-stored-note = Чтобы удалить их, открой «Настройки» и выбери «Удалить мои данные».
kiosk-note = Это общий планшет. Когда ты закончишь или если его долго никто не трогает, всё, что ты здесь пишешь, будет стёрто.

## Shared tablet: finishing and the inactivity warning

finish-button = Закончить и стереть мои ответы
finish-title = Стереть все твои записи?
finish-body = Все твои ответы и цели будут удалены с этого планшета. Никто после тебя их не увидит. Если хочешь, чтобы твой план был у человека, который тебе помогает, сначала поделись им.
finish-erase = Стереть сейчас
finish-share-first = Сначала распечатать план или взять его с собой
idle-title = Ты ещё здесь?
idle-body = { $count ->
    [one] Чтобы никто не увидел твои ответы, они сотрутся через { $count } секунду.
    [few] Чтобы никто не увидел твои ответы, они сотрутся через { $count } секунды.
    [many] Чтобы никто не увидел твои ответы, они сотрутся через { $count } секунд.
   *[other] Чтобы никто не увидел твои ответы, они сотрутся через { $count } секунды.
}
idle-stay = Я ещё здесь

## Settings

settings-title = Настройки
settings-display-title = Как выглядит приложение
settings-contrast = Высокий контраст: чёрный текст на белом фоне, чёткие рамки
settings-stored-title = Что хранится на этом устройстве
settings-stored-personal = Твои ответы и выбранный язык сохраняются в этом браузере, только на этом устройстве. Их может увидеть любой, кто пользуется этим устройством и этим браузером.
settings-persist-granted = Этот браузер согласился хранить твои ответы, даже когда на устройстве мало места.
settings-persist-refused = Этот браузер может удалить твои ответы, если на устройстве кончится место. Поделись своим планом, чтобы сохранить копию.
settings-delete = Удалить мои данные
settings-delete-confirm = Удалить все твои ответы и цели с этого устройства? Отменить это будет нельзя.
settings-delete-yes = Да, удалить всё
settings-deleted = Твои данные удалены с этого устройства.
settings-staff-title = Для сотрудников: как используется это устройство
settings-mode-label = Тип устройства
settings-mode-personal = Личное устройство: ответы хранятся, пока человек сам их не удалит
settings-mode-kiosk = Общий планшет: ответы стираются после каждого человека
settings-idle-label = Сколько минут без касаний до предупреждения (общий планшет)
settings-save = Сохранить и перезапустить

## Messages about saved answers

notice-draft-unreadable = Нам не удалось прочитать ответы, сохранённые на этом устройстве. Мы отложили их в сторону, так что ничего не удалено. Здесь можно начать заново.
notice-storage-full = На этом устройстве закончилось место, поэтому твои ответы сейчас не сохраняются. Они всё ещё на экране. Пожалуйста, освободи немного места или поделись своим планом.
notice-too-new = Твои ответы сохранены в более новой версии Waymark. Закрой страницу и открой её снова, чтобы обновить. А пока изменения здесь не сохраняются.
notice-storage-off = Этот браузер не даёт Waymark ничего сохранять. Твои ответы будут здесь, только пока страница открыта.
notice-close = Понятно

## Moving between steps

nav-back = Назад
nav-next = Далее
nav-steps = Шаги
progress-label = Твой прогресс
progress-skipped = (пропущено)

## The four parts of the self-assessment

part-strengths = Сильные стороны
part-weaknesses = Что трудно
part-opportunities = Что может помочь
part-threats = Что беспокоит

question-strengths = Что у тебя хорошо получается? Что сейчас идёт хорошо?
hint-strengths = Подумай о том, что ты умеешь, о людях, которые тебе помогают, и о том, что у тебя есть.
example-strengths = Например: «Я умею чинить велосипеды». «Мне помогает сестра».
question-weaknesses = Что сейчас даётся тебе трудно?
hint-weaknesses = Трудные времена бывают у всех. Если записать их, будет легче получить поддержку.
example-weaknesses = Например: «У меня нет адреса для писем». «Я плохо сплю».
question-opportunities = Что могло бы тебе помочь?
hint-opportunities = Подумай о местах, людях или службах рядом, которые могут помочь.
example-opportunities = Например: «В библиотеке есть бесплатные компьютеры». «Друг может одолжить мне телефон».
question-threats = Что тебя беспокоит?
hint-threats = Подумай, что может скоро пойти не так или из-за чего ты чувствуешь себя в опасности.
example-threats = Например: «Моё место в приюте — только до пятницы». «У меня долг».

count-strengths = { $count ->
    [one] { $count } сильная сторона
    [few] { $count } сильные стороны
    [many] { $count } сильных сторон
   *[other] { $count } сильной стороны
}
count-weaknesses = { $count ->
    [one] { $count } трудность
    [few] { $count } трудности
    [many] { $count } трудностей
   *[other] { $count } трудности
}
count-opportunities = { $count ->
    [one] { $count } возможность
    [few] { $count } возможности
    [many] { $count } возможностей
   *[other] { $count } возможности
}
count-threats = { $count ->
    [one] { $count } переживание
    [few] { $count } переживания
    [many] { $count } переживаний
   *[other] { $count } переживания
}

ideas-title = Идеи. Нажми на идею, чтобы добавить её.
idea-added = Добавлено
own-words-label = Или напиши своими словами
add = Добавить
your-answers = Твои ответы
nothing-yet = Здесь пока ничего нет. Это нормально. Этот шаг можно пропустить.
edit = Изменить
save = Сохранить
cancel = Отмена
remove = Убрать
move-up = Поднять выше
move-down = Опустить ниже
edit-answer-label = Измени свой ответ

## Read aloud

read-aloud = Прочитать вслух
read-aloud-no-voice = На этом устройстве нет голоса для этого языка
read-plan-aloud = Прочитать мой план вслух
stop-reading = Остановить чтение

## Goals

part-goals = Мои цели
question-goals = Что ты хочешь изменить?
hint-goals = Выбери то, что важно для тебя. Маленькие шаги помогают. Самую важную цель поставь наверх.
example-goals = Например: «Получить новый паспорт до зимы». Первый шаг: «Попросить бланк».
goal-from-worry = Создать цель из того, что трудно или что тебя беспокоит
goal-from-strength = Создать цель из сильной стороны или из того, что может помочь
goal-add = Добавить цель
goal-untitled = Новая цель (пока без названия)
goal-count = { $count ->
    [one] { $count } цель
    [few] { $count } цели
    [many] { $count } целей
   *[other] { $count } цели
}
goals-empty = Целей пока нет. Можешь добавить цель или пропустить этот шаг.
goal-steps-done = { $count ->
    [one] Сделано { $done } из { $count } шага
    [few] Сделано { $done } из { $count } шагов
    [many] Сделано { $done } из { $count } шагов
   *[other] Сделано { $done } из { $count } шага
}
goal-close = Закрыть
goal-remove-confirm = Убрать эту цель и все её шаги?
goal-remove-yes = Да, убрать
goal-title-label = Чего я хочу
goal-area-label = Сфера жизни
area-none = Не выбрано
goal-why-label = Почему это важно для меня (можно пропустить)
goal-steps-label = Маленькие шаги
step-text-label = Шаг { $number }
step-due-label = Дата для шага { $number }
step-done-label = Шаг { $number } сделан
step-add = Добавить шаг
goal-target-label = Когда я хочу этого достичь
goal-helped-by-label = Что мне в этом помогает
goal-addresses-label = О чём эта цель
goal-help-wanted-label = Какая помощь мне нужна от человека, который меня поддерживает
links-empty = Пока не из чего выбирать. Здесь появятся твои ответы из прошлых шагов.

## Review

part-review = Проверка
review-title = Твой план
review-hint = Это увидит человек, который тебе помогает, если ты решишь поделиться планом. Ты всё ещё можешь что угодно изменить.
review-skipped = Пропущено
review-no-goals = Целей пока нет.
review-target = Срок: { $date }
review-due = до { $date }
review-step-done = Сделано:
review-step-open = Нужно сделать:
review-why = Почему это важно:
review-helped-by = Что помогает:
review-addresses = О чём это:
review-help-wanted = Какая помощь нужна:

## Sharing

part-share = Поделиться
share-title = Поделись своим планом
share-hint = Ты решаешь, чем поделиться и как. Waymark сам ничего не отправляет.
share-choose = Что включить
share-choose-hint = Сними галочку со всего, что хочешь оставить только для себя.
share-nothing = Пока нечем поделиться.
share-pin-toggle = Защитить PIN-кодом
share-pin-label = PIN-код (не меньше 4 цифр или букв)
share-pin-hint = Скажи PIN-код лично человеку, который тебе помогает. Не отправляй его вместе со ссылкой.
share-pin-short = PIN-код слишком короткий. Нужно не меньше 4 цифр или букв.
share-make = Создать мой код
share-making = Создаём твой код…
share-failed = Что-то пошло не так. Твой план в безопасности. Попробуй ещё раз.
share-qr-title = Покажи это человеку, который тебе помогает
share-qr-alt = QR-код твоего плана
share-qr-hint = Человек, который тебе помогает, может отсканировать его камерой телефона.
share-qr-too-long = Твой план слишком длинный для одного QR-кода. Лучше отправь ссылку или сохрани файл.
share-copy-link = Копировать ссылку
share-copy-code = Копировать код
share-download = Сохранить как файл
share-print = Распечатать
share-copy-text = Копировать как текст
share-copied = Скопировано.
share-copy-failed = Не получилось скопировать. Выдели текст и скопируй его вручную.
share-link-label = Твоя ссылка

## Life areas

area-housing = Жильё
area-documents = Документы и паспорт
area-health = Здоровье
area-mental-health = Чувства и психическое здоровье
area-money = Деньги и пособия
area-food = Еда
area-clothing = Одежда
area-work = Работа и учёба
area-family = Семья и друзья
area-safety = Безопасность
area-legal = Юридическая помощь
area-daily-living = Повседневная жизнь

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = У меня есть действующий паспорт или другой документ
chip-safe-place-tonight = Мне есть где безопасно переночевать сегодня
chip-good-health = В целом у меня хорошее здоровье
chip-keep-going = Я не сдаюсь, когда трудно
chip-manage-money = Я умею распоряжаться небольшими деньгами
chip-can-cook = Я умею готовить простую еду
chip-work-experience = У меня есть опыт работы
chip-speak-languages = Я говорю на нескольких языках
chip-someone-i-trust = Есть человек, которому я доверяю
chip-have-phone = У меня есть рабочий телефон
chip-id-lost = Мой паспорт или другой документ потерян или просрочен
chip-no-stable-home = У меня нет постоянного жилья
chip-health-problem = Проблемы со здоровьем мешают мне в обычной жизни
chip-alcohol-drugs = Из-за алкоголя или наркотиков у меня проблемы
chip-feel-low = Мне часто грустно или тревожно
chip-no-income = У меня нет постоянного дохода
chip-debts = У меня есть долги
chip-no-warm-clothes = У меня нет тёплой одежды
chip-forms-hard = Бланки и письма даются мне трудно
chip-shelter-place = Мне могут дать место в приюте или общежитии
chip-free-doctor = Я могу бесплатно сходить к врачу
chip-support-group = Рядом со мной собирается группа поддержки
chip-benefits-right = Возможно, мне положено пособие
chip-free-meals = Рядом со мной есть место, где можно бесплатно поесть
chip-clothes-bank = В пункте выдачи одежды мне могут дать одежду
chip-course = Есть курсы или обучение, куда я могу пойти
chip-family-help = Кто-то из моей семьи может помочь
chip-legal-advice = Я могу получить бесплатную юридическую консультацию
chip-eviction = Я могу потерять место, где живу
chip-sleep-outside-cold = Становится холодно, а я сплю на улице
chip-health-worse = Моё здоровье ухудшается
chip-benefits-stop = Мне могут перестать платить пособие
chip-hunger = Мне не всегда хватает еды
chip-lose-contact-children = Я могу потерять связь со своими детьми
chip-someone-hurting-me = Кто-то причиняет мне вред или угрожает мне
chip-theft = Мои вещи могут украсть
chip-court-or-fine = У меня суд или штраф, который надо заплатить

## When the screens after Welcome are fetched (the first time only)
screens-loading = Минутку…
screens-unavailable-title = Эта страница не открылась
screens-unavailable-body = Проверь, есть ли интернет, и попробуй ещё раз. Твои ответы в безопасности.
try-again = Попробовать ещё раз

status-not-started = Ещё не начато
status-on-my-way = В процессе
status-done = Сделано
status-put-aside = Отложено
fit-keep = Оставить
fit-change = Изменить
fit-put-aside = Отложить
choice-waiting = Пока без ответа
hours-mon = по понедельникам
hours-tue = по вторникам
hours-wed = по средам
hours-thu = по четвергам
hours-fri = по пятницам
hours-sat = по субботам
hours-sun = по воскресеньям
hours-weekdays = С понедельника по пятницу
hours-every-day = Каждый день
hours-from = с { $time }
hours-until = до { $time }
choice-yes = Ответ: да
choice-not-now = Не сейчас

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = Код или ссылка
import-open = Открыть план
import-file = Или открыть файл
import-scan = Отсканировать QR-код камерой
import-scan-hint = QR-код нужно держать перед камерой.
import-scan-stop = Выключить камеру
import-scan-failed = Не удалось включить камеру. Вместо этого можно вставить код или открыть файл.
import-pin-label = PIN-код
import-tries-left = { $count ->
    [one] Осталась { $count } попытка
    [few] Осталось { $count } попытки
    [many] Осталось { $count } попыток
   *[other] Осталось { $count } попытки
}
error-not-a-code = Это не код Waymark. Стоит проверить, что он скопирован целиком.
error-truncated = Этот код повреждён или неполон: не хватает конца. Нужно скопировать код или ссылку целиком.
error-too-new = Этот код создан в более новой версии Waymark. Нужно перезагрузить страницу, чтобы обновить её, и попробовать ещё раз.
error-pin-needed = Этот план защищён. Нужно ввести PIN-код.
error-wrong-pin = Неверный PIN-код.
error-too-large = Этот план слишком большой, его нельзя открыть.
error-invalid = Эта версия Waymark не может прочитать некоторые части плана.
error-is-answer = Это ответ социального работника, а не план. Его нужно открыть на телефоне или планшете, где есть этот план.
error-is-plan = Это план, а не ответ социального работника.
continue-pin-hint = Введи PIN-код, выбранный для этого плана. Если ты его не помнишь, никто не сможет открыть этот план, даже человек, который тебе помогает. Вместо этого можно начать новый план.
continue-locked = Слишком много неверных PIN-кодов. Снова отсканируй код с листка или открой ссылку, чтобы попробовать ещё раз. Или начни новый план.
continue-damaged = Этот код повреждён или неполон. Скопируй ссылку целиком или отсканируй QR-код ещё раз.
continue-file = Не удалось прочитать этот файл. Выбери файл своего плана, сохранённый из Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = У меня уже есть план
welcome-check-in = Как идут дела? Расскажи об этом
continue-title = Продолжи работу над своим планом
continue-hint = Отсканируй QR-код на своём листке, вставь ссылку или код — или открой файл своего плана.
continue-replace-title = На этом устройстве уже есть план
continue-replace-body = Хочешь вместо него пользоваться планом, который только что открыт? План, который сейчас здесь, будет сохранён на этом устройстве отдельно. Он не будет удалён.
continue-replace = Использовать открытый план
continue-keep = Оставить план, который у меня есть
continue-opened = Твой план здесь. Можно продолжать работу над ним.

## Check-in: "How is it going?"
check-in-title = Как идут дела?
check-in-hint = Посмотри на каждую цель. Пиши столько, сколько хочешь. Здесь ничего не обязательно заполнять.
check-in-no-goals = У тебя пока нет целей. Сначала добавь цель, а потом вернись сюда.
check-in-steps = Какие шаги уже сделаны?
check-in-no-steps = У этой цели пока нет шагов.
check-in-status = На каком этапе сейчас эта цель?
check-in-words = Что произошло или что тебе сейчас нужно?
check-in-fit = Эта цель всё ещё тебе подходит?
check-in-save = Сохранить запись
check-in-saved = Сохранено. Спасибо, что рассказываешь, как у тебя дела.
check-in-nothing = Ничего не изменено, поэтому ничего не сохранено.
check-in-not-now = Не сейчас
review-status = Сейчас:
review-history = Записи о прогрессе:

## What changed since the plan was last shared (Review, Share)
since-title = Что изменилось с { $date }, когда планом поделились
since-steps = { $count ->
    [one] { $count } шаг сделан
    [few] { $count } шага сделаны
    [many] { $count } шагов сделано
   *[other] { $count } шага сделано
}
since-goals-done = { $count ->
    [one] { $count } цель достигнута
    [few] { $count } цели достигнуты
    [many] { $count } целей достигнуто
   *[other] { $count } цели достигнуто
}
since-goals-put-aside = { $count ->
    [one] { $count } цель отложена
    [few] { $count } цели отложены
    [many] { $count } целей отложено
   *[other] { $count } цели отложено
}
since-new = { $count ->
    [one] { $count } новый ответ или цель
    [few] { $count } новых ответа или цели
    [many] { $count } новых ответов или целей
   *[other] { $count } нового ответа или цели
}
since-removed = { $count ->
    [one] Убран { $count } ответ или цель
    [few] Убрано { $count } ответа или цели
    [many] Убрано { $count } ответов или целей
   *[other] Убрано { $count } ответа или цели
}
since-check-ins = { $count ->
    [one] { $count } запись о прогрессе
    [few] { $count } записи о прогрессе
    [many] { $count } записей о прогрессе
   *[other] { $count } записи о прогрессе
}
since-nothing = С тех пор ничего не изменилось.
mark-new = Новое
mark-done-since = Сделано с прошлого раза

## The take-away sheet (printed from the Share step)
print-title = Мой план
print-date = Распечатано { $date }
print-alias = Имя: { $alias }
print-scan = Отсканируй этот код, чтобы продолжить работу над планом, или покажи его человеку, который тебе помогает.
print-words-toggle = Распечатать на листке и мои слова
print-words-warning = Любой, кто найдёт этот листок, сможет прочитать твои слова.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = Что предлагает человек, который тебе помогает
answers-hint = Ты решаешь. Ничего не попадёт в твой план без твоего согласия. Потом можно передумать.
answers-list = Предложения
answers-open = Открыть ответ
answers-open-another = Открыть другой ответ
answers-done = Посмотреть мой план
answer-from = Ответ от: { $name }
answer-for-goal = Для твоей цели: { $goal }
answer-yes = Да, добавить
answer-not-now = Не сейчас
answer-taken = Теперь это есть в твоём плане, в разделе «Моя поддержка».
answer-step-added = Теперь этот шаг есть в твоей цели.
answer-other-plan = Этот ответ — для плана, которого ещё нет на этом устройстве. Сначала открой свой план: по QR-коду, по ссылке или из файла. Тогда откроется и ответ.
answer-open-plan = Открыть мой план
answer-forget = Не сейчас
answer-pin-hint = Введи PIN-код, выбранный для твоего плана. У ответа от человека, который тебе помогает, тот же PIN-код.
answer-damaged = Этот ответ повреждён или неполон. Скопируй ссылку целиком или отсканируй QR-код ещё раз.
answer-file = Не удалось прочитать этот файл. Выбери файл ответа, который тебе дали.
offer-service = Кто может помочь
offer-step = Маленький шаг
offer-meeting = Твоя следующая встреча
offer-message = Сообщение
meeting-when = { $date } в { $time }
support-phone = Телефон: { $phone }
support-title = Моя поддержка
support-all-title = Предложения и ответы клиента
support-from = Предлагает: { $name }
review-answers = { $count ->
    [0] Предложения от человека, который тебе помогает
    [one] { $count } предложение ждёт твоего ответа
    [few] { $count } предложения ждут твоего ответа
    [many] { $count } предложений ждут твоего ответа
   *[other] { $count } предложения ждут твоего ответа
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = Этот файл слишком большой для справочника служб (больше 8 МБ).
directory-empty = В этом справочнике нет ни одной службы.
directory-not-json = Это не файл JSON. Ошибка в строке { $line }.
directory-not-hsds = Этот файл JSON — не справочник служб Open Referral: ни у одной службы нет идентификатора и названия.
directory-not-csv = Не удалось прочитать { $file } как файл CSV (строка { $line }).
directory-missing-column = В файле { $file } нет столбца «{ $column }».
directory-no-services-csv = Среди файлов CSV должен быть services.csv.
directory-too-many = В этом справочнике больше 5000 служб. Загрузите справочник поменьше.
directory-too-new = Этот справочник сохранён более новой версией Waymark. Загрузите его файл ещё раз.
directory-damaged = Не удалось прочитать справочник, сохранённый на этом устройстве. Загрузите его файл ещё раз.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = Здесь, в этом центре
centre-hint = Службы, которые есть здесь. Нажми на службу, чтобы добавить её.
gaps-title = Что могло бы тебе помочь, но чего здесь нет?
gaps-hint = Можно не отвечать. Это поможет центру увидеть, чего не хватает поблизости.
gaps-label = Чего не хватает
gaps-add = Добавить
gaps-remove = Убрать это
gaps-summary-title = Чего не хватает поблизости

## Staff settings: this centre's services on the device
centre-setup-title = Службы этого центра
centre-setup-hint = Файл Open Referral (HSDS): один файл JSON или файлы CSV из пакета данных. Клиенты видят эти службы в разделе «Здесь, в этом центре». Службы остаются на этом устройстве, когда данные клиента стираются.
centre-load = Загрузить службы центра
centre-none = Службы не загружены.
centre-count = { $count ->
    [one] Загружена { $count } служба.
    [few] Загружено { $count } службы.
    [many] Загружено { $count } служб.
   *[other] Загружено { $count } службы.
}
centre-remove = Удалить службы
centre-no-room = На этом устройстве нет места для служб. Попробуйте файл поменьше.
answer-no-room = Этот ответ не помещается: в твоём плане уже почти нет места. Попроси человека, который тебе помогает, дать ответ покороче.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = Этот план запечатан для организации. Открыть его может только эта организация.
error-is-agency-key = Это ключ организации, а не план.
sealed-needs = Этот план запечатан для организации «{ $agency }». Открыть его можно только ключом этой организации.
sealed-unlock = Разблокируйте ниже ключ вашей организации или откройте файл этого ключа.
sealed-not-yours = Здесь его открыть нельзя. Если хочешь дальше работать над своим планом, поделись им ещё раз, но не запечатывай его.
agency-fingerprint = Слова для проверки ключа:
connect-title = Запечатывать твои планы для организации «{ $agency }»?
connect-title-none = Запечатывать планы для организации
connect-hint = Когда ты делишься планом, открыть его сможет только организация «{ $agency }». Больше никто не сможет его прочитать: ни человек, который найдёт код, ни даже ты.
connect-check = Проверь, что эти слова такие же, как на плакате или как тебе показывают сотрудники:
connect-yes = Да, запечатывать мои планы для этой организации
connect-no = Нет, спасибо
connect-done = Готово. Теперь каждый план, которым ты делишься, будет запечатан для организации «{ $agency }».
connect-back = Вернуться в начало
connect-damaged = Этот код повреждён. Попроси у сотрудников новый.
connect-kiosk = На этом общем планшете сотрудники сами выбирают, для какой организации запечатываются планы.
connect-none = Здесь нет кода организации.
agency-unreadable = Это устройство должно запечатывать твои планы для организации, но её ключ здесь повреждён, поэтому твои планы не запечатываются. Пожалуйста, скажи об этом сотрудникам.
connect-replaces = Сейчас твои планы запечатываются для организации «{ $agency }». Если ты согласишься, они будут запечатываться для новой организации вместо неё.
agency-settings-title = Запечатанные планы
agency-settings-hint = Планы, которыми ты делишься отсюда, может открыть только организация «{ $agency }».
agency-settings-none = Планы, которыми ты делишься отсюда, не запечатываются ни для какой организации.
agency-staff-set = Это настроили сотрудники на этом планшете.
agency-remove = Больше не запечатывать мои планы для этой организации
agency-removed = Твои планы больше не запечатываются для этой организации.
share-seal-toggle = Открыть это сможет только организация «{ $agency }»
share-seal-hint = Запечатанный код не сможешь открыть даже ты. Если хочешь работать над планом на другом телефоне, сними эту галочку.
share-seal-off-hint = Любой, у кого есть этот код, сможет открыть твой план. Ниже можно добавить PIN-код.

# Waymark — Ukrainian. Plain words, short sentences: aim for a reading age of about 9.
# Every message here must exist in every other locale (a test checks).
# Informal "ти". Chips are in the first person, without past-tense verbs (they would mark gender).

app-name = Waymark

## Language picker

language-label = Мова
language-choose = Обери свою мову

## Welcome

welcome-title = Твій план — твоїми словами
welcome-intro = Подумай, що зараз іде добре, що дається важко і що ти хочеш змінити. Ти вирішуєш, що писати. Будь-що можна пропустити.
privacy-title = Твої відповіді залишаються в тебе
privacy-body = Усе, що ти пишеш, залишається на цьому пристрої. Нічого не надсилається через інтернет. Тільки ти вирішуєш, чи ділитися цим і з ким.
privacy-stored = Твої відповіді зберігаються на цьому пристрої, тож до них можна повернутися пізніше.
start = Почати
continue = Продовжити
welcome-case-manager = Для соціальних працівників: відкрити план клієнта
welcome-stored-note = Щоб видалити їх, відкрий «Налаштування» й обери «Видалити мої дані».
kiosk-note = Це спільний планшет. Коли ти закінчиш або якщо його якийсь час ніхто не торкатиметься, усе, що ти тут пишеш, буде стерто.

## Shared tablet: finishing and the inactivity warning

finish-button = Завершити й стерти мої відповіді
finish-title = Стерти всі твої записи?
finish-body = Усі твої відповіді й цілі буде видалено з цього планшета. Ніхто після тебе їх не побачить. Якщо хочеш, щоб твій план був у людини, яка тобі допомагає, спочатку поділися ним.
finish-erase = Стерти зараз
finish-share-first = Спочатку надрукувати план або взяти його з собою
idle-title = Ти ще тут?
idle-body = { $count ->
    [one] Щоб твої відповіді ніхто не побачив, їх буде стерто через { $count } секунду.
    [few] Щоб твої відповіді ніхто не побачив, їх буде стерто через { $count } секунди.
    [many] Щоб твої відповіді ніхто не побачив, їх буде стерто через { $count } секунд.
   *[other] Щоб твої відповіді ніхто не побачив, їх буде стерто через { $count } секунди.
}
idle-stay = Я ще тут

## Settings

settings-title = Налаштування
settings-display-title = Вигляд застосунку
settings-contrast = Висока контрастність: чорний текст на білому тлі, чіткі рамки
settings-stored-title = Що зберігається на цьому пристрої
settings-stored-personal = Твої відповіді та вибрана мова зберігаються в цьому браузері, тільки на цьому пристрої. Їх може побачити кожен, хто користується цим пристроєм і цим браузером.
settings-persist-granted = Цей браузер погодився зберігати твої відповіді, навіть коли на пристрої мало місця.
settings-persist-refused = Цей браузер може видалити твої відповіді, якщо на пристрої закінчуватиметься місце. Поділися своїм планом, щоб мати його копію.
settings-delete = Видалити мої дані
settings-delete-confirm = Видалити всі твої відповіді й цілі з цього пристрою? Скасувати це буде неможливо.
settings-delete-yes = Так, видалити все
settings-deleted = Твої дані видалено з цього пристрою.
settings-staff-title = Для працівників: як використовується цей пристрій
settings-mode-label = Тип пристрою
settings-mode-personal = Особистий пристрій: відповіді зберігаються, доки людина їх не видалить
settings-mode-kiosk = Спільний планшет: відповіді стираються після кожної людини
settings-idle-label = Скільки хвилин без дотику до попередження (спільний планшет)
settings-save = Зберегти й перезапустити

## Messages about saved answers

notice-draft-unreadable = Ми не змогли прочитати відповіді, збережені на цьому пристрої. Ми відклали їх окремо, тож нічого не видалено. Тут можна почати спочатку.
notice-storage-full = На цьому пристрої закінчилося місце, тому твої відповіді зараз не зберігаються. Вони все ще є на екрані. Будь ласка, звільни трохи місця або поділися своїм планом.
notice-too-new = Твої відповіді збережено в новішій версії Waymark. Закрий сторінку й відкрий її знову, щоб оновити. До того часу зміни тут не зберігаються.
notice-storage-off = Цей браузер не дозволяє Waymark нічого зберігати. Твої відповіді будуть тут, тільки поки сторінка відкрита.
notice-close = Добре

## Moving between steps

nav-back = Назад
nav-next = Далі
nav-steps = Кроки
progress-label = Твій прогрес
progress-skipped = (пропущено)

## The four parts of the self-assessment

part-strengths = Сильні сторони
part-weaknesses = Що важко
part-opportunities = Що може допомогти
part-threats = Що турбує

question-strengths = Що тобі добре вдається? Що зараз іде добре?
hint-strengths = Подумай про те, що ти вмієш, про людей, які тобі допомагають, і про те, що в тебе є.
example-strengths = Наприклад: «Я вмію лагодити велосипеди». «Мені допомагає сестра».
question-weaknesses = Що тобі зараз дається важко?
hint-weaknesses = Важкі часи бувають у всіх. Якщо це записати, тобі буде легше отримати підтримку.
example-weaknesses = Наприклад: «У мене немає адреси, куди можуть приходити листи». «Я погано сплю».
question-opportunities = Що могло б тобі допомогти?
hint-opportunities = Подумай про місця, людей чи служби поруч, які можуть допомогти.
example-opportunities = Наприклад: «У бібліотеці є безкоштовні комп’ютери». «Знайомі можуть позичити мені телефон».
question-threats = Що тебе турбує?
hint-threats = Подумай, що може скоро піти не так або через що ти почуваєшся в небезпеці.
example-threats = Наприклад: «Моє місце в притулку — тільки до п’ятниці». «Мені треба віддати борг».

count-strengths = { $count ->
    [one] { $count } сильна сторона
    [few] { $count } сильні сторони
    [many] { $count } сильних сторін
   *[other] { $count } сильних сторін
}
count-weaknesses = { $count ->
    [one] { $count } складність
    [few] { $count } складності
    [many] { $count } складностей
   *[other] { $count } складностей
}
count-opportunities = { $count ->
    [one] { $count } можливість
    [few] { $count } можливості
    [many] { $count } можливостей
   *[other] { $count } можливостей
}
count-threats = { $count ->
    [one] { $count } переживання
    [few] { $count } переживання
    [many] { $count } переживань
   *[other] { $count } переживання
}

ideas-title = Ідеї. Натисни на ідею, щоб додати її.
idea-added = Додано
own-words-label = Або напиши своїми словами
add = Додати
your-answers = Твої відповіді
nothing-yet = Тут поки нічого немає. Це нормально. Цей крок можна пропустити.
edit = Змінити
save = Зберегти
cancel = Скасувати
remove = Видалити
move-up = Перемістити вище
move-down = Перемістити нижче
edit-answer-label = Зміни свою відповідь

## Read aloud

read-aloud = Прочитати вголос
read-aloud-no-voice = На цьому пристрої немає голосу для цієї мови
read-plan-aloud = Прочитати мій план уголос
stop-reading = Зупинити читання

## Goals

part-goals = Мої цілі
question-goals = Що ти хочеш змінити?
hint-goals = Обери те, що важливо для тебе. Маленькі кроки допомагають. Найважливішу ціль постав першою.
example-goals = Наприклад: «Оформити новий паспорт до зими». Перший крок: «Попросити бланк заяви».
goal-from-worry = Створити ціль із того, що важко або що тебе турбує
goal-from-strength = Створити ціль із сильної сторони або з того, що може допомогти
goal-add = Додати ціль
goal-untitled = Нова ціль (ще без назви)
goal-count = { $count ->
    [one] { $count } ціль
    [few] { $count } цілі
    [many] { $count } цілей
   *[other] { $count } цілі
}
goals-empty = Цілей поки немає. Можеш додати ціль або пропустити цей крок.
goal-steps-done = { $count ->
    [one] Виконано { $done } з { $count } кроку
    [few] Виконано { $done } з { $count } кроків
    [many] Виконано { $done } з { $count } кроків
   *[other] Виконано { $done } з { $count } кроку
}
goal-close = Закрити
goal-remove-confirm = Видалити цю ціль і всі її кроки?
goal-remove-yes = Так, видалити
goal-title-label = Чого я хочу
goal-area-label = Сфера життя
area-none = Не вибрано
goal-why-label = Чому це важливо для мене (можна пропустити)
goal-steps-label = Маленькі кроки
step-text-label = Крок { $number }
step-due-label = Дата для кроку { $number }
step-done-label = Крок { $number } виконано
step-add = Додати крок
goal-target-label = Коли я хочу цього досягти
goal-helped-by-label = Що мені в цьому допомагає
goal-addresses-label = Чого стосується ця ціль
goal-help-wanted-label = Яка допомога мені потрібна від людини, яка мене підтримує
links-empty = Поки що нема з чого вибирати. Тут з’являться твої відповіді з попередніх кроків.

## Review

part-review = Перегляд
review-title = Твій план
review-hint = Ось що побачить людина, яка тобі допомагає, якщо ти вирішиш поділитися планом. Ти ще можеш будь-що змінити.
review-skipped = Пропущено
review-no-goals = Цілей поки немає.
review-target = Досягти до { $date }
review-due = до { $date }
review-step-done = Виконано:
review-step-open = Треба зробити:
review-why = Чому це важливо:
review-helped-by = Що допомагає:
review-addresses = Чого стосується:
review-help-wanted = Яка допомога потрібна:

## Sharing

part-share = Поділитися
share-title = Поділися своїм планом
share-hint = Ти вирішуєш, чим поділитися і як. Waymark сам нічого не надсилає.
share-choose = Що включити
share-choose-hint = Зніми позначку з усього, що хочеш залишити тільки для себе.
share-nothing = Поки що нема чим поділитися.
share-pin-toggle = Захистити PIN-кодом
share-pin-label = PIN-код (щонайменше 4 цифри або літери)
share-pin-hint = Скажи PIN-код особисто людині, яка тобі допомагає. Не надсилай його разом із посиланням.
share-pin-short = PIN-код закороткий. Потрібно щонайменше 4 цифри або літери.
share-make = Створити мій код
share-making = Створюємо твій код…
share-failed = Щось пішло не так. Твій план у безпеці. Спробуй ще раз.
share-qr-title = Покажи це людині, яка тобі допомагає
share-qr-alt = QR-код твого плану
share-qr-hint = Людина, яка тобі допомагає, може відсканувати його камерою телефона.
share-qr-too-long = Твій план задовгий для одного QR-коду. Краще надішли посилання або збережи файл.
share-copy-link = Копіювати посилання
share-copy-code = Копіювати код
share-download = Зберегти як файл
share-print = Надрукувати
share-copy-text = Копіювати як текст
share-copied = Скопійовано.
share-copy-failed = Не вдалося скопіювати. Виділи текст і скопіюй його вручну.
share-link-label = Твоє посилання

## Life areas

area-housing = Житло
area-documents = Документи й посвідчення
area-health = Здоров’я
area-mental-health = Почуття і психічне здоров’я
area-money = Гроші та виплати
area-food = Їжа
area-clothing = Одяг
area-work = Робота й навчання
area-family = Родина й друзі
area-safety = Безпека
area-legal = Юридична допомога
area-daily-living = Повсякденне життя

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = У мене є дійсний паспорт чи інше посвідчення
chip-safe-place-tonight = Сьогодні мені є де безпечно переночувати
chip-good-health = Здоров’я в мене загалом добре
chip-keep-going = Я не здаюся, коли важко
chip-manage-money = Я вмію розподіляти гроші, навіть коли їх мало
chip-can-cook = Я вмію готувати просту їжу
chip-work-experience = У мене є досвід роботи
chip-speak-languages = Я розмовляю кількома мовами
chip-someone-i-trust = Є людина, якій я довіряю
chip-have-phone = У мене є справний телефон
chip-id-lost = Мої документи загубилися або прострочені
chip-no-stable-home = У мене немає постійного житла
chip-health-problem = Через проблеми зі здоров’ям мені важко в повсякденному житті
chip-alcohol-drugs = Через алкоголь чи наркотики в мене проблеми
chip-feel-low = Мені часто сумно або тривожно
chip-no-income = У мене немає постійного доходу
chip-debts = У мене є борги
chip-no-warm-clothes = У мене немає теплого одягу
chip-forms-hard = Мені важко розібратися з бланками й листами
chip-shelter-place = Мені можуть дати місце в притулку чи соціальному гуртожитку
chip-free-doctor = Я можу безкоштовно піти до лікаря
chip-support-group = Недалеко від мене збирається група підтримки
chip-benefits-right = Можливо, я маю право на соціальні виплати
chip-free-meals = У центрі допомоги поруч зі мною можна безкоштовно поїсти
chip-clothes-bank = У благодійному пункті мені можуть дати одяг
chip-course = Я можу піти на курси чи навчання
chip-family-help = Хтось із рідних може мені допомогти
chip-legal-advice = Я можу безкоштовно порадитися з юристом
chip-eviction = Я можу втратити місце, де зараз живу
chip-sleep-outside-cold = Холодає, а я ночую на вулиці
chip-health-worse = Моє здоров’я погіршується
chip-benefits-stop = Мені можуть припинити виплати
chip-hunger = Мені не завжди вистачає їжі
chip-lose-contact-children = Я можу втратити зв’язок зі своїми дітьми
chip-someone-hurting-me = Хтось кривдить мене або погрожує мені
chip-theft = Мої речі можуть украсти
chip-court-or-fine = У мене є судова справа або штраф, який треба сплатити

## When the screens after Welcome are fetched (the first time only)
screens-loading = Хвилинку…
screens-unavailable-title = Ця сторінка не відкрилася
screens-unavailable-body = Перевір, чи є інтернет, і спробуй ще раз. Твої відповіді в безпеці.
try-again = Спробувати ще раз

status-not-started = Ще не почато
status-on-my-way = У процесі
status-done = Зроблено
status-put-aside = Відкладено
fit-keep = Залишити
fit-change = Змінити
fit-put-aside = Відкласти
choice-waiting = Ще без відповіді
hours-mon = по понеділках
hours-tue = по вівторках
hours-wed = по середах
hours-thu = по четвергах
hours-fri = по п’ятницях
hours-sat = по суботах
hours-sun = по неділях
hours-weekdays = З понеділка по п’ятницю
hours-every-day = Щодня
hours-from = з { $time }
hours-until = до { $time }
choice-yes = Відповідь: так
choice-not-now = Не зараз

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = Код або посилання
import-open = Відкрити план
import-file = Або відкрити файл
import-scan = Відсканувати QR-код камерою
import-scan-hint = QR-код потрібно тримати перед камерою.
import-scan-stop = Вимкнути камеру
import-scan-failed = Не вдалося увімкнути камеру. Натомість можна вставити код або відкрити файл.
import-pin-label = PIN-код
import-tries-left = { $count ->
    [one] Залишилася { $count } спроба
    [few] Залишилося { $count } спроби
    [many] Залишилося { $count } спроб
   *[other] Залишилося { $count } спроби
}
error-not-a-code = Це не код Waymark. Варто перевірити, чи скопійовано його повністю.
error-truncated = Цей код пошкоджений або неповний: бракує кінця. Потрібно скопіювати весь код або посилання.
error-too-new = Цей код створено в новішій версії Waymark. Потрібно перезавантажити сторінку, щоб оновити Waymark, і спробувати ще раз.
error-pin-needed = Цей план захищено. Потрібно ввести PIN-код.
error-wrong-pin = Неправильний PIN-код.
error-too-large = Цей план завеликий, його не вдасться відкрити.
error-invalid = Ця версія Waymark не може прочитати деякі частини цього плану.
error-is-answer = Це відповідь соціального працівника, а не план. Її потрібно відкрити на телефоні чи планшеті, де є цей план.
error-is-plan = Це план, а не відповідь соціального працівника.
continue-pin-hint = Введи PIN-код, обраний для цього плану. Якщо ти його не пам’ятаєш, ніхто не зможе відкрити цей план, навіть людина, яка тобі допомагає. Натомість можна почати новий план.
continue-locked = Забагато неправильних PIN-кодів. Знову відскануй код з аркуша або відкрий посилання, щоб спробувати ще раз. Або почни новий план.
continue-damaged = Цей код пошкоджений або неповний. Скопіюй посилання повністю або ще раз відскануй QR-код.
continue-file = Не вдалося прочитати цей файл. Обери файл свого плану, збережений із Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = У мене вже є план
welcome-check-in = Як ідуть справи? Розкажи про це
continue-title = Продовж роботу над своїм планом
continue-hint = Відскануй QR-код на своєму аркуші, встав посилання чи код або відкрий файл свого плану.
continue-replace-title = На цьому пристрої вже є план
continue-replace-body = Хочеш натомість користуватися планом, який щойно відкрито? План, який є тут зараз, буде збережено на цьому пристрої окремо. Його не буде видалено.
continue-replace = Використати щойно відкритий план
continue-keep = Залишити план, який у мене є
continue-opened = Твій план тут. Можеш працювати з ним далі.

## Check-in: "How is it going?"
check-in-title = Як ідуть справи?
check-in-hint = Переглянь кожну ціль. Пиши стільки, скільки хочеш. Тут нічого не обов’язково заповнювати.
check-in-no-goals = У тебе ще немає цілей. Спочатку додай ціль, а потім повернися сюди.
check-in-steps = Які кроки вже виконано?
check-in-no-steps = У цієї цілі ще немає кроків.
check-in-status = На якому етапі зараз ця ціль?
check-in-words = Що сталося або що тобі зараз потрібно?
check-in-fit = Ця ціль досі тобі підходить?
check-in-save = Зберегти запис
check-in-saved = Збережено. Дякуємо, що розповідаєш, як у тебе справи.
check-in-nothing = Нічого не змінено, тому нічого не збережено.
check-in-not-now = Не зараз
review-status = Зараз:
review-history = Записи про прогрес:

## What changed since the plan was last shared (Review, Share)
since-title = Що змінилося з { $date }, коли планом поділилися
since-steps = { $count ->
    [one] Виконано { $count } крок
    [few] Виконано { $count } кроки
    [many] Виконано { $count } кроків
   *[other] Виконано { $count } кроку
}
since-goals-done = { $count ->
    [one] Досягнуто { $count } ціль
    [few] Досягнуто { $count } цілі
    [many] Досягнуто { $count } цілей
   *[other] Досягнуто { $count } цілі
}
since-goals-put-aside = { $count ->
    [one] Відкладено { $count } ціль
    [few] Відкладено { $count } цілі
    [many] Відкладено { $count } цілей
   *[other] Відкладено { $count } цілі
}
since-new = { $count ->
    [one] { $count } нова відповідь або ціль
    [few] { $count } нові відповіді або цілі
    [many] { $count } нових відповідей або цілей
   *[other] { $count } нової відповіді або цілі
}
since-removed = { $count ->
    [one] Видалено { $count } відповідь або ціль
    [few] Видалено { $count } відповіді або цілі
    [many] Видалено { $count } відповідей або цілей
   *[other] Видалено { $count } відповіді або цілі
}
since-check-ins = { $count ->
    [one] { $count } запис про прогрес
    [few] { $count } записи про прогрес
    [many] { $count } записів про прогрес
   *[other] { $count } запису про прогрес
}
since-nothing = Відтоді нічого не змінилося.
mark-new = Нове
mark-done-since = Виконано з минулого разу

## The take-away sheet (printed from the Share step)
print-title = Мій план
print-date = Надруковано { $date }
print-alias = Ім’я: { $alias }
print-scan = Відскануй цей код, щоб продовжити роботу над планом, або покажи його людині, яка тобі допомагає.
print-words-toggle = Надрукувати на аркуші й мої слова
print-words-warning = Кожен, хто знайде цей аркуш, зможе прочитати твої слова.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = Що пропонує людина, яка тобі допомагає
answers-hint = Ти вирішуєш. Нічого не потрапить у твій план без твоєї згоди. Потім можна передумати.
answers-list = Пропозиції
answers-open = Відкрити відповідь
answers-open-another = Відкрити іншу відповідь
answers-done = Переглянути мій план
answer-from = Відповідь від: { $name }
answer-for-goal = Для твоєї цілі: { $goal }
answer-yes = Так, додати
answer-not-now = Не зараз
answer-taken = Тепер це є у твоєму плані, у розділі «Моя підтримка».
answer-step-added = Тепер цей крок є у твоїй цілі.
answer-other-plan = Ця відповідь для плану, якого ще немає на цьому пристрої. Спочатку відкрий свій план: з QR-коду, посилання або файлу. Тоді відкриється й відповідь.
answer-open-plan = Відкрити мій план
answer-forget = Не зараз
answer-pin-hint = Введи PIN-код, обраний для твого плану. Відповідь від людини, яка тобі допомагає, має той самий PIN-код.
answer-damaged = Ця відповідь пошкоджена або неповна. Скопіюй посилання повністю або ще раз відскануй QR-код.
answer-file = Не вдалося прочитати цей файл. Обери файл відповіді, який тобі дали.
offer-service = Хто може допомогти
offer-step = Маленький крок
offer-meeting = Твоя наступна зустріч
offer-message = Повідомлення
meeting-when = { $date } о { $time }
support-phone = Телефон: { $phone }
support-title = Моя підтримка
support-all-title = Пропозиції та відповіді клієнта
support-from = Пропонує: { $name }
review-answers = { $count ->
    [0] Пропозиції від людини, яка тобі допомагає
    [one] { $count } пропозиція чекає на твою відповідь
    [few] { $count } пропозиції чекають на твою відповідь
    [many] { $count } пропозицій чекають на твою відповідь
   *[other] { $count } пропозиції чекають на твою відповідь
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = Цей файл завеликий для довідника служб (понад 8 МБ).
directory-empty = У цьому довіднику немає жодної служби.
directory-not-json = Це не файл JSON. Помилка в рядку { $line }.
directory-not-hsds = Цей файл JSON не є довідником служб Open Referral: жодна служба не має ідентифікатора й назви.
directory-not-csv = Не вдалося прочитати { $file } як файл CSV (рядок { $line }).
directory-missing-column = У файлі { $file } немає стовпця «{ $column }».
directory-no-services-csv = Серед файлів CSV має бути services.csv.
directory-too-many = У цьому довіднику понад 5000 служб. Завантажте менший.
directory-too-new = Цей довідник збережено в новішій версії Waymark. Завантажте його файл ще раз.
directory-damaged = Не вдалося прочитати довідник, збережений на цьому пристрої. Завантажте його файл ще раз.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = Тут, у цьому центрі
centre-hint = Служби, які є тут. Натисни на службу, щоб додати її.
gaps-title = Що могло б тобі допомогти, але чого тут немає?
gaps-hint = Можна не відповідати. Це допоможе центру побачити, чого бракує поруч.
gaps-label = Чого бракує
gaps-add = Додати
gaps-remove = Прибрати це
gaps-summary-title = Чого бракує поруч

## Staff settings: this centre's services on the device
centre-setup-title = Служби цього центру
centre-setup-hint = Файл Open Referral (HSDS): один файл JSON або файли CSV з пакета даних. Клієнти бачать ці служби в розділі «Тут, у цьому центрі». Служби залишаються на цьому пристрої, коли дані клієнта стираються.
centre-load = Завантажити служби центру
centre-none = Служби не завантажено.
centre-count = { $count ->
    [one] Завантажено { $count } службу.
    [few] Завантажено { $count } служби.
    [many] Завантажено { $count } служб.
   *[other] Завантажено { $count } служби.
}
centre-remove = Видалити служби
centre-no-room = На цьому пристрої немає місця для служб. Спробуйте менший файл.
answer-no-room = Ця відповідь не вміщується: у твоєму плані вже майже немає місця. Попроси людину, яка тобі допомагає, дати коротшу відповідь.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = Цей план запечатано для однієї організації. Відкрити його може тільки вона.
error-is-agency-key = Це ключ організації, а не план.
sealed-needs = Цей план запечатано для організації: { $agency }. Відкрити його можна тільки ключем цієї організації.
sealed-unlock = Розблокуйте нижче ключ вашої організації або відкрийте файл ключа.
sealed-not-yours = Тут його не можна відкрити. Якщо хочеш і далі працювати зі своїм планом, поділися ним ще раз, але вже без запечатування.
agency-fingerprint = Контрольні слова ключа:
connect-title = Запечатувати твої плани для організації: { $agency }?
connect-title-none = Запечатувати плани для організації
connect-hint = Коли ти поділишся своїм планом, відкрити його зможе тільки ця організація: { $agency }. Ніхто інший його не прочитає: ні той, хто знайде код, ні навіть ти.
connect-check = Перевір, чи ці слова такі самі, як на плакаті або як ті, що тобі показують працівники:
connect-yes = Так, запечатувати мої плани для цієї організації
connect-no = Ні, дякую
connect-done = Готово. Тепер, коли ти ділишся планом, його буде запечатано для організації: { $agency }.
connect-back = Повернутися на початок
connect-damaged = Цей код пошкоджений. Попроси в працівників новий.
connect-kiosk = На цьому спільному планшеті працівники вирішують, для кого запечатувати плани.
connect-none = Тут немає коду організації.
agency-unreadable = Цей пристрій мав би запечатувати твої плани для організації, але її ключ тут пошкоджений, тому твої плани не запечатуються. Будь ласка, скажи про це працівникам.
connect-replaces = Зараз твої плани запечатуються для цієї організації: { $agency }. Якщо ти погодишся, вони запечатуватимуться для нової організації замість неї.
agency-settings-title = Запечатування планів
agency-settings-hint = Плани, якими ти ділишся звідси, може відкрити тільки ця організація: { $agency }.
agency-settings-none = Плани, якими ти ділишся звідси, не запечатуються для жодної організації.
agency-staff-set = Працівники налаштували це на цьому планшеті.
agency-remove = Більше не запечатувати мої плани для цієї організації
agency-removed = Твої плани більше не запечатуються для цієї організації.
share-seal-toggle = Відкрити може тільки ця організація: { $agency }
share-seal-hint = Запечатаний код не зможеш відкрити навіть ти. Щоб і далі працювати з планом на іншому телефоні, вимкни це.
share-seal-off-hint = Будь-хто з цим кодом може відкрити твій план. Нижче можна додати PIN-код.

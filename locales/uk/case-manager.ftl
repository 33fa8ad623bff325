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

## Answering the client: suggestions, the services directory, the answer's code
answer-title = Відповісти з пропозиціями
answer-hint = Клієнт сам вибирає, що взяти. До його плану нічого не потрапить без його згоди.
answer-your-name = Ваше ім’я, як його побачить клієнт
answer-add = Додати пропозицію
answer-goal = Стосується
answer-whole-plan = Увесь план
answer-for-plan = Для всього плану
answer-kind = Що запропонувати
answer-service-hint = Виберіть службу з вашого довідника вище або введіть її самі.
answer-service-name = Назва служби або ім’я людини
answer-service-offers = Що пропонують
answer-service-place = Де
answer-service-phone = Телефон
answer-service-web = Вебсайт
answer-step-label = Крок простими словами
answer-message-label = Ваше повідомлення
answer-add-button = Додати
answer-meeting = Наступна зустріч
answer-meeting-day = День
answer-meeting-time = Час
answer-meeting-place = Місце
answer-meeting-add = Додати зустріч
answer-so-far = Ваша відповідь
answer-nothing-yet = Поки нічого не додано.
answer-remove = Видалити
answer-make = Створити відповідь
answer-needs-name = Напишіть своє ім’я, щоб клієнт знав, хто відповідає.
answer-needs-something = Спочатку щось напишіть: у служби має бути назва, а в кроку чи повідомлення — текст.
answer-too-long = Це задовго. Має бути менше ніж 2000 символів.
answer-step-needs-goal = Крок належить до цілі. Виберіть ціль у полі «Стосується».
answer-too-many = У відповіді забагато пропозицій. Скоротіть її.
answer-bad-meeting = Виберіть день зустрічі й час, наприклад 09:30.
answer-made-title = Відповідь готова
answer-made-hint = Клієнт сканує QR-код камерою телефона або відкриває посилання чи файл. Відповідь відкриється у Waymark на його пристрої.
answer-qr-alt = QR-код відповіді
answer-pin-note = План клієнта захищено PIN-кодом, тому відповідь має той самий PIN-код.
answer-sheet-scan = Відскануй це камерою телефона, щоб побачити відповідь у Waymark. Ти вирішуєш, що додати до свого плану.
directory-title = Ваш довідник служб
directory-load = Завантажити свій довідник служб
directory-replace = Завантажити інший довідник
directory-load-hint = Файл Open Referral (HSDS): один файл JSON або файли CSV з пакета даних. Він залишиться на цьому пристрої, тільки якщо ви так вирішите.
directory-count = { $count ->
    [one] Завантажено { $count } службу.
    [few] Завантажено { $count } служби.
    [many] Завантажено { $count } служб.
   *[other] Завантажено { $count } служби.
}
directory-keep = Зберігати довідник на цьому пристрої
directory-remove = Видалити довідник
directory-search = Пошук служб
directory-area = Сфера життя
directory-any-area = Усі сфери
directory-found = { $count ->
    [0] Немає відповідних служб.
    [one] Знайдено { $count } службу.
    [few] Знайдено { $count } служби.
    [many] Знайдено { $count } служб.
   *[other] Знайдено { $count } служби.
}
directory-pick = Запропонувати
directory-written-in = Мова довідника
directory-rules = Сфери життя: як розподіляються служби
directory-rules-label = Правила
directory-rules-hint = Одне правило в рядку: слово, потім =, потім сфера життя. Сферу служби визначає перше правило, слово якого є в назві, описі чи категоріях служби.
directory-rules-apply = Застосувати правила
directory-rules-applied = Сфери життя служб призначено заново.
rules-no-equals = У рядку { $line } немає «=» між словом і сферою.
rules-no-word = У рядку { $line } немає слова перед «=».
rules-unknown-area = Рядок { $line }: «{ $key }» — це не сфера життя.
rules-too-large = Ці правила задовгі.

## The agency's key
keys-title = Ключ вашої організації
keys-hint = Завдяки ключу вашої організації клієнти можуть запечатувати плани, якими діляться, і тоді відкрити їх зможе тільки ваша організація.
keys-kept = На цьому комп’ютері збережено ключ. Введіть його пароль, щоб ним скористатися.
keys-passphrase = Пароль
keys-unlock = Розблокувати
keys-unlocked = Ключ розблоковано, доки ви не закриєте цю сторінку.
keys-forget = Прибрати ключ із цього комп’ютера
keys-make-title = Створити ключ для вашої організації
keys-name = Назва вашої організації, під якою її знають клієнти
keys-passphrase-hint = Щонайменше 10 символів. Запишіть пароль і зберігайте його в надійному місці: без нього ніхто не зможе скористатися ключем, і плани, запечатані цим ключем, не вдасться відкрити.
keys-keep = Зберігати ключ на цьому комп’ютері під паролем
keys-passphrase-change = Змінити пароль
keys-passphrase-new = Новий пароль
keys-passphrase-changed = Пароль змінено. Ключ, який зберігається на цьому комп’ютері, і файли ключа, які ви збережете відтепер, захищені новим паролем. Для файлів ключа, збережених раніше, і далі потрібен старий.
keys-make = Створити ключ
keys-making = Хвилинку…
keys-made = Ключ готовий.
keys-import-title = Відкрити файл ключа від колеги
keys-import-file = Файл ключа
keys-list = Ваші ключі
keys-made-on = Створено { $date }
keys-retired-on = Виведено з ужитку { $date }. Він і далі відкриває плани, запечатані цим ключем.
keys-retire = Вивести цей ключ з ужитку
keys-new = Створити новий ключ
keys-save-file = Зберегти файл ключа
keys-keep-failed = Не вдалося зберегти ключ на цьому комп’ютері. Натомість збережіть файл ключа.
keys-setup-link = Посилання для налаштування спільного планшета
keys-setup-hint = Відкрийте це посилання один раз на планшеті центру. Після цього плани, якими діляться на ньому, буде запечатано для вашої організації.
keys-connect-title = Плакат на стіну
keys-connect-hint = Клієнти сканують плакат своїм телефоном, і тоді плани, якими вони діляться, запечатуються для вашої організації.
keys-print-poster = Надрукувати плакат
keys-keep-unlock-first = На цьому комп’ютері вже зберігається інший ключ. Спершу розблокуйте його вище або приберіть його з цього комп’ютера.
keys-unsaved = Цей ключ є тільки на цій сторінці. Збережіть файл ключа або зберігайте ключ на цьому комп’ютері. Якщо закрити сторінку зараз, ключ зникне, і ніхто не зможе відкрити плани, запечатані цим ключем.
keys-forget-question = Прибрати ключ із цього комп’ютера?
keys-forget-detail = Без файлу ключа чи іншої копії ніхто не зможе відкрити плани, запечатані цим ключем.
keys-forgotten = Ключа більше немає на цьому комп’ютері.
keys-retire-question = Вивести цей ключ з ужитку?
keys-retire-detail = Нові плани не запечатуватимуться цим ключем. Плани, запечатані ним раніше, він і далі відкриває. Цього не можна скасувати.
poster-title = Безпечно поділися своїм планом з організацією: { $agency }
poster-scan = Відскануй цей код камерою телефона.
poster-check = Потім телефон покаже ці слова. Перевір, чи вони такі самі:
keyfile-not = Це не файл ключа з Waymark.
keyfile-too-new = Цей файл ключа створено в новішій версії Waymark. Перезавантажте сторінку, щоб оновити Waymark, і спробуйте ще раз.
keyfile-damaged = Цей файл ключа пошкоджений. Попросіть нову копію.
keyfile-wrong-passphrase = Цей пароль не підходить до цього ключа.
keyfile-passphrase-short = Пароль має містити щонайменше 10 символів.
keyfile-failed = Не вдалося. Будь ласка, спробуйте ще раз.
agency-name-empty = Напишіть назву вашої організації.
agency-name-long = Назва задовга. Можна щонайбільше 60 символів.
answer-send-key = Надіслати разом із відповіддю ключ організації: { $agency }. Тоді клієнт зможе запечатувати плани, якими ділиться.

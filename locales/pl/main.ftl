# Waymark — Polish (polski). Proste słowa, krótkie zdania: poziom czytania dziecka w wieku około 9 lat.
# Every message here must exist in every other locale (a test checks).

app-name = Waymark

## Language picker

language-label = Język
language-choose = Wybierz język

## Welcome

welcome-title = Twój plan, twoimi słowami
welcome-intro = Pomyśl, co idzie dobrze, co jest trudne i co chcesz zmienić. Ty decydujesz, co napiszesz. Możesz pominąć, co chcesz.
privacy-title = Twoje odpowiedzi zostają u ciebie
privacy-body =
    To, co piszesz, zostaje na tym urządzeniu.
    Nic nie jest wysyłane przez internet.
    Ty decydujesz, czy i komu to pokażesz.
privacy-stored = Twoje odpowiedzi są zapisane na tym urządzeniu. Możesz do nich wrócić później.
start = Zacznij
continue = Kontynuuj
welcome-case-manager = Dla pracownika socjalnego: otwórz udostępniony plan
welcome-stored-note = Żeby je usunąć, otwórz Ustawienia i wybierz „Usuń moje dane”.
kiosk-note = To jest wspólny tablet. Kiedy skończysz albo jeśli nikt go nie dotknie przez jakiś czas, wszystko, co tu napiszesz, zostanie usunięte.

## Shared tablet: finishing and the inactivity warning

finish-button = Kończę: usuń moje odpowiedzi
finish-title = Usunąć wszystko, co tu napisano?
finish-body = To usunie z tego tabletu wszystkie twoje odpowiedzi i cele. Nikt po tobie ich nie zobaczy. Jeśli chcesz, żeby osoba, która prowadzi twoją sprawę, dostała twój plan, najpierw go udostępnij.
finish-erase = Usuń teraz
finish-share-first = Najpierw wydrukuję albo zabiorę swój plan
idle-title = Czy nadal tu jesteś?
idle-body = { $count ->
    [one] Żeby nikt inny nie zobaczył twoich odpowiedzi, za { $count } sekundę zostaną usunięte.
    [few] Żeby nikt inny nie zobaczył twoich odpowiedzi, za { $count } sekundy zostaną usunięte.
    [many] Żeby nikt inny nie zobaczył twoich odpowiedzi, za { $count } sekund zostaną usunięte.
   *[other] Żeby nikt inny nie zobaczył twoich odpowiedzi, za { $count } sekund zostaną usunięte.
}
idle-stay = Nadal tu jestem

## Settings

settings-title = Ustawienia
settings-display-title = Wygląd aplikacji
settings-contrast = Wysoki kontrast: czarny tekst na białym tle, wyraźne ramki
settings-stored-title = Co jest zapisane na tym urządzeniu
settings-stored-personal = Twoje odpowiedzi i wybrany język są zapisane w tej przeglądarce, tylko na tym urządzeniu. Każdy, kto korzysta z tego urządzenia i tej przeglądarki, może je zobaczyć.
settings-persist-granted = Ta przeglądarka zgodziła się przechowywać twoje odpowiedzi, nawet gdy na urządzeniu brakuje miejsca.
settings-persist-refused = Ta przeglądarka może usunąć twoje odpowiedzi, jeśli na urządzeniu zabraknie miejsca. Udostępnij swój plan, żeby mieć jego kopię.
settings-delete = Usuń moje dane
settings-delete-confirm = Usunąć z tego urządzenia wszystkie twoje odpowiedzi i cele? Tego nie da się cofnąć.
settings-delete-yes = Tak, usuń wszystko
settings-deleted = Twoje dane zostały usunięte z tego urządzenia.
settings-staff-title = Dla personelu: jak jest używane to urządzenie
settings-mode-label = Rodzaj urządzenia
settings-mode-personal = Urządzenie osobiste: odpowiedzi są przechowywane, dopóki osoba korzystająca z urządzenia ich nie usunie
settings-mode-kiosk = Wspólny tablet: odpowiedzi są usuwane po każdej osobie
settings-idle-label = Liczba minut bez dotknięcia ekranu przed ostrzeżeniem (wspólny tablet)
settings-save = Zapisz i uruchom ponownie

## Messages about saved answers

notice-draft-unreadable = Nie udało się odczytać odpowiedzi zapisanych na tym urządzeniu. Zachowaliśmy je osobno, więc nic nie zostało usunięte. Możesz tu zacząć od nowa.
notice-storage-full = Na tym urządzeniu nie ma już miejsca, więc twoje odpowiedzi nie są teraz zapisywane. Nadal widzisz je na ekranie. Zwolnij trochę miejsca albo udostępnij swój plan.
notice-too-new = Twoje zapisane odpowiedzi pochodzą z nowszej wersji aplikacji Waymark. Zamknij stronę i otwórz ją jeszcze raz, żeby ją zaktualizować. Do tego czasu zmiany nie są tu zapisywane.
notice-storage-off = Ta przeglądarka nie pozwala aplikacji Waymark niczego zapisać. Twoje odpowiedzi będą tu tylko do zamknięcia strony.
notice-close = Rozumiem

## Moving between steps

nav-back = Wstecz
nav-next = Dalej
nav-steps = Kroki
progress-label = Twoje postępy
progress-skipped = (pominięto)

## The four parts of the self-assessment

part-strengths = Mocne strony
part-weaknesses = Co jest trudne
part-opportunities = Co może pomóc
part-threats = Zmartwienia

question-strengths = Co ci dobrze wychodzi? Co idzie dobrze?
hint-strengths = Pomyśl o tym, co umiesz, o ludziach, którzy ci pomagają, i o tym, co masz.
example-strengths = Na przykład: „Umiem naprawiać rowery.” „Pomaga mi siostra.”
question-weaknesses = Co jest teraz dla ciebie trudne?
hint-weaknesses = Każdy ma trudne chwile. Gdy je zapiszesz, łatwiej będzie ci dostać pomoc.
example-weaknesses = Na przykład: „Nie mam adresu, na który mogą przychodzić listy.” „Źle śpię.”
question-opportunities = Co może ci pomóc?
hint-opportunities = Pomyśl o ludziach, miejscach albo punktach pomocy blisko ciebie.
example-opportunities = Na przykład: „W bibliotece są darmowe komputery.” „Ktoś znajomy może pożyczyć mi telefon.”
question-threats = Co cię martwi?
hint-threats = Pomyśl o tym, co może wkrótce pójść źle albo przez co nie czujesz się bezpiecznie.
example-threats = Na przykład: „W piątek tracę miejsce w noclegowni.” „Muszę oddać komuś pieniądze.”

count-strengths = { $count ->
    [one] { $count } mocna strona
    [few] { $count } mocne strony
    [many] { $count } mocnych stron
   *[other] { $count } mocnych stron
}
count-weaknesses = { $count ->
    [one] { $count } trudna sprawa
    [few] { $count } trudne sprawy
    [many] { $count } trudnych spraw
   *[other] { $count } trudnych spraw
}
count-opportunities = { $count ->
    [one] { $count } rzecz, która może pomóc
    [few] { $count } rzeczy, które mogą pomóc
    [many] { $count } rzeczy, które mogą pomóc
   *[other] { $count } rzeczy, które mogą pomóc
}
count-threats = { $count ->
    [one] { $count } zmartwienie
    [few] { $count } zmartwienia
    [many] { $count } zmartwień
   *[other] { $count } zmartwień
}

ideas-title = Pomysły. Dotknij jednego, żeby go dodać.
idea-added = Dodano
own-words-label = Albo napisz to własnymi słowami
add = Dodaj
your-answers = Twoje odpowiedzi
nothing-yet = Nic tu jeszcze nie ma. Nie szkodzi. Możesz pominąć ten krok.
edit = Zmień
save = Zapisz
cancel = Anuluj
remove = Usuń
move-up = Przesuń wyżej
move-down = Przesuń niżej
edit-answer-label = Zmień swoją odpowiedź

## Read aloud

read-aloud = Przeczytaj na głos
read-aloud-no-voice = To urządzenie nie umie czytać na głos w tym języku
read-plan-aloud = Przeczytaj na głos mój plan
stop-reading = Zatrzymaj czytanie

## Goals

part-goals = Moje cele
question-goals = Co chcesz zmienić?
hint-goals = Wybierz to, co jest dla ciebie ważne. Małe kroki pomagają. Najważniejszy cel przesuń na samą górę.
example-goals = Na przykład: „Wyrobić nowy dowód osobisty przed zimą.” Pierwszy krok: „Poprosić w urzędzie o wniosek.”
goal-from-worry = Stwórz cel z czegoś, co jest trudne albo cię martwi
goal-from-strength = Stwórz cel z mocnej strony albo z czegoś, co może pomóc
goal-add = Dodaj cel
goal-untitled = Nowy cel (jeszcze bez nazwy)
goal-count = { $count ->
    [one] { $count } cel
    [few] { $count } cele
    [many] { $count } celów
   *[other] { $count } celów
}
goals-empty = Nie masz jeszcze celów. Możesz dodać cel albo pominąć ten krok.
goal-steps-done = { $count ->
    [one] Zrobiono { $done } z { $count } kroku
    [few] Zrobiono { $done } z { $count } kroków
    [many] Zrobiono { $done } z { $count } kroków
   *[other] Zrobiono { $done } z { $count } kroków
}
goal-close = Zamknij
goal-remove-confirm = Usunąć ten cel i jego kroki?
goal-remove-yes = Tak, usuń
goal-title-label = Czego chcę
goal-area-label = Obszar życia
area-none = Nie wybrano
goal-why-label = Dlaczego to jest dla mnie ważne (możesz to pominąć)
goal-steps-label = Małe kroki
step-text-label = Krok { $number }
step-due-label = Data kroku { $number }
step-done-label = Krok { $number } jest zrobiony
step-add = Dodaj krok
goal-target-label = Kiedy chcę to osiągnąć
goal-helped-by-label = Co mi w tym pomaga
goal-addresses-label = Czego dotyczy ten cel
goal-help-wanted-label = Jakiej pomocy chcę od osoby, która prowadzi moją sprawę
links-empty = Nie ma tu jeszcze nic do wybrania. Tu pojawią się twoje odpowiedzi z wcześniejszych kroków.

## Review

part-review = Podsumowanie
review-title = Twój plan
review-hint = To zobaczy osoba, która prowadzi twoją sprawę, jeśli postanowisz jej to pokazać. Nadal możesz wszystko zmienić.
review-skipped = Pominięto
review-no-goals = Nie ma jeszcze celów.
review-target = Chcę to osiągnąć do { $date }
review-due = do { $date }
review-step-done = Zrobione:
review-step-open = Do zrobienia:
review-why = Dlaczego to ważne:
review-helped-by = Co pomaga:
review-addresses = Czego dotyczy:
review-help-wanted = Jakiej pomocy chcę:

## Sharing

part-share = Udostępnij
share-title = Udostępnij swój plan
share-hint = Ty decydujesz, co udostępnisz i w jaki sposób. Aplikacja Waymark sama niczego nie wysyła.
share-choose = Co chcesz udostępnić
share-choose-hint = Odznacz to, co chcesz zachować dla siebie.
share-nothing = Nie ma jeszcze nic do udostępnienia.
share-pin-toggle = Zabezpiecz plan kodem PIN
share-pin-label = Kod PIN (co najmniej 4 cyfry albo litery)
share-pin-hint = Powiedz kod PIN osobie, która prowadzi twoją sprawę, kiedy się spotkacie. Nie wysyłaj go razem z linkiem.
share-pin-short = Kod PIN jest za krótki. Wpisz co najmniej 4 cyfry albo litery.
share-make = Stwórz mój kod do udostępnienia
share-making = Tworzymy twój kod…
share-failed = Coś poszło nie tak. Twój plan jest bezpieczny. Spróbuj jeszcze raz.
share-qr-title = Pokaż to osobie, która prowadzi twoją sprawę
share-qr-alt = Kod QR twojego planu
share-qr-hint = Osoba, która prowadzi twoją sprawę, może go zeskanować aparatem w telefonie.
share-qr-too-long = Twój plan jest za długi na jeden kod QR. Zamiast tego wyślij link albo zapisz plik.
share-copy-link = Kopiuj link
share-copy-code = Kopiuj kod
share-download = Zapisz jako plik
share-print = Drukuj
share-copy-text = Kopiuj jako tekst
share-copied = Skopiowano.
share-copy-failed = Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie.
share-link-label = Twój link

## Life areas

area-housing = Mieszkanie
area-documents = Dokumenty i dowód osobisty
area-health = Zdrowie
area-mental-health = Samopoczucie i zdrowie psychiczne
area-money = Pieniądze i zasiłki
area-food = Jedzenie
area-clothing = Ubrania
area-work = Praca i nauka
area-family = Rodzina i przyjaciele
area-safety = Bezpieczeństwo
area-legal = Pomoc prawna
area-daily-living = Codzienne życie

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = Mam ważny dowód osobisty
chip-safe-place-tonight = Dziś w nocy mam bezpieczne miejsce do spania
chip-good-health = Zdrowie mam raczej dobre
chip-keep-going = Nie poddaję się, gdy jest trudno
chip-manage-money = Umiem gospodarować niewielkimi pieniędzmi
chip-can-cook = Umiem gotować proste posiłki
chip-work-experience = Mam doświadczenie w pracy
chip-speak-languages = Znam więcej niż jeden język
chip-someone-i-trust = Jest ktoś, komu ufam
chip-have-phone = Mam działający telefon
chip-id-lost = Mój dowód osobisty zginął albo jest nieważny
chip-no-stable-home = Nie mam stałego miejsca do mieszkania
chip-health-problem = Problem ze zdrowiem utrudnia mi codzienne życie
chip-alcohol-drugs = Alkohol albo narkotyki sprawiają mi problemy
chip-feel-low = Często jest mi smutno albo czuję niepokój
chip-no-income = Nie mam stałych dochodów
chip-debts = Mam długi
chip-no-warm-clothes = Nie mam ciepłych ubrań
chip-forms-hard = Formularze i pisma są dla mnie trudne
chip-shelter-place = Mogę dostać miejsce w schronisku albo noclegowni
chip-free-doctor = Mogę pójść do lekarza za darmo
chip-support-group = Blisko mnie spotyka się grupa wsparcia
chip-benefits-right = Może należy mi się zasiłek
chip-free-meals = Niedaleko mnie jest punkt, w którym wydają darmowe posiłki
chip-clothes-bank = Jest miejsce, gdzie mogę dostać ubrania za darmo
chip-course = Jest kurs albo szkolenie, na które mogę się zapisać
chip-family-help = Ktoś z rodziny mógłby mi pomóc
chip-legal-advice = Mogę dostać darmową poradę prawną
chip-eviction = Mogę stracić miejsce, w którym teraz mieszkam
chip-sleep-outside-cold = Robi się zimno, a ja śpię na dworze
chip-health-worse = Moje zdrowie się pogarsza
chip-benefits-stop = Mogę stracić zasiłek
chip-hunger = Nie zawsze mam co jeść
chip-lose-contact-children = Mogę stracić kontakt z dziećmi
chip-someone-hurting-me = Ktoś mnie krzywdzi albo mi grozi
chip-theft = Ktoś może ukraść moje rzeczy
chip-court-or-fine = Mam sprawę w sądzie albo karę do zapłacenia

## When the screens after Welcome are fetched (the first time only)
screens-loading = Chwileczkę…
screens-unavailable-title = Ta strona się nie otworzyła
screens-unavailable-body = Sprawdź, czy masz internet, i spróbuj jeszcze raz. Twoje odpowiedzi są bezpieczne.
try-again = Spróbuj jeszcze raz

status-not-started = Jeszcze nie zaczęte
status-on-my-way = W trakcie
status-done = Zrobione
status-put-aside = Odłożone
fit-keep = Zostawić
fit-change = Zmienić
fit-put-aside = Odłożyć
choice-waiting = Jeszcze bez odpowiedzi
hours-mon = w poniedziałki
hours-tue = we wtorki
hours-wed = w środy
hours-thu = w czwartki
hours-fri = w piątki
hours-sat = w soboty
hours-sun = w niedziele
hours-weekdays = Od poniedziałku do piątku
hours-every-day = Codziennie
hours-from = od { $time }
hours-until = do { $time }
choice-yes = Odpowiedź: tak
choice-not-now = Nie teraz

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = Kod albo link
import-open = Otwórz plan
import-file = Albo otwórz plik
import-scan = Zeskanuj kod QR kamerą
import-scan-hint = Przytrzymaj kod QR przed kamerą.
import-scan-stop = Wyłącz kamerę
import-scan-failed = Nie udało się uruchomić kamery. Zamiast tego wklej kod albo otwórz plik.
import-pin-label = Kod PIN
import-tries-left = { $count ->
    [one] Została { $count } próba
    [few] Zostały { $count } próby
    [many] Zostało { $count } prób
   *[other] Zostało { $count } prób
}
error-not-a-code = To nie jest kod z aplikacji Waymark. Sprawdź, czy skopiowano cały kod.
error-truncated = Ten kod jest uszkodzony albo niepełny: brakuje jego końca. Skopiuj cały kod albo cały link.
error-too-new = Ten kod pochodzi z nowszej wersji aplikacji Waymark. Odśwież stronę, żeby ją zaktualizować, i spróbuj jeszcze raz.
error-pin-needed = Ten plan jest zabezpieczony. Wpisz kod PIN.
error-wrong-pin = Ten kod PIN jest nieprawidłowy.
error-too-large = Ten plan jest za duży, żeby go otworzyć.
error-invalid = Części tego planu nie da się odczytać w tej wersji aplikacji Waymark.
error-is-answer = To jest odpowiedź od osoby prowadzącej sprawę, a nie plan. Otwórz ją na telefonie albo tablecie, na którym jest plan.
error-is-plan = To jest plan, a nie odpowiedź od osoby prowadzącej sprawę.
continue-pin-hint = Wpisz kod PIN wybrany przy udostępnianiu tego planu. Jeśli go nie pamiętasz, nikt nie otworzy tego planu, nawet osoba, która prowadzi twoją sprawę. Zamiast tego możesz zacząć nowy plan.
continue-locked = Za dużo razy wpisano zły kod PIN. Zeskanuj jeszcze raz kod z kartki albo otwórz link, żeby spróbować ponownie. Możesz też zacząć nowy plan.
continue-damaged = Ten kod jest uszkodzony albo niepełny. Skopiuj cały link albo zeskanuj kod QR jeszcze raz.
continue-file = Nie udało się odczytać tego pliku. Wybierz plik z planem, który zapisano w aplikacji Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = Mam już plan
welcome-check-in = Jak ci idzie? Daj znać
continue-title = Kontynuuj swój plan
continue-hint = Zeskanuj kod QR z kartki, wklej link albo kod lub otwórz plik ze swoim planem.
continue-replace-title = Na tym urządzeniu jest już plan
continue-replace-body = Czy chcesz zamiast niego używać planu, który właśnie otwarto? Plan, który jest tu teraz, zostanie zachowany osobno na tym urządzeniu. Nie zostanie usunięty.
continue-replace = Użyj otwartego planu
continue-keep = Zostaw plan, który mam
continue-opened = Twój plan jest tutaj. Możesz dalej nad nim pracować.

## Check-in: "How is it going?"
check-in-title = Jak ci idzie?
check-in-hint = Spójrz na każdy cel. Napisz tyle, ile chcesz. Nie musisz tu niczego wypełniać.
check-in-no-goals = Nie masz jeszcze celów. Najpierw dodaj cel, a potem tu wróć.
check-in-steps = Które kroki są już zrobione?
check-in-no-steps = Ten cel nie ma jeszcze kroków.
check-in-status = Na jakim etapie jest teraz ten cel?
check-in-words = Co się wydarzyło albo czego teraz potrzebujesz?
check-in-fit = Czy ten cel nadal do ciebie pasuje?
check-in-save = Zapisz, jak ci idzie
check-in-saved = Zapisano. Dziękujemy, że dajesz znać, jak ci idzie.
check-in-nothing = Niczego nie zmieniono, więc nic nie zostało zapisane.
check-in-not-now = Nie teraz
review-status = Teraz:
review-history = Wpisy o postępach:

## What changed since the plan was last shared (Review, Share)
since-title = Co się zmieniło od { $date }, kiedy udostępniono plan
since-steps = { $count ->
    [one] Zrobiono { $count } krok
    [few] Zrobiono { $count } kroki
    [many] Zrobiono { $count } kroków
   *[other] Zrobiono { $count } kroków
}
since-goals-done = { $count ->
    [one] Osiągnięto { $count } cel
    [few] Osiągnięto { $count } cele
    [many] Osiągnięto { $count } celów
   *[other] Osiągnięto { $count } celów
}
since-goals-put-aside = { $count ->
    [one] Odłożono { $count } cel
    [few] Odłożono { $count } cele
    [many] Odłożono { $count } celów
   *[other] Odłożono { $count } celów
}
since-new = { $count ->
    [one] Dodano { $count } odpowiedź albo cel
    [few] Dodano { $count } odpowiedzi albo cele
    [many] Dodano { $count } odpowiedzi albo celów
   *[other] Dodano { $count } odpowiedzi albo celów
}
since-removed = { $count ->
    [one] Usunięto { $count } odpowiedź albo cel
    [few] Usunięto { $count } odpowiedzi albo cele
    [many] Usunięto { $count } odpowiedzi albo celów
   *[other] Usunięto { $count } odpowiedzi albo celów
}
since-check-ins = { $count ->
    [one] { $count } wpis o postępach
    [few] { $count } wpisy o postępach
    [many] { $count } wpisów o postępach
   *[other] { $count } wpisów o postępach
}
since-nothing = Od tego czasu nic się nie zmieniło.
mark-new = Nowe
mark-done-since = Zrobione od ostatniego razu

## The take-away sheet (printed from the Share step)
print-title = Mój plan
print-date = Wydrukowano { $date }
print-alias = Imię: { $alias }
print-scan = Zeskanuj ten kod, żeby kontynuować swój plan, albo pokaż go osobie, która prowadzi twoją sprawę.
print-words-toggle = Wydrukuj na kartce także moje słowa
print-words-warning = Każdy, kto znajdzie tę kartkę, może przeczytać twoje słowa.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = Co proponuje osoba, która prowadzi twoją sprawę
answers-hint = Ty decydujesz. Nic nie trafi do twojego planu, jeśli się na to nie zgodzisz. Później możesz zmienić zdanie.
answers-list = Propozycje
answers-open = Otwórz odpowiedź
answers-open-another = Otwórz inną odpowiedź
answers-done = Zobacz mój plan
answer-from = Odpowiedź od: { $name }
answer-for-goal = Dla twojego celu: { $goal }
answer-yes = Tak, dodaj
answer-not-now = Nie teraz
answer-taken = To jest teraz w twoim planie, w części „Moje wsparcie”.
answer-step-added = Ten krok jest teraz w twoim celu.
answer-other-plan = Ta odpowiedź jest do planu, którego jeszcze nie ma na tym urządzeniu. Najpierw otwórz swój plan: z kodu QR, z linku albo z pliku. Wtedy otworzy się odpowiedź.
answer-open-plan = Otwórz mój plan
answer-forget = Nie teraz
answer-pin-hint = Wpisz kod PIN wybrany dla twojego planu. Odpowiedź od osoby, która prowadzi twoją sprawę, ma ten sam kod PIN.
answer-damaged = Ta odpowiedź jest uszkodzona albo niepełna. Skopiuj cały link albo zeskanuj kod QR jeszcze raz.
answer-file = Nie udało się odczytać tego pliku. Wybierz plik z odpowiedzią, który ci przekazano.
offer-service = Kto może pomóc
offer-step = Mały krok
offer-meeting = Twoje następne spotkanie
offer-message = Wiadomość
meeting-when = { $date } o { $time }
support-phone = Telefon: { $phone }
support-title = Moje wsparcie
support-all-title = Propozycje i odpowiedzi osoby, której sprawę prowadzisz
support-from = Propozycja od: { $name }
review-answers = { $count ->
    [0] Propozycje od osoby, która prowadzi twoją sprawę
    [one] { $count } propozycja czeka na twoją odpowiedź
    [few] { $count } propozycje czekają na twoją odpowiedź
    [many] { $count } propozycji czeka na twoją odpowiedź
   *[other] { $count } propozycji czeka na twoją odpowiedź
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = Ten plik jest za duży na katalog usług (ponad 8 MB).
directory-empty = W tym katalogu nie ma żadnych usług.
directory-not-json = To nie jest plik JSON. Błąd jest w wierszu { $line }.
directory-not-hsds = Ten plik JSON nie jest katalogiem usług Open Referral: żadna usługa nie ma identyfikatora i nazwy.
directory-not-csv = Nie da się odczytać pliku { $file } jako pliku CSV (wiersz { $line }).
directory-missing-column = W pliku { $file } nie ma kolumny „{ $column }”.
directory-no-services-csv = Wśród plików CSV musi być plik services.csv.
directory-too-many = Ten katalog ma ponad 5000 usług. Wczytaj mniejszy.
directory-too-new = Ten katalog zapisano w nowszej wersji aplikacji Waymark. Wczytaj jego plik jeszcze raz.
directory-damaged = Nie udało się odczytać katalogu zapisanego na tym urządzeniu. Wczytaj jego plik jeszcze raz.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = Tutaj, w tym ośrodku
centre-hint = Usługi, z których możesz tu skorzystać. Dotknij jednej, żeby ją dodać.
gaps-title = Co by ci pomogło, a czego tu nie ma?
gaps-hint = Nie musisz odpowiadać. Dzięki temu ośrodek wie, czego brakuje w okolicy.
gaps-label = Czego brakuje
gaps-add = Dodaj
gaps-remove = Usuń to
gaps-summary-title = Czego brakuje w okolicy

## Staff settings: this centre's services on the device
centre-setup-title = Usługi tego ośrodka
centre-setup-hint = Plik Open Referral (HSDS): jeden plik JSON albo pliki CSV z pakietu danych. Osoby korzystające z urządzenia widzą te usługi w części „Tutaj, w tym ośrodku”. Usługi zostają na tym urządzeniu, kiedy dane osoby korzystającej z urządzenia są usuwane.
centre-load = Wczytaj usługi ośrodka
centre-none = Nie wczytano żadnych usług.
centre-count = { $count ->
    [one] Wczytano { $count } usługę.
    [few] Wczytano { $count } usługi.
    [many] Wczytano { $count } usług.
   *[other] Wczytano { $count } usług.
}
centre-remove = Usuń usługi
centre-no-room = Na tym urządzeniu nie ma miejsca na te usługi. Spróbuj wczytać mniejszy plik.
answer-no-room = Ta odpowiedź się nie mieści: twój plan jest już bardzo pełny. Poproś osobę, która prowadzi twoją sprawę, o krótszą odpowiedź.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = Ten plan jest zapieczętowany dla jednej organizacji. Tylko ona może go otworzyć.
error-is-agency-key = To jest klucz organizacji, a nie plan.
sealed-needs = Ten plan jest zapieczętowany dla: { $agency }. Otworzyć go może tylko klucz tej organizacji.
sealed-unlock = Odblokuj niżej klucz swojej organizacji albo otwórz plik klucza.
sealed-not-yours = Nie da się go tu otworzyć. Jeśli chcesz dalej pracować nad swoim planem, udostępnij go jeszcze raz, tym razem bez pieczętowania.
agency-fingerprint = Słowa kontrolne klucza:
connect-title = Pieczętować twoje plany dla: { $agency }?
connect-title-none = Pieczętuj swoje plany dla organizacji
connect-hint = Kiedy udostępnisz swój plan, otworzyć go będzie mogła tylko ta organizacja: { $agency }. Nikt inny go nie przeczyta: ani ktoś, kto znajdzie kod, ani nawet ty.
connect-check = Sprawdź, czy te słowa są takie same jak na plakacie albo jak te, które pokazuje ci personel:
connect-yes = Tak, pieczętuj moje plany dla tej organizacji
connect-no = Nie, dziękuję
connect-done = Gotowe. Kiedy udostępnisz swój plan, zostanie zapieczętowany dla: { $agency }.
connect-back = Wróć do początku
connect-damaged = Ten kod jest uszkodzony. Poproś personel o nowy.
connect-kiosk = Na tym wspólnym tablecie to personel decyduje, dla kogo są pieczętowane plany.
connect-none = Nie ma tu kodu żadnej organizacji.
agency-unreadable = To urządzenie powinno pieczętować twoje plany dla organizacji, ale jej klucz jest tu uszkodzony, więc twoje plany nie są pieczętowane. Powiedz o tym personelowi.
connect-replaces = Teraz twoje plany są pieczętowane dla tej organizacji: { $agency }. Jeśli się zgodzisz, będą pieczętowane dla nowej organizacji zamiast niej.
agency-settings-title = Pieczętowanie planów
agency-settings-hint = Plany, które stąd udostępniasz, może otworzyć tylko ta organizacja: { $agency }.
agency-settings-none = Plany, które stąd udostępniasz, nie są pieczętowane dla żadnej organizacji.
agency-staff-set = Personel ustawił to na tym tablecie.
agency-remove = Przestań pieczętować moje plany dla tej organizacji
agency-removed = Twoje plany nie są już pieczętowane dla tej organizacji.
share-seal-toggle = Tylko ta organizacja może go otworzyć: { $agency }
share-seal-hint = Zapieczętowanego kodu nie otworzysz nawet ty. Jeśli chcesz dalej pracować nad planem na innym telefonie, wyłącz to.
share-seal-off-hint = Każdy, kto ma ten kod, może otworzyć twój plan. Niżej możesz dodać kod PIN.

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Otwórz udostępniony plan
import-hint = Wklej kod albo link od osoby, której sprawę prowadzisz, albo otwórz jej plik. Nic nie zostanie zapisane na tym urządzeniu.
import-pin-hint = Osoba, której sprawę prowadzisz, poda ci kod PIN osobiście.
import-locked = Za dużo razy wpisano zły kod PIN. Poproś tę osobę, żeby stworzyła nowy kod.
error-damaged = Ten kod jest uszkodzony albo niepełny. Poproś tę osobę, żeby udostępniła go jeszcze raz.
error-file = Nie udało się odczytać tego pliku. Wybierz plik, który ta osoba zapisała w aplikacji Waymark.

## The client's plan, for the case manager

plan-view-title = Udostępniony plan
plan-view-written-in = Ta osoba pisała w tym języku: { $language }. Jej słowa są pokazane dokładnie tak, jak je napisała.
plan-view-not-saved = Ten plan nie jest zapisany na tym urządzeniu. Wyeksportuj go przed zamknięciem strony.
plan-view-close = Zamknij ten plan
export-title = Eksport
export-fhir = FHIR R4 (plik JSON)
export-csv = Arkusz kalkulacyjny (CSV)
export-json = Plik Waymark (JSON)

## Exports for the case manager's systems

fhir-subject = Osoba korzystająca z pomocy
fhir-priority = Priorytet { $rank } z { $count }
fhir-description = Plan, który osoba korzystająca z pomocy napisała w aplikacji Waymark. Jej własne słowa są w języku „{ $lang }”.

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = Czy to twój własny plan?
cm-mine = To mój plan: chcę go tu kontynuować
cm-asks-title = O co prosi cię ta osoba
cm-asks-none = Ta osoba nie poprosiła o nic konkretnego.
cm-areas-title = Obszary życia, w których warto skierować tę osobę do pomocy
cm-new-since = Nowe od { $date }
cm-first-share = Ten plan jest udostępniany po raz pierwszy.
cm-timeline-title = Wpisy o postępach
cm-timeline-none = Nie ma jeszcze wpisów o postępach.
cm-chart-title = Zrobione kroki według dat
cm-chart-point = { $total ->
    [one] { $date }: zrobiono { $done } z { $total } kroku
    [few] { $date }: zrobiono { $done } z { $total } kroków
    [many] { $date }: zrobiono { $done } z { $total } kroków
   *[other] { $date }: zrobiono { $done } z { $total } kroków
}

## Answering the client: suggestions, the services directory, the answer's code
answer-title = Odpowiedz z propozycjami
answer-hint = Ta osoba sama wybiera, co przyjąć. Nic nie trafi do jej planu, jeśli się na to nie zgodzi.
answer-your-name = Twoje imię, tak jak zobaczy je ta osoba
answer-add = Dodaj propozycję
answer-goal = Dotyczy
answer-whole-plan = Cały plan
answer-for-plan = Dla całego planu
answer-kind = Co chcesz zaproponować
answer-service-hint = Wybierz usługę ze swojego katalogu powyżej albo ją wpisz.
answer-service-name = Nazwa usługi albo imię i nazwisko osoby
answer-service-offers = Co oferuje
answer-service-place = Gdzie
answer-service-phone = Telefon
answer-service-web = Strona internetowa
answer-step-label = Krok, prostymi słowami
answer-message-label = Twoja wiadomość
answer-add-button = Dodaj
answer-meeting = Następne spotkanie
answer-meeting-day = Dzień
answer-meeting-time = Godzina
answer-meeting-place = Miejsce
answer-meeting-add = Dodaj spotkanie
answer-so-far = Twoja odpowiedź
answer-nothing-yet = Nic jeszcze nie dodano.
answer-remove = Usuń
answer-make = Stwórz odpowiedź
answer-needs-name = Wpisz swoje imię, żeby ta osoba wiedziała, kto odpowiada.
answer-needs-something = Najpierw coś wpisz: usługa musi mieć nazwę, a krok albo wiadomość musi mieć treść.
answer-too-long = To jest za długie. Tekst musi mieć mniej niż 2000 znaków.
answer-step-needs-goal = Krok należy do celu. Wybierz cel w polu „Dotyczy”.
answer-too-many = Ta odpowiedź ma za dużo propozycji. Skróć ją.
answer-bad-meeting = Wybierz dzień spotkania i godzinę, na przykład 09:30.
answer-made-title = Odpowiedź jest gotowa
answer-made-hint = Ta osoba skanuje kod QR aparatem w telefonie albo otwiera link lub plik. Odpowiedź otworzy się w aplikacji Waymark na jej urządzeniu.
answer-qr-alt = Kod QR odpowiedzi
answer-pin-note = Plan tej osoby jest zabezpieczony kodem PIN, więc odpowiedź ma ten sam kod PIN.
answer-sheet-scan = Zeskanuj ten kod aparatem w telefonie, żeby zobaczyć odpowiedź w aplikacji Waymark. Ty decydujesz, co dodać do swojego planu.
directory-title = Twój katalog usług
directory-load = Wczytaj swój katalog usług
directory-replace = Wczytaj inny katalog
directory-load-hint = Plik Open Referral (HSDS): jeden plik JSON albo pliki CSV z pakietu danych. Zostanie na tym urządzeniu tylko wtedy, gdy tak zdecydujesz.
directory-count = { $count ->
    [one] Wczytano { $count } usługę.
    [few] Wczytano { $count } usługi.
    [many] Wczytano { $count } usług.
   *[other] Wczytano { $count } usług.
}
directory-keep = Zachowaj katalog na tym urządzeniu
directory-remove = Usuń katalog
directory-search = Szukaj usług
directory-area = Obszar życia
directory-any-area = Wszystkie obszary
directory-found = { $count ->
    [0] Nie znaleziono żadnej usługi.
    [one] Znaleziono { $count } usługę.
    [few] Znaleziono { $count } usługi.
    [many] Znaleziono { $count } usług.
   *[other] Znaleziono { $count } usług.
}
directory-pick = Zaproponuj
directory-written-in = Język katalogu
directory-rules = Obszary życia: jak przypisywane są usługi
directory-rules-label = Reguły
directory-rules-hint = Jedna reguła w wierszu: słowo, potem =, potem obszar życia. Obszar usługi wyznacza pierwsza reguła, której słowo występuje w nazwie, opisie albo kategoriach usługi.
directory-rules-apply = Zastosuj reguły
directory-rules-applied = Obszary życia usług zostały przypisane od nowa.
rules-no-equals = W wierszu { $line } nie ma znaku „=” między słowem a obszarem.
rules-no-word = W wierszu { $line } nie ma słowa przed znakiem „=”.
rules-unknown-area = Wiersz { $line }: „{ $key }” nie jest obszarem życia.
rules-too-large = Te reguły są za długie.

## The agency's key
keys-title = Klucz twojej organizacji
keys-hint = Dzięki kluczowi twojej organizacji osoby korzystające z pomocy mogą pieczętować plany, które udostępniają. Wtedy otworzyć je może tylko twoja organizacja.
keys-kept = Na tym komputerze jest zapisany klucz. Wpisz jego hasło, żeby go użyć.
keys-passphrase = Hasło
keys-unlock = Odblokuj
keys-unlocked = Klucz jest odblokowany, dopóki nie zamkniesz tej strony.
keys-forget = Usuń klucz z tego komputera
keys-make-title = Stwórz klucz dla swojej organizacji
keys-name = Nazwa twojej organizacji, tak jak znają ją osoby korzystające z pomocy
keys-passphrase-hint = Co najmniej 10 znaków. Zapisz je i trzymaj w bezpiecznym miejscu: bez niego nikt nie użyje klucza i nie da się otworzyć planów zapieczętowanych tym kluczem.
keys-keep = Zachowaj klucz na tym komputerze, zablokowany hasłem
keys-passphrase-change = Zmień hasło
keys-passphrase-new = Nowe hasło
keys-passphrase-changed = Hasło zostało zmienione. Klucz zachowany na tym komputerze i pliki klucza zapisane od teraz używają nowego hasła. Pliki klucza zapisane wcześniej nadal wymagają starego hasła.
keys-make = Stwórz klucz
keys-making = Chwileczkę…
keys-made = Klucz jest gotowy.
keys-import-title = Otwórz plik klucza od kogoś z twojej organizacji
keys-import-file = Plik klucza
keys-list = Twoje klucze
keys-made-on = Utworzono { $date }
keys-retired-on = Wycofano z użytku { $date }. Nadal otwiera plany zapieczętowane tym kluczem.
keys-retire = Wycofaj ten klucz z użytku
keys-new = Stwórz nowy klucz
keys-save-file = Zapisz plik klucza
keys-keep-failed = Nie udało się zachować klucza na tym komputerze. Zamiast tego zapisz plik klucza.
keys-setup-link = Link do ustawienia wspólnego tabletu
keys-setup-hint = Otwórz ten link jeden raz na tablecie w ośrodku. Od tej pory plany udostępniane na tym tablecie będą pieczętowane dla twojej organizacji.
keys-connect-title = Plakat na ścianę
keys-connect-hint = Osoby korzystające z pomocy skanują plakat swoim telefonem. Dzięki temu plany, które udostępniają, są pieczętowane dla twojej organizacji.
keys-print-poster = Wydrukuj plakat
keys-keep-unlock-first = Na tym komputerze jest już zachowany inny klucz. Najpierw odblokuj go powyżej albo usuń go z tego komputera.
keys-unsaved = Ten klucz jest tylko na tej stronie. Zapisz plik klucza albo zachowaj klucz na tym komputerze. Jeśli teraz zamkniesz stronę, klucz przepadnie i nikt nie otworzy planów zapieczętowanych tym kluczem.
keys-forget-question = Usunąć klucz z tego komputera?
keys-forget-detail = Bez pliku klucza albo innej kopii nikt nie otworzy planów zapieczętowanych tym kluczem.
keys-forgotten = Klucza nie ma już na tym komputerze.
keys-retire-question = Wycofać ten klucz z użytku?
keys-retire-detail = Nowe plany nie będą nim pieczętowane. Klucz nadal otworzy plany zapieczętowane nim wcześniej. Tego nie da się cofnąć.
poster-title = Bezpiecznie udostępnij swój plan tej organizacji: { $agency }
poster-scan = Zeskanuj ten kod aparatem w telefonie.
poster-check = Potem telefon pokaże te słowa. Sprawdź, czy są takie same:
keyfile-not = To nie jest plik klucza z aplikacji Waymark.
keyfile-too-new = Ten plik klucza pochodzi z nowszej wersji aplikacji Waymark. Odśwież stronę, żeby ją zaktualizować, i spróbuj jeszcze raz.
keyfile-damaged = Ten plik klucza jest uszkodzony. Poproś o nową kopię.
keyfile-wrong-passphrase = To hasło nie otwiera tego klucza.
keyfile-passphrase-short = Hasło musi mieć co najmniej 10 znaków.
keyfile-failed = Nie udało się. Spróbuj jeszcze raz.
agency-name-empty = Wpisz nazwę swojej organizacji.
agency-name-long = Ta nazwa jest za długa. Może mieć najwyżej 60 znaków.
answer-send-key = Wyślij razem z odpowiedzią klucz organizacji: { $agency }. Wtedy ta osoba będzie mogła pieczętować plany, które udostępnia.

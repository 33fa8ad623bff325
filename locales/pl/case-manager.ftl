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

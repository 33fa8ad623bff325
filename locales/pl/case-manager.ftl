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

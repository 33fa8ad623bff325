# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Ouvrir le plan d’une personne accompagnée
import-hint = Coller le code ou le lien donné par la personne, ou ouvrir son fichier. Rien n’est enregistré sur cet appareil.
import-pin-hint = La personne communique le code PIN de vive voix.
import-locked = Trop de codes PIN erronés. Demander à la personne de créer un nouveau code.
error-damaged = Ce code est abîmé ou incomplet. Demander à la personne de le partager à nouveau.
error-file = Impossible de lire ce fichier. Choisir le fichier que la personne a enregistré depuis Waymark.

## The client's plan, for the case manager

plan-view-title = Plan de la personne accompagnée
plan-view-written-in = Langue du plan : { $language }. Les mots de la personne sont affichés tels qu’elle les a écrits.
plan-view-not-saved = Ce plan n’est pas enregistré sur cet appareil. L’exporter avant de fermer la page.
plan-view-close = Fermer ce plan
export-title = Exporter
export-fhir = FHIR R4 (format JSON)
export-csv = Tableur (CSV)
export-json = Fichier Waymark (JSON)

## Exports for the case manager's systems

fhir-subject = Personne accompagnée
fhir-priority = Priorité { $rank } sur { $count }
fhir-description = Plan rédigé par la personne accompagnée dans Waymark. Ses propres mots sont dans la langue « { $lang } ».

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = C’est toi qui as écrit ce plan ?
cm-mine = C’est mon plan : le continuer ici
cm-asks-title = Ce que la personne demande
cm-asks-none = La personne n’a rien demandé de particulier.
cm-areas-title = Domaines de vie à relier à des services
cm-new-since = Nouveau depuis le { $date }
cm-first-share = C’est la première fois que ce plan est partagé.
cm-timeline-title = Bilans
cm-timeline-none = Pas encore de bilan.
cm-chart-title = Étapes faites au fil du temps
cm-chart-point = Le { $date }, étapes faites : { $done } sur { $total }

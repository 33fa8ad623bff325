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

## Answering the client: suggestions, the services directory, the answer's code
answer-title = Répondre avec des propositions
answer-hint = La personne choisit ce qu’elle garde. Rien n’est ajouté à son plan si elle ne dit pas oui.
answer-your-name = Nom de la personne qui répond, tel qu’il sera affiché
answer-add = Ajouter une proposition
answer-goal = Pour
answer-whole-plan = Tout le plan
answer-for-plan = Pour tout le plan
answer-kind = Type de proposition
answer-service-hint = Choisir un service dans l’annuaire ci-dessus, ou en saisir un.
answer-service-name = Nom du service ou de la personne
answer-service-offers = Ce qui est proposé
answer-service-place = Où
answer-service-phone = Téléphone
answer-service-web = Site web
answer-step-label = L’étape, en mots simples
answer-message-label = Message
answer-add-button = Ajouter
answer-meeting = Prochain rendez-vous
answer-meeting-day = Jour
answer-meeting-time = Heure
answer-meeting-place = Lieu
answer-meeting-add = Ajouter le rendez-vous
answer-so-far = La réponse
answer-nothing-yet = Rien n’a encore été ajouté.
answer-remove = Retirer
answer-make = Créer la réponse
answer-needs-name = Indiquer un nom, pour que la personne sache qui répond.
answer-needs-something = Écrire quelque chose d’abord : un service doit avoir un nom, une étape ou un message doit avoir du texte.
answer-too-long = C’est trop long. Rester sous 2 000 caractères.
answer-step-needs-goal = Une étape fait toujours partie d’un objectif. Choisir un objectif dans « Pour ».
answer-too-many = La réponse contient trop de propositions. Il faut la raccourcir.
answer-bad-meeting = Choisir le jour du rendez-vous, et une heure comme 09:30.
answer-made-title = La réponse est prête
answer-made-hint = La personne scanne le code QR avec l’appareil photo de son téléphone, ou ouvre le lien ou le fichier. La réponse s’ouvre dans Waymark, sur son appareil.
answer-qr-alt = Code QR de la réponse
answer-pin-note = Le plan de la personne a un code PIN : la réponse a donc le même code PIN.
answer-sheet-scan = Scanne ce code avec l’appareil photo de ton téléphone pour le voir dans Waymark. C’est toi qui choisis ce que tu ajoutes à ton plan.
directory-title = Annuaire des services
directory-load = Charger l’annuaire des services
directory-replace = Charger un autre annuaire
directory-load-hint = Un fichier Open Referral (HSDS) : un seul fichier JSON, ou les fichiers CSV du paquet de données. Il reste sur cet appareil seulement si on le choisit.
directory-count = { $count ->
    [one] { $count } service chargé.
   *[other] { $count } services chargés.
}
directory-keep = Garder l’annuaire sur cet appareil
directory-remove = Retirer l’annuaire
directory-search = Rechercher des services
directory-area = Domaine de vie
directory-any-area = Tous les domaines
directory-found = { $count ->
    [0] Aucun service ne correspond.
    [one] { $count } service correspond.
   *[other] { $count } services correspondent.
}
directory-pick = Proposer ce service
directory-written-in = L’annuaire est rédigé en
directory-rules = Domaines de vie : comment les services sont classés
directory-rules-label = Règles
directory-rules-hint = Une règle par ligne : un mot, puis =, puis un domaine de vie. La première règle dont le mot figure dans le nom, la description ou les catégories d’un service lui donne son domaine.
directory-rules-apply = Appliquer les règles
directory-rules-applied = Les domaines de vie des services ont été attribués à nouveau.
rules-no-equals = La ligne { $line } n’a pas de « = » entre un mot et un domaine.
rules-no-word = La ligne { $line } n’a pas de mot avant « = ».
rules-unknown-area = Ligne { $line } : « { $key } » n’est pas un domaine de vie.
rules-too-large = Ces règles sont trop longues.

## The agency's key
keys-title = La clé de l’organisme
keys-hint = Avec la clé de l’organisme, les personnes accompagnées peuvent sceller les plans qu’elles partagent : seul l’organisme peut alors les ouvrir.
keys-kept = Une clé est gardée sur cet ordinateur. Taper sa phrase secrète pour l’utiliser.
keys-passphrase = Phrase secrète
keys-unlock = Déverrouiller
keys-unlocked = La clé est déverrouillée tant que cette page reste ouverte.
keys-forget = Retirer la clé de cet ordinateur
keys-make-title = Créer une clé pour l’organisme
keys-name = Nom de l’organisme, tel que les personnes accompagnées le connaissent
keys-passphrase-hint = Au moins 10 caractères. La noter et la garder en lieu sûr : sans elle, personne ne peut utiliser la clé, et les plans scellés avec cette clé ne peuvent pas être ouverts.
keys-keep = Garder la clé sur cet ordinateur, protégée par la phrase secrète
keys-passphrase-change = Changer la phrase secrète
keys-passphrase-new = Nouvelle phrase secrète
keys-passphrase-changed = La phrase secrète a changé. La clé gardée sur cet ordinateur et les fichiers de clé enregistrés à partir de maintenant l’utilisent. Les fichiers de clé enregistrés auparavant demandent toujours l’ancienne.
keys-make = Créer la clé
keys-making = En cours…
keys-made = La clé est prête.
keys-import-title = Ouvrir un fichier de clé reçu d’un ou d’une collègue
keys-import-file = Fichier de clé
keys-list = Clés de l’organisme
keys-made-on = Créée le { $date }
keys-retired-on = Archivée le { $date }. Elle ouvre toujours les plans scellés avec elle.
keys-retire = Archiver cette clé
keys-new = Créer une nouvelle clé
keys-save-file = Enregistrer le fichier de clé
keys-keep-failed = Impossible de garder la clé sur cet ordinateur. Enregistrer plutôt le fichier de clé.
keys-setup-link = Lien de configuration pour une tablette partagée
keys-setup-hint = Ouvrir ce lien une seule fois sur la tablette du centre. Les plans partagés sur cette tablette seront ensuite scellés pour l’organisme.
keys-connect-title = Affiche à mettre au mur
keys-connect-hint = Les personnes accompagnées scannent l’affiche avec leur propre téléphone : les plans qu’elles partagent sont alors scellés pour l’organisme.
keys-print-poster = Imprimer l’affiche
keys-keep-unlock-first = Une autre clé est gardée sur cet ordinateur. La déverrouiller d’abord plus haut, ou la retirer de cet ordinateur.
keys-unsaved = Cette clé n’existe que sur cette page. Enregistrer le fichier de clé, ou garder la clé sur cet ordinateur. Si la page est fermée maintenant, la clé est perdue et personne ne pourra ouvrir les plans scellés avec elle.
keys-forget-question = Retirer la clé de cet ordinateur ?
keys-forget-detail = Sans fichier de clé ni autre copie, personne ne pourra ouvrir les plans scellés avec cette clé.
keys-forgotten = La clé n’est plus sur cet ordinateur.
keys-retire-question = Archiver cette clé ?
keys-retire-detail = Les nouveaux plans ne seront plus scellés avec elle. Elle ouvre toujours les plans déjà scellés avec elle. C’est définitif.
poster-title = Partage ton plan en toute sécurité avec { $agency }
poster-scan = Scanne ce code avec l’appareil photo de ton téléphone.
poster-check = Ton téléphone affiche alors ces mots. Vérifie que ce sont bien les mêmes :
keyfile-not = Ce n’est pas un fichier de clé Waymark.
keyfile-too-new = Ce fichier de clé vient d’une version plus récente de Waymark. Recharger cette page pour la mettre à jour, puis réessayer.
keyfile-damaged = Ce fichier de clé est abîmé. En demander une nouvelle copie.
keyfile-wrong-passphrase = Cette phrase secrète n’ouvre pas cette clé.
keyfile-passphrase-short = La phrase secrète doit avoir au moins 10 caractères.
keyfile-failed = Cela n’a pas fonctionné. Merci de réessayer.
agency-name-empty = Indiquer le nom de l’organisme.
agency-name-long = Ce nom est trop long. Il doit faire 60 caractères au maximum.
answer-send-key = Envoyer la clé de l’organisme { $agency } avec la réponse, pour que la personne puisse sceller les plans qu’elle partage

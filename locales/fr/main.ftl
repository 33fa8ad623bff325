# Waymark — français. Mots simples, phrases courtes : niveau de lecture d'environ 9 ans.
# Client text uses "tu". Staff text (import-*, error-*, plan-view-*, export-*, fhir-*,
# settings-staff/mode/idle/save) uses impersonal infinitives.
# Every message here must exist in every other locale (a test checks).

app-name = Waymark

## Language picker

language-label = Langue
language-choose = Choisis ta langue

## Welcome

welcome-title = Ton plan, avec tes mots
welcome-intro = Pense à ce qui va bien, à ce qui est difficile et à ce que tu veux changer. Tu choisis ce que tu écris. Tu peux passer n’importe quelle question.
privacy-title = Tes réponses restent avec toi
privacy-body = Ce que tu écris reste sur cet appareil. Rien n’est envoyé sur Internet. C’est toi qui décides si tu le partages, et avec qui.
privacy-stored = Tes réponses sont enregistrées sur cet appareil. Tu peux donc revenir plus tard.
start = Commencer
continue = Continuer
welcome-case-manager = Accès professionnel : ouvrir le plan d’une personne accompagnée
welcome-stored-note = Pour les effacer, ouvre « Réglages » et choisis « Supprimer mes données ».
kiosk-note = Cette tablette est partagée. Quand tu as fini, ou si personne ne la touche pendant un moment, tout ce que tu as écrit est effacé.

## Shared tablet: finishing and the inactivity warning

finish-button = J’ai fini : effacer mes réponses
finish-title = Effacer tout ce que tu as écrit ?
finish-body = Cela efface toutes tes réponses et tous tes objectifs de cette tablette. Personne après toi ne les verra. Si tu veux que la personne qui t’accompagne ait ton plan, partage-le d’abord.
finish-erase = Effacer maintenant
finish-share-first = Imprimer ou emporter mon plan d’abord
idle-title = Tu es toujours là ?
idle-body = { $count ->
    [one] Pour que personne ne voie tes réponses, elles seront effacées dans { $count } seconde.
   *[other] Pour que personne ne voie tes réponses, elles seront effacées dans { $count } secondes.
}
idle-stay = Je suis toujours là

## Settings

settings-title = Réglages
settings-display-title = Affichage de l’application
settings-contrast = Contraste élevé : texte noir sur fond blanc, bords bien visibles
settings-stored-title = Ce qui est gardé sur cet appareil
settings-stored-personal = Tes réponses et ta langue sont enregistrées dans ce navigateur, sur cet appareil seulement. Toute personne qui utilise cet appareil et ce navigateur pourrait les voir.
settings-persist-granted = Ce navigateur accepte de garder tes réponses, même quand l’appareil manque de place.
settings-persist-refused = Ce navigateur peut effacer tes réponses si l’appareil manque de place. Partage ton plan pour en garder une copie.
settings-delete = Supprimer mes données
settings-delete-confirm = Supprimer toutes tes réponses et tous tes objectifs de cet appareil ? Tu ne pourras pas revenir en arrière.
settings-delete-yes = Oui, tout supprimer
settings-deleted = Tes données ont été supprimées de cet appareil.
settings-staff-title = Pour l’équipe : utilisation de cet appareil
settings-mode-label = Cet appareil est
settings-mode-personal = Un appareil personnel : les réponses sont conservées jusqu’à ce que la personne les supprime
settings-mode-kiosk = Une tablette partagée : les réponses sont effacées après chaque personne
settings-idle-label = Minutes sans toucher l’écran avant l’avertissement (tablette partagée)
settings-save = Enregistrer et redémarrer

## Messages about saved answers

notice-draft-unreadable = Nous n’avons pas pu lire les réponses enregistrées sur cet appareil. Nous les avons mises de côté : rien n’a été supprimé. Tu peux recommencer ici.
notice-storage-full = Cet appareil est plein : tes réponses ne sont pas enregistrées pour le moment. Elles sont toujours là, à l’écran. Libère un peu de place ou partage ton plan.
notice-too-new = Tes réponses enregistrées viennent d’une version plus récente de Waymark. Ferme la page et rouvre-la pour la mettre à jour. En attendant, ce que tu changes ici n’est pas enregistré.
notice-storage-off = Ce navigateur ne permet pas à Waymark d’enregistrer. Tes réponses restent seulement jusqu’à ce que tu fermes la page.
notice-close = D’accord

## Moving between steps

nav-back = Retour
nav-next = Suivant
nav-steps = Étapes
progress-label = Où tu en es
progress-skipped = (étape passée)

## The four parts of the self-assessment

part-strengths = Points forts
part-weaknesses = Ce qui est difficile
part-opportunities = Ce qui pourrait aider
part-threats = Soucis

question-strengths = Qu’est-ce que tu sais bien faire ? Qu’est-ce qui va bien ?
hint-strengths = Pense aux choses que tu sais faire, aux personnes qui t’aident et aux choses que tu as.
example-strengths = Par exemple : « Je sais réparer les vélos. » « Ma sœur m’aide. »
question-weaknesses = Qu’est-ce qui est difficile pour toi en ce moment ?
hint-weaknesses = Tout le monde a des moments difficiles. Les écrire peut t’aider à trouver du soutien.
example-weaknesses = Par exemple : « Je n’ai pas d’adresse pour recevoir mon courrier. » « Je dors mal. »
question-opportunities = Qu’est-ce qui pourrait t’aider ?
hint-opportunities = Pense aux lieux, aux personnes ou aux services autour de toi qui pourraient t’aider.
example-opportunities = Par exemple : « La bibliothèque a des ordinateurs gratuits. » « Un ami peut me prêter un téléphone. »
question-threats = Qu’est-ce qui t’inquiète ?
hint-threats = Pense à ce qui pourrait mal se passer bientôt, ou à ce qui te fait peur.
example-threats = Par exemple : « Ma place au foyer s’arrête vendredi. » « Je dois de l’argent. »

count-strengths = { $count ->
    [one] { $count } point fort
   *[other] { $count } points forts
}
count-weaknesses = { $count ->
    [one] { $count } chose difficile
   *[other] { $count } choses difficiles
}
count-opportunities = { $count ->
    [one] { $count } chose qui pourrait aider
   *[other] { $count } choses qui pourraient aider
}
count-threats = { $count ->
    [one] { $count } souci
   *[other] { $count } soucis
}

ideas-title = Des idées. Touche une idée pour l’ajouter.
idea-added = Ajoutée
own-words-label = Ou écris-le avec tes mots
add = Ajouter
your-answers = Tes réponses
nothing-yet = Rien pour l’instant. Ce n’est pas grave. Tu peux passer cette étape.
edit = Modifier
save = Enregistrer
cancel = Annuler
remove = Retirer
move-up = Monter
move-down = Descendre
edit-answer-label = Modifier ta réponse

## Read aloud

read-aloud = Lire à voix haute
read-aloud-no-voice = Cet appareil n’a pas de voix pour cette langue
read-plan-aloud = Lire mon plan à voix haute
stop-reading = Arrêter la lecture

## Goals

part-goals = Mes objectifs
question-goals = Qu’est-ce que tu veux changer ?
hint-goals = Choisis ce qui compte pour toi. Avancer par petites étapes, ça aide. Mets l’objectif le plus important en haut.
example-goals = Par exemple : « Avoir une nouvelle carte d’identité avant l’hiver. » Première étape : « Demander le formulaire. »
goal-from-worry = Créer un objectif à partir d’une difficulté ou d’un souci
goal-from-strength = Créer un objectif à partir d’un point fort ou de ce qui pourrait aider
goal-add = Ajouter un objectif
goal-untitled = Nouvel objectif (pas encore de nom)
goal-count = { $count ->
    [one] { $count } objectif
   *[other] { $count } objectifs
}
goals-empty = Pas encore d’objectif. Tu peux en ajouter un, ou passer cette étape.
goal-steps-done = { $count ->
    [one] Étape faite : { $done } sur { $count }
    [many] Étapes faites : { $done } sur { $count }
   *[other] Étapes faites : { $done } sur { $count }
}
goal-close = Fermer
goal-remove-confirm = Retirer cet objectif et ses étapes ?
goal-remove-yes = Oui, le retirer
goal-title-label = Ce que je veux
goal-area-label = Domaine de ma vie
area-none = Pas choisi
goal-why-label = Pourquoi c’est important pour moi (tu peux passer)
goal-steps-label = Petites étapes
step-text-label = Étape { $number }
step-due-label = Date pour l’étape { $number }
step-done-label = L’étape { $number } est faite
step-add = Ajouter une étape
goal-target-label = Quand je veux y arriver
goal-helped-by-label = Ce qui m’aide pour ça
goal-addresses-label = De quoi parle cet objectif
goal-help-wanted-label = L’aide que je veux de la personne qui m’accompagne
links-empty = Rien à choisir pour l’instant. Tes réponses des étapes d’avant s’afficheront ici.

## Review

part-review = Relire
review-title = Ton plan
review-hint = Voici ce que verra la personne qui t’accompagne si tu choisis de le partager. Tu peux encore tout changer.
review-skipped = Étape passée
review-no-goals = Pas encore d’objectif.
review-target = À atteindre d’ici le { $date }
review-due = d’ici le { $date }
review-step-done = Fait :
review-step-open = À faire :
review-why = Pourquoi c’est important :
review-helped-by = Ce qui aide :
review-addresses = De quoi ça parle :
review-help-wanted = L’aide que je veux :

## Sharing

part-share = Partager
share-title = Partager ton plan
share-hint = C’est toi qui décides ce que tu partages, et comment. Waymark n’envoie rien tout seul.
share-choose = Ce que tu veux partager
share-choose-hint = Décoche ce que tu veux garder pour toi.
share-nothing = Il n’y a encore rien à partager.
share-pin-toggle = Le protéger avec un code PIN
share-pin-label = Code PIN (au moins 4 chiffres ou lettres)
share-pin-hint = Dis le code PIN à la personne qui t’accompagne, en face à face. Ne l’envoie pas avec le lien.
share-pin-short = Le code PIN est trop court. Mets au moins 4 chiffres ou lettres.
share-make = Créer mon code de partage
share-making = Création de ton code…
share-failed = Quelque chose n’a pas marché. Ton plan n’est pas perdu. Réessaie, s’il te plaît.
share-qr-title = Montre ceci à la personne qui t’accompagne
share-qr-alt = Code QR de ton plan
share-qr-hint = La personne qui t’accompagne peut le scanner avec l’appareil photo d’un téléphone.
share-qr-too-long = Ton plan est trop long pour un seul code QR. Utilise plutôt « Copier le lien » ou « Enregistrer dans un fichier ».
share-copy-link = Copier le lien
share-copy-code = Copier le code
share-download = Enregistrer dans un fichier
share-print = Imprimer
share-copy-text = Copier en texte
share-copied = Copié.
share-copy-failed = Impossible de copier. Sélectionne le texte et copie-le toi-même.
share-link-label = Ton lien

## Life areas

area-housing = Logement
area-documents = Papiers et pièce d’identité
area-health = Santé
area-mental-health = Émotions et santé mentale
area-money = Argent et aides
area-food = Nourriture
area-clothing = Vêtements
area-work = Travail et formation
area-family = Famille et proches
area-safety = Sécurité
area-legal = Aide juridique
area-daily-living = Vie de tous les jours

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = J’ai une pièce d’identité valide
chip-safe-place-tonight = J’ai un endroit sûr pour dormir ce soir
chip-good-health = Ma santé est plutôt bonne
chip-keep-going = Je tiens bon quand c’est difficile
chip-manage-money = Je sais gérer un petit budget
chip-can-cook = Je sais faire des repas simples
chip-work-experience = J’ai déjà travaillé
chip-speak-languages = Je parle plusieurs langues
chip-someone-i-trust = Il y a quelqu’un en qui j’ai confiance
chip-have-phone = J’ai un téléphone qui marche
chip-id-lost = Ma pièce d’identité est perdue ou périmée
chip-no-stable-home = Je n’ai pas de logement stable
chip-health-problem = Un problème de santé rend ma vie de tous les jours difficile
chip-alcohol-drugs = J’ai des problèmes avec l’alcool ou la drogue
chip-feel-low = J’ai souvent le moral bas ou de l’angoisse
chip-no-income = Je n’ai pas de revenu régulier
chip-debts = J’ai des dettes
chip-no-warm-clothes = Je n’ai pas de vêtements chauds
chip-forms-hard = J’ai du mal avec les formulaires et les courriers
chip-shelter-place = Un foyer ou un centre d’hébergement pourrait avoir une place pour moi
chip-free-doctor = Je peux voir un médecin gratuitement
chip-support-group = Un groupe d’entraide se réunit près de moi
chip-benefits-right = J’ai peut-être droit à des aides
chip-free-meals = Un accueil de jour près de moi propose des repas gratuits
chip-clothes-bank = Un vestiaire solidaire peut me donner des vêtements
chip-course = Il y a un cours ou une formation que je pourrais suivre
chip-family-help = Quelqu’un de ma famille pourrait m’aider
chip-legal-advice = Je peux avoir des conseils gratuits sur mes droits
chip-eviction = Je pourrais perdre l’endroit où je vis
chip-sleep-outside-cold = Il commence à faire froid et je dors dehors
chip-health-worse = Ma santé va de plus en plus mal
chip-benefits-stop = Mes aides pourraient s’arrêter
chip-hunger = Je n’ai pas toujours assez à manger
chip-lose-contact-children = Je pourrais perdre le contact avec mes enfants
chip-someone-hurting-me = Quelqu’un me fait du mal ou me menace
chip-theft = On pourrait me voler mes affaires
chip-court-or-fine = J’ai une affaire en justice ou une amende à payer

## When the screens after Welcome are fetched (the first time only)
screens-loading = Un instant…
screens-unavailable-title = Cette page ne s’est pas ouverte
screens-unavailable-body = Vérifie ta connexion Internet, puis réessaie. Rien de ce que tu as écrit n’est perdu.
try-again = Réessayer

status-not-started = Pas encore commencé
status-on-my-way = En cours
status-done = Fait
status-put-aside = Mis de côté
fit-keep = Le garder
fit-change = Le changer
fit-put-aside = Le mettre de côté
choice-waiting = Pas encore de réponse
hours-mon = le lundi
hours-tue = le mardi
hours-wed = le mercredi
hours-thu = le jeudi
hours-fri = le vendredi
hours-sat = le samedi
hours-sun = le dimanche
hours-weekdays = Du lundi au vendredi
hours-every-day = Tous les jours
hours-from = à partir de { $time }
hours-until = jusqu’à { $time }
choice-yes = A dit oui
choice-not-now = Pas maintenant

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = Code ou lien
import-open = Ouvrir le plan
import-file = Ou ouvrir un fichier
import-scan = Scanner le code QR avec la caméra
import-scan-hint = Tenir le code QR devant la caméra.
import-scan-stop = Arrêter la caméra
import-scan-failed = Impossible d’ouvrir la caméra. On peut plutôt coller le code ou ouvrir le fichier.
import-pin-label = Code PIN
import-tries-left = { $count ->
    [one] { $count } essai restant
   *[other] { $count } essais restants
}
error-not-a-code = Ce n’est pas un code Waymark. Il faut vérifier que le code a été copié en entier.
error-truncated = Ce code est abîmé ou incomplet : la fin manque. Il faut copier le code ou le lien en entier.
error-too-new = Ce code vient d’une version plus récente de Waymark. Il faut recharger cette page pour la mettre à jour, puis réessayer.
error-pin-needed = Ce plan est protégé. Il faut saisir le code PIN.
error-wrong-pin = Ce code PIN n’est pas correct.
error-too-large = Ce plan est trop volumineux pour être ouvert.
error-invalid = Certaines parties de ce plan ne peuvent pas être lues par cette version de Waymark.
error-is-answer = C’est une réponse de la personne qui suit le dossier, pas un plan. Il faut l’ouvrir sur le téléphone ou la tablette où se trouve le plan.
error-is-plan = C’est un plan, pas une réponse de la personne qui suit le dossier.
continue-pin-hint = Tape le code PIN que tu as choisi quand tu as partagé ce plan. Si tu l’as oublié, personne ne peut ouvrir ce plan, même pas la personne qui t’accompagne. Tu peux commencer un nouveau plan à la place.
continue-locked = Trop d’essais avec un mauvais code PIN. Scanne à nouveau ton papier ou rouvre ton lien pour réessayer, ou commence un nouveau plan.
continue-damaged = Ce code est abîmé ou incomplet. Copie le lien en entier, ou scanne à nouveau le code QR.
continue-file = Impossible de lire ce fichier. Choisis le fichier de ton plan que tu as enregistré depuis Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = J’ai déjà un plan
welcome-check-in = Comment ça se passe ? Faire le point
continue-title = Continuer ton plan
continue-hint = Scanne le code QR sur ton papier, colle ton lien ou ton code, ou ouvre le fichier de ton plan.
continue-replace-title = Il y a déjà un plan sur cet appareil
continue-replace-body = Tu veux plutôt utiliser le plan que tu viens d’ouvrir ? Le plan qui est ici maintenant sera mis de côté sur cet appareil. Il ne sera pas supprimé.
continue-replace = Utiliser le plan que j’ai ouvert
continue-keep = Garder le plan que j’ai
continue-opened = Ton plan est là. Tu peux le continuer.

## Check-in: "How is it going?"
check-in-title = Comment ça se passe ?
check-in-hint = Regarde chaque objectif. Dis-en autant ou aussi peu que tu veux. Rien n’est obligatoire ici.
check-in-no-goals = Tu n’as pas encore d’objectif. Crée d’abord un objectif, puis reviens ici.
check-in-steps = Quelles étapes sont faites ?
check-in-no-steps = Cet objectif n’a pas encore d’étape.
check-in-status = Où en est cet objectif ?
check-in-words = Qu’est-ce qui s’est passé, ou de quoi as-tu besoin maintenant ?
check-in-fit = Cet objectif te correspond toujours ?
check-in-save = Enregistrer mon bilan
check-in-saved = C’est enregistré. Merci d’avoir fait le point.
check-in-nothing = Tu n’as rien changé, donc rien n’a été enregistré.
check-in-not-now = Pas maintenant
review-status = Où ça en est :
review-history = Bilans :

## What changed since the plan was last shared (Review, Share)
since-title = Depuis que tu as partagé ton plan le { $date }
since-steps = { $count ->
    [one] { $count } étape faite
   *[other] { $count } étapes faites
}
since-goals-done = { $count ->
    [one] { $count } objectif atteint
   *[other] { $count } objectifs atteints
}
since-goals-put-aside = { $count ->
    [one] { $count } objectif mis de côté
   *[other] { $count } objectifs mis de côté
}
since-new = { $count ->
    [one] { $count } réponse ou objectif en plus
   *[other] { $count } réponses ou objectifs en plus
}
since-removed = { $count ->
    [one] { $count } réponse ou objectif retiré
   *[other] { $count } réponses ou objectifs retirés
}
since-check-ins = { $count ->
    [one] { $count } bilan
   *[other] { $count } bilans
}
since-nothing = Rien n’a changé depuis.
mark-new = Nouveau
mark-done-since = Fait depuis le partage

## The take-away sheet (printed from the Share step)
print-title = Mon plan
print-date = Imprimé le { $date }
print-alias = Nom : { $alias }
print-scan = Scanne ce code pour continuer ton plan, ou montre-le à la personne qui t’accompagne.
print-words-toggle = Imprimer aussi mes mots sur la feuille
print-words-warning = Toute personne qui trouve la feuille peut lire ce que tu as écrit.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = Ce que te propose la personne qui t’accompagne
answers-hint = C’est toi qui choisis. Rien n’est ajouté à ton plan si tu ne dis pas oui. Tu peux changer d’avis plus tard.
answers-list = Propositions
answers-open = Ouvrir une réponse
answers-open-another = Ouvrir une autre réponse
answers-done = Voir mon plan
answer-from = Une réponse de { $name }
answer-for-goal = Pour ton objectif : { $goal }
answer-yes = Oui, l’ajouter
answer-not-now = Pas maintenant
answer-taken = C’est maintenant dans ton plan, dans « Mes soutiens ».
answer-step-added = Cette étape est maintenant dans ton objectif.
answer-other-plan = Cette réponse est pour un plan qui n’est pas encore sur cet appareil. Ouvre d’abord ton plan avec son code QR, son lien ou son fichier. Ensuite, la réponse s’ouvre.
answer-open-plan = Ouvrir mon plan
answer-forget = Pas maintenant
answer-pin-hint = Tape le code PIN que tu as choisi pour ton plan. La réponse de la personne qui t’accompagne a le même code PIN.
answer-damaged = Cette réponse est abîmée ou incomplète. Copie le lien en entier, ou scanne à nouveau le code QR.
answer-file = Impossible de lire ce fichier. Choisis le fichier de réponse qu’on t’a donné.
offer-service = Qui peut t’aider
offer-step = Une petite étape
offer-meeting = Ton prochain rendez-vous
offer-message = Un message
meeting-when = { $date } à { $time }
support-phone = Téléphone : { $phone }
support-title = Mes soutiens
support-all-title = Propositions et réponses de la personne
support-from = Proposition de { $name }
review-answers = { $count ->
    [0] Propositions de la personne qui t’accompagne
    [one] { $count } proposition attend ta réponse
   *[other] { $count } propositions attendent ta réponse
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = Ce fichier est trop volumineux pour un annuaire de services (plus de 8 Mo).
directory-empty = Cet annuaire ne contient aucun service.
directory-not-json = Ce fichier n’est pas au format JSON. Il y a une erreur à la ligne { $line }.
directory-not-hsds = Ce fichier JSON n’est pas un annuaire de services Open Referral : aucun service n’a d’identifiant (id) et de nom.
directory-not-csv = { $file } n’est pas un fichier CSV lisible (ligne { $line }).
directory-missing-column = { $file } n’a pas de colonne « { $column } ».
directory-no-services-csv = Les fichiers CSV doivent comprendre services.csv.
directory-too-many = Cet annuaire contient plus de 5 000 services. En charger un plus petit.
directory-too-new = Cet annuaire a été enregistré par une version plus récente de Waymark. Recharger son fichier.
directory-damaged = Impossible de lire l’annuaire gardé sur cet appareil. Recharger son fichier.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = Ici, dans ce centre
centre-hint = Des services que tu peux trouver ici. Touche un service pour l’ajouter.
gaps-title = Qu’est-ce qui t’aiderait et que tu ne trouves pas ici ?
gaps-hint = Tu peux ne pas répondre. Ta réponse aide le centre à voir ce qui manque près d’ici.
gaps-label = Ce qui manque
gaps-add = Ajouter
gaps-remove = Retirer ceci
gaps-summary-title = Ce qui manque près d’ici

## Staff settings: this centre's services on the device
centre-setup-title = Les services de ce centre
centre-setup-hint = Un fichier Open Referral (HSDS) : un seul fichier JSON, ou les fichiers CSV du paquet de données. Les personnes accompagnées voient ces services dans « Ici, dans ce centre ». Ils restent sur cet appareil quand les données d’une personne sont effacées.
centre-load = Charger les services du centre
centre-none = Aucun service chargé.
centre-count = { $count ->
    [one] { $count } service chargé.
   *[other] { $count } services chargés.
}
centre-remove = Retirer les services
centre-no-room = Cet appareil n’a pas assez de place pour les services. Essayer avec un fichier plus petit.
answer-no-room = Cette réponse ne rentre pas : ton plan est déjà très rempli. Demande une réponse plus courte à la personne qui t’accompagne.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = Ce plan est scellé pour un organisme. Seul cet organisme peut l’ouvrir.
error-is-agency-key = C’est la clé d’un organisme, pas un plan.
sealed-needs = Ce plan est scellé pour { $agency }. Seule la clé de cet organisme peut l’ouvrir.
sealed-unlock = Déverrouiller la clé de l’organisme ci-dessous, ou ouvrir son fichier de clé.
sealed-not-yours = Tu ne peux pas l’ouvrir ici. Si tu veux continuer ce plan toi-même, partage-le à nouveau sans le sceller.
agency-fingerprint = Mots de contrôle de la clé :
connect-title = Sceller tes plans pour { $agency } ?
connect-title-none = Sceller tes plans pour un organisme
connect-hint = Quand tu partageras ton plan, il ne pourra être ouvert que par { $agency }. Personne d’autre ne pourra le lire : ni quelqu’un qui trouve le code, ni même toi.
connect-check = Vérifie que ces mots sont les mêmes que sur l’affiche, ou que ceux que l’équipe te montre :
connect-yes = Oui, sceller mes plans pour cet organisme
connect-no = Non, merci
connect-done = C’est fait. Quand tu partages ton plan, il est scellé pour { $agency }.
connect-back = Retour au début
connect-damaged = Ce code est abîmé. Demande un nouveau code à l’équipe.
connect-kiosk = Sur cette tablette partagée, c’est l’équipe qui choisit pour qui les plans sont scellés.
connect-none = Il n’y a pas de code d’organisme ici.
agency-unreadable = Cet appareil devrait sceller tes plans pour un organisme, mais la clé de l’organisme enregistrée ici est abîmée, donc tes plans ne sont pas scellés. Préviens l’équipe, s’il te plaît.
connect-replaces = Pour l’instant, tes plans sont scellés pour { $agency }. Si tu dis oui, ils seront scellés pour cet organisme à la place.
agency-settings-title = Partage scellé
agency-settings-hint = Les plans que tu partages d’ici ne peuvent être ouverts que par { $agency }.
agency-settings-none = Les plans que tu partages d’ici ne sont scellés pour aucun organisme.
agency-staff-set = C’est l’équipe qui a réglé cela sur cette tablette.
agency-remove = Ne plus sceller mes plans pour cet organisme
agency-removed = Tes plans ne sont plus scellés pour cet organisme.
share-seal-toggle = Mon plan ne pourra être ouvert que par { $agency }
share-seal-hint = Même toi, tu ne pourras pas ouvrir un code scellé. Pour continuer ton plan sur un autre téléphone, décoche cette case.
share-seal-off-hint = Toute personne qui a ce code peut ouvrir ton plan. Tu peux ajouter un code PIN plus bas.

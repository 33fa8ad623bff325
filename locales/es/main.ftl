# Waymark — Spanish (español neutro). Palabras sencillas, frases cortas: nivel de lectura de unos 9 años.
# Every message here must exist in every other locale (a test checks).

app-name = Waymark

## Language picker

language-label = Idioma
language-choose = Elige tu idioma

## Welcome

welcome-title = Tu plan, con tus propias palabras
welcome-intro = Piensa en lo que va bien, en lo que es difícil y en lo que quieres cambiar. Tú eliges qué escribir. Puedes saltarte lo que quieras.
privacy-title = Tus respuestas se quedan contigo
privacy-body = Lo que escribes se queda en este dispositivo. No se envía nada por internet. Tú decides si lo compartes y con quién.
privacy-stored = Tus respuestas se guardan en este dispositivo, así que puedes volver más tarde.
start = Empezar
continue = Continuar
welcome-case-manager = Para profesionales: abrir un plan compartido
welcome-stored-note = Para borrarlas, abre Ajustes y elige «Borrar mis datos».
kiosk-note = Esta es una tableta compartida. Cuando termines, o si nadie la toca durante un rato, se borra todo lo que escribiste.

## Shared tablet: finishing and the inactivity warning

finish-button = Ya terminé: borrar mis respuestas
finish-title = ¿Borrar todo lo que escribiste?
finish-body = Esto quita de esta tableta todas tus respuestas y metas. Nadie que la use después de ti podrá verlas. Si quieres que la persona que lleva tu caso tenga tu plan, compártelo primero.
finish-erase = Borrar ahora
finish-share-first = Imprimir o llevarme mi plan primero
idle-title = ¿Sigues ahí?
idle-body = { $count ->
    [one] Para que nadie más vea tus respuestas, se borrarán en { $count } segundo.
   *[other] Para que nadie más vea tus respuestas, se borrarán en { $count } segundos.
}
idle-stay = Sigo aquí

## Settings

settings-title = Ajustes
settings-display-title = Cómo se ve la aplicación
settings-contrast = Alto contraste: texto negro sobre fondo blanco y bordes bien marcados
settings-stored-title = Lo que se guarda en este dispositivo
settings-stored-personal = Tus respuestas y tu idioma se guardan en este navegador, solo en este dispositivo. Cualquier persona que use este dispositivo y este navegador podría verlas.
settings-persist-granted = Este navegador aceptó guardar tus respuestas, aunque el dispositivo tenga poco espacio.
settings-persist-refused = Este navegador podría borrar tus respuestas si el dispositivo se queda sin espacio. Comparte tu plan para tener una copia.
settings-delete = Borrar mis datos
settings-delete-confirm = ¿Borrar de este dispositivo todas tus respuestas y metas? Esto no se puede deshacer.
settings-delete-yes = Sí, borrar todo
settings-deleted = Tus datos se borraron de este dispositivo.
settings-staff-title = Para el personal: cómo se usa este dispositivo
settings-mode-label = Tipo de dispositivo
settings-mode-personal = Dispositivo personal: las respuestas se guardan hasta que la persona las borre
settings-mode-kiosk = Tableta compartida: las respuestas se borran después de cada persona
settings-idle-label = Minutos sin tocar la pantalla antes del aviso (tableta compartida)
settings-save = Guardar y reiniciar

## Messages about saved answers

notice-draft-unreadable = No pudimos leer las respuestas guardadas en este dispositivo. Las guardamos aparte, así que no se borró nada. Puedes empezar de nuevo aquí.
notice-storage-full = Este dispositivo está lleno, así que ahora tus respuestas no se están guardando. Siguen aquí, en la pantalla. Libera un poco de espacio o comparte tu plan.
notice-too-new = Tus respuestas guardadas son de una versión más nueva de Waymark. Cierra la página y vuelve a abrirla para actualizarla. Hasta entonces, los cambios que hagas aquí no se guardan.
notice-storage-off = Este navegador no deja que Waymark guarde nada. Tus respuestas solo se quedan hasta que cierres la página.
notice-close = Entendido

## Moving between steps

nav-back = Atrás
nav-next = Siguiente
nav-steps = Pasos
progress-label = Tu progreso
progress-skipped = (sin responder)

## The four parts of the self-assessment

part-strengths = Fortalezas
part-weaknesses = Lo que es difícil
part-opportunities = Lo que podría ayudar
part-threats = Preocupaciones

question-strengths = ¿Qué sabes hacer bien? ¿Qué va bien?
hint-strengths = Piensa en cosas que sabes hacer, en personas que te ayudan y en cosas que tienes.
example-strengths = Por ejemplo: «Sé arreglar bicicletas». «Mi hermana me ayuda».
question-weaknesses = ¿Qué te resulta difícil en este momento?
hint-weaknesses = Todos pasamos por momentos difíciles. Escribirlos puede ayudarte a recibir apoyo.
example-weaknesses = Por ejemplo: «No tengo una dirección donde recibir cartas». «Duermo mal».
question-opportunities = ¿Qué podría ayudarte?
hint-opportunities = Piensa en lugares, personas o servicios cerca de ti que podrían ayudarte.
example-opportunities = Por ejemplo: «En la biblioteca puedo usar computadoras gratis». «Alguien que conozco me puede prestar un teléfono».
question-threats = ¿Qué te preocupa?
hint-threats = Piensa en cosas que podrían salir mal pronto, o que hacen que no te sientas a salvo.
example-threats = Por ejemplo: «Solo puedo quedarme en el albergue hasta el viernes». «Debo dinero».

count-strengths = { $count ->
    [one] { $count } fortaleza
   *[other] { $count } fortalezas
}
count-weaknesses = { $count ->
    [one] { $count } cosa difícil
   *[other] { $count } cosas difíciles
}
count-opportunities = { $count ->
    [one] { $count } cosa que podría ayudar
   *[other] { $count } cosas que podrían ayudar
}
count-threats = { $count ->
    [one] { $count } preocupación
   *[other] { $count } preocupaciones
}

ideas-title = Ideas. Toca una para agregarla.
idea-added = Agregada
own-words-label = O escríbelo con tus propias palabras
add = Agregar
your-answers = Tus respuestas
nothing-yet = Todavía no hay nada aquí. No pasa nada. Puedes saltarte este paso.
edit = Cambiar
save = Guardar
cancel = Cancelar
remove = Quitar
move-up = Subir
move-down = Bajar
edit-answer-label = Cambia tu respuesta

## Read aloud

read-aloud = Leer en voz alta
read-aloud-no-voice = Este dispositivo no tiene una voz para este idioma
read-plan-aloud = Leer mi plan en voz alta
stop-reading = Dejar de leer

## Goals

part-goals = Mis metas
question-goals = ¿Qué quieres cambiar?
hint-goals = Elige lo que te importa. Los pasos pequeños ayudan. Pon primero la meta más importante.
example-goals = Por ejemplo: «Sacar un documento de identidad nuevo antes del invierno». Primer paso: «Pedir el formulario».
goal-from-worry = Crear una meta a partir de algo difícil o que te preocupa
goal-from-strength = Crear una meta a partir de una fortaleza o de algo que podría ayudarte
goal-add = Agregar una meta
goal-untitled = Meta nueva (todavía sin nombre)
goal-count = { $count ->
    [one] { $count } meta
   *[other] { $count } metas
}
goals-empty = Todavía no hay metas. Puedes agregar una o saltarte este paso.
goal-steps-done = { $count ->
    [one] { $done } de { $count } paso hecho
    [many] { $done } de { $count } pasos hechos
   *[other] { $done } de { $count } pasos hechos
}
goal-close = Cerrar
goal-remove-confirm = ¿Quitar esta meta y sus pasos?
goal-remove-yes = Sí, quitarla
goal-title-label = Lo que quiero
goal-area-label = Área de la vida
area-none = Sin elegir
goal-why-label = Por qué es importante para mí (puedes saltarte esto)
goal-steps-label = Pasos pequeños
step-text-label = Paso { $number }
step-due-label = Fecha del paso { $number }
step-done-label = El paso { $number } está hecho
step-add = Agregar un paso
goal-target-label = Cuándo quiero lograrlo
goal-helped-by-label = Lo que me ayuda con esto
goal-addresses-label = De qué se trata esta meta
goal-help-wanted-label = La ayuda que quiero de la persona que lleva mi caso
links-empty = Todavía no hay nada para elegir. Aquí aparecen tus respuestas de los pasos anteriores.

## Review

part-review = Resumen
review-title = Tu plan
review-hint = Esto es lo que verá la persona que lleva tu caso si decides compartirlo. Todavía puedes cambiar lo que quieras.
review-skipped = Sin responder
review-no-goals = Todavía no hay metas.
review-target = Quiero lograrlo para el { $date }
review-due = para el { $date }
review-step-done = Hecho:
review-step-open = Por hacer:
review-why = Por qué es importante:
review-helped-by = Lo que ayuda:
review-addresses = De qué se trata:
review-help-wanted = La ayuda que quiero:

## Sharing

part-share = Compartir
share-title = Comparte tu plan
share-hint = Tú decides qué compartir y cómo. Waymark no envía nada por su cuenta.
share-choose = Qué incluir
share-choose-hint = Quita la marca a lo que prefieras guardar solo para ti.
share-nothing = Todavía no hay nada para compartir.
share-pin-toggle = Proteger con un PIN
share-pin-label = PIN (al menos 4 números o letras)
share-pin-hint = Dile el PIN cara a cara a la persona que lleva tu caso. No lo envíes junto con el enlace.
share-pin-short = El PIN es demasiado corto. Usa al menos 4 números o letras.
share-make = Crear mi código para compartir
share-making = Creando tu código…
share-failed = Algo salió mal. Tu plan está a salvo. Inténtalo de nuevo.
share-qr-title = Muéstraselo a la persona que lleva tu caso
share-qr-alt = Código QR de tu plan
share-qr-hint = La persona que lleva tu caso puede escanearlo con la cámara de un teléfono.
share-qr-too-long = Tu plan es demasiado largo para un solo código QR. Mejor envía el enlace o guarda un archivo.
share-copy-link = Copiar enlace
share-copy-code = Copiar código
share-download = Guardar como archivo
share-print = Imprimir
share-copy-text = Copiar como texto
share-copied = Copiado.
share-copy-failed = No se pudo copiar. Selecciona el texto y cópialo a mano.
share-link-label = Tu enlace

## Life areas

area-housing = Vivienda
area-documents = Documentos e identificación
area-health = Salud
area-mental-health = Emociones y salud mental
area-money = Dinero y ayudas
area-food = Comida
area-clothing = Ropa
area-work = Trabajo y estudios
area-family = Familia y amigos
area-safety = Seguridad
area-legal = Ayuda legal
area-daily-living = Vida diaria

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = Tengo un documento de identidad válido
chip-safe-place-tonight = Tengo un lugar seguro para dormir esta noche
chip-good-health = En general, tengo buena salud
chip-keep-going = Sigo adelante cuando las cosas se ponen difíciles
chip-manage-money = Sé organizarme con poco dinero
chip-can-cook = Sé cocinar comidas sencillas
chip-work-experience = Tengo experiencia de trabajo
chip-speak-languages = Hablo más de un idioma
chip-someone-i-trust = Hay alguien en quien confío
chip-have-phone = Tengo un teléfono que funciona
chip-id-lost = Perdí mi documento de identidad o ya no es válido
chip-no-stable-home = No tengo un lugar estable donde vivir
chip-health-problem = Un problema de salud me complica el día a día
chip-alcohol-drugs = El alcohol o las drogas me causan problemas
chip-feel-low = Muchas veces me siento triste o con ansiedad
chip-no-income = No tengo ingresos fijos
chip-debts = Tengo deudas
chip-no-warm-clothes = No tengo ropa para el frío
chip-forms-hard = Me cuesta entender los formularios y las cartas
chip-shelter-place = Un albergue o un refugio podría darme un lugar donde quedarme
chip-free-doctor = Puedo ir al médico gratis
chip-support-group = Hay un grupo de apoyo que se reúne cerca de mí
chip-benefits-right = Puede que tenga derecho a recibir ayudas
chip-free-meals = Cerca de mí hay un centro que da comidas gratis
chip-clothes-bank = Hay un lugar donde me pueden dar ropa gratis
chip-course = Hay un curso o un taller en el que me podría inscribir
chip-family-help = Alguien de mi familia podría ayudarme
chip-legal-advice = Puedo conseguir ayuda legal gratis
chip-eviction = Podría perder el lugar donde vivo ahora
chip-sleep-outside-cold = Empieza a hacer frío y duermo en la calle
chip-health-worse = Mi salud está empeorando
chip-benefits-stop = Podría dejar de recibir mis ayudas
chip-hunger = No siempre tengo lo suficiente para comer
chip-lose-contact-children = Podría perder el contacto con mis hijos
chip-someone-hurting-me = Alguien me está haciendo daño o me amenaza
chip-theft = Me podrían robar mis cosas
chip-court-or-fine = Tengo un juicio pendiente o una multa que pagar

## When the screens after Welcome are fetched (the first time only)
screens-loading = Un momento…
screens-unavailable-title = Esta página no se abrió
screens-unavailable-body = Comprueba que tienes conexión a internet y vuelve a intentarlo. No se ha perdido nada de lo que escribiste.
try-again = Intentar de nuevo

status-not-started = Sin empezar
status-on-my-way = En marcha
status-done = Hecho
status-put-aside = En pausa
fit-keep = Mantenerla
fit-change = Cambiarla
fit-put-aside = Dejarla para más adelante
choice-waiting = Aún sin respuesta
hours-mon = los lunes
hours-tue = los martes
hours-wed = los miércoles
hours-thu = los jueves
hours-fri = los viernes
hours-sat = los sábados
hours-sun = los domingos
hours-weekdays = De lunes a viernes
hours-every-day = Todos los días
hours-from = desde las { $time }
hours-until = hasta las { $time }
choice-yes = Dijo que sí
choice-not-now = Por ahora no

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = Código o enlace
import-open = Abrir plan
import-file = O abre un archivo
import-scan = Escanear el código QR con la cámara
import-scan-hint = Pon el código QR delante de la cámara.
import-scan-stop = Detener la cámara
import-scan-failed = No se pudo abrir la cámara. Mejor pega el código o abre el archivo.
import-pin-label = Código PIN
import-tries-left = { $count ->
    [one] Queda { $count } intento
   *[other] Quedan { $count } intentos
}
error-not-a-code = Esto no es un código de Waymark. Comprueba que lo copiaste completo.
error-truncated = Este código está dañado o incompleto: falta el final. Copia el código o el enlace completo.
error-too-new = Este código viene de una versión más nueva de Waymark. Vuelve a cargar esta página para actualizarla y luego inténtalo de nuevo.
error-pin-needed = Este plan está protegido. Escribe el PIN.
error-wrong-pin = Ese PIN no es correcto.
error-too-large = Este plan es demasiado grande para abrirlo.
error-invalid = Esta versión de Waymark no puede leer algunas partes de este plan.
error-is-answer = Esto es una respuesta de la persona que lleva el caso, no un plan. Ábrela en el teléfono o la tableta donde está el plan.
error-is-plan = Esto es un plan, no una respuesta de la persona que lleva el caso.
continue-pin-hint = Escribe el PIN que elegiste cuando compartiste este plan. Si lo olvidaste, nadie puede abrir este plan, ni siquiera la persona que lleva tu caso. En ese caso, puedes empezar un plan nuevo.
continue-locked = Demasiados intentos con un PIN incorrecto. Vuelve a escanear tu papel o a abrir tu enlace para intentarlo otra vez, o empieza un plan nuevo.
continue-damaged = Este código está dañado o incompleto. Copia el enlace completo o vuelve a escanear el código QR.
continue-file = No se pudo leer este archivo. Elige el archivo de tu plan que guardaste desde Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = Ya tengo un plan
welcome-check-in = ¿Cómo te va? Revisa tus metas
continue-title = Sigue con tu plan
continue-hint = Escanea el código QR de tu papel, pega tu enlace o tu código, o abre el archivo de tu plan.
continue-replace-title = Ya hay un plan en este dispositivo
continue-replace-body = ¿Quieres usar el plan que acabas de abrir? El plan que está aquí ahora se guarda aparte en este dispositivo. No se borra.
continue-replace = Usar el plan que abrí
continue-keep = Quedarme con el plan que tengo
continue-opened = Aquí está tu plan. Puedes seguir con él.

## Check-in: "How is it going?"
check-in-title = ¿Cómo te va?
check-in-hint = Mira cada meta. Cuenta lo que quieras, mucho o poco. Nada de esto es obligatorio.
check-in-no-goals = Todavía no tienes metas. Primero crea una meta y luego vuelve aquí.
check-in-steps = ¿Qué pasos ya hiciste?
check-in-no-steps = Esta meta todavía no tiene pasos.
check-in-status = ¿Cómo va esta meta ahora?
check-in-words = ¿Qué pasó, o qué necesitas ahora?
check-in-fit = ¿Esta meta todavía te sirve?
check-in-save = Guardar cómo me va
check-in-saved = Guardado. Gracias por contarnos cómo te va.
check-in-nothing = No cambiaste nada, así que no se guardó nada.
check-in-not-now = Ahora no
review-status = Cómo va:
review-history = Revisiones:

## What changed since the plan was last shared (Review, Share)
since-title = Desde que compartiste tu plan el { $date }
since-steps = { $count ->
    [one] { $count } paso hecho
   *[other] { $count } pasos hechos
}
since-goals-done = { $count ->
    [one] { $count } meta lograda
   *[other] { $count } metas logradas
}
since-goals-put-aside = { $count ->
    [one] { $count } meta en pausa
   *[other] { $count } metas en pausa
}
since-new = { $count ->
    [one] { $count } respuesta o meta nueva
   *[other] { $count } respuestas o metas nuevas
}
since-removed = { $count ->
    [one] { $count } respuesta o meta quitada
   *[other] { $count } respuestas o metas quitadas
}
since-check-ins = { $count ->
    [one] { $count } revisión
   *[other] { $count } revisiones
}
since-nothing = No ha cambiado nada desde entonces.
mark-new = Nuevo
mark-done-since = Hecho desde que lo compartiste

## The take-away sheet (printed from the Share step)
print-title = Mi plan
print-date = Impreso el { $date }
print-alias = Nombre: { $alias }
print-scan = Escanea este código para seguir con tu plan, o muéstraselo a la persona que lleva tu caso.
print-words-toggle = Imprimir también mis palabras en el papel
print-words-warning = Cualquier persona que encuentre el papel puede leer lo que escribiste.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = Lo que te sugiere la persona que lleva tu caso
answers-hint = Tú eliges. Nada entra en tu plan si no dices que sí. Puedes cambiar de idea más tarde.
answers-list = Sugerencias
answers-open = Abrir una respuesta
answers-open-another = Abrir otra respuesta
answers-done = Ver mi plan
answer-from = Una respuesta de { $name }
answer-for-goal = Para tu meta: { $goal }
answer-yes = Sí, agregar a mi plan
answer-not-now = Ahora no
answer-taken = Ya está en tu plan, en «Mis apoyos».
answer-step-added = Este paso ya está en tu meta.
answer-other-plan = Esta respuesta es para un plan que todavía no está en este dispositivo. Primero abre tu plan con su código QR, su enlace o su archivo. Después se abre la respuesta.
answer-open-plan = Abrir mi plan
answer-forget = Ahora no
answer-pin-hint = Escribe el PIN que elegiste para tu plan. La respuesta de la persona que lleva tu caso usa el mismo PIN.
answer-damaged = Esta respuesta está dañada o incompleta. Copia el enlace completo o vuelve a escanear el código QR.
answer-file = No se pudo leer este archivo. Elige el archivo de la respuesta que te dieron.
offer-service = Quién te puede ayudar
offer-step = Un paso pequeño
offer-meeting = Tu próxima cita
offer-message = Un mensaje
meeting-when = { $date } a las { $time }
support-phone = Teléfono: { $phone }
support-title = Mis apoyos
support-all-title = Sugerencias y respuestas de la persona
support-from = Sugerencia de { $name }
review-answers = { $count ->
    [0] Sugerencias de la persona que lleva tu caso
    [one] { $count } sugerencia espera tu respuesta
   *[other] { $count } sugerencias esperan tu respuesta
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = Este archivo es demasiado grande para un directorio de servicios (más de 8 MB).
directory-empty = Este directorio no tiene ningún servicio.
directory-not-json = Este archivo no es JSON. Hay un error en la línea { $line }.
directory-not-hsds = Este archivo JSON no es un directorio de servicios Open Referral: ningún servicio tiene un id y un nombre.
directory-not-csv = { $file } no es un archivo CSV que se pueda leer (línea { $line }).
directory-missing-column = { $file } no tiene la columna «{ $column }».
directory-no-services-csv = Los archivos CSV deben incluir services.csv.
directory-too-many = Este directorio tiene más de 5000 servicios. Carga uno más pequeño.
directory-too-new = Este directorio se guardó con una versión más nueva de Waymark. Vuelve a cargar su archivo.
directory-damaged = No se pudo leer el directorio guardado en este dispositivo. Vuelve a cargar su archivo.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = Aquí, en este centro
centre-hint = Servicios que puedes encontrar aquí. Toca uno para agregarlo.
gaps-title = ¿Qué te ayudaría y no encuentras aquí?
gaps-hint = No tienes que responder. Esto ayuda al centro a ver qué falta por aquí.
gaps-label = Qué falta
gaps-add = Agregar
gaps-remove = Quitar esto
gaps-summary-title = Lo que falta por aquí

## Staff settings: this centre's services on the device
centre-setup-title = Los servicios de este centro
centre-setup-hint = Un archivo Open Referral (HSDS): un archivo JSON o los archivos CSV del paquete de datos. Las personas ven estos servicios en «Aquí, en este centro». Se quedan en este dispositivo cuando se borran los datos de una persona.
centre-load = Cargar los servicios del centro
centre-none = No hay servicios cargados.
centre-count = { $count ->
    [one] { $count } servicio cargado.
   *[other] { $count } servicios cargados.
}
centre-remove = Quitar los servicios
centre-no-room = Este dispositivo no tiene espacio para los servicios. Probar con un archivo más pequeño.
answer-no-room = Esta respuesta no cabe: tu plan ya está muy lleno. Pide a la persona que lleva tu caso una respuesta más corta.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = Este plan está sellado para una organización. Solo esa organización puede abrirlo.
error-is-agency-key = Esto es la llave de una organización, no un plan.
sealed-needs = Este plan está sellado para { $agency }. Solo la llave de esa organización puede abrirlo.
sealed-unlock = Desbloquea aquí abajo la llave de tu organización, o abre el archivo de la llave.
sealed-not-yours = No puedes abrirlo aquí. Si quieres seguir con tu plan, vuelve a compartirlo sin sellarlo.
agency-fingerprint = Palabras para comprobar la llave:
connect-title = ¿Sellar tus planes para { $agency }?
connect-title-none = Sellar tus planes para una organización
connect-hint = Cuando compartas tu plan, solo { $agency } podrá abrirlo. Nadie más podrá leerlo: ni alguien que encuentre el código, ni siquiera tú.
connect-check = Comprueba que estas palabras son las mismas que las del cartel, o que las que te muestra el personal:
connect-yes = Sí, sellar mis planes para esta organización
connect-no = No, gracias
connect-done = Listo. Cuando compartas tu plan, quedará sellado para { $agency }.
connect-back = Volver al inicio
connect-damaged = Este código está dañado. Pide uno nuevo al personal.
connect-kiosk = En esta tableta compartida, el personal elige para quién se sellan los planes.
connect-none = Aquí no hay ningún código de organización.
agency-unreadable = Este dispositivo debería sellar tus planes para una organización, pero la llave de la organización que hay aquí está dañada, así que tus planes no se sellan. Por favor, avisa al personal.
connect-replaces = Ahora tus planes se sellan para { $agency }. Si dices que sí, se sellarán para esta organización en su lugar.
agency-settings-title = Planes sellados
agency-settings-hint = Los planes que compartes desde aquí solo los puede abrir { $agency }.
agency-settings-none = Los planes que compartes desde aquí no se sellan para ninguna organización.
agency-staff-set = El personal configuró esto en esta tableta.
agency-remove = Dejar de sellar mis planes para esta organización
agency-removed = Tus planes ya no se sellan para esa organización.
share-seal-toggle = Solo { $agency } puede abrirlo
share-seal-hint = Ni siquiera tú puedes abrir un código sellado. Para seguir con tu plan en otro teléfono, quita esta marca.
share-seal-off-hint = Cualquier persona que tenga este código puede abrir tu plan. Abajo puedes agregar un PIN.

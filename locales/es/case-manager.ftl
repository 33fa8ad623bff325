# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Abrir un plan compartido
import-hint = Pega el código o el enlace que te dio la persona, o abre su archivo. No se guarda nada en este dispositivo.
import-pin-hint = La persona te dirá el PIN cara a cara.
import-locked = Demasiados intentos con un PIN incorrecto. Pídele a la persona que cree un código nuevo.
error-damaged = Este código está dañado o incompleto. Pídele a la persona que lo vuelva a compartir.
error-file = No se pudo leer este archivo. Elige el archivo que la persona guardó desde Waymark.

## The client's plan, for the case manager

plan-view-title = Plan compartido
plan-view-written-in = La persona escribió en este idioma: { $language }. Sus palabras aparecen tal como las escribió.
plan-view-not-saved = Este plan no está guardado en este dispositivo. Expórtalo antes de cerrar la página.
plan-view-close = Cerrar este plan
export-title = Exportar
export-fhir = FHIR R4 (archivo JSON)
export-csv = Hoja de cálculo (CSV)
export-json = Archivo de Waymark (JSON)

## Exports for the case manager's systems

fhir-subject = Persona usuaria
fhir-priority = Prioridad { $rank } de { $count }
fhir-description = Plan escrito por la persona usuaria en Waymark. Sus propias palabras están en el idioma «{ $lang }».

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = ¿Escribiste tú este plan?
cm-mine = Es mi plan: seguir con él aquí
cm-asks-title = Lo que la persona te pide
cm-asks-none = La persona no pidió nada en concreto.
cm-areas-title = Áreas de la vida para conectar con servicios
cm-new-since = Nuevo desde el { $date }
cm-first-share = Es la primera vez que se comparte este plan.
cm-timeline-title = Revisiones
cm-timeline-none = Todavía no hay revisiones.
cm-chart-title = Pasos hechos a lo largo del tiempo
cm-chart-point = { $date }: { $done } de { $total } pasos hechos

## Answering the client: suggestions, the services directory, the answer's code
answer-title = Responder con sugerencias
answer-hint = La persona elige qué acepta. Nada entra en su plan si no dice que sí.
answer-your-name = Tu nombre, tal como lo leerá la persona
answer-add = Agregar una sugerencia
answer-goal = Para
answer-whole-plan = Todo el plan
answer-for-plan = Para todo el plan
answer-kind = Qué sugerir
answer-service-hint = Elige un servicio de tu directorio, más arriba, o escribe uno.
answer-service-name = Nombre del servicio o de la persona
answer-service-offers = Qué ofrece
answer-service-place = Dónde
answer-service-phone = Teléfono
answer-service-web = Sitio web
answer-step-label = El paso, en palabras sencillas
answer-message-label = Tu mensaje
answer-add-button = Agregar
answer-meeting = Próxima cita
answer-meeting-day = Día
answer-meeting-time = Hora
answer-meeting-place = Lugar
answer-meeting-add = Agregar la cita
answer-so-far = Tu respuesta
answer-nothing-yet = Todavía no agregaste nada.
answer-remove = Quitar
answer-make = Crear la respuesta
answer-needs-name = Escribe tu nombre para que la persona sepa quién responde.
answer-needs-something = Primero escribe algo: un servicio necesita un nombre; un paso o un mensaje necesita texto.
answer-too-long = Es demasiado largo. Usa menos de 2000 caracteres.
answer-step-needs-goal = Un paso siempre es parte de una meta. Elige una meta en «Para».
answer-too-many = La respuesta tiene demasiadas sugerencias. Hazla más corta.
answer-bad-meeting = Elige el día de la cita y una hora, por ejemplo 09:30.
answer-made-title = La respuesta está lista
answer-made-hint = La persona escanea el código QR con la cámara de su teléfono, o abre el enlace o el archivo. La respuesta se abre en Waymark, en su dispositivo.
answer-qr-alt = Código QR de la respuesta
answer-pin-note = El plan de la persona tiene un PIN, así que la respuesta tiene el mismo PIN.
answer-sheet-scan = Escanea este código con la cámara de tu teléfono para verlo en Waymark. Tú eliges qué agregar a tu plan.
directory-title = Tu directorio de servicios
directory-load = Cargar tu directorio de servicios
directory-replace = Cargar otro directorio
directory-load-hint = Un archivo Open Referral (HSDS): un archivo JSON o los archivos CSV del paquete de datos. Solo se guarda en este dispositivo si tú lo eliges.
directory-count = { $count ->
    [one] { $count } servicio cargado.
   *[other] { $count } servicios cargados.
}
directory-keep = Guardar el directorio en este dispositivo
directory-remove = Quitar el directorio
directory-search = Buscar servicios
directory-area = Área de la vida
directory-any-area = Todas las áreas
directory-found = { $count ->
    [0] Ningún servicio coincide.
    [one] { $count } servicio coincide.
   *[other] { $count } servicios coinciden.
}
directory-pick = Sugerir este servicio
directory-written-in = El directorio está escrito en
directory-rules = Áreas de la vida: cómo se clasifican los servicios
directory-rules-label = Reglas
directory-rules-hint = Una regla por línea: una palabra, luego =, luego un área de la vida. La primera regla cuya palabra aparece en el nombre, la descripción o las categorías de un servicio le da su área.
directory-rules-apply = Aplicar las reglas
directory-rules-applied = Se volvieron a asignar las áreas de la vida de los servicios.
rules-no-equals = La línea { $line } no tiene «=» entre una palabra y un área.
rules-no-word = La línea { $line } no tiene ninguna palabra antes de «=».
rules-unknown-area = Línea { $line }: «{ $key }» no es un área de la vida.
rules-too-large = Estas reglas son demasiado largas.

## The agency's key
keys-title = La llave de tu organización
keys-hint = Con la llave de tu organización, las personas pueden sellar los planes que comparten, para que solo tu organización pueda abrirlos.
keys-kept = Hay una llave guardada en esta computadora. Escribe su frase secreta para usarla.
keys-passphrase = Frase secreta
keys-unlock = Desbloquear
keys-unlocked = La llave está desbloqueada durante esta sesión.
keys-forget = Quitar la llave de esta computadora
keys-make-title = Crear una llave para tu organización
keys-name = El nombre de tu organización, tal como lo conocen las personas
keys-passphrase-hint = Al menos 10 caracteres. Anótala y guárdala en un lugar seguro: sin ella, nadie puede usar la llave y los planes sellados con ella no se pueden abrir.
keys-keep = Guardar la llave en esta computadora, protegida con la frase secreta
keys-passphrase-change = Cambiar la frase secreta
keys-passphrase-new = Nueva frase secreta
keys-passphrase-changed = La frase secreta ha cambiado. La llave guardada en esta computadora y los archivos de llave que guardes a partir de ahora usan la nueva. Los archivos de llave guardados antes siguen necesitando la anterior.
keys-make = Crear la llave
keys-making = Creando la llave…
keys-made = La llave está lista.
keys-import-title = Abrir un archivo de llave de alguien de tu equipo
keys-import-file = Archivo de la llave
keys-list = Tus llaves
keys-made-on = Creada el { $date }
keys-retired-on = Retirada el { $date }. Todavía abre los planes sellados con ella.
keys-retire = Retirar esta llave
keys-new = Crear una llave nueva
keys-save-file = Guardar el archivo de la llave
keys-keep-failed = No se pudo guardar la llave en esta computadora. Mejor guarda el archivo de la llave.
keys-setup-link = Enlace para configurar una tableta compartida
keys-setup-hint = Abre este enlace una vez en la tableta del centro. Desde ese momento, los planes que se compartan ahí quedarán sellados para tu organización.
keys-connect-title = Cartel para la pared
keys-connect-hint = Las personas escanean el cartel con su propio teléfono, y así los planes que comparten quedan sellados para tu organización.
keys-print-poster = Imprimir el cartel
keys-keep-unlock-first = En esta computadora ya hay otra llave guardada. Primero desbloquéala arriba, o quítala de esta computadora.
keys-unsaved = Esta llave solo está en esta página. Guarda el archivo de la llave o guarda la llave en esta computadora. Si cierras la página ahora, la llave se pierde y nadie podrá abrir los planes sellados con ella.
keys-forget-question = ¿Quitar la llave de esta computadora?
keys-forget-detail = Sin el archivo de la llave u otra copia, nadie podrá abrir los planes sellados con ella.
keys-forgotten = La llave ya no está en esta computadora.
keys-retire-question = ¿Retirar esta llave?
keys-retire-detail = Los planes nuevos ya no se sellarán con ella. Seguirá abriendo los planes que ya se sellaron con ella. No se puede deshacer.
poster-title = Comparte tu plan de forma segura con { $agency }
poster-scan = Escanea este código con la cámara de tu teléfono.
poster-check = Después tu teléfono mostrará estas palabras. Comprueba que son las mismas:
keyfile-not = Esto no es un archivo de llave de Waymark.
keyfile-too-new = Este archivo de llave viene de una versión más nueva de Waymark. Vuelve a cargar esta página para actualizarla y luego inténtalo de nuevo.
keyfile-damaged = Este archivo de llave está dañado. Pide una copia nueva.
keyfile-wrong-passphrase = Esa frase secreta no abre esta llave.
keyfile-passphrase-short = La frase secreta debe tener al menos 10 caracteres.
keyfile-failed = No funcionó. Inténtalo de nuevo.
agency-name-empty = Escribe el nombre de tu organización.
agency-name-long = El nombre es demasiado largo. Usa 60 caracteres como máximo.
answer-send-key = Enviar la llave de { $agency } con la respuesta, para que la persona pueda sellar los planes que comparte

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Abrir un plan compartido
import-hint = Pega el código o el enlace que te dio la persona, o abre su archivo. No se guarda nada en este dispositivo.
import-paste-label = Código o enlace
import-open = Abrir plan
import-file = O abre un archivo
import-scan = Escanear el código QR con la cámara
import-scan-hint = Pon el código QR delante de la cámara.
import-scan-stop = Detener la cámara
import-scan-failed = No se pudo abrir la cámara. Mejor pega el código o abre el archivo.
import-pin-label = Código PIN
import-pin-hint = La persona te dirá el PIN cara a cara.
import-tries-left = { $count ->
    [one] Queda { $count } intento
   *[other] Quedan { $count } intentos
}
import-locked = Demasiados intentos con un PIN incorrecto. Pídele a la persona que cree un código nuevo.
error-not-a-code = Esto no es un código de Waymark. Comprueba que lo copiaste completo.
error-damaged = Este código está dañado o incompleto. Pídele a la persona que lo vuelva a compartir.
error-truncated = Este código está dañado o incompleto: falta el final. Copia el código o el enlace completo.
error-too-new = Este código viene de una versión más nueva de Waymark. Vuelve a cargar esta página para actualizarla y luego inténtalo de nuevo.
error-pin-needed = Este plan está protegido. Escribe el PIN.
error-wrong-pin = Ese PIN no es correcto.
error-too-large = Este plan es demasiado grande para abrirlo.
error-invalid = Esta versión de Waymark no puede leer algunas partes de este plan.
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

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

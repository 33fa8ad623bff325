# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Open a client's plan
import-hint = Paste the code or link the client gave you, or open their file. Nothing is saved on this device.
import-pin-hint = The client tells you the PIN in person.
import-locked = Too many wrong PINs. Ask the client to make a new code.
error-damaged = This code is damaged or incomplete. Ask the client to share it again.
error-file = This file could not be read. Choose the file the client saved from Waymark.

## The client's plan, for the case manager

plan-view-title = Client's plan
plan-view-written-in = The client wrote in { $language }. Their own words are shown as they wrote them.
plan-view-not-saved = This plan is not saved on this device. Export it before you close the page.
plan-view-close = Close this plan
export-title = Export
export-fhir = FHIR R4 (JSON)
export-csv = Spreadsheet (CSV)
export-json = Waymark file (JSON)

## Exports for the case manager's systems

fhir-subject = Client
fhir-priority = Priority { $rank } of { $count }
fhir-description = Plan written by the client in Waymark. Their own words are in the language "{ $lang }".

## Coming back: what changed, check-ins, and a client's own link
cm-mine-hint = Did you write this plan yourself?
cm-mine = This is my plan: continue it here
cm-asks-title = What the client asks of you
cm-asks-none = The client has not asked for anything in particular.
cm-areas-title = Life areas to connect
cm-new-since = New since { $date }
cm-first-share = This is the first time this plan has been shared.
cm-timeline-title = Check-ins
cm-timeline-none = No check-ins yet.
cm-chart-title = Steps done over time
cm-chart-point = { $date }: { $done } of { $total } steps done

# The case manager's page only (open/index.html). The client's app does not
# embed this file, so a client's phone never downloads it.

## Opening a plan (case manager)

import-title = Open a client's plan
import-hint = Paste the code or link the client gave you, or open their file. Nothing is saved on this device.
import-paste-label = Code or link
import-open = Open plan
import-file = Or open a file
import-scan = Scan the QR code with the camera
import-scan-hint = Hold the QR code in front of the camera.
import-scan-stop = Stop the camera
import-scan-failed = The camera could not be opened. Paste the code or open the file instead.
import-pin-label = PIN
import-pin-hint = The client tells you the PIN in person.
import-tries-left = { $count ->
    [one] { $count } try left
   *[other] { $count } tries left
}
import-locked = Too many wrong PINs. Ask the client to make a new code.
error-not-a-code = This is not a Waymark code. Check that you copied all of it.
error-damaged = This code is damaged or incomplete. Ask the client to share it again.
error-truncated = This code is damaged or incomplete: the end is missing. Copy the whole code or link.
error-too-new = This code comes from a newer version of Waymark. Reload this page to update it, then try again.
error-pin-needed = This plan is protected. Enter the PIN.
error-wrong-pin = That PIN is not right.
error-too-large = This plan is too large to open.
error-invalid = Parts of this plan cannot be read by this version of Waymark.
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

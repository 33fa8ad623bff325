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

## Answering the client: suggestions, the services directory, the answer's code
answer-title = Answer with suggestions
answer-hint = The client chooses what to take. Nothing goes into their plan unless they say yes.
answer-your-name = Your name, as the client will read it
answer-add = Add a suggestion
answer-goal = For
answer-whole-plan = The whole plan
answer-for-plan = For the whole plan
answer-kind = What to suggest
answer-service-hint = Choose a service from your directory above, or type one in.
answer-service-name = Name of the service or person
answer-service-offers = What they offer
answer-service-place = Where
answer-service-phone = Phone
answer-service-web = Website
answer-step-label = The step, in plain words
answer-message-label = Your message
answer-add-button = Add
answer-meeting = Next meeting
answer-meeting-day = Day
answer-meeting-time = Time
answer-meeting-place = Place
answer-meeting-add = Add the meeting
answer-so-far = Your answer
answer-nothing-yet = Nothing added yet.
answer-remove = Remove
answer-make = Make the answer
answer-needs-name = Write your name, so that the client knows who answers.
answer-needs-something = Write something first: a service needs a name, a step or a message needs words.
answer-too-long = This is too long. Keep it under 2,000 characters.
answer-step-needs-goal = A step belongs to a goal. Choose a goal under "For".
answer-too-many = The answer has too many suggestions. Make it shorter.
answer-bad-meeting = Choose the meeting's day, and a time such as 09:30.
answer-made-title = The answer is ready
answer-made-hint = The client scans the QR code with their phone's camera, or opens the link or file. It opens in Waymark on their device.
answer-qr-alt = QR code of the answer
answer-pin-note = The client's plan has a PIN, so the answer has the same PIN.
answer-sheet-scan = Scan this with your phone's camera to see it in Waymark. You choose what to add to your plan.
directory-title = Your services directory
directory-load = Load your services directory
directory-replace = Load another directory
directory-load-hint = An Open Referral (HSDS) file: one JSON file, or the CSV files of the data package. It stays on this device only if you choose.
directory-count = { $count ->
    [one] { $count } service loaded.
   *[other] { $count } services loaded.
}
directory-keep = Keep the directory on this device
directory-remove = Remove the directory
directory-search = Search services
directory-area = Life area
directory-any-area = Any area
directory-found = { $count ->
    [0] No service matches.
    [one] { $count } service matches.
   *[other] { $count } services match.
}
directory-pick = Suggest this
directory-written-in = The directory is written in
directory-rules = Life areas: how services are sorted
directory-rules-label = Rules
directory-rules-hint = One rule a line: a word, then =, then a life area. The first rule whose word is in a service's name, description or terms gives its area.
directory-rules-apply = Apply the rules
directory-rules-applied = The services' life areas were set again.
rules-no-equals = Line { $line } has no "=" between a word and an area.
rules-no-word = Line { $line } has no word before "=".
rules-unknown-area = Line { $line }: "{ $key }" is not a life area.
rules-too-large = These rules are too long.

## The agency's key
keys-title = Your agency's key
keys-hint = With your agency's key, clients can seal the plans they share, so that only your agency can open them.
keys-kept = A key is kept on this computer. Type its passphrase to use it.
keys-passphrase = Passphrase
keys-unlock = Unlock
keys-unlocked = The key is unlocked for this visit.
keys-forget = Take the key off this computer
keys-make-title = Make a key for your agency
keys-name = Your agency's name, as clients know it
keys-passphrase-hint = At least 10 characters. Write it down and keep it safe: without it, nobody can use the key, and the plans sealed to it cannot be opened.
keys-keep = Keep the key on this computer, locked by the passphrase
keys-passphrase-change = Change the passphrase
keys-passphrase-new = New passphrase
keys-passphrase-changed = The passphrase is changed. The key kept on this computer and the key files you save from now on use it. Key files saved before still need the old one.
keys-make = Make the key
keys-making = Working…
keys-made = The key is ready.
keys-import-title = Open a key file from a colleague
keys-import-file = Key file
keys-list = Your keys
keys-made-on = Made on { $date }
keys-retired-on = Retired on { $date }. It still opens the plans sealed to it.
keys-retire = Retire this key
keys-new = Make a new key
keys-save-file = Save the key file
keys-keep-failed = The key could not be kept on this computer. Save the key file instead.
keys-setup-link = Setup link for a kiosk tablet
keys-setup-hint = Open this link once on the centre's tablet. Plans shared there are then sealed for your agency.
keys-connect-title = Poster for your wall
keys-connect-hint = Clients scan the poster with their own phone, so that the plans they share are sealed for your agency.
keys-print-poster = Print the poster
keys-keep-unlock-first = Another key is kept on this computer. Unlock it above first, or take it off this computer.
keys-unsaved = This key is only on this page. Save the key file, or keep the key on this computer. If you close the page now, the key is lost and nobody can open the plans sealed to it.
keys-forget-question = Take the key off this computer?
keys-forget-detail = Without a key file or another copy, nobody can open the plans sealed to it.
keys-forgotten = The key is no longer on this computer.
keys-retire-question = Retire this key?
keys-retire-detail = New plans will not be sealed to it. It still opens the plans sealed to it before. This cannot be undone.
poster-title = Share your plan safely with { $agency }
poster-scan = Scan this code with your phone's camera.
poster-check = Your phone then shows these words. Check that they are the same:
keyfile-not = This is not a key file from Waymark.
keyfile-too-new = This key file comes from a newer version of Waymark. Reload this page to update it, then try again.
keyfile-damaged = This key file is damaged. Ask for a new copy.
keyfile-wrong-passphrase = That passphrase does not open this key.
keyfile-passphrase-short = The passphrase must have at least 10 characters.
keyfile-failed = That did not work. Please try again.
agency-name-empty = Write your agency's name.
agency-name-long = The name is too long. Use at most 60 characters.
answer-send-key = Send { $agency }'s key with the answer, so that the client can seal the plans they share

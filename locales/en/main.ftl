# Waymark — English. Plain words, short sentences: aim for a reading age of about 9.
# Every message here must exist in every other locale (a test checks).

app-name = Waymark

## Language picker

language-label = Language
language-choose = Choose your language

## Welcome

welcome-title = Your plan, in your own words
welcome-intro = Think about what is going well, what is hard, and what you want to change. You choose what to write. You can skip anything.
privacy-title = Your answers stay with you
privacy-body =
    What you write stays on this device.
    Nothing is sent over the internet.
    You decide if you share it, and with whom.
privacy-stored = Your answers are saved on this device, so you can come back later.
start = Start
continue = Continue
welcome-case-manager = I am a case manager: open a client's plan
welcome-stored-note = To remove them, open Settings and choose "Delete my data".
kiosk-note = This is a shared tablet. When you finish, or if nobody touches it for a while, everything you wrote is erased.

## Shared tablet: finishing and the inactivity warning

finish-button = I am finished: erase my answers
finish-title = Erase everything you wrote?
finish-body = This removes all your answers and goals from this tablet. Nobody after you will see them. If you want the person who helps you to have your plan, share it first.
finish-erase = Erase now
finish-share-first = Print or take my plan first
idle-title = Are you still there?
idle-body = { $count ->
    [one] To keep your answers private, they will be erased in { $count } second.
   *[other] To keep your answers private, they will be erased in { $count } seconds.
}
idle-stay = I am still here

## Settings

settings-title = Settings
settings-display-title = How the app looks
settings-contrast = High contrast: black text on white, strong borders
settings-stored-title = What is kept on this device
settings-stored-personal = Your answers and your language are saved in this browser, on this device only. Anyone who uses this device and this browser could see them.
settings-persist-granted = This browser has agreed to keep your answers, even when the device is low on space.
settings-persist-refused = This browser may delete your answers if the device runs low on space. Share your plan to keep a copy.
settings-delete = Delete my data
settings-delete-confirm = Delete all your answers and goals from this device? This cannot be undone.
settings-delete-yes = Yes, delete everything
settings-deleted = Your data was deleted from this device.
settings-staff-title = For staff: how this device is used
settings-mode-label = This device is
settings-mode-personal = A personal device: answers are kept until the person deletes them
settings-mode-kiosk = A shared tablet: answers are erased after each person
settings-idle-label = Minutes without a touch before the warning (shared tablet)
settings-save = Save and restart

## Messages about saved answers

notice-draft-unreadable = We could not read the answers saved on this device. We kept them aside, so nothing was deleted. You can start again here.
notice-storage-full = This device is full, so your answers are not saved right now. They are still here on the screen. Please free some space or share your plan.
notice-too-new = Your saved answers come from a newer version of Waymark. Close and reopen the page to update it. Until then, changes here are not saved.
notice-storage-off = This browser does not let Waymark save. Your answers stay only until you close the page.
notice-close = OK

## Moving between steps

nav-back = Back
nav-next = Next
nav-steps = Steps
progress-label = Your progress
progress-skipped = (skipped)

## The four parts of the self-assessment

part-strengths = Strengths
part-weaknesses = What is hard
part-opportunities = What could help
part-threats = Worries

question-strengths = What are you good at? What is going well?
hint-strengths = Think of things you can do, people who help you, and things you have.
example-strengths = For example: "I can fix bikes." "My sister helps me."
question-weaknesses = What makes things hard for you right now?
hint-weaknesses = Everyone has hard times. Writing them down can help you get support.
example-weaknesses = For example: "I have no address for letters." "I sleep badly."
question-opportunities = What could help you?
hint-opportunities = Think of places, people or services near you that could help.
example-opportunities = For example: "The library has free computers." "A friend can lend me a phone."
question-threats = What worries you?
hint-threats = Think of things that could go wrong soon, or that make you feel unsafe.
example-threats = For example: "My bed at the shelter ends on Friday." "I owe money."

count-strengths = { $count ->
    [one] { $count } strength
   *[other] { $count } strengths
}
count-weaknesses = { $count ->
    [one] { $count } thing that is hard
   *[other] { $count } things that are hard
}
count-opportunities = { $count ->
    [one] { $count } thing that could help
   *[other] { $count } things that could help
}
count-threats = { $count ->
    [one] { $count } worry
   *[other] { $count } worries
}

ideas-title = Ideas. Tap one to add it.
idea-added = Added
own-words-label = Or write it in your own words
add = Add
your-answers = Your answers
nothing-yet = Nothing here yet. That is fine. You can skip this step.
edit = Change
save = Save
cancel = Cancel
remove = Remove
move-up = Move up
move-down = Move down
edit-answer-label = Change your answer

## Read aloud

read-aloud = Read aloud
read-aloud-no-voice = This device has no voice for this language
read-plan-aloud = Read my plan aloud
stop-reading = Stop reading

## Goals

part-goals = My goals
question-goals = What do you want to change?
hint-goals = Choose what matters to you. Small steps help. Put the most important goal at the top.
example-goals = For example: "Get a new ID card before winter." First step: "Ask for the form."
goal-from-worry = Start a goal from something that is hard or worries you
goal-from-strength = Start a goal from a strength or something that could help
goal-add = Add a goal
goal-untitled = New goal (no name yet)
goal-count = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
goals-empty = No goals yet. You can add one, or skip this step.
goal-steps-done = { $count ->
    [one] { $done } of { $count } step done
   *[other] { $done } of { $count } steps done
}
goal-close = Close
goal-remove-confirm = Remove this goal and its steps?
goal-remove-yes = Yes, remove it
goal-title-label = What I want
goal-area-label = Life area
area-none = Not chosen
goal-why-label = Why this matters to me (you can skip this)
goal-steps-label = Small steps
step-text-label = Step { $number }
step-due-label = Date for step { $number }
step-done-label = Step { $number } is done
step-add = Add a step
goal-target-label = When I want to reach it
goal-helped-by-label = What helps me with this
goal-addresses-label = What this goal is about
goal-help-wanted-label = Help I want from the person who supports me
links-empty = Nothing to choose yet. Your answers from the earlier steps show here.

## Review

part-review = Review
review-title = Your plan
review-hint = This is what the person who helps you will see if you choose to share it. You can still change anything.
review-skipped = Skipped
review-no-goals = No goals yet.
review-target = Reach by { $date }
review-due = by { $date }
review-step-done = Done:
review-step-open = To do:
review-why = Why it matters:
review-helped-by = What helps:
review-addresses = What it is about:
review-help-wanted = Help I want:

## Sharing

part-share = Share
share-title = Share your plan
share-hint = You decide what to share, and how. Waymark sends nothing by itself.
share-choose = What to include
share-choose-hint = Take the tick off anything you do not want to share.
share-nothing = There is nothing to share yet.
share-pin-toggle = Protect it with a PIN
share-pin-label = PIN (at least 4 numbers or letters)
share-pin-hint = Tell the PIN to the person who helps you, face to face. Do not send it with the link.
share-pin-short = The PIN is too short. Use at least 4 numbers or letters.
share-make = Make my share code
share-making = Making your code…
share-failed = Something went wrong. Your plan is safe. Please try again.
share-qr-title = Show this to the person who helps you
share-qr-alt = QR code of your plan
share-qr-hint = The person who helps you can scan it with a phone camera.
share-qr-too-long = Your plan is too long for one QR code. Send the link or save a file instead.
share-copy-link = Copy link
share-copy-code = Copy code
share-download = Save as a file
share-print = Print
share-copy-text = Copy as text
share-copied = Copied.
share-copy-failed = Could not copy. Select the text and copy it yourself.
share-link-label = Your link

## Life areas

area-housing = Housing
area-documents = Documents and ID
area-health = Health
area-mental-health = Feelings and mental health
area-money = Money and benefits
area-food = Food
area-clothing = Clothes
area-work = Work and learning
area-family = Family and friends
area-safety = Safety
area-legal = Legal help
area-daily-living = Daily life

## Ideas (suggestion chips). Each is what the client would say about themselves.

chip-have-valid-id = I have a valid ID
chip-safe-place-tonight = I have somewhere safe to sleep tonight
chip-good-health = My health is mostly good
chip-keep-going = I keep going when things are hard
chip-manage-money = I can manage a small budget
chip-can-cook = I can cook simple meals
chip-work-experience = I have work experience
chip-speak-languages = I speak more than one language
chip-someone-i-trust = There is someone I trust
chip-have-phone = I have a phone that works
chip-id-lost = My ID is lost or expired
chip-no-stable-home = I do not have a stable place to live
chip-health-problem = A health problem makes daily life hard
chip-alcohol-drugs = Alcohol or drugs cause me problems
chip-feel-low = I often feel low or anxious
chip-no-income = I have no regular income
chip-debts = I have debts
chip-no-warm-clothes = I do not have warm clothes
chip-forms-hard = Forms and letters are hard for me
chip-shelter-place = A shelter or hostel could give me a place
chip-free-doctor = I can see a doctor for free
chip-support-group = A support group meets near me
chip-benefits-right = I may have a right to benefits
chip-free-meals = A drop-in centre near me offers free meals
chip-clothes-bank = A clothing bank can give me clothes
chip-course = There is a course or training I could join
chip-family-help = Someone in my family could help
chip-legal-advice = I can get free legal advice
chip-eviction = I could lose the place where I stay
chip-sleep-outside-cold = It is getting cold and I sleep outside
chip-health-worse = My health is getting worse
chip-benefits-stop = My benefits could stop
chip-hunger = I do not always have enough to eat
chip-lose-contact-children = I could lose contact with my children
chip-someone-hurting-me = Someone is hurting or threatening me
chip-theft = My things could be stolen
chip-court-or-fine = I have a court case or a fine to pay

## When the screens after Welcome are fetched (the first time only)
screens-loading = One moment…
screens-unavailable-title = This page did not open
screens-unavailable-body = Check that you are connected to the internet, then try again. Nothing you wrote is lost.
try-again = Try again

## Where a goal stands, and whether it still fits (check-ins)
status-not-started = Not started
status-on-my-way = On my way
status-done = Done
status-put-aside = Put aside
fit-keep = Keep it
fit-change = Change it
fit-put-aside = Put it aside
choice-waiting = Not answered yet
hours-mon = Mondays
hours-tue = Tuesdays
hours-wed = Wednesdays
hours-thu = Thursdays
hours-fri = Fridays
hours-sat = Saturdays
hours-sun = Sundays
hours-weekdays = Monday to Friday
hours-every-day = Every day
hours-from = from { $time }
hours-until = until { $time }
choice-yes = Said yes
choice-not-now = Not now

## Opening a plan: Continue on the client's app, and the case manager's page
import-paste-label = Code or link
import-open = Open plan
import-file = Or open a file
import-scan = Scan the QR code with the camera
import-scan-hint = Hold the QR code in front of the camera.
import-scan-stop = Stop the camera
import-scan-failed = The camera could not be opened. Paste the code or open the file instead.
import-pin-label = PIN
import-tries-left = { $count ->
    [one] { $count } try left
   *[other] { $count } tries left
}
error-not-a-code = This is not a Waymark code. Check that you copied all of it.
error-truncated = This code is damaged or incomplete: the end is missing. Copy the whole code or link.
error-too-new = This code comes from a newer version of Waymark. Reload this page to update it, then try again.
error-pin-needed = This plan is protected. Enter the PIN.
error-wrong-pin = That PIN is not right.
error-too-large = This plan is too large to open.
error-invalid = Parts of this plan cannot be read by this version of Waymark.
error-is-answer = This is an answer from a case manager, not a plan. Open it on the phone or tablet that has the plan.
error-is-plan = This is a plan, not an answer from a case manager.
continue-pin-hint = Type the PIN you chose when you shared this plan. If you have forgotten it, nobody can open this plan, not even your support worker. You can start a new plan instead.
continue-locked = Too many wrong PINs. Open your paper or link again to try once more, or start a new plan.
continue-damaged = This code is damaged or incomplete. Copy the whole link, or scan the QR code again.
continue-file = This file could not be read. Choose the plan file you saved from Waymark.

## Coming back to a plan (Welcome and Continue)
welcome-have-plan = I have a plan already
welcome-check-in = How is it going? Check in
continue-title = Continue your plan
continue-hint = Scan the QR code on your paper, paste your link or code, or open your plan file.
continue-replace-title = There is already a plan on this device
continue-replace-body = Do you want to use the plan you just opened instead? The plan that is here now is kept aside on this device. It is not deleted.
continue-replace = Use the plan I opened
continue-keep = Keep the plan I have
continue-opened = Your plan is here. You can go on with it.

## Check-in: "How is it going?"
check-in-title = How is it going?
check-in-hint = Look at each goal. Say as much or as little as you like. Nothing here is required.
check-in-no-goals = You have no goals yet. Make a goal first, then come back here.
check-in-steps = Which steps are done?
check-in-no-steps = This goal has no steps yet.
check-in-status = Where is this goal now?
check-in-words = What happened, or what do you need now?
check-in-fit = Does this goal still fit you?
check-in-save = Save how it is going
check-in-saved = Saved. Thank you for checking in.
check-in-nothing = You did not change anything, so nothing was saved.
check-in-not-now = Not now
review-status = Where it stands:
review-history = Check-ins:

## What changed since the plan was last shared (Review, Share)
since-title = Since you shared on { $date }
since-steps = { $count ->
    [one] { $count } step done
   *[other] { $count } steps done
}
since-goals-done = { $count ->
    [one] { $count } goal done
   *[other] { $count } goals done
}
since-goals-put-aside = { $count ->
    [one] { $count } goal put aside
   *[other] { $count } goals put aside
}
since-new = { $count ->
    [one] { $count } new answer or goal
   *[other] { $count } new answers or goals
}
since-removed = { $count ->
    [one] { $count } answer or goal taken out
   *[other] { $count } answers or goals taken out
}
since-check-ins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
since-nothing = Nothing has changed since then.
mark-new = New
mark-done-since = Done since

## The take-away sheet (printed from the Share step)
print-title = My plan
print-date = Printed on { $date }
print-alias = Name: { $alias }
print-scan = Scan this to continue your plan, or show it to your support worker.
print-words-toggle = Print my words on the paper too
print-words-warning = Anyone who finds the paper can read what you wrote.

## What the support worker suggests (the Answers screen, Review and the print)
answers-title = What your support worker suggests
answers-hint = You choose. Nothing goes into your plan unless you say yes. You can change your mind later.
answers-list = Suggestions
answers-open = Open an answer
answers-open-another = Open another answer
answers-done = See my plan
answer-from = An answer from { $name }
answer-for-goal = For your goal: { $goal }
answer-yes = Yes, add it
answer-not-now = Not now
answer-taken = This is in your plan now, under "My support".
answer-step-added = This step is now in your goal.
answer-other-plan = This answer is for a plan that is not on this device yet. Open your plan first, from its QR code, link or file. Then the answer opens.
answer-open-plan = Open my plan
answer-forget = Not now
answer-pin-hint = Type the PIN you chose for your plan. Your support worker's answer uses the same PIN.
answer-damaged = This answer is damaged or incomplete. Copy the whole link, or scan the QR code again.
answer-file = This file could not be read. Choose the answer file you were given.
offer-service = Who can help
offer-step = A small step
offer-meeting = Your next meeting
offer-message = A message
meeting-when = { $date } at { $time }
support-phone = Phone: { $phone }
support-title = My support
support-all-title = Suggestions and the client's answers
support-from = Suggested by { $name }
review-answers = { $count ->
    [0] Suggestions from your support worker
    [one] { $count } suggestion waits for your answer
   *[other] { $count } suggestions wait for your answer
}

## A services directory that cannot be read (the case manager's page and a kiosk's staff settings)
directory-too-large = This file is too large for a services directory (more than 8 MB).
directory-empty = This directory has no services in it.
directory-not-json = This file is not JSON. It breaks off at line { $line }.
directory-not-hsds = This JSON file is not an Open Referral services directory: no service has an id and a name.
directory-not-csv = { $file } is not a CSV file that can be read (line { $line }).
directory-missing-column = { $file } has no "{ $column }" column.
directory-no-services-csv = The CSV files must include services.csv.
directory-too-many = This directory has more than 5,000 services. Load a smaller one.
directory-too-new = This directory was saved by a newer version of Waymark. Load its file again.
directory-damaged = The directory kept on this device could not be read. Load its file again.

## Around here: the centre's services, and what is missing (the "What could help" step)
centre-title = Here at this centre
centre-hint = Services you can find here. Tap one to add it.
gaps-title = What would help you that you can't find here?
gaps-hint = You don't have to answer. It helps the centre see what is missing around here.
gaps-label = What is missing
gaps-add = Add
gaps-remove = Take this out
gaps-summary-title = What is missing around here

## Staff settings: this centre's services on the device
centre-setup-title = This centre's services
centre-setup-hint = An Open Referral (HSDS) file: one JSON file, or the CSV files of the data package. Clients see these services as "Here at this centre". They stay on this device when a client's data is erased.
centre-load = Load the centre's services
centre-none = No services loaded.
centre-count = { $count ->
    [one] { $count } service loaded.
   *[other] { $count } services loaded.
}
centre-remove = Remove the services
centre-no-room = This device has no room for the services. Try a smaller file.
answer-no-room = This answer does not fit: your plan is already very full. Ask your support worker for a shorter answer.

## Sealing plans for an agency (client's app; the sealed message on both pages)
error-sealed = This plan is sealed for an agency. Only that agency can open it.
error-is-agency-key = This is an agency's key, not a plan.
sealed-needs = This plan is sealed for { $agency }. Only that agency's key can open it.
sealed-unlock = Unlock your agency's key below, or open its key file.
sealed-not-yours = You cannot open it here. Share your plan again without sealing it if you want to keep going with it yourself.
agency-fingerprint = Check words of the key:
connect-title = Seal your plans for { $agency }?
connect-title-none = Seal your plans for an agency
connect-hint = When you share your plan, only { $agency } will be able to open it. Nobody else can read it: not someone who finds the code, and not you either.
connect-check = Check that these words are the same as on the poster, or as the staff show you:
connect-yes = Yes, seal my plans for them
connect-no = No, thank you
connect-done = Done. When you share your plan, it is sealed for { $agency }.
connect-back = Back to the start
connect-damaged = This code is damaged. Ask the staff for a new one.
connect-kiosk = On this shared tablet, the staff choose who plans are sealed for.
connect-none = There is no agency code here.
agency-unreadable = This device should seal your plans for an agency, but the agency's key here is damaged, so your plans are not sealed. Please tell the staff.
connect-replaces = Your plans are sealed for { $agency } now. If you say yes, they will be sealed for this agency instead.
agency-settings-title = Sealed sharing
agency-settings-hint = Plans you share from here can be opened only by { $agency }.
agency-settings-none = Plans you share from here are not sealed for an agency.
agency-staff-set = The staff set this up on this tablet.
agency-remove = Stop sealing my plans for them
agency-removed = Your plans are no longer sealed for the agency.
share-seal-toggle = Only { $agency } can open this
share-seal-hint = Not even you can open a sealed code. To keep going with your plan on another phone, turn this off.
share-seal-off-hint = Anyone with this code can open your plan. You can add a PIN below.

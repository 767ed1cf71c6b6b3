# Jol UI strings — English (the source locale).
# Every id here must exist in every other locale (the i18n tests check it).

app-name = Jol
app-tagline = The road: help for migrant workers, offline
skip-to-content = Skip to content

nav-home = Home
nav-contacts = Contacts
nav-emergency = Emergency
nav-settings = Settings

lang-label = Language
lang-choose = Choose your language

search-label = Search
search-placeholder = Search: patent, registration, wages…
search-no-results = Nothing found for “{ $query }”.
search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-truncated = Your search was long, so only its beginning was used.
search-hint = Use ↑ ↓ to move and Enter to open.

home-title = What do you need?
home-all = All topics
list-empty = Nothing here yet.
loading = Loading…
error-load = Could not load this. { $detail }
error-not-found = This page does not exist.
error-api-not-found = Jol has nothing called { $id }. An update may have removed it.
error-bad-request = Jol did not understand this request. Reload the page and try again.
error-unknown-country = Jol does not know the country { $country }.
error-bad-source = { $source } is neither a web address (http:// or https://) nor a full folder path.
error-bad-day = Trip { $trip }: { $day } is not a date.
error-not-a-checklist = Answers on this page are never saved, so nobody who takes your phone can read them.
error-no-sharing = This version of Jol cannot share itself with phones.
error-update-file-refused = Jol could not take the update file { $name }: it may be too large or unreadable, or this version takes no updates.
error-busy = Another update is running, so { $name } was not taken. Try again when it has finished.
error-read-only = A shared Jol cannot change anything on the computer that shares it.
error-storage = Jol could not read or save its data on this device, so this was not kept. The storage may be full.
error-internal = Something went wrong inside Jol. Try again.
error-transport = Jol cannot be reached. Check the connection to the computer that shares Jol and try again.
back = Back

kind-guide = Guides
kind-right = Your rights
kind-contact = Contacts
kind-agency = Recruitment agencies
kind-stay_rule = Stay limits
kind-checklist = Checklists
kind-red_flags = Warning signs
kind-term = Glossary

item-steps = Steps
item-step = Step { $n }
item-deadline = Deadline
item-fee = Fee
item-fee-as-of = as of { $date }
item-documents = Bring
item-where = Where
item-sources = Sources
item-verified = Checked against sources: { $date }
item-related = Related
item-machine = Machine translation — not yet checked by a native speaker.
item-machine-short = Machine translation
item-fallback = Not yet translated into your language; shown in { $language }.
item-reviewed = Checked by { $name } on { $date }.
item-inferred = Weakly sourced: based on one secondary source. Check before you rely on it.
item-old = This information was checked more than a year ago. Rules change often.
item-check-first = This contact comes from an old source. Check before relying on it.
item-advice = What to do

contact-call = Call
contact-copy = Copy
contact-copied = Copied
contact-free = free
contact-paid = paid
contact-works-from = from { $countries }
contact-hours = Hours
contact-address = Address
contact-languages = Languages
contact-website = Website

agency-status = Status: { $status } (as of { $date })
agency-status-active = active
agency-status-suspended = suspended
agency-status-revoked = licence revoked
agency-status-expired = licence expired

stay-limit = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
stay-calendar-year = per calendar year
stay-rolling = in any { $days } days
stay-from-entry = from the day of entry
stay-from-first-entry = added up from the first entry; the count starts again only after { $days } days in a row outside
stay-effective = In force from { $date }
stay-basis = Legal basis

notice-user-reset = Your saved data could not be read. It was kept at { $path } and a fresh copy was started.
notice-content-restored = The app's information was damaged and has been restored.

# The review state of this file's translation: source (en), machine, or reviewed (after a
# native speaker signed it off). The footer shows ui-machine-note while it is machine.
ui-translation = source
ui-machine-note = The words of this screen were translated by machine and not yet checked by a native speaker.
footer-offline = Works offline. Nothing you do here leaves this device.
footer-dataset = Facts as of { $date }

nav-label = Main menu

corridor-title = Your road
corridor-from = Where are you from?
corridor-to = Where are you going, or where are you now?

country-KG = Kyrgyzstan
country-UZ = Uzbekistan
country-KZ = Kazakhstan
country-RU = Russia
country-KR = South Korea
country-TR = Türkiye
country-AE = United Arab Emirates
country-GB = United Kingdom

home-corridor = From { $from } to { $to }
home-change = Change countries
home-emergency = Emergency: whom to call
home-deadlines = Deadlines after you arrive
home-stay = How long you may stay
home-stay-count = Count my days
stay-title = How long may I stay? Count my days
stay-choose-citizenship = First choose your citizenship and the country you go to.
stay-warning = This is a calculation from the rules below, not official advice. Border and migration officers count from their own records: check with the migration service or a lawyer before you rely on it.
stay-destination = Country
stay-status = Your status
stay-status-visa-free = Without a visa
stay-status-without-registration = Not registered
stay-status-registered = Registered
stay-trips = Your trips
stay-trips-hint = The day you entered and the day you left both count. Leave the exit empty for the stay you are on now. The trips are kept on this device only.
stay-trip = Trip { $n }
stay-entry = Entered
stay-exit = Left
stay-trip-delete = Delete
stay-trip-add = Add a trip
stay-next-days = Plan a new stay of (days)
stay-days-used = Days used
stay-days-of = { $used } of { $limit }
stay-days-left = Days left
stay-last-day = Last legal day
stay-overstay = Over the limit: { $length }. Contact the migration service or a lawyer now.
stay-first-day-breaks = Even the first day of this stay breaks a rule.
stay-no-limit = No rule limits this stay.
stay-next = A new stay of { $length } may begin on { $date } at the earliest.
stay-next-none = A stay of { $length } is longer than the rules allow.
stay-binding = The rule that sets the limit
stay-counts = How each rule counts
stay-not-in-force = not in force on this day
stay-error-not-a-date = “{ $text }” is not a date that exists.
stay-error-exit-before-entry = Trip { $trip }: the exit day ({ $exit }) is before the entry day ({ $entry }).
stay-error-overlap = Trips { $other } and { $trip } share days. Each day can be in one trip only.
stay-error-trip-not-before-stay = Trip { $trip } must end before the stay you are on now, which began on { $since }.
stay-error-since-after-on = The stay you are on now begins on { $since }, after today ({ $on }). Enter the day you left, or correct the date.
stay-error-no-rule = There is no stay rule for this country and status.
stay-error-bad-rule = A stay rule in this app cannot be counted. Please tell whoever gave you the app.
stay-error-empty-new-stay = A new stay lasts at least 1 day.
stay-error-two-current = Only one trip can be without an exit day: the stay you are on now. Trips without one: { $trips }.

emergency-title = Emergency help
emergency-lead = Tap a number to call it. These numbers are saved on this device and work without internet.
emergency-here = For you in { $country }
emergency-other = Other contacts

contacts-title = Contacts
contacts-country = Country
contacts-city = City
contacts-kind = Kind
contacts-any = All
contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}

contact-kind-embassy = Embassy
contact-kind-consulate = Consulate
contact-kind-hotline = Hotline
contact-kind-ngo = Non-governmental organisation
contact-kind-crisis_centre = Crisis centre
contact-kind-government = Government office
contact-kind-emergency = Emergency services

settings-title = Settings
settings-text-size = Text size
settings-size-normal = Normal
settings-size-large = Large
settings-size-larger = Larger
settings-about = About Jol
settings-app-version = App version
settings-dataset = Data
settings-dataset-value = Facts as of { $date }, { $count } entries
settings-hash = Content hash
settings-sources = Every page ends with its sources (official sites, laws, embassies, NGOs) and the date they were last checked. What could not be sourced is left out, not guessed.
settings-licence = Jol is free software under the MIT or Apache 2.0 licence.
settings-machine-note = Translations are made by machine until a native speaker reviews them; such pages are marked.

# Dates: the parts' order, and month names with a day (month-N) and alone (month-alone-N).
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-year = { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-alone-1 = January
month-alone-2 = February
month-alone-3 = March
month-alone-4 = April
month-alone-5 = May
month-alone-6 = June
month-alone-7 = July
month-alone-8 = August
month-alone-9 = September
month-alone-10 = October
month-alone-11 = November
month-alone-12 = December

emergency-none = Jol has no contacts for your road to { $country } yet. These may still help:

## Content updates (Settings → Updates, and the notice after an update)
updates-title = Updates
updates-on-host = Updates are managed on the computer that shares Jol.
updates-no-keys = This copy of Jol trusts no publisher’s key, so it cannot take updates. Ask whoever gave you the app for a copy that can.
updates-check-now = Check now
updates-checking = Checking { $source }…
updates-downloading = Downloading: { $done } of { $total }
updates-applying = Checking and installing the update…
updates-updated = Updated to the version of { $date } ({ $version })
updates-updated-from = From { $source }, { $size }, { $when }.
updates-added = { $count ->
    [one] { $count } new page
   *[other] { $count } new pages
}
updates-changed = { $count ->
    [one] { $count } page changed
   *[other] { $count } pages changed
}
updates-removed = { $count ->
    [one] { $count } page removed
   *[other] { $count } pages removed
}
updates-up-to-date = Up to date: the information is from { $date }. Checked { $when }.
updates-no-sources = There is nowhere to check yet: add an update source below.
updates-failed = The update did not work.
updates-failed-kept = The information you have stays as it was.
updates-sources = Update sources
updates-sources-hint = A web address (a mirror, or a trainer’s laptop: http://…/packs) or a folder, such as a USB stick. Only updates signed by a trusted publisher are taken, wherever they come from.
updates-remove-source = Remove { $source }
updates-remove = Remove
updates-add-label = New source
updates-add = Add
updates-schedule = Automatic checks
updates-auto = Check for updates when Jol starts and then regularly
updates-every = How often
updates-every-hours = { $hours ->
    [one] every hour
   *[other] every { $hours } hours
}
updates-next = Next check: { $when }
updates-from-file = Update from a file
updates-file-hint = A .jolpack file from a USB stick or a messenger. It is checked before anything changes.
updates-error-bad-signature = It is not signed by a publisher this app trusts. Nothing was changed.
updates-error-tampered = A file ({ $file }) is not what its publisher signed: it was damaged or changed on the way. Nothing was changed.
updates-error-malformed = The update is damaged or incomplete. Nothing was changed.
updates-error-expired = This source is out of date (its signature ran out on { $expires }): an old copy, or a mirror that stopped updating. Try another source.
updates-error-rollback = This update (of { $offered }) is older than one this device already took (of { $highest }).
updates-error-network = The source could not be reached. Check the connection and try again.
updates-error-busy = Another update is running. Try again when it has finished.
updates-error-storage = This device could not store the update.
updates-error-no-trusted-key = This copy of Jol trusts no publisher's key, so it cannot take updates.
updates-error-other = The update could not be started.
offline-title = Use without internet
offline-ready = Jol is kept on this phone: it opens and works with no connection. Nothing you do here leaves this device.
offline-preparing = Jol is being saved on this phone for use without internet…
offline-insecure = This address ({ $origin }) is not secure (http), so the browser cannot keep Jol for use without internet. It works while you are connected here. For offline use, open Jol from an https address: your trainer's or your organisation's.
offline-unsupported = This page cannot be kept for use without internet. It works while you are connected.
update-done = The information was updated (version of { $date }): { $count ->
    [one] { $count } change.
   *[other] { $count } changes.
}
update-see-changes = See what changed
update-dismiss = Close
language-name = { $code ->
    [ky] Kyrgyz
    [ru] Russian
    [uz] Uzbek
    [kk] Kazakh
    [en] English
    [tg] Tajik
    [tr] Turkish
    [ko] Korean
    [ar] Arabic
   *[other] { $code }
}
city-name = { $city ->
    [Moscow] Moscow
    [Tashkent] Tashkent
   *[other] { $city }
}
money = { $amount } { $currency }
money-per = { $per ->
    [month] { $value } a month
    [year] { $value } a year
   *[other] { $value } per { $per }
}
size-bytes = { $n } bytes
size-kb = { $n } KB
date-time = { $date }, { $time }

## Share with phones (Settings, desktop only)
sharing-title = Share with phones
sharing-hint = Phones on the same Wi-Fi can open Jol from this computer, in their own language, with no internet. Good for a classroom or a help desk.
sharing-start = Start sharing
sharing-stop = Stop sharing
sharing-on = Sharing. On a phone on the same Wi-Fi, open:
sharing-qr = Or scan this code with the phone’s camera.
sharing-read-only = Phones can read everything and change nothing on this computer. Sharing stops when Jol closes.
sharing-packs = Other computers with Jol can take the update this one received, from:
sharing-failed = Sharing could not start:

## When the app cannot open its data
fatal-title = Jol cannot start
fatal-hint = Show this message to whoever helps you with this computer. Nothing has been deleted.

## Checklists and the trafficking signs
checklist-progress = { $done } of { $total } done
signs-not-saved = Nothing you tick here is saved or sent anywhere.
signs-danger = If even one of these is true, you may be in danger. You are not to blame, and help is free.
signs-help = How to get out and get help

## Saved pages
bookmark-save = Save this page
bookmark-saved = Saved ✓
home-saved = Saved pages

## Dates that end: past an item's review date
item-review-passed = This may have changed since { $date }. Check before relying on it.
stay-until = In force until { $date }

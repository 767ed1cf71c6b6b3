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
stay-effective = In force from { $date }
stay-basis = Legal basis

notice-user-reset = Your saved data could not be read. It was kept at { $path } and a fresh copy was started.
notice-content-restored = The app's information was damaged and has been restored.

footer-offline = Works offline. Nothing you do here leaves this device.
footer-dataset = Data version { $version }

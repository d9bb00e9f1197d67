# The window's own words: its menus, buttons, labels, headings and the
# short notices it shows. The sentences about the ledger (signals,
# reminders, styles, refusals) come rendered from the other files. The window
# reads this file itself (ui/lib/ftl.js), so it keeps to a small part of
# Fluent: `{ $name }` placeholders, and a choice on `$count` between `[one]`
# and `*[other]`. Keys are the window's, with `-` where the window's code
# groups them.


## tagline

tagline = Keep the give and take with the people you work with in balance.

## nav

nav-skip = Skip to content
nav-main = Main
nav-dashboard = Dashboard
nav-reminders = Reminders
nav-remindersDue = Reminders, { $count } due
nav-people = People
nav-organisations = Organisations
nav-trash = Trash
nav-settings = Settings
nav-log = Log exchange

## welcome

welcome-title = Welcome to Balans
welcome-body = Balans keeps track of what you give to and receive from the people you do business with, so you see per person whether the relationship is in balance. It warns you in time about one-sided and at-risk relationships; your data stays in one file on this computer.
welcome-example = Load an example network
welcome-exampleHint = Seven short stories of giving and taking, to look around. You can remove them again in one click.
welcome-addFirst = Add your first person

## example

example-loaded = You are looking at the example network.
example-remove = Remove the example
example-removed = The example network was removed.

## dashboard

dashboard-title = Dashboard
dashboard-signals = What needs attention
dashboard-noSignals = No relationship needs attention right now.
dashboard-picture = All relationships
dashboard-pictureHint = Each dot is one of your busiest relationships: what you gave (across) against what you received (up), in credits; each step of the scale is ten times the one before. The shading shows where all your relationships lie: the darker, the more. Dots below the line are people you built credit with.
dashboard-pictureEmpty = The picture appears once you have recorded exchanges.
dashboard-yourStyle = Your style
dashboard-business = Where your business comes from
dashboard-noBusiness = No business received yet.
dashboard-axisGiven = You gave
dashboard-axisReceived = You received
dashboard-dot = { $name }: gave { $given }, received { $received }
dashboard-moreSignals = { $count ->
    [one] { $count } more signal: show everyone with a signal
   *[other] { $count } more signals: show everyone with a signal
}
dashboard-signalKinds = Signals by kind
dashboard-kindCount = { $label }: { $count }

## signal

signal-open = Open { $name }
signal-log = Log exchange
signal-snooze = Snooze a week
signal-snoozed = Snoozed until { $date }.

## severity

severity-high = Urgent
severity-medium = Soon
severity-low = When you can

## signalKind

signalKind-one_sided_giving = One-sided giving
signalKind-one_sided_taking = One-sided taking
signalKind-over_giving = Over-giving
signalKind-unasked_advice = Unasked advice
signalKind-cannot_reciprocate = Cannot give back
signalKind-stranded_credits = Stranded credits
signalKind-unacknowledged = Not yet thanked
signalKind-drifting = Drifting apart

## reminders

reminders-title = Reminders
reminders-dueTitle = Due now
reminders-none = Nothing is due right now. Reminders come here when a follow-up date arrives, when thanks or something in return are due, or when it is time to get in touch again.
reminders-snoozedTitle = Snoozed
reminders-due = { $count ->
    [one] { $count } reminder due
   *[other] { $count } reminders due
}
reminders-dueSince = Due since { $date }
reminders-backOn = Back on { $date }
reminders-openPerson = Open { $name }
reminders-markDone = Done
reminders-snooze = Snooze
reminders-snooze-day = A day
reminders-snooze-week = A week
reminders-snooze-month = A month
reminders-snoozeUntil = Until
reminders-dismiss = Dismiss
reminders-done = Done: { $title }.
reminders-thanked = Done: what { $name } gave you now counts as thanked.
reminders-snoozed = { $title }: snoozed until { $date }.
reminders-dismissed = Dismissed: { $title }.
reminders-pause = Pause notifications:
reminders-pauseHour = for an hour
reminders-pauseTomorrow = until tomorrow
reminders-pausedToday = Notifications are paused until { $time }.
reminders-pausedTomorrow = Notifications are paused until tomorrow at { $time }.
reminders-pausedUntil = Notifications are paused until { $date } at { $time }.
reminders-resume = Resume
reminders-resumed = Notifications are on again.
reminders-notificationsOff = Desktop notifications are off; reminders show here and in the tray.

## reminderKind

reminderKind-follow_up = Follow-up
reminderKind-keep_in_touch = Keep in touch
reminderKind-thanks = Thanks
reminderKind-give_back = Give back
reminderKind-pause = Pause
reminderKind-birthday = Birthday

## close

close-title = Keep Balans running?
close-body = When you close the window, Balans can keep running in the tray, so your reminders still reach you. Open the window again from the tray icon.
close-later = You can change this later in Settings.
close-keepRunning = Keep running in the tray
close-quit = Quit when I close the window

## style

style-giver = Giver
style-matcher = Matcher
style-taker = Taker
style-not_enough_data = Not enough data

## people

people-title = People
people-add = Add person
people-name = Name
people-namePlaceholder = e.g. Sanne de Vries
people-none = No people yet.
people-noMatch = Nobody matches.
people-count = { $count ->
    [one] { $shown } of { $count } person
   *[other] { $shown } of { $count } people
}
people-search = Search people, organisations and notes
people-filters = Filters
people-filtersOn = Filters ({ $count } on)
people-withSignal = Has a signal
people-organisation = Organisation
people-tag = Tag
people-relationship = Relationship
people-status = Status
people-statusActive = Active
people-statusArchived = Archived
people-statusAll = All
people-any = Any
people-sort = Sort by
people-sortName = Name
people-sortBalance = Balance
people-sortLast = Last exchange

## list

list-showMore = Show { $count } more

## people

people-choose = Choose a person to see your balance with them.
people-noteHit = Note: { $snippet }

## duplicates

duplicates-title = Likely the same person
duplicates-hint = Each pair looks like one person. Merge keeps the first: the second's exchanges, organisations, tags, addresses and notes move onto it, and the second goes to the trash.
duplicates-person = { $count ->
    [one] { $name } (1 exchange)
   *[other] { $name } ({ $count } exchanges)
}
duplicates-sameName = The same name
duplicates-sameEmail = Both use { $address }
duplicates-merge = Merge
duplicates-more = { $count ->
    [one] And 1 more pair.
   *[other] And { $count } more pairs.
}
duplicates-mergeTitle = Merge { $other } into { $name }
duplicates-merged = { $count ->
    [one] Merged { $other } into { $name }: 1 exchange moved.
   *[other] Merged { $other } into { $name }: { $count } exchanges moved.
}

## relationship

relationship-client = Client
relationship-prospect = Prospect
relationship-supplier = Supplier
relationship-partner = Partner
relationship-network = Network
relationship-colleague = Colleague
relationship-other = Other

## person

person-balance = Balance
person-given = You gave
person-received = You received
person-explainPositive = You have built credit with { $name }.
person-explainNegative = You owe { $name }.
person-explainEven = You and { $name } are even.
person-style = Style
person-signals = Signals
person-reminders = Reminders
person-chart = Balance over time
person-chartEmpty = The chart appears after the first exchange.
person-chartLabel = Balance with { $name } over time, from { $from } to { $to }
person-timeline = Exchanges
person-timelineMore = Showing the latest { $shown } of { $count } exchanges.
person-timelineOlder = { $count ->
    [one] Show the older exchange
   *[other] Show older exchanges ({ $count } more)
}
person-noExchanges = Nothing recorded with { $name } yet.
person-edit = Edit
person-archive = Archive
person-unarchive = Bring back from archive
person-archived = Archived
person-trash = Move to trash
person-trashed = { $name } was moved to the trash.
person-details = Details
person-notes = Notes
person-noNotes = No notes.
person-cadence = Keep in touch every (days)
person-cadenceNone = No keep-in-touch cadence.
person-cadenceEvery = { $count ->
    [one] Keep in touch every day.
   *[other] Keep in touch every { $count } days.
}
person-metHow = How you met
person-birthday = Birthday
person-birthdayPlaceholder = 1984-05-17
person-birthdayHint = Year, month, day; or --05-17 without the year.
person-tags = Tags
person-tagsHint = Separate tags with commas.
person-reach = Reach them
person-addressesHint = Separate several with commas.
channel-email = E-mail
channel-phone = Phone
channel-url = Web
channel-linkedin = LinkedIn
channel-emails = E-mail addresses
channel-phones = Phone numbers
channel-urls = Web and LinkedIn addresses
person-relationship = Relationship
person-save = Save
person-cancel = Cancel
person-affiliations = Organisations
person-noAffiliations = Not at any organisation you know of.
person-affiliate = Add to an organisation
person-role = Role
person-power = Decision power
person-from = From
person-to = Until
person-end = Ended today
person-left = left { $date }
person-since = since { $date }
person-introductions = Introductions
person-noIntroductions = No introductions or referrals involve { $name }.
person-introduced = { $person } to { $third }
person-cameOfIt = What came of it
person-nothingCame = Nothing yet.

## power

power-decides = Decides
power-influences = Influences
power-none = No say

## exchange

exchange-title = Record an exchange
exchange-editTitle = Edit exchange
exchange-person = Person
exchange-personPlaceholder = Type a name
exchange-newPerson = New person: { $name }
exchange-direction = Who gave?
exchange-gave = I gave
exchange-received = I received
exchange-kind = Kind
exchange-value = Value (credits)
exchange-date = Date
exchange-asked = Asked for?
exchange-askedYes = Yes
exchange-askedNo = No
exchange-askedUnknown = Unknown
exchange-acknowledged = Acknowledged (thanks were shown)
exchange-thirdPerson = Introduced or referred person
exchange-thirdPlaceholder = Nobody: type a name to choose someone
exchange-followUp = Follow up on
exchange-note = Note
exchange-notePlaceholder = What happened, in a few words
exchange-save = Record
exchange-saveEdit = Save changes
exchange-cancel = Cancel
exchange-keys = Enter saves, Escape cancels.
exchange-gaveTo = You gave
exchange-receivedFrom = You received
exchange-edit = Edit
exchange-delete = Delete
exchange-deleted = The exchange was moved to the trash.
toast-undo = Undo
toast-undone = Undone.
exchange-with = with { $name }
exchange-unasked = unasked
exchange-notThanked = not acknowledged
exchange-followUpOn = follow up { $date }
exchange-choosePerson = Choose a person, or type a new name.
exchange-chooseExisting = Choose someone from the list, or clear the field.

## kind

kind-advice = Advice
kind-introduction = Introduction
kind-referral = Referral
kind-favour = Favour
kind-gift = Gift
kind-recognition = Recognition
kind-information = Information
kind-business = Business
kind-hospitality = Hospitality

## orgs

orgs-title = Organisations
orgs-add = Add organisation
orgs-name = Name
orgs-none = No organisations yet.
orgs-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}

## org

org-balance = Balance with the people there now
org-stranded = Stranded credits
org-strandedHint = Credits with people who left stay with them; they do not pass to the organisation.
org-members = People
org-noMembers = Nobody is affiliated yet. Add people from their own page.
org-current = Here now
org-left = Left
org-person = Person
org-back = All organisations

## trash

trash-title = Trash
trash-empty = The trash is empty.
trash-people = People
trash-exchanges = Exchanges
trash-restore = Restore
trash-emptyAll = Empty the trash
trash-confirm = Delete everything in the trash for good? This cannot be undone.
trash-emptied = The trash was emptied.
trash-restored = Restored.
trash-exchangeOf = { $kind } with { $name }, { $date }

## settings

settings-title = Settings
settings-look = Language and look
settings-language = Language
settings-languageSystem = Follow the system
settings-theme = Theme
settings-themeSystem = Follow the system
settings-themeLight = Light
settings-themeDark = Dark
settings-kinds = Kinds and their values
settings-kindName = New kind
settings-kindValue = Value
settings-addKind = Add kind
settings-thresholds = Signals
settings-halfLife = Half-life of old exchanges (days, empty for none)
settings-defaultCadence = Default keep-in-touch cadence (days, empty for none)
settings-notifications = Notifications and reminders
settings-notify = Show a desktop notification when a reminder is due
settings-birthdays = Remind me of birthdays, on the day
settings-quietHours = Quiet hours
settings-quietOn = No notifications between these times
settings-quietFrom = From
settings-quietUntil = Until
settings-close = When I close the window
settings-closeAsk = Ask me the first time
settings-closeTray = Keep Balans running in the tray
settings-closeQuit = Quit Balans
settings-autostart = Start Balans when I log in
settings-autostartHint = Balans then starts in the tray, without a window. Saved at once.
settings-shortcut = Quick log from anywhere
settings-shortcutHint = A shortcut that works in every program, also with Balans in the tray, such as Ctrl+Alt+B. Empty for none.
settings-shortcutRefused = Your system did not accept this shortcut ({ $reason }). Another program may hold it; choose another.
settings-autostartOn = Balans will start when you log in.
settings-autostartOff = Balans will no longer start when you log in.
settings-whenReminders = When reminders come
settings-cadenceByRelationship = Keep in touch by relationship (days)
settings-cadenceByRelationshipHint = For people without a cadence of their own. Empty uses the default cadence above.
settings-save = Save settings
settings-saved = Settings saved.
settings-data = Your data
settings-dataFolder = Data folder
settings-example = Example network
settings-exampleLoad = Load the example network
settings-exampleRemove = Remove the example network

## setting

setting-one_sided_streak = One-sided giving: gifts in a row
setting-one_sided_ratio = One-sided giving: given ÷ received
setting-one_sided_min_given = One-sided giving: from credits given
setting-taking_ratio = One-sided taking: received ÷ given
setting-taking_min_received = One-sided taking: from credits received
setting-over_giving_factor = Over-giving: times your usual gift
setting-over_giving_window_days = Over-giving: look back (days)
setting-new_contact_exchanges = A new contact has at most (exchanges)
setting-unasked_share = Unasked advice: share unasked (0 to 1)
setting-unasked_min = Unasked advice: from unasked gifts
setting-cannot_reciprocate_credit = Cannot give back: from credits
setting-stranded_credit = Stranded credits: from credits
setting-stranded_low_balance = Stranded credits: decision makers below
setting-thanks_after_days = Thanks are due after (days)
setting-give_back_after_days = A give-back is due after (days)
setting-give_back_min_owed = A give-back is due from (credits owed)
setting-style_min_exchanges = A style shows from (exchanges)

## data

data-exportJson = Backup (JSON)
data-exportCsv = Spreadsheet (CSV files)
data-import = A backup (JSON)
data-exported = Written to { $path }.
data-previewOf = Importing { $path } would change this:
data-table = Table
data-added = New
data-changed = Changed
data-same = Same
data-onlyHere = Only here
data-importHint = Merge adds new rows and updates changed ones, and keeps what is only here. Replace makes your data exactly the backup. Either way a copy of your data is made first.
data-merge = Merge
data-replace = Replace everything
data-imported = The backup was imported.
data-importProgress = { $done } of { $of } rows imported…
data-backups = Backups
data-backupsHint = Balans copies your data every day it starts, before every import, upgrade and restore, and keeps the 10 newest copies, one a day for a week and one a week for a month before that.
data-noBackups = No backups yet.
data-backupNow = Make a backup now
data-backedUp = A backup was made.
data-restore = Restore
data-restoreConfirm = Replace your data with this backup? A copy of your data as it is now is made first, so you can go back.
data-restored = The backup was restored.


## sync

sync-title = Sync with your other computers
sync-hint = Keep this ledger in step with your other computers through a folder your sync tool already keeps in step (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud Drive or a network share). Balans writes only its own change files there, never its database. Choose the same folder on each computer.
sync-choose = Choose the synced folder…
sync-folder = Synced folder
sync-thisComputer = This computer
sync-unwritten = { $count ->
    [one] One change waits to be written to the folder.
   *[other] { $count } changes wait to be written to the folder.
}
sync-noOthers = No other computer's changes have arrived yet.
sync-computer = Computer
sync-applied = Changes applied
sync-lastApplied = Last applied
sync-now = Sync now
sync-leave = Stop syncing on this computer
sync-left = This computer no longer syncs. Your data is unchanged.
sync-round = Written to the folder: { $written }. Applied from other computers: { $applied }.
## reason

reason-daily = daily
reason-manual = made by you
reason-migration = before an upgrade
reason-import = before an import
reason-before-restore = before a restore

## data

data-export = Export
data-importTitle = Import
data-exportVcard = Contacts (vCard)
data-exportIcs = Follow-ups (iCalendar)
data-exportJournal = Journal (hledger)
data-exportHtml = Printable report (HTML)
data-calendarKeep = Keep a calendar file up to date…
data-calendarHint = Follow-ups and keep-in-touch dates, written again after every change, for your calendar app to subscribe to.
data-calendarAt = Calendar file kept up to date: { $path }
data-calendarStop = Stop keeping it
data-calendarKept = The calendar file is at { $path } and is kept up to date.
data-calendarStopped = The calendar file is no longer kept up to date; the last one written stays.
data-importVcard = Contacts from vCard
data-importLinkedin = LinkedIn connections
data-importCsv = Contacts from CSV
data-contactsImported = Added { $added } people and { $organisations } organisations; { $skipped } were already there.
data-contactsPreviewOf = Importing { $path } would do this:
data-wouldAdd = { $count ->
    [one] 1 person would be added
   *[other] { $count } people would be added
}
data-alreadyThere = { $count ->
    [one] 1 is already there
   *[other] { $count } are already there
}
data-wouldMake = { $count ->
    [one] 1 organisation would be made
   *[other] { $count } organisations would be made
}
data-andMore = { $count ->
    [one] and 1 more
   *[other] and { $count } more
}
data-importContacts = Import
data-lastImport = Last contacts import: { $people } people and { $organisations } organisations, { $when }.
data-undoImport = Take back the last import
data-importUndone = The last import was taken back. People removed: { $people }; organisations removed: { $organisations }; people kept because they were changed or used since: { $kept }.

## person

person-report = Report

## problem

problem-title = Balans cannot open your data
problem-folder = Data folder: { $dir }

## recovery

recovery-movedAside = The damaged file was moved aside, unchanged, to { $folder }.
recovery-backupOffered = The newest good backup was made on { $date }.
recovery-noBackup = There is no good backup to restore.
recovery-restore = Restore this backup
recovery-startEmpty = Start with an empty ledger

## error

error-generic = Something went wrong: { $message }
error-numberNeeded = Fill in a number, such as { $example }.

## footer

footer-data = Your data: { $dir }

## common

common-close = Close

## The command palette

palette-title = Find anything
palette-placeholder = A person, an organisation, a note or a command
palette-nothing = Nothing found.
palette-person = Person
palette-organisation = Organisation
palette-exchange = Note
palette-command = Command
palette-log = Log an exchange
palette-addPerson = Add a person
palette-goTo = Go to { $screen }
palette-exportBackup = Export a backup
palette-exportCsv = Export CSV files
palette-backupNow = Make a backup now

## The list of shortcuts

keys-title = Keyboard shortcuts
keys-log = Log an exchange
keys-logAnywhere = Log an exchange from any program, also with Balans in the tray
keys-find = Find a person, an organisation, a note or a command
keys-undo = Undo a move to the trash or a reminder done or dismissed, while its message shows
keys-list = This list
keys-close = Close a dialog or this list
keys-done = Close

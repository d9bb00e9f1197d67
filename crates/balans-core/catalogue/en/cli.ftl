# The command line's own words: its refusals, labels and headers. Command
# names, options and JSON fields stay English in every language.

## Refusals

cli-output-failed = The output could not be written: { $detail }
cli-did-you-mean = { $detail } Did you mean: { $names }?
cli-no-such-name = No { $entity ->
    [person] person
   *[organisation] organisation
} has the name or id "{ $text }".
cli-ambiguous-name = "{ $text }" names { $count } { $entity ->
    [person] people
   *[organisation] organisations
}: { $names }. Use the id instead.
cli-no-data-folder = This system has no folder for app data; give one with --data-dir DIR or { $variable }.
cli-not-utf8 = The word { $word } is not UTF-8 text; write it as UTF-8 (text from an older program may be in Latin-1).
cli-not-understood = { $detail }
cli-see-help = Run `balans --help` for the commands and their options.
cli-no-completions = No completions for { $shell }.
cli-ahead-too-far = --ahead reaches past the calendar.
cli-file-missing = { $file } does not exist.
cli-file-unreadable = { $file } could not be read: { $detail }
cli-csv-needs-folder = CSV is a folder of files; give a folder, not -.
cli-contacts-are-added = --merge and --replace are for a json backup; contacts are added.
cli-merge-or-replace = Say --merge (match rows by id, keep the rest) or --replace (replace everything).
cli-error = error:

## What clap could not understand, in the words clap uses in English

cli-parse-unknown-command = unrecognized subcommand '{ $word }'
cli-parse-unknown-argument = unexpected argument '{ $word }' found
cli-parse-invalid-value = invalid value '{ $value }' for '{ $argument }'
cli-parse-invalid-value-because = invalid value '{ $value }' for '{ $argument }': { $detail }
cli-parse-value-missing = a value is required for '{ $argument }' but none was supplied
cli-parse-missing-arguments = the following required arguments were not provided:
cli-parse-extra-value = unexpected value '{ $value }' for '{ $argument }' found; no more were expected
cli-parse-conflict = the argument '{ $argument }' cannot be used with '{ $other }'
cli-parse-command-conflict = the subcommand '{ $command }' cannot be used with '{ $other }'
cli-parse-used-twice = the argument '{ $argument }' cannot be used multiple times
cli-parse-similar-command = tip: { $count ->
    [one] a similar subcommand exists
   *[other] some similar subcommands exist
}: { $names }
cli-parse-similar-argument = tip: { $count ->
    [one] a similar argument exists
   *[other] some similar arguments exist
}: { $names }
cli-parse-similar-value = tip: { $count ->
    [one] a similar value exists
   *[other] some similar values exist
}: { $names }
cli-parse-pass-as-value = tip: to pass '{ $word }' as a value, use '-- { $word }'
cli-parse-more-help = For more information, try '--help'.

## Help: headings and the words clap adds

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-global = Global options
cli-usage-options = [OPTIONS]
# A placeholder in usage lines and help (PERSON, DAYS): the same in English.
cli-value-name = { $name }
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]

## Help: what each command is for

cli-about = Keeps the give and take of your business relationships in balance.
cli-about-window = The command line works on the same ledger as the window. Without a command, `balans` opens the window.
cli-about-names = { $person } and { $org } are an id or an exact name, in any case. Dates are YYYY-MM-DD.
cli-about-exit-codes = Exit codes: 0 done, 1 refused or not found, 2 not understood.
cli-about-people = Everyone, with relationship, balance and tags; or add or change someone
cli-about-people-list = Everyone not in the trash (the default)
cli-about-people-add = Add a contact
cli-about-people-edit = Change a contact: only the options you give
cli-about-people-duplicates = People who are likely one person: the same name, or the same e-mail address
cli-about-people-merge = Make two records of one person one: the second's history moves onto the first, the second goes to the trash
cli-about-person = One person: balance, style, signals, organisations, introductions, reminders
cli-about-orgs = Organisations, with balance and stranded credits; or add one
cli-about-orgs-list = Every organisation not in the trash (the default)
cli-about-orgs-add = Add an organisation
cli-about-affiliate = Record that a person is (or was) at an organisation
cli-about-log = Record one exchange: what you gave or received
cli-about-balances = Everyone you exchanged with, largest credit first
cli-about-business = Where your business comes from, and whether one source dominates
cli-about-signals = One-sided and at-risk relationships, most severe first
cli-about-styles = Giver, matcher or taker: you first, then everyone (or one person)
cli-about-reminders = Reminders due now and coming up; mark one done, snooze or dismiss it
cli-about-reminders-list = Due reminders, those coming up, and snoozed ones (the default)
cli-about-reminders-done = Handled (for thanks: everything the person gave counts as acknowledged)
cli-about-reminders-dismiss = Not wanted: this occurrence never comes back
cli-about-reminders-snooze = Out of sight until a later day (default: a week)
cli-about-search = People, organisations and notes, by the start of any word
cli-about-kinds = The kinds of help `log` accepts, with their default values
cli-about-sync = One round of sync now: write this computer's changes to the synced folder, apply the other computers'
cli-about-sync-setup = Start syncing this ledger through a folder, or join the computers already syncing there
cli-about-sync-status = Whether this ledger syncs, through which folder, and which computers' changes arrived
cli-about-sync-leave = Stop syncing on this computer; the ledger and the files in the folder stay
cli-about-export = Take everything out: a JSON backup, CSV, vCard, iCalendar, a journal, a report
cli-about-import = Bring data in: a JSON backup, or contacts from vCard, LinkedIn or CSV
cli-about-undo-import = Take back the last contacts import: who it added, as far as nothing was done with them since
cli-about-undo-merge = Take back the last merge of two people, as long as the one kept was not changed since
cli-about-completions = Print a completion script for your shell
cli-about-manual = Write the manual pages (roff) into a folder, for packagers
cli-about-help = Print this message or the help of the given subcommand(s)

## Help: what each word and option means

cli-arg-help = Print help
cli-arg-help-summary = Print help (see more with '--help')
cli-arg-help-more = Print help (see a summary with '-h')
cli-arg-version = Print version
cli-arg-json = Print JSON (errors too, on stderr, as { $shape })
cli-arg-data-dir = Use the ledger in { $dir } (else ${ $variable }, else the app's own folder)
cli-arg-person = The person's id or exact name
cli-arg-org = The organisation's id or exact name
cli-arg-signals-person = Only the signals about this person
cli-arg-styles-person = Only you and this person
cli-arg-person-name = Their name as you say it (1 to 200 characters)
cli-arg-merge-keep = The person to keep
cli-arg-merge-other = The person to merge into them and move to the trash
cli-arg-relationship = How you know them
cli-arg-tag = A tag; repeat for more
cli-arg-person-notes = Anything worth remembering about them; found by `search`
cli-arg-cadence = Keep in touch every { $days } days (1 to 3650)
cli-arg-birthday = Their birthday: 1984-05-17, or --05-17 without the year; "" removes it
cli-arg-email = An e-mail address; repeat for more; "" removes them all
cli-arg-phone = A phone number; repeat for more; "" removes them all
cli-arg-url = A web or LinkedIn address (https:// is added if missing); repeat for more; "" removes them all
cli-arg-new-name = Their new name
cli-arg-org-name = The organisation's name
cli-arg-org-notes = Anything worth remembering about it; found by `search`
cli-arg-power = How much they can decide there
cli-arg-role = Their job there
cli-arg-from = Since when (default: unknown)
cli-arg-to = Until when, if they left
cli-arg-log-person = Who: their id or exact name
cli-arg-direction = Which way it went
cli-arg-kind = advice, introduction, referral, favour, gift, … (see `balans kinds`)
cli-arg-value = Credits, above 0 and at most 1000 (default: the kind's value)
cli-arg-date = When (default: today)
cli-arg-asked = Whether the help was asked for
cli-arg-acknowledged = The receiver showed recognition
cli-arg-third = The person introduced or referred
cli-arg-follow-up = A day to follow up
cli-arg-note = A note, found later by `search`
cli-arg-ahead = How many days ahead "coming up" looks
cli-arg-reminder-key = The reminder's key, as `balans reminders` lists it
cli-arg-until = The day it comes back
cli-arg-query = Words that must each start a word somewhere
cli-arg-limit = At most { $n } hits (1 to { $max })
cli-arg-export-format = What to write
cli-arg-target = A file (a folder for csv); - is standard output
cli-arg-replace-files = Replace files that exist
cli-arg-report-person = For html: a report of this person instead of the network
cli-arg-csv-style = For csv: comma (`,` and 2.5, Excel in English) or semicolon (`;` and 2,5, Excel in Dutch); by default the ledger's language decides
cli-arg-import-format = What the file holds
cli-arg-file = The file; - is standard input
cli-arg-merge = For json: add new rows, update rows with the same id
cli-arg-replace-ledger = For json: make the ledger exactly the backup
cli-arg-preview = Only say what would change
cli-arg-shell = Your shell
cli-arg-sync-folder = A folder your sync tool keeps in step (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud Drive, a network share); Balans writes only under { $root } in it, never its live database
cli-arg-folder = The folder for balans.1 and a page per command

## Listings: column headers

cli-column-name = NAME
cli-column-relationship = RELATIONSHIP
cli-column-balance = BALANCE
cli-column-exchanges = EXCHANGES
cli-column-tags = TAGS
cli-column-id = ID
cli-column-given = GIVEN
cli-column-received = RECEIVED
cli-column-from = FROM
cli-column-credits = CREDITS
cli-column-share = SHARE
cli-column-kind = KIND
cli-column-value = VALUE
cli-column-people-now = PEOPLE NOW
cli-column-stranded = STRANDED
cli-column-due = DUE
cli-column-what = WHAT
cli-column-key = KEY
cli-column-why = WHY
cli-column-until = UNTIL
cli-column-type = TYPE
cli-column-title = TITLE
cli-column-match = MATCH
cli-column-style = STYLE
cli-column-table = TABLE
cli-column-added = ADDED
cli-column-changed = CHANGED
cli-column-same = SAME
cli-column-only-here = ONLY IN THE LEDGER
cli-column-computer = COMPUTER
cli-column-applied = CHANGES APPLIED
cli-column-last-applied = LAST APPLIED

## Listings: what the core's names read as

cli-severity = { $severity ->
    [high] high
    [medium] medium
   *[low] low
}
cli-signal-kind = { $kind ->
    [one_sided_giving] one sided giving
    [one_sided_taking] one sided taking
    [over_giving] over giving
    [unasked_advice] unasked advice
    [cannot_reciprocate] cannot reciprocate
    [stranded_credits] stranded credits
    [unacknowledged] unacknowledged
    [drifting] drifting
   *[other] { $kind }
}
cli-style-kind = { $style ->
    [giver] giver
    [matcher] matcher
    [taker] taker
    [not_enough_data] not enough data
   *[other] { $style }
}
cli-search-entity = { $entity ->
    [person] person
    [organisation] organisation
    [exchange] exchange
   *[other] { $entity }
}

## What the commands say

cli-suggestion = Suggestion: { $action }
cli-warning = Warning:
cli-no-people = No people yet. Add one with: { $command }
cli-archived = { $name } (archived)
cli-person-added = Added { $name } ({ $relationship }), id { $id }.
cli-person-changed = Changed { $name }, id { $id }.
cli-no-duplicates = No likely duplicates.
cli-duplicate-name = { $name } and { $other }: the same name.
cli-duplicate-email = { $name } and { $other }: both use { $address }.
cli-people-merged = Merged { $other } into { $name }: { $exchanges ->
    [one] 1 exchange
   *[other] { $exchanges } exchanges
} moved, { $other } is in the trash.
cli-merge-undone = Took back the merge of { $other } into { $name }: { $exchanges ->
    [one] 1 exchange
   *[other] { $exchanges } exchanges
} moved back, { $other } is out of the trash.
cli-no-organisations = No organisations yet. Add one with: { $command }
cli-organisation-added = Added { $name }, id { $id }.
cli-affiliated = { $person } is at { $organisation }{ $role } ({ $power }){ $period }.
cli-as-role = {" "}as { $role }
cli-period = , { $from } to { $to }
cli-now = now
cli-no-exchanges = No exchanges yet. Record one with: { $command }
cli-balances-legend = Positive: you built credit with them. Negative: you owe them.
cli-no-business = No business received yet. Record some with: { $command }
cli-business-total = In all: { $credits } { $credits ->
    [one] credit
   *[other] credits
} of business.
cli-no-dominant-source = No source brings more than { $percent }%.
cli-recorded = Recorded: { $kind } { $direction ->
    [gave] given to
   *[received] received from
} { $name } on { $date } ({ $amount }).
cli-balance-with = Balance with { $name }: { $balance }.
cli-relationship-archived = { $relationship }, archived
cli-tags = Tags: { $tags }
cli-birthday = Birthday: { $date }
cli-emails = E-mail: { $addresses }
cli-phones = Phone: { $numbers }
cli-urls = Web: { $addresses }
cli-person-balance = Balance: { $balance } (given { $given }, received { $received }, in { $exchanges })
cli-person-style = Style: { $style }. { $reason }
cli-section-organisations = Organisations
cli-section-introductions = Introductions
cli-section-signals = Signals
cli-section-reminders = Reminders
cli-person-affiliation = { $organisation }{ $role } ({ $power }), { $from } to { $to }
cli-introduction = { $kind } { $direction ->
    [gave] given to
   *[received] received from
} { $person }, with { $third }
cli-nothing-came-of-it = nothing came of it yet
cli-came-of-it = then: { $date }  { $kind } from { $person } ({ $amount })
cli-nothing-due = Nothing is due.
cli-section-due = Due
cli-section-coming-up = Coming up in the next { $days ->
    [one] day
   *[other] { $days } days
}
cli-section-snoozed = Snoozed
cli-reminder-done = Done: { $title }.
cli-reminder-dismissed = Dismissed: { $title }.
cli-reminder-snoozed-until = Snoozed until { $until }: { $title }.
cli-reminder-snoozed = Snoozed: { $title }.
cli-nothing-found = Nothing found for "{ $query }".
cli-no-signals = No signals: your relationships look in balance.
cli-you = You
cli-wrote = Wrote { $file }
cli-contacts-imported = Added { $people } { $people ->
    [one] person
   *[other] people
} and { $organisations } { $organisations ->
    [one] organisation
   *[other] organisations
}; { $skipped } { $skipped ->
    [one] was
   *[other] were
} already there.
cli-import-undone = Took back the last import: removed { $people } { $people ->
    [one] person
   *[other] people
} and { $organisations } { $organisations ->
    [one] organisation
   *[other] organisations
}.
cli-import-kept = { $count ->
    [one] 1 person was kept, changed or used since:
   *[other] { $count } people were kept, changed or used since:
}
cli-preview-people = { $count ->
    [one] 1 person would be added:
   *[other] { $count } people would be added:
}
cli-preview-already-there = { $count ->
    [one] 1 is already there:
   *[other] { $count } are already there:
}
cli-preview-organisations = { $count ->
    [one] 1 organisation would be made:
   *[other] { $count } organisations would be made:
}
cli-preview-nothing-changed = Nothing was changed: this was a preview.
cli-sync-written = Changes written to the synced folder: { $count }
cli-sync-applied = Changes from other computers applied: { $count }
cli-sync-merged = Records changed on two computers at once, merged field by field: { $count }
cli-sync-skipped = Changes this ledger's rules refused: { $count }
cli-sync-waiting = Waiting: { $file }: { $reason }
cli-sync-waiting-turn = Waiting for an earlier file first: { $file }
cli-sync-off = This ledger does not sync. Start with `balans sync setup FOLDER`.
cli-sync-through = Syncs through { $folder } as computer { $device }, since { $since }.
cli-sync-unwritten = Changes not yet written to the folder: { $count }
cli-sync-no-others = No other computer's changes have arrived yet.
cli-sync-left = This computer no longer syncs through { $folder }. The ledger is unchanged; the other computers keep what it wrote.
cli-rows-kept = { $count } kept
cli-rows-removed = { $count } removed
cli-manual-written = Wrote { $count } manual { $count ->
    [one] page
   *[other] pages
} in { $folder }

## Opening the window

cli-window-no-display = There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands work without one: balans --help
cli-window-not-installed = The window ({ $program }) is not installed. The commands work without it: balans --help
cli-window-not-started = { $program } could not be started: { $detail }
cli-window-unlocated = The folder balans runs from could not be found: { $detail }

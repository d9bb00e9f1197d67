# Refusals and failures: what the core says when it will not or cannot do
# something. Each key is an error's message key; the code names it in
# `phrase!("…")`.

## Kinds of text, as a refusal names them

what-name = A name
what-note = A note
what-tag = A tag
what-text = This text

## Refusals and failures (errors)

error-not-found = No { $entity ->
    [person] person
    [organisation] organisation
    [exchange] exchange
    [reminder] reminder
    [affiliation] affiliation
    [backup] backup
   *[other] { $entity }
} with id { $id } exists.
error-newer-database = This data was saved by a newer version of Balans (data version { $found }; this version reads up to { $supported }). Nothing was changed. Please install the newer Balans to open it.
error-damaged = The data file cannot be read safely: { $detail }.
error-disk-full = There is no room left on the disk to save this change; nothing was changed. Free some space and try again.
error-disk-full-file = There is no room left on the disk to save { $file }; nothing was changed. Free some space and try again.
error-busy = The data is busy: another Balans kept writing for more than { $seconds } seconds, so nothing was changed. Try again.
error-io = The data folder could not be used: { $detail }
error-database = The database reported a problem: { $detail }
error-control-characters = { $what } cannot contain control characters (found { $found }).
error-control-characters-line = { $what } cannot contain control characters such as line breaks (found { $found }).
error-reordering-characters = { $what } cannot contain characters that reorder text around them (found { $found }).
error-key-required = A key is required: one line of at most { $max } characters.
error-name-required = A name is required.
error-name-too-long = A name can be at most { $max } characters; this one has { $length }.
error-kind-name-too-long = A kind's name can be at most { $max } characters.
error-role-too-long = A role can be at most { $max } characters.
error-note-too-long = A note can be at most { $max } characters; this one has { $length }.
error-not-a-date = "{ $text }" is not a date; write it as YYYY-MM-DD.
error-year-out-of-range = The year { $year } is outside 1900 to 2200.
error-value-not-positive = A value must be a number above zero.
error-value-too-large = A value can be at most { $max } credits.
error-value-too-small = A value must be at least 0.01 credits.
error-tag-too-long = A tag is one line of at most { $max } characters.
error-too-many-tags = A person can have at most { $max } tags.
error-cadence-out-of-range = A keep-in-touch cadence is between 1 and 3650 days.
error-shortcut-not-understood = "{ $text }" is not a shortcut Balans understands: write it as Ctrl+Alt+B, with Ctrl, Alt, Shift or Super and one key.
error-channel-too-long = An address can be at most { $max } characters.
error-not-an-email = "{ $text }" is not an e-mail address; write it as name@example.com.
error-not-a-phone = "{ $text }" is not a phone number: 3 to 20 digits, with spaces, dashes or brackets between them and a + only in front.
error-not-a-web-address = "{ $text }" is not a web address Balans opens: write it as example.com or https://example.com.
error-too-many-channels = A person can have at most { $max } addresses of one kind.
error-not-an-id = "{ $text }" is not an id Balans makes (a lowercase UUID such as 0190c3e2-7b5a-7cc0-9d1e-1a2b3c4d5e6f).
error-not-a-moment = "{ $text }" is not a moment; write it as YYYY-MM-DDTHH:MM:SSZ.
error-moment-out-of-range = That moment is out of range.
error-snooze-in-past = A snooze must last until a day after today.
error-date-out-of-range = That date is out of range.
error-kind-exists = The kind "{ $kind }" exists already.
error-unknown-kind = "{ $kind }" is not a known kind.
error-page-size = A page holds 1 to { $max } rows.
error-search-too-long = A search can be at most { $max } characters; this one has { $length }.
error-third-person-is-person = The third person must be someone other than the person of the exchange.
error-exchange-in-trash = Restore this exchange from the trash before editing it.
error-backup-failed = The backup in { $folder } could not be made: { $detail }
error-no-backup = There is no backup called { $name }.
error-backup-damaged = The backup { $name } is damaged ({ $detail }); nothing was changed.
error-upgrade-breaks-links = Upgrading the data to version { $version } would break { $broken } links; nothing was changed.
error-data-file-in-place = A data file is still in place; nothing was restored over it.
error-no-good-backup = There is no good backup called { $name }.
error-self-introduction = A person cannot introduce themselves.
error-person-in-trash = { $name } is in the trash.
error-merge-same-person = A person cannot be merged with themselves.
error-no-merge = There is no merge to take back.
error-merge-changed-since = { $name } was changed after the merge; taking it back would undo that change, so it is kept.
error-birthday = Write a birthday as 1984-05-17, or as --05-17 without the year.
error-quiet-start-not-a-time = The start of quiet hours must be a time such as 22:00.
error-quiet-end-not-a-time = The end of quiet hours must be a time such as 22:00.
error-quiet-hours-empty = Quiet hours must start and end at different times.
error-setting-not-positive = { $field } must be a number above zero.
error-setting-days = { $field } must be between 1 and 3650 days.
error-setting-share = { $field } must be a share above 0 and at most 1.
error-setting-range = { $field } must be between { $min } and 1000.
error-ends-before-start = The end date is before the start date.
error-overlapping-affiliation = { $name } is already at { $organisation } over that period.
error-example-loaded = The example network is already loaded.
error-not-a-backup = This is not a Balans backup: line { $line }, column { $column }: { $detail }
error-other-format = This file is a "{ $format }", not a Balans backup.
error-backup-version = This backup has format version { $version } and schema { $schema }; this Balans reads version { $readable }, schemas { $oldest } to { $latest }.
error-unknown-table = The backup has a table "{ $table }" that Balans does not know.
error-in-row = Table { $table }, row { $row }: { $detail }
error-backup-inconsistent = The backup does not hold together: { $detail }
error-settings-do-not-fit = Table setting: the settings do not fit: { $detail }
error-in-settings = Table setting: { $detail }
error-duplicate-rows = Table { $table }, rows { $first } and { $second } have the same { $key }; a backup holds each row once.
error-not-a-vcard-property = Line { $line }: "{ $text }" is not a vCard property.
error-vcard-nested = Line { $line }: a card begins inside another.
error-vcard-outside = Line { $line }: text outside a card.
error-vcard-unended = Line { $line }: this card never ends (END:VCARD is missing).
error-file = { $file }: { $detail }
error-file-exists = { $file } exists already; choose another name, or on the command line add --replace.
error-not-a-file-name = { $file } is not a file name.
error-csv = Line { $line }: { $detail }
error-not-linkedin = This is not LinkedIn's Connections.csv: no line starts with "First Name,".
error-no-name-column = Line 1: the file needs a column with the name ("name" or "naam"), or with first and last names.
error-no-import-to-undo = There is no import to take back.
error-not-a-relationship = Line { $line }: "{ $text }" is not a relationship.
error-on-line = Line { $line }: { $detail }

## What is wrong with one value of a backup's row

problem-not-text = must be text
problem-not-whole = must be a whole number
problem-missing = is missing
problem-empty-tag = a tag cannot be empty
problem-not-local-moment = "{ $text }" is not a moment; write it as YYYY-MM-DDTHH:MM:SS
problem-not-number = must be a number
problem-not-days = must be a number of days
problem-not-flag = must be 0 or 1
problem-not-one-of = "{ $text }" is not one of { $choices }
problem-not-json = is not JSON: { $detail }
problem-unknown-column = unknown column "{ $column }"
problem-in-column = column "{ $column }": { $detail }
problem-setting-incomplete = a setting needs a key and a value
problem-nested-value = column "{ $column }" holds a list or an object

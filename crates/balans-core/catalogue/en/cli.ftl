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
cli-file-not-utf8 = { $file } is not UTF-8 text; save it as UTF-8 and try again.
cli-csv-needs-folder = CSV is a folder of files; give a folder, not -.
cli-contacts-are-added = --merge, --replace and --preview are for a json backup; contacts are added.
cli-merge-or-replace = Say --merge (match rows by id, keep the rest) or --replace (replace everything).

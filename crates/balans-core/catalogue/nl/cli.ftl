# De eigen woorden van de opdrachtregel: weigeringen, labels en kopjes.
# Opdrachten, opties en JSON-velden blijven in elke taal Engels.

## Weigeringen

cli-output-failed = De uitvoer kon niet geschreven worden: { $detail }
cli-did-you-mean = { $detail } Bedoel je: { $names }?
cli-no-such-name = Geen enkele { $entity ->
    [person] persoon
   *[organisation] organisatie
} heeft de naam of het id "{ $text }".
cli-ambiguous-name = "{ $text }" past bij { $count } { $entity ->
    [person] personen
   *[organisation] organisaties
}: { $names }. Gebruik het id.
cli-no-data-folder = Dit systeem heeft geen map voor app-gegevens; geef er een met --data-dir MAP of { $variable }.
cli-not-utf8 = Het woord { $word } is geen UTF-8-tekst; schrijf het als UTF-8 (tekst uit een ouder programma kan Latin-1 zijn).
cli-not-understood = { $detail }
cli-see-help = Typ `balans --help` voor de opdrachten en hun opties.
cli-no-completions = Geen aanvullingen voor { $shell }.
cli-ahead-too-far = --ahead reikt voorbij de kalender.
cli-file-missing = { $file } bestaat niet.
cli-file-unreadable = { $file } kon niet gelezen worden: { $detail }
cli-file-not-utf8 = { $file } is geen UTF-8-tekst; bewaar het als UTF-8 en probeer het opnieuw.
cli-csv-needs-folder = CSV is een map met bestanden; geef een map, niet -.
cli-contacts-are-added = --merge, --replace en --preview zijn voor een JSON-reservekopie; contacten worden toegevoegd.
cli-merge-or-replace = Kies --merge (rijen op id samenvoegen, de rest houden) of --replace (alles vervangen).

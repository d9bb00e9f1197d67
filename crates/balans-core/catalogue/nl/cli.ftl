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
cli-csv-needs-folder = CSV is een map met bestanden; geef een map, niet -.
cli-contacts-are-added = --merge en --replace zijn voor een JSON-reservekopie; contacten worden toegevoegd.
cli-merge-or-replace = Kies --merge (rijen op id samenvoegen, de rest houden) of --replace (alles vervangen).
cli-error = fout:

## Wat clap niet begreep

cli-parse-unknown-command = onbekende opdracht '{ $word }'
cli-parse-unknown-argument = onverwacht woord '{ $word }'
cli-parse-invalid-value = ongeldige waarde '{ $value }' voor '{ $argument }'
cli-parse-invalid-value-because = ongeldige waarde '{ $value }' voor '{ $argument }': { $detail }
cli-parse-value-missing = '{ $argument }' heeft een waarde nodig, maar er is er geen gegeven
cli-parse-missing-arguments = deze verplichte woorden ontbreken:
cli-parse-extra-value = onverwachte waarde '{ $value }' voor '{ $argument }'; er werd geen waarde meer verwacht
cli-parse-conflict = '{ $argument }' kan niet samen met '{ $other }'
cli-parse-command-conflict = de opdracht '{ $command }' kan niet samen met '{ $other }'
cli-parse-used-twice = '{ $argument }' mag maar één keer voorkomen
cli-parse-similar-command = tip: { $count ->
    [one] er is een opdracht die erop lijkt
   *[other] er zijn opdrachten die erop lijken
}: { $names }
cli-parse-similar-argument = tip: { $count ->
    [one] er is een optie die erop lijkt
   *[other] er zijn opties die erop lijken
}: { $names }
cli-parse-similar-value = tip: { $count ->
    [one] er is een waarde die erop lijkt
   *[other] er zijn waarden die erop lijken
}: { $names }
cli-parse-pass-as-value = tip: wil je '{ $word }' als waarde meegeven, typ dan '-- { $word }'
cli-parse-more-help = Meer weten? Typ '--help'.

## Hulp: kopjes en de woorden die clap toevoegt

cli-heading-usage = Gebruik:
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-heading-global = Algemene opties
cli-usage-options = [OPTIES]
# Een plaatshouder in gebruiksregels en hulp (PERSON, DAYS), in het Nederlands.
cli-value-name = { $name ->
    [ADDRESS] ADRES
    [ASKED] GEVRAAGD
    [COMMAND] OPDRACHT
    [DATE] DATUM
    [DAYS] DAGEN
    [DIR] MAP
    [DIRECTION] RICHTING
    [FILE] BESTAND
    [FOLDER] MAP
    [FORMAT] FORMAAT
    [KEY] SLEUTEL
    [KIND] SOORT
    [NAME] NAAM
    [NUMBER] NUMMER
    [PERSON] PERSOON
    [POWER] MACHT
    [QUERY] ZOEKWOORDEN
    [RELATIONSHIP] RELATIE
    [ROLE] ROL
    [TAG] LABEL
    [TARGET] DOEL
    [TEXT] TEKST
   *[other] { $name }
}
cli-default = [standaard: { $value }]
cli-possible-values = [mogelijke waarden: { $values }]

## Hulp: waar elke opdracht voor is

cli-about = Houdt het geven en nemen in je zakelijke relaties in balans.
cli-about-window = De opdrachtregel werkt met dezelfde gegevens als het venster. Zonder opdracht opent `balans` het venster.
cli-about-names = { $person } en { $org } zijn een id of een exacte naam, in hoofd- of kleine letters. Datums schrijf je als JJJJ-MM-DD.
cli-about-exit-codes = Afsluitcodes: 0 gedaan, 1 geweigerd of niet gevonden, 2 niet begrepen.
cli-about-people = Iedereen, met relatie, saldo en labels; of voeg iemand toe of wijzig iemand
cli-about-people-list = Iedereen die niet in de prullenbak ligt (standaard)
cli-about-people-add = Voeg een contact toe
cli-about-people-edit = Een contact wijzigen: alleen de opties die je opgeeft
cli-about-people-duplicates = Mensen die waarschijnlijk één persoon zijn: dezelfde naam of hetzelfde e-mailadres
cli-about-people-merge = Twee vermeldingen van één persoon samenvoegen: de geschiedenis van de tweede gaat naar de eerste, de tweede naar de prullenbak
cli-about-person = Eén persoon: saldo, stijl, signalen, organisaties, introducties, herinneringen
cli-about-orgs = Organisaties, met saldo en gestrande credits; of voeg er een toe
cli-about-orgs-list = Elke organisatie die niet in de prullenbak ligt (standaard)
cli-about-orgs-add = Voeg een organisatie toe
cli-about-affiliate = Leg vast dat iemand bij een organisatie zit (of zat)
cli-about-log = Leg één uitwisseling vast: wat je gaf of kreeg
cli-about-balances = Iedereen met wie je iets uitwisselde, grootste tegoed eerst
cli-about-business = Waar je opdrachten vandaan komen, en of één bron overheerst
cli-about-signals = Eenzijdige relaties en relaties die gevaar lopen, de ernstigste eerst
cli-about-styles = Gever, matcher of nemer: eerst jij, dan iedereen (of één persoon)
cli-about-reminders = Herinneringen voor nu en binnenkort; vink er een af, stel hem uit of negeer hem
cli-about-reminders-list = Herinneringen die aan de beurt zijn, die eraan komen en die uitgesteld zijn (standaard)
cli-about-reminders-done = Afgehandeld (bij bedanken: alles wat de persoon gaf, telt als bedankt)
cli-about-reminders-dismiss = Niet gewenst: deze keer komt nooit terug
cli-about-reminders-snooze = Uit beeld tot een latere dag (standaard: een week)
cli-about-search = Mensen, organisaties en notities, op het begin van elk woord
cli-about-kinds = De soorten hulp die `log` kent, met hun standaardwaarde
cli-about-sync = Nu één synchronisatieronde: de wijzigingen van deze computer naar de gedeelde map schrijven, die van de andere verwerken
cli-about-sync-setup = Dit grootboek via een map laten synchroniseren, of aansluiten bij de computers die daar al synchroniseren
cli-about-sync-status = Of dit grootboek synchroniseert, via welke map, en van welke computers wijzigingen binnenkwamen
cli-about-sync-leave = Stoppen met synchroniseren op deze computer; het grootboek en de bestanden in de map blijven
cli-about-export = Alles eruit: een JSON-reservekopie, CSV, vCard, iCalendar, een journaal, een rapport
cli-about-import = Gegevens erin: een JSON-reservekopie, of contacten uit vCard, LinkedIn of CSV
cli-about-undo-import = De laatste contactenimport terugdraaien: wie die toevoegde, voor zover er sindsdien niets mee gedaan is
cli-about-undo-merge = De laatste samenvoeging van twee mensen terugdraaien, zolang wie bleef sindsdien niet is gewijzigd
cli-about-completions = Toon een aanvulscript voor je shell
cli-about-manual = Schrijf de handleidingpagina's (roff) in een map, voor wie pakketten maakt
cli-about-help = Toon deze hulp of die van de genoemde opdracht(en)

## Hulp: wat elk woord en elke optie betekent

cli-arg-help = Toon hulp
cli-arg-help-summary = Toon hulp (meer met '--help')
cli-arg-help-more = Toon hulp (een samenvatting met '-h')
cli-arg-version = Toon de versie
cli-arg-json = Geef JSON (ook fouten, op stderr, als { $shape })
cli-arg-data-dir = Gebruik de gegevens in { $dir } (anders ${ $variable }, anders de map van de app)
cli-arg-person = Het id of de exacte naam van de persoon
cli-arg-org = Het id of de exacte naam van de organisatie
cli-arg-signals-person = Alleen de signalen over deze persoon
cli-arg-styles-person = Alleen jij en deze persoon
cli-arg-person-name = De naam zoals jij die gebruikt (1 tot 200 tekens)
cli-arg-merge-keep = De persoon die blijft
cli-arg-merge-other = De persoon die erin opgaat en naar de prullenbak gaat
cli-arg-relationship = Hoe je hen kent
cli-arg-tag = Een label; herhaal voor meer
cli-arg-person-notes = Alles wat het onthouden waard is over hen; `search` vindt het terug
cli-arg-cadence = Houd elke { $days } dagen contact (1 tot 3650)
cli-arg-birthday = Hun verjaardag: 1984-05-17, of --05-17 zonder het jaar; "" haalt hem weg
cli-arg-email = Een e-mailadres; herhaal voor meer; "" haalt ze allemaal weg
cli-arg-phone = Een telefoonnummer; herhaal voor meer; "" haalt ze allemaal weg
cli-arg-url = Een web- of LinkedIn-adres (https:// komt ervoor als het ontbreekt); herhaal voor meer; "" haalt ze allemaal weg
cli-arg-new-name = Hun nieuwe naam
cli-arg-org-name = De naam van de organisatie
cli-arg-org-notes = Alles wat het onthouden waard is over de organisatie; `search` vindt het terug
cli-arg-power = Hoeveel ze er te zeggen hebben
cli-arg-role = Hun functie daar
cli-arg-from = Sinds wanneer (standaard: onbekend)
cli-arg-to = Tot wanneer, als ze weg zijn
cli-arg-log-person = Wie: het id of de exacte naam
cli-arg-direction = Welke kant het op ging
cli-arg-kind = advice, introduction, referral, favour, gift, … (zie `balans kinds`)
cli-arg-value = Credits, boven 0 en hoogstens 1000 (standaard: de waarde van de soort)
cli-arg-date = Wanneer (standaard: vandaag)
cli-arg-asked = Of er om de hulp gevraagd werd
cli-arg-acknowledged = De ontvanger toonde erkenning
cli-arg-third = De persoon die werd voorgesteld of doorverwezen
cli-arg-follow-up = Een dag om op te volgen
cli-arg-note = Een notitie, later te vinden met `search`
cli-arg-ahead = Hoeveel dagen vooruit "binnenkort" kijkt
cli-arg-reminder-key = De sleutel van de herinnering, zoals `balans reminders` hem toont
cli-arg-until = De dag waarop hij terugkomt
cli-arg-query = Woorden die elk ergens een woord moeten beginnen
cli-arg-limit = Hoogstens { $n } treffers (1 tot { $max })
cli-arg-export-format = Wat er geschreven wordt
cli-arg-target = Een bestand (een map voor csv); - is standaarduitvoer
cli-arg-replace-files = Vervang bestanden die al bestaan
cli-arg-report-person = Voor html: een rapport over deze persoon in plaats van het netwerk
cli-arg-csv-style = Voor csv: comma (`,` en 2.5, Excel in het Engels) of semicolon (`;` en 2,5, Excel in het Nederlands); standaard beslist de taal van de gegevens
cli-arg-import-format = Wat er in het bestand staat
cli-arg-file = Het bestand; - is standaardinvoer
cli-arg-merge = Voor json: voeg nieuwe rijen toe, werk rijen met hetzelfde id bij
cli-arg-replace-ledger = Voor json: maak de gegevens precies gelijk aan de reservekopie
cli-arg-preview = Zeg alleen wat er zou veranderen
cli-arg-shell = Je shell
cli-arg-sync-folder = Een map die je synchronisatieprogramma gelijk houdt (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud Drive, een netwerkschijf); Balans schrijft daarin alleen onder { $root }, nooit zijn database zelf
cli-arg-folder = De map voor balans.1 en een pagina per opdracht

## Overzichten: kolomkoppen

cli-column-name = NAAM
cli-column-relationship = RELATIE
cli-column-balance = SALDO
cli-column-exchanges = UITWISSELINGEN
cli-column-tags = LABELS
cli-column-id = ID
cli-column-given = GEGEVEN
cli-column-received = ONTVANGEN
cli-column-from = VAN
cli-column-credits = WAARDE
cli-column-share = AANDEEL
cli-column-kind = SOORT
cli-column-value = WAARDE
cli-column-people-now = MENSEN NU
cli-column-stranded = GESTRAND
cli-column-due = DATUM
cli-column-what = WAT
cli-column-key = SLEUTEL
cli-column-why = WAAROM
cli-column-until = TOT
cli-column-type = SOORT
cli-column-title = NAAM
cli-column-match = TREFFER
cli-column-style = STIJL
cli-column-table = TABEL
cli-column-added = NIEUW
cli-column-changed = GEWIJZIGD
cli-column-same = GELIJK
cli-column-only-here = ALLEEN IN BALANS
cli-column-computer = COMPUTER
cli-column-applied = WIJZIGINGEN VERWERKT
cli-column-last-applied = LAATST VERWERKT

## Overzichten: hoe de namen van de kern heten

cli-severity = { $severity ->
    [high] hoog
    [medium] middel
   *[low] laag
}
cli-signal-kind = { $kind ->
    [one_sided_giving] eenzijdig geven
    [one_sided_taking] eenzijdig nemen
    [over_giving] te veel gegeven
    [unasked_advice] ongevraagd advies
    [cannot_reciprocate] kan niets terugdoen
    [stranded_credits] gestrande credits
    [unacknowledged] nog niet bedankt
    [drifting] uit het oog
   *[other] { $kind }
}
cli-style-kind = { $style ->
    [giver] gever
    [matcher] matcher
    [taker] nemer
    [not_enough_data] te weinig gegevens
   *[other] { $style }
}
cli-search-entity = { $entity ->
    [person] persoon
    [organisation] organisatie
    [exchange] uitwisseling
   *[other] { $entity }
}

## Wat de opdrachten zeggen

cli-suggestion = Suggestie: { $action }
cli-warning = Waarschuwing:
cli-no-people = Nog geen mensen. Voeg iemand toe met: { $command }
cli-archived = { $name } (gearchiveerd)
cli-person-added = { $name } ({ $relationship }) toegevoegd, id { $id }.
cli-person-changed = { $name } gewijzigd, id { $id }.
cli-no-duplicates = Geen waarschijnlijke dubbelen.
cli-duplicate-name = { $name } en { $other }: dezelfde naam.
cli-duplicate-email = { $name } en { $other }: allebei { $address }.
cli-people-merged = { $other } samengevoegd met { $name }: { $exchanges ->
    [one] 1 uitwisseling
   *[other] { $exchanges } uitwisselingen
} verplaatst, { $other } ligt in de prullenbak.
cli-merge-undone = Samenvoeging van { $other } met { $name } teruggedraaid: { $exchanges ->
    [one] 1 uitwisseling
   *[other] { $exchanges } uitwisselingen
} teruggezet, { $other } is uit de prullenbak.
cli-no-organisations = Nog geen organisaties. Voeg er een toe met: { $command }
cli-organisation-added = { $name } toegevoegd, id { $id }.
cli-affiliated = { $person } zit bij { $organisation }{ $role } ({ $power }){ $period }.
cli-as-role = {" "}als { $role }
cli-period = , { $from } tot { $to }
cli-now = nu
cli-no-exchanges = Nog geen uitwisselingen. Leg er een vast met: { $command }
cli-balances-legend = Positief: je bouwde tegoed bij hen op. Negatief: je staat bij hen in het krijt.
cli-no-business = Nog geen opdrachten ontvangen. Leg er een vast met: { $command }
cli-business-total = In totaal: { $credits } { $credits ->
    [one] credit
   *[other] credits
} aan opdrachten.
cli-no-dominant-source = Geen enkele bron brengt meer dan { $percent }%.
cli-recorded = Vastgelegd: { $kind } { $direction ->
    [gave] gegeven aan
   *[received] ontvangen van
} { $name } op { $date } ({ $amount }).
cli-balance-with = Saldo met { $name }: { $balance }.
cli-relationship-archived = { $relationship }, gearchiveerd
cli-tags = Labels: { $tags }
cli-birthday = Verjaardag: { $date }
cli-emails = E-mail: { $addresses }
cli-phones = Telefoon: { $numbers }
cli-urls = Web: { $addresses }
cli-person-balance = Saldo: { $balance } (gegeven { $given }, ontvangen { $received }, in { $exchanges })
cli-person-style = Stijl: { $style }. { $reason }
cli-section-organisations = Organisaties
cli-section-introductions = Introducties
cli-section-signals = Signalen
cli-section-reminders = Herinneringen
cli-person-affiliation = { $organisation }{ $role } ({ $power }), { $from } tot { $to }
cli-introduction = { $kind } { $direction ->
    [gave] gegeven aan
   *[received] ontvangen van
} { $person }, met { $third }
cli-nothing-came-of-it = er kwam nog niets van
cli-came-of-it = daarna: { $date }  { $kind } van { $person } ({ $amount })
cli-nothing-due = Er is niets aan de beurt.
cli-section-due = Aan de beurt
cli-section-coming-up = Binnenkort (de komende { $days ->
    [one] dag
   *[other] { $days } dagen
})
cli-section-snoozed = Uitgesteld
cli-reminder-done = Gedaan: { $title }.
cli-reminder-dismissed = Genegeerd: { $title }.
cli-reminder-snoozed-until = Uitgesteld tot { $until }: { $title }.
cli-reminder-snoozed = Uitgesteld: { $title }.
cli-nothing-found = Niets gevonden voor "{ $query }".
cli-no-signals = Geen signalen: je relaties zijn in balans.
cli-you = Jij
cli-wrote = { $file } geschreven
cli-contacts-imported = { $people } { $people ->
    [one] persoon
   *[other] personen
} en { $organisations } { $organisations ->
    [one] organisatie
   *[other] organisaties
} toegevoegd; { $skipped } { $skipped ->
    [one] stond
   *[other] stonden
} er al.
cli-import-undone = De laatste import is teruggedraaid: { $people } { $people ->
    [one] persoon
   *[other] personen
} en { $organisations } { $organisations ->
    [one] organisatie
   *[other] organisaties
} verwijderd.
cli-import-kept = { $count ->
    [one] 1 persoon is gebleven, sindsdien veranderd of gebruikt:
   *[other] { $count } personen zijn gebleven, sindsdien veranderd of gebruikt:
}
cli-preview-people = { $count ->
    [one] 1 persoon zou worden toegevoegd:
   *[other] { $count } personen zouden worden toegevoegd:
}
cli-preview-already-there = { $count ->
    [one] 1 staat er al:
   *[other] { $count } staan er al:
}
cli-preview-organisations = { $count ->
    [one] 1 organisatie zou worden aangemaakt:
   *[other] { $count } organisaties zouden worden aangemaakt:
}
cli-preview-nothing-changed = Er is niets veranderd: dit was een voorproef.
cli-sync-written = Wijzigingen naar de gedeelde map geschreven: { $count }
cli-sync-applied = Wijzigingen van andere computers verwerkt: { $count }
cli-sync-merged = Gegevens die op twee computers tegelijk veranderden, per veld samengevoegd: { $count }
cli-sync-skipped = Wijzigingen die de regels van dit grootboek weigerden: { $count }
cli-sync-waiting = Wacht: { $file }: { $reason }
cli-sync-waiting-turn = Wacht eerst op een eerder bestand: { $file }
cli-sync-off = Dit grootboek synchroniseert niet. Begin met `balans sync setup MAP`.
cli-sync-through = Synchroniseert via { $folder } als computer { $device }, sinds { $since }.
cli-sync-unwritten = Wijzigingen nog niet naar de map geschreven: { $count }
cli-sync-no-others = Er zijn nog geen wijzigingen van andere computers binnengekomen.
cli-sync-left = Deze computer synchroniseert niet meer via { $folder }. Het grootboek is ongewijzigd; de andere computers houden wat hij schreef.
cli-rows-kept = { $count } behouden
cli-rows-removed = { $count } verwijderd
cli-manual-written = { $count } { $count ->
    [one] handleidingpagina
   *[other] handleidingpagina's
} geschreven in { $folder }

## Het venster openen

cli-window-no-display = Er is geen beeldscherm om het venster op te openen (DISPLAY en WAYLAND_DISPLAY zijn allebei leeg). De opdrachten werken ook zonder: balans --help
cli-window-not-installed = Het venster ({ $program }) is niet geïnstalleerd. De opdrachten werken ook zonder: balans --help
cli-window-not-started = { $program } kon niet gestart worden: { $detail }
cli-window-unlocated = De map waar balans in staat, kon niet gevonden worden: { $detail }

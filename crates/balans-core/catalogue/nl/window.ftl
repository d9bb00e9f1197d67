# De eigen woorden van het venster: menu's, knoppen, labels, koppen en de
# korte meldingen die het toont. De zinnen over het grootboek (signalen,
# herinneringen, stijlen, weigeringen) komen kant-en-klaar uit de andere
# bestanden.


## tagline

tagline = Houd het geven en nemen met de mensen met wie je werkt in balans.

## nav

nav-skip = Naar de inhoud
nav-main = Hoofdmenu
nav-dashboard = Overzicht
nav-reminders = Herinneringen
nav-remindersDue = Herinneringen, { $count } aan de beurt
nav-people = Mensen
nav-organisations = Organisaties
nav-trash = Prullenbak
nav-settings = Instellingen
nav-log = Uitwisseling vastleggen

## welcome

welcome-title = Welkom bij Balans
welcome-body = Balans houdt bij wat je geeft aan en krijgt van de mensen met wie je zaken doet, zodat je per persoon ziet of de relatie in balans is. Het waarschuwt je op tijd voor eenzijdige relaties en relaties die gevaar lopen; je gegevens blijven in één bestand op deze computer.
welcome-example = Laad een voorbeeldnetwerk
welcome-exampleHint = Zeven korte verhalen over geven en nemen, om rond te kijken. Met één klik haal je ze weer weg.
welcome-addFirst = Voeg je eerste persoon toe

## example

example-loaded = Je bekijkt het voorbeeldnetwerk.
example-remove = Voorbeeld verwijderen
example-removed = Het voorbeeldnetwerk is verwijderd.

## dashboard

dashboard-title = Overzicht
dashboard-signals = Wat aandacht vraagt
dashboard-noSignals = Er is nu geen relatie die aandacht vraagt.
dashboard-picture = Alle relaties
dashboard-pictureHint = Elke stip is een van je drukste relaties: wat jij gaf (horizontaal) tegenover wat jij kreeg (verticaal), in credits; elke stap van de schaal is tien keer de vorige. De kleuring eronder toont waar al je relaties liggen: hoe donkerder, hoe meer. Stippen onder de lijn zijn mensen bij wie je krediet hebt opgebouwd.
dashboard-pictureEmpty = Het beeld verschijnt zodra je uitwisselingen hebt vastgelegd.
dashboard-yourStyle = Jouw stijl
dashboard-business = Waar je opdrachten vandaan komen
dashboard-noBusiness = Nog geen opdrachten ontvangen.
dashboard-axisGiven = Jij gaf
dashboard-axisReceived = Jij kreeg
dashboard-dot = { $name }: gaf { $given }, kreeg { $received }
dashboard-moreSignals = { $count ->
    [one] nog { $count } signaal: toon iedereen met een signaal
   *[other] nog { $count } signalen: toon iedereen met een signaal
}
dashboard-signalKinds = Signalen per soort
dashboard-kindCount = { $label }: { $count }

## signal

signal-open = Open { $name }
signal-log = Uitwisseling vastleggen
signal-snooze = Een week uitstellen
signal-snoozed = Uitgesteld tot { $date }.

## severity

severity-high = Dringend
severity-medium = Binnenkort
severity-low = Als het uitkomt

## signalKind

signalKind-one_sided_giving = Eenzijdig geven
signalKind-one_sided_taking = Eenzijdig nemen
signalKind-over_giving = Te veel gegeven
signalKind-unasked_advice = Ongevraagd advies
signalKind-cannot_reciprocate = Kan niets terugdoen
signalKind-stranded_credits = Gestrande credits
signalKind-unacknowledged = Nog niet bedankt
signalKind-drifting = Uit het oog

## reminders

reminders-title = Herinneringen
reminders-dueTitle = Nu aan de beurt
reminders-none = Er is nu niets aan de beurt. Herinneringen komen hier zodra een opvolgdatum aanbreekt, als bedanken of iets terugdoen aan de beurt is, of als het tijd is om weer contact op te nemen.
reminders-snoozedTitle = Uitgesteld
reminders-due = { $count ->
    [one] { $count } herinnering aan de beurt
   *[other] { $count } herinneringen aan de beurt
}
reminders-dueSince = Aan de beurt sinds { $date }
reminders-backOn = Komt terug op { $date }
reminders-openPerson = Open { $name }
reminders-markDone = Gedaan
reminders-snooze = Uitstellen
reminders-snooze-day = Een dag
reminders-snooze-week = Een week
reminders-snooze-month = Een maand
reminders-snoozeUntil = Tot
reminders-dismiss = Negeren
reminders-done = Gedaan: { $title }.
reminders-thanked = Gedaan: wat { $name } je gaf, telt nu als bedankt.
reminders-snoozed = { $title }: uitgesteld tot { $date }.
reminders-dismissed = Genegeerd: { $title }.
reminders-pause = Meldingen pauzeren:
reminders-pauseHour = een uur
reminders-pauseTomorrow = tot morgen
reminders-pausedToday = Meldingen zijn gepauzeerd tot { $time }.
reminders-pausedTomorrow = Meldingen zijn gepauzeerd tot morgen { $time }.
reminders-pausedUntil = Meldingen zijn gepauzeerd tot { $date } { $time }.
reminders-resume = Hervatten
reminders-resumed = Meldingen staan weer aan.
reminders-notificationsOff = Bureaubladmeldingen staan uit; herinneringen staan hier en in het systeemvak.

## reminderKind

reminderKind-follow_up = Opvolgen
reminderKind-keep_in_touch = Contact houden
reminderKind-thanks = Bedanken
reminderKind-give_back = Iets terugdoen
reminderKind-pause = Pauze
reminderKind-birthday = Verjaardag

## close

close-title = Balans laten doorlopen?
close-body = Als je het venster sluit, kan Balans in het systeemvak blijven draaien, zodat je herinneringen je blijven bereiken. Via het pictogram in het systeemvak open je het venster weer.
close-later = Je kunt dit later wijzigen in Instellingen.
close-keepRunning = In het systeemvak laten draaien
close-quit = Afsluiten als ik het venster sluit

## style

style-giver = Gever
style-matcher = Matcher
style-taker = Nemer
style-not_enough_data = Te weinig gegevens

## people

people-title = Mensen
people-add = Persoon toevoegen
people-name = Naam
people-namePlaceholder = bijv. Sanne de Vries
people-none = Nog geen mensen.
people-noMatch = Niemand gevonden.
people-count = { $count ->
    [one] { $shown } van { $count } persoon
   *[other] { $shown } van { $count } mensen
}
people-search = Zoek in mensen, organisaties en notities
people-filters = Filters
people-filtersOn = Filters ({ $count } aan)
people-withSignal = Heeft een signaal
people-organisation = Organisatie
people-tag = Label
people-relationship = Relatie
people-status = Status
people-statusActive = Actief
people-statusArchived = Gearchiveerd
people-statusAll = Alle
people-any = Alle
people-sort = Sorteer op
people-sortName = Naam
people-sortBalance = Saldo
people-sortLast = Laatste uitwisseling

## list

list-showMore = Toon er { $count } meer

## people

people-choose = Kies een persoon om je saldo met die persoon te zien.
people-noteHit = Notitie: { $snippet }

## duplicates

duplicates-title = Waarschijnlijk dezelfde persoon
duplicates-hint = Elk paar lijkt één persoon. Samenvoegen houdt de eerste: de uitwisselingen, organisaties, tags, adressen en notities van de tweede gaan daarheen, en de tweede gaat naar de prullenbak.
duplicates-person = { $count ->
    [one] { $name } (1 uitwisseling)
   *[other] { $name } ({ $count } uitwisselingen)
}
duplicates-sameName = Dezelfde naam
duplicates-sameEmail = Allebei { $address }
duplicates-merge = Samenvoegen
duplicates-more = { $count ->
    [one] En nog 1 paar.
   *[other] En nog { $count } paren.
}
duplicates-mergeTitle = { $other } samenvoegen met { $name }
duplicates-merged = { $count ->
    [one] { $other } samengevoegd met { $name }: 1 uitwisseling verplaatst.
   *[other] { $other } samengevoegd met { $name }: { $count } uitwisselingen verplaatst.
}

## relationship

relationship-client = Klant
relationship-prospect = Prospect
relationship-supplier = Leverancier
relationship-partner = Partner
relationship-network = Netwerk
relationship-colleague = Collega
relationship-other = Anders

## person

person-balance = Saldo
person-given = Jij gaf
person-received = Jij kreeg
person-explainPositive = Je hebt krediet opgebouwd bij { $name }.
person-explainNegative = Je staat bij { $name } in het krijt.
person-explainEven = Jij en { $name } staan quitte.
person-style = Stijl
person-signals = Signalen
person-reminders = Herinneringen
person-chart = Saldo door de tijd
person-chartEmpty = De grafiek verschijnt na de eerste uitwisseling.
person-chartLabel = Saldo met { $name } door de tijd, van { $from } tot { $to }
person-timeline = Uitwisselingen
person-timelineMore = De laatste { $shown } van { $count } uitwisselingen.
person-timelineOlder = { $count ->
    [one] Toon de oudere uitwisseling
   *[other] Toon oudere uitwisselingen (nog { $count })
}
person-noExchanges = Nog niets vastgelegd met { $name }.
person-edit = Bewerken
person-archive = Archiveren
person-unarchive = Terughalen uit archief
person-archived = Gearchiveerd
person-trash = Naar prullenbak
person-trashed = { $name } is naar de prullenbak verplaatst.
person-details = Gegevens
person-notes = Notities
person-noNotes = Geen notities.
person-cadence = Contact houden elke (dagen)
person-cadenceNone = Geen vast contactritme.
person-cadenceEvery = { $count ->
    [one] Elke dag contact houden.
   *[other] Contact houden elke { $count } dagen.
}
person-metHow = Hoe jullie elkaar kennen
person-birthday = Verjaardag
person-birthdayPlaceholder = 1984-05-17
person-birthdayHint = Jaar, maand, dag; of --05-17 zonder het jaar.
person-tags = Labels
person-tagsHint = Scheid labels met komma's.
person-reach = Bereikbaar via
person-addressesHint = Scheid meerdere met komma's.
channel-email = E-mail
channel-phone = Telefoon
channel-url = Web
channel-linkedin = LinkedIn
channel-emails = E-mailadressen
channel-phones = Telefoonnummers
channel-urls = Web- en LinkedIn-adressen
person-relationship = Relatie
person-save = Opslaan
person-cancel = Annuleren
person-affiliations = Organisaties
person-noAffiliations = Bij geen organisatie die je kent.
person-affiliate = Aan een organisatie koppelen
person-role = Rol
person-power = Beslissingsmacht
person-from = Vanaf
person-to = Tot
person-end = Vandaag beëindigd
person-left = vertrokken { $date }
person-since = sinds { $date }
person-introductions = Introducties
person-noIntroductions = Er zijn geen introducties of doorverwijzingen met { $name }.
person-introduced = { $person } aan { $third }
person-cameOfIt = Wat het opleverde
person-nothingCame = Nog niets.

## power

power-decides = Beslist
power-influences = Heeft invloed
power-none = Geen zeggenschap

## exchange

exchange-title = Uitwisseling vastleggen
exchange-editTitle = Uitwisseling bewerken
exchange-person = Persoon
exchange-personPlaceholder = Typ een naam
exchange-newPerson = Nieuwe persoon: { $name }
exchange-direction = Wie gaf?
exchange-gave = Ik gaf
exchange-received = Ik kreeg
exchange-kind = Soort
exchange-value = Waarde (credits)
exchange-date = Datum
exchange-asked = Gevraagd?
exchange-askedYes = Ja
exchange-askedNo = Nee
exchange-askedUnknown = Onbekend
exchange-acknowledged = Erkend (er werd bedankt)
exchange-thirdPerson = Geïntroduceerde of doorverwezen persoon
exchange-thirdPlaceholder = Niemand: typ een naam om iemand te kiezen
exchange-followUp = Opvolgen op
exchange-note = Notitie
exchange-notePlaceholder = Wat er gebeurde, in een paar woorden
exchange-save = Vastleggen
exchange-saveEdit = Wijzigingen opslaan
exchange-cancel = Annuleren
exchange-keys = Enter slaat op, Escape annuleert.
exchange-gaveTo = Jij gaf
exchange-receivedFrom = Jij kreeg
exchange-edit = Bewerken
exchange-delete = Verwijderen
exchange-deleted = De uitwisseling is naar de prullenbak verplaatst.
toast-undo = Ongedaan maken
toast-undone = Ongedaan gemaakt.
exchange-with = met { $name }
exchange-unasked = ongevraagd
exchange-notThanked = niet erkend
exchange-followUpOn = opvolgen { $date }
exchange-choosePerson = Kies een persoon, of typ een nieuwe naam.
exchange-chooseExisting = Kies iemand uit de lijst, of maak het veld leeg.

## kind

kind-advice = Advies
kind-introduction = Introductie
kind-referral = Doorverwijzing
kind-favour = Gunst
kind-gift = Cadeau
kind-recognition = Erkenning
kind-information = Informatie
kind-business = Opdracht
kind-hospitality = Gastvrijheid

## orgs

orgs-title = Organisaties
orgs-add = Organisatie toevoegen
orgs-name = Naam
orgs-none = Nog geen organisaties.
orgs-people = { $count ->
    [one] { $count } persoon
   *[other] { $count } mensen
}

## org

org-balance = Saldo met de mensen die er nu zijn
org-stranded = Gestrande credits
org-strandedHint = Credits bij mensen die vertrokken blijven bij die mensen; ze gaan niet over op de organisatie.
org-members = Mensen
org-noMembers = Nog niemand gekoppeld. Koppel mensen vanaf hun eigen pagina.
org-current = Nu hier
org-left = Vertrokken
org-person = Persoon
org-back = Alle organisaties

## trash

trash-title = Prullenbak
trash-empty = De prullenbak is leeg.
trash-people = Mensen
trash-exchanges = Uitwisselingen
trash-restore = Terugzetten
trash-emptyAll = Prullenbak legen
trash-confirm = Alles in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.
trash-emptied = De prullenbak is geleegd.
trash-restored = Teruggezet.
trash-exchangeOf = { $kind } met { $name }, { $date }

## settings

settings-title = Instellingen
settings-look = Taal en weergave
settings-language = Taal
settings-languageSystem = Zoals het systeem
settings-theme = Thema
settings-themeSystem = Zoals het systeem
settings-themeLight = Licht
settings-themeDark = Donker
settings-kinds = Soorten en hun waarde
settings-kindName = Nieuwe soort
settings-kindValue = Waarde
settings-addKind = Soort toevoegen
settings-thresholds = Signalen
settings-halfLife = Halveringstijd van oude uitwisselingen (dagen, leeg voor geen)
settings-defaultCadence = Standaard contactritme (dagen, leeg voor geen)
settings-notifications = Meldingen en herinneringen
settings-notify = Toon een bureaubladmelding als een herinnering aan de beurt is
settings-birthdays = Herinner me aan verjaardagen, op de dag zelf
settings-quietHours = Stille uren
settings-quietOn = Geen meldingen tussen deze tijden
settings-quietFrom = Van
settings-quietUntil = Tot
settings-close = Als ik het venster sluit
settings-closeAsk = Vraag het me de eerste keer
settings-closeTray = Balans in het systeemvak laten draaien
settings-closeQuit = Balans afsluiten
settings-autostart = Balans starten als ik inlog
settings-autostartHint = Balans start dan in het systeemvak, zonder venster. Wordt meteen bewaard.
settings-shortcut = Snel vastleggen vanuit elk programma
settings-shortcutHint = Een sneltoets die in elk programma werkt, ook met Balans in het systeemvak, zoals Ctrl+Alt+B. Leeg voor geen.
settings-shortcutRefused = Je systeem accepteerde deze sneltoets niet ({ $reason }). Misschien gebruikt een ander programma hem; kies een andere.
settings-autostartOn = Balans start voortaan als je inlogt.
settings-autostartOff = Balans start niet meer als je inlogt.
settings-whenReminders = Wanneer herinneringen komen
settings-cadenceByRelationship = Contactritme per relatie (dagen)
settings-cadenceByRelationshipHint = Voor mensen zonder eigen contactritme. Leeg gebruikt het standaard contactritme hierboven.
settings-save = Instellingen opslaan
settings-saved = Instellingen opgeslagen.
settings-data = Je gegevens
settings-dataFolder = Gegevensmap
settings-example = Voorbeeldnetwerk
settings-exampleLoad = Laad het voorbeeldnetwerk
settings-exampleRemove = Verwijder het voorbeeldnetwerk

## setting

setting-one_sided_streak = Eenzijdig geven: giften op rij
setting-one_sided_ratio = Eenzijdig geven: gegeven ÷ gekregen
setting-one_sided_min_given = Eenzijdig geven: vanaf gegeven credits
setting-taking_ratio = Eenzijdig nemen: gekregen ÷ gegeven
setting-taking_min_received = Eenzijdig nemen: vanaf gekregen credits
setting-over_giving_factor = Te veel gegeven: keer je gebruikelijke gift
setting-over_giving_window_days = Te veel gegeven: terugkijken (dagen)
setting-new_contact_exchanges = Een nieuw contact heeft hoogstens (uitwisselingen)
setting-unasked_share = Ongevraagd advies: deel ongevraagd (0 tot 1)
setting-unasked_min = Ongevraagd advies: vanaf ongevraagde giften
setting-cannot_reciprocate_credit = Kan niets terugdoen: vanaf credits
setting-stranded_credit = Gestrande credits: vanaf credits
setting-stranded_low_balance = Gestrande credits: beslissers onder
setting-thanks_after_days = Bedanken is aan de beurt na (dagen)
setting-give_back_after_days = Iets teruggeven is aan de beurt na (dagen)
setting-give_back_min_owed = Iets teruggeven vanaf (credits schuld)
setting-style_min_exchanges = Een stijl is te zien vanaf (uitwisselingen)

## data

data-exportJson = Back-up (JSON)
data-exportCsv = Spreadsheet (CSV-bestanden)
data-import = Een back-up (JSON)
data-exported = Opgeslagen in { $path }.
data-previewOf = Importeren van { $path } zou dit veranderen:
data-table = Tabel
data-added = Nieuw
data-changed = Gewijzigd
data-same = Gelijk
data-onlyHere = Alleen hier
data-importHint = Samenvoegen voegt nieuwe rijen toe, werkt gewijzigde bij en houdt wat alleen hier staat. Vervangen maakt je gegevens precies gelijk aan de back-up. Hoe dan ook wordt eerst een kopie van je gegevens gemaakt.
data-merge = Samenvoegen
data-replace = Alles vervangen
data-imported = De back-up is geïmporteerd.
data-importProgress = { $done } van { $of } rijen geïmporteerd…
data-backups = Back-ups
data-backupsHint = Balans kopieert je gegevens elke dag dat het start, vóór elke import, upgrade en herstel, en bewaart de 10 nieuwste kopieën, één per dag voor een week en één per week voor een maand daarvoor.
data-noBackups = Nog geen back-ups.
data-backupNow = Nu een back-up maken
data-backedUp = Er is een back-up gemaakt.
data-restore = Herstellen
data-restoreConfirm = Je gegevens vervangen door deze back-up? Eerst wordt een kopie gemaakt van je gegevens zoals ze nu zijn, zodat je terug kunt.
data-restored = De back-up is hersteld.


## sync

sync-title = Synchroniseren met je andere computers
sync-hint = Houd dit grootboek gelijk met je andere computers via een map die je synchronisatieprogramma al gelijk houdt (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud Drive of een netwerkschijf). Balans schrijft daar alleen zijn eigen wijzigingsbestanden, nooit zijn database. Kies op elke computer dezelfde map.
sync-choose = Kies de gedeelde map…
sync-folder = Gedeelde map
sync-thisComputer = Deze computer
sync-unwritten = { $count ->
    [one] Eén wijziging wacht om naar de map geschreven te worden.
   *[other] { $count } wijzigingen wachten om naar de map geschreven te worden.
}
sync-noOthers = Er zijn nog geen wijzigingen van andere computers binnengekomen.
sync-computer = Computer
sync-applied = Wijzigingen verwerkt
sync-lastApplied = Laatst verwerkt
sync-now = Nu synchroniseren
sync-leave = Stoppen met synchroniseren op deze computer
sync-left = Deze computer synchroniseert niet meer. Je gegevens zijn ongewijzigd.
sync-round = Naar de map geschreven: { $written }. Van andere computers verwerkt: { $applied }.
## reason

reason-daily = dagelijks
reason-manual = door jou gemaakt
reason-migration = vóór een upgrade
reason-import = vóór een import
reason-before-restore = vóór een herstel

## data

data-export = Exporteren
data-importTitle = Importeren
data-exportVcard = Contacten (vCard)
data-exportIcs = Opvolgingen (iCalendar)
data-exportJournal = Journaal (hledger)
data-exportHtml = Afdrukbaar rapport (HTML)
data-calendarKeep = Een agendabestand bijhouden…
data-calendarHint = Opvolgingen en contactmomenten, na elke wijziging opnieuw geschreven, om je agenda-app op te laten abonneren.
data-calendarAt = Agendabestand dat wordt bijgehouden: { $path }
data-calendarStop = Niet meer bijhouden
data-calendarKept = Het agendabestand staat in { $path } en wordt bijgehouden.
data-calendarStopped = Het agendabestand wordt niet meer bijgehouden; het laatst geschreven bestand blijft staan.
data-importVcard = Contacten uit vCard
data-importLinkedin = LinkedIn-connecties
data-importCsv = Contacten uit CSV
data-contactsImported = { $added } mensen en { $organisations } organisaties toegevoegd; { $skipped } stonden er al.
data-contactsPreviewOf = Als je { $path } importeert, gebeurt dit:
data-wouldAdd = { $count ->
    [one] 1 persoon zou worden toegevoegd
   *[other] { $count } personen zouden worden toegevoegd
}
data-alreadyThere = { $count ->
    [one] 1 staat er al
   *[other] { $count } staan er al
}
data-wouldMake = { $count ->
    [one] 1 organisatie zou worden aangemaakt
   *[other] { $count } organisaties zouden worden aangemaakt
}
data-andMore = { $count ->
    [one] en nog 1
   *[other] en nog { $count }
}
data-importContacts = Importeren
data-lastImport = Laatste contactenimport: { $people } personen en { $organisations } organisaties, { $when }.
data-undoImport = Laatste import terugdraaien
data-importUndone = De laatste import is teruggedraaid. Personen verwijderd: { $people }; organisaties verwijderd: { $organisations }; personen gebleven omdat ze sindsdien veranderd of gebruikt zijn: { $kept }.

## person

person-report = Rapport

## problem

problem-title = Balans kan je gegevens niet openen
problem-folder = Gegevensmap: { $dir }

## recovery

recovery-movedAside = Het beschadigde bestand is ongewijzigd opzijgezet, in { $folder }.
recovery-backupOffered = De nieuwste goede reservekopie is gemaakt op { $date }.
recovery-noBackup = Er is geen goede reservekopie om terug te zetten.
recovery-restore = Deze reservekopie terugzetten
recovery-startEmpty = Beginnen met lege gegevens

## error

error-generic = Er ging iets mis: { $message }
error-numberNeeded = Vul een getal in, zoals { $example }.

## footer

footer-data = Je gegevens: { $dir }

## common

common-close = Sluiten

## Het opdrachtenpalet

palette-title = Alles vinden
palette-placeholder = Een persoon, een organisatie, een notitie of een opdracht
palette-nothing = Niets gevonden.
palette-person = Persoon
palette-organisation = Organisatie
palette-exchange = Notitie
palette-command = Opdracht
palette-log = Uitwisseling vastleggen
palette-addPerson = Persoon toevoegen
palette-goTo = Naar { $screen }
palette-exportBackup = Reservekopie exporteren
palette-exportCsv = CSV-bestanden exporteren
palette-backupNow = Nu een reservekopie maken

## De lijst met sneltoetsen

keys-title = Sneltoetsen
keys-log = Een uitwisseling vastleggen
keys-logAnywhere = Een uitwisseling vastleggen vanuit elk programma, ook met Balans in het systeemvak
keys-find = Een persoon, organisatie, notitie of opdracht vinden
keys-undo = Verplaatsen naar de prullenbak of een afgehandelde herinnering ongedaan maken, zolang de melding er staat
keys-list = Deze lijst
keys-close = Een venster of deze lijst sluiten
keys-done = Sluiten

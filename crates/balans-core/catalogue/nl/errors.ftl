# Weigeringen en fouten: wat de kern zegt als hij iets niet wil of kan doen.
# Elke sleutel is de berichtsleutel van een fout; de code noemt hem in
# `phrase!("…")`.

## Soorten tekst, zoals een weigering ze noemt

what-name = Een naam
what-note = Een notitie
what-tag = Een label
what-text = Deze tekst

## Weigeringen en fouten

error-not-found = Er bestaat geen { $entity ->
    [person] persoon
    [organisation] organisatie
    [exchange] uitwisseling
    [reminder] herinnering
    [affiliation] functie
    [backup] reservekopie
   *[other] { $entity }
} met id { $id }.
error-newer-database = Deze gegevens zijn bewaard door een nieuwere versie van Balans (gegevensversie { $found }; deze versie leest tot en met { $supported }). Er is niets veranderd. Installeer de nieuwere Balans om ze te openen.
error-damaged = Het gegevensbestand kan niet veilig gelezen worden: { $detail }.
error-disk-full = Er is geen ruimte meer op de schijf om deze wijziging op te slaan; er is niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.
error-disk-full-file = Er is geen ruimte meer op de schijf om { $file } op te slaan; er is niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.
error-busy = De gegevens zijn bezet: een andere Balans bleef langer dan { $seconds } seconden schrijven, dus er is niets veranderd. Probeer het opnieuw.
error-io = De gegevensmap kon niet gebruikt worden: { $detail }
error-database = De database meldde een probleem: { $detail }
error-control-characters = { $what } kan geen stuurtekens bevatten (gevonden: { $found }).
error-control-characters-line = { $what } kan geen regeleinden of andere stuurtekens bevatten (gevonden: { $found }).
error-reordering-characters = { $what } kan geen tekens bevatten die de tekst eromheen van volgorde veranderen (gevonden: { $found }).
error-key-required = Een sleutel is verplicht: één regel van hoogstens { $max } tekens.
error-name-required = Een naam is verplicht.
error-name-too-long = Een naam is hoogstens { $max } tekens; deze heeft er { $length }.
error-kind-name-too-long = De naam van een soort is hoogstens { $max } tekens.
error-role-too-long = Een functie is hoogstens { $max } tekens.
error-note-too-long = Een notitie is hoogstens { $max } tekens; deze heeft er { $length }.
error-not-a-date = "{ $text }" is geen datum; schrijf hem als JJJJ-MM-DD.
error-year-out-of-range = Het jaar { $year } ligt buiten 1900 tot 2200.
error-value-not-positive = Een waarde moet een getal boven nul zijn.
error-value-too-large = Een waarde is hoogstens { $max } credits.
error-value-too-small = Een waarde is minstens 0,01 credits.
error-tag-too-long = Een label is één regel van hoogstens { $max } tekens.
error-too-many-tags = Een persoon kan hoogstens { $max } labels hebben.
error-cadence-out-of-range = Een contactritme ligt tussen 1 en 3650 dagen.
error-shortcut-not-understood = "{ $text }" is geen sneltoets die Balans begrijpt: schrijf hem als Ctrl+Alt+B, met Ctrl, Alt, Shift of Super en één toets.
error-channel-too-long = Een adres is hoogstens { $max } tekens.
error-not-an-email = "{ $text }" is geen e-mailadres; schrijf het als naam@voorbeeld.nl.
error-not-a-phone = "{ $text }" is geen telefoonnummer: 3 tot 20 cijfers, met spaties, streepjes of haakjes ertussen en alleen vooraan een +.
error-not-a-web-address = "{ $text }" is geen webadres dat Balans opent: schrijf het als voorbeeld.nl of https://voorbeeld.nl.
error-too-many-channels = Een persoon kan hoogstens { $max } adressen van één soort hebben.
error-not-an-id = "{ $text }" is geen id zoals Balans die maakt (een UUID in kleine letters, zoals 0190c3e2-7b5a-7cc0-9d1e-1a2b3c4d5e6f).
error-not-a-moment = "{ $text }" is geen tijdstip; schrijf het als JJJJ-MM-DDTUU:MM:SSZ.
error-moment-out-of-range = Dat tijdstip ligt buiten het bereik.
error-snooze-in-past = Uitstellen kan alleen tot een dag na vandaag.
error-date-out-of-range = Die datum ligt buiten het bereik.
error-kind-exists = De soort "{ $kind }" bestaat al.
error-unknown-kind = "{ $kind }" is geen bekende soort.
error-page-size = Een pagina bevat 1 tot { $max } rijen.
error-search-too-long = Een zoekopdracht is hoogstens { $max } tekens; deze heeft er { $length }.
error-third-person-is-person = De derde persoon moet iemand anders zijn dan de persoon van de uitwisseling.
error-exchange-in-trash = Haal deze uitwisseling eerst uit de prullenbak voordat je hem wijzigt.
error-backup-failed = De reservekopie in { $folder } kon niet gemaakt worden: { $detail }
error-no-backup = Er is geen reservekopie met de naam { $name }.
error-backup-damaged = De reservekopie { $name } is beschadigd ({ $detail }); er is niets veranderd.
error-upgrade-breaks-links = Het bijwerken van de gegevens naar versie { $version } zou { $broken } verwijzingen breken; er is niets veranderd.
error-data-file-in-place = Er staat nog een gegevensbestand; er is niets overheen teruggezet.
error-no-good-backup = Er is geen goede reservekopie met de naam { $name }.
error-self-introduction = Iemand kan zichzelf niet voorstellen.
error-person-in-trash = { $name } ligt in de prullenbak.
error-merge-same-person = Iemand kan niet met zichzelf worden samengevoegd.
error-no-merge = Er is geen samenvoeging om terug te draaien.
error-merge-changed-since = { $name } is na het samenvoegen gewijzigd; terugdraaien zou die wijziging ongedaan maken, dus het blijft zo.
error-birthday = Schrijf een verjaardag als 1984-05-17, of als --05-17 zonder het jaar.
error-quiet-start-not-a-time = Het begin van de stille uren moet een tijd zijn, zoals 22:00.
error-quiet-end-not-a-time = Het einde van de stille uren moet een tijd zijn, zoals 22:00.
error-quiet-hours-empty = Stille uren moeten op verschillende tijden beginnen en eindigen.
error-setting-not-positive = { $field } moet een getal boven nul zijn.
error-setting-days = { $field } moet tussen 1 en 3650 dagen liggen.
error-setting-share = { $field } moet een aandeel boven 0 en hoogstens 1 zijn.
error-setting-range = { $field } moet tussen { $min } en 1000 liggen.
error-ends-before-start = De einddatum ligt voor de begindatum.
error-overlapping-affiliation = { $name } zit in die periode al bij { $organisation }.
error-example-loaded = Het voorbeeldnetwerk is al geladen.
error-not-a-backup = Dit is geen reservekopie van Balans: regel { $line }, kolom { $column }: { $detail }
error-other-format = Dit bestand is een "{ $format }", geen reservekopie van Balans.
error-backup-version = Deze reservekopie heeft formaatversie { $version } en schema { $schema }; deze Balans leest versie { $readable }, schema's { $oldest } tot en met { $latest }.
error-unknown-table = De reservekopie heeft een tabel "{ $table }" die Balans niet kent.
error-in-row = Tabel { $table }, rij { $row }: { $detail }
error-backup-inconsistent = De reservekopie klopt niet met zichzelf: { $detail }
error-settings-do-not-fit = Tabel setting: de instellingen passen niet: { $detail }
error-in-settings = Tabel setting: { $detail }
error-duplicate-rows = Tabel { $table }, rijen { $first } en { $second } hebben dezelfde { $key }; een reservekopie bevat elke rij één keer.
error-not-a-vcard-property = Regel { $line }: "{ $text }" is geen vCard-eigenschap.
error-vcard-nested = Regel { $line }: een kaart begint binnen een andere.
error-vcard-outside = Regel { $line }: tekst buiten een kaart.
error-vcard-unended = Regel { $line }: deze kaart eindigt nooit (END:VCARD ontbreekt).
error-file = { $file }: { $detail }
error-file-exists = { $file } bestaat al; kies een andere naam, of voeg op de opdrachtregel --replace toe.
error-not-a-file-name = { $file } is geen bestandsnaam.
error-csv = Regel { $line }: { $detail }
error-not-linkedin = Dit is niet de Connections.csv van LinkedIn: geen regel begint met "First Name,".
error-no-name-column = Regel 1: het bestand heeft een kolom met de naam nodig ("naam" of "name"), of met voor- en achternaam.
error-no-import-to-undo = Er is geen import om terug te draaien.
error-not-a-relationship = Regel { $line }: "{ $text }" is geen relatie.
error-on-line = Regel { $line }: { $detail }

## Wat er mis is met één waarde in een rij van een reservekopie

problem-not-text = moet tekst zijn
problem-not-whole = moet een geheel getal zijn
problem-missing = ontbreekt
problem-empty-tag = een label kan niet leeg zijn
problem-not-local-moment = "{ $text }" is geen tijdstip; schrijf het als JJJJ-MM-DDTUU:MM:SS
problem-not-number = moet een getal zijn
problem-not-days = moet een aantal dagen zijn
problem-not-flag = moet 0 of 1 zijn
problem-not-one-of = "{ $text }" is niet een van { $choices }
problem-not-json = is geen JSON: { $detail }
problem-unknown-column = onbekende kolom "{ $column }"
problem-in-column = kolom "{ $column }": { $detail }
problem-setting-incomplete = een instelling heeft een sleutel en een waarde nodig
problem-nested-value = kolom "{ $column }" bevat een lijst of een object

# De woorden van de desktopapp: het menu en de telling in het systeemvak, en
# wat het venster zegt over de gegevensmap, gekozen bestanden en het
# opstartitem.

## Het systeemvak

tray-open = Balans openen
tray-quick-log = Uitwisseling vastleggen…
tray-all-reminders = Alle herinneringen…
tray-pause = Meldingen pauzeren
tray-pause-hour = Een uur
tray-pause-tomorrow = Tot morgen
tray-resume = Meldingen hervatten (gepauzeerd tot { $until })
tray-quit = Balans afsluiten
tray-due = { $count ->
    [0] Geen herinneringen
    [one] 1 herinnering
   *[other] { $count } herinneringen
}
tray-tomorrow-at = morgen { $time }
tray-date-at = { $date } { $time }

## De gegevensmap en de bestanden eromheen

desktop-folder-not-created = De gegevensmap kon niet gemaakt worden: { $detail }
desktop-folder-not-locked = De gegevensmap kon niet vergrendeld worden: { $detail }
desktop-already-open = Balans is al open met deze gegevens in een ander venster. Sluit dit venster en gebruik het andere; twee vensters op dezelfde gegevens kunnen elkaars werk overschrijven.
desktop-restart = Door een eerdere fout zijn de gegevens nog in gebruik; start Balans opnieuw.
desktop-nothing-to-recover = Er zijn geen beschadigde gegevens om te herstellen.
desktop-not-moved-aside = { $problem } Het bestand kon niet opzij gezet worden ({ $detail }); het is gelaten zoals het was.
desktop-folder-not-empty = { $folder } bevat al { $file }; kies een lege map.
desktop-choose-again = Kies het reservekopiebestand opnieuw; er is niets geïmporteerd.
desktop-login-item-unreadable = Het opstartitem kon niet gelezen worden: { $detail }
desktop-login-item-unchanged = Het opstartitem kon niet veranderd worden: { $detail }

## De knoppen van een herinnering in een melding, waar het platform ze toont

notification-done = Gedaan
notification-snooze-week = Een week uitstellen

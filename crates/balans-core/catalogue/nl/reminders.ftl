# Wat een herinnering zegt: de titel (wat te doen, in een paar woorden) en de
# toelichting (de data en cijfers erachter); en de woorden van een melding
# die er meerdere bundelt.

## Opvolgen bij een uitwisseling

reminder-follow-up = Volg op bij { $name }
reminder-follow-up-gave = Wat je { $name } op { $date } gaf.
reminder-follow-up-gave-noted = Wat je { $name } op { $date } gaf: { $note }
reminder-follow-up-received = Wat { $name } je op { $date } gaf.
reminder-follow-up-received-noted = Wat { $name } je op { $date } gaf: { $note }

## Contact houden

reminder-keep-in-touch = Neem contact op met { $name }
reminder-keep-in-touch-since = Je laatste uitwisseling met { $name } was op { $last }; je wilde { $cadence ->
    [1] elke dag
   *[other] elke { $cadence } dagen
} contact houden.
reminder-keep-in-touch-never = Je wilde { $cadence ->
    [1] elke dag
   *[other] elke { $cadence } dagen
} contact houden met { $name }.

## Nog niet bedankt

reminder-thanks = Bedank { $name }
reminder-thanks-detail = { $count ->
    [one] Wat { $name } je op { $since } gaf, is nooit erkend.
   *[other] { $count } dingen die { $name } je sinds { $since } gaf, zijn nooit erkend.
}

## Iets teruggeven

reminder-give-back = Geef { $name } iets terug
reminder-give-back-since = Je staat { $owed } in het krijt bij { $name } en gaf niets meer sinds { $since }.
reminder-give-back-never = Je staat { $owed } in het krijt bij { $name } en gaf nog nooit iets sinds jullie kennismaking op { $since }.

## Eenzijdig geven pauzeren

reminder-pause = Stop even met geven aan { $name }

## Verjaardagen

reminder-birthday = Feliciteer { $name }
reminder-birthday-age-today = { $name } wordt vandaag { $age }.
reminder-birthday-today = { $name } is vandaag jarig.
reminder-birthday-age = { $name } werd { $age } op { $date }.
reminder-birthday-day = { $name } was jarig op { $date }.

## Een melding voor meerdere herinneringen tegelijk

reminders-grouped = { $count } herinneringen staan klaar
reminders-and-more = en nog { $more }

# Wat een signaal zegt: wat er gevonden is, met de cijfers erachter, en wat
# je eraan kunt doen.

## Geven zonder dat er iets terugkomt

signal-one-sided-giving-since = Je gaf { $name } { $streak } keer op rij sinds je op { $last } voor het laatst iets ontving; in totaal gaf je { $given } en ontving je er { $received }.
signal-one-sided-giving-never = Je gaf { $name } { $times } ({ $given }) en kreeg nooit iets terug.
signal-one-sided-giving-ratio = Je gaf { $name } { $given } en ontving er { $received }: { $ratio } keer zoveel.
signal-one-sided-giving-do = Stop even met geven aan { $name }, en vraag eens om iets kleins terug.

## Nemen zonder terug te geven

signal-one-sided-taking = { $name } gaf jou { $took } iets ({ $received }); { $gave_count ->
    [0] jij gaf niets terug
   *[other] jij gaf { $gave } iets terug ({ $given })
}.
signal-one-sided-taking-do = Geef { $name } iets terug, of bedank in elk geval.

## Een gift buiten verhouding

signal-over-giving = Op { $day } gaf je { $name } iets ter waarde van { $worth }: { $ratio } keer je gebruikelijke gift aan anderen van { $usual }.
signal-over-giving-new-contact = Op { $day } gaf je { $name } iets ter waarde van { $worth }, aan een nieuw contact: { $ratio } keer je gebruikelijke gift aan anderen van { $usual }.
signal-over-giving-do = Zo'n grote gift kan { $name } in verlegenheid brengen; laat de ander op eigen wijze iets terugdoen, en verhoog de inzet niet verder.

## Advies waar niemand om vroeg

signal-unasked-advice = { $unasked } van de { $count } dingen die je { $name } gaf waren niet gevraagd ({ $asked } wel).
signal-unasked-advice-do = Vraag { $name } of je hulp welkom is voordat je meer geeft; ongevraagd advies kan overkomen als kritiek of als verkooppraatje.

## Credits bij iemand die ze niet kan teruggeven

signal-cannot-reciprocate = Je hebt { $balance } bij { $name }, die bij { $places } niet beslist en geen invloed heeft.
signal-cannot-reciprocate-do = Help { $name } gerust verder, maar investeer ook in de mensen die bij { $organisations } beslissen.
signal-place-role = { $organisation } ({ $role })

## Credits die achterblijven als iemand vertrekt

signal-stranded-credits = { $name } vertrok op { $left } bij { $organisation }; je { $balance } bij { $name } blijven bij { $name } en gaan niet over op { $organisation }. { $who_decides }
signal-stranded-deciders = Wie daar nu beslist: { $deciders }.
signal-stranded-no-deciders = Niemand die je kent beslist daar nu.
signal-stranded-decider = { $name } (saldo { $balance })
signal-stranded-credits-do = Credits gaan niet over: bouw vóór je volgende contact met { $organisation } zelf een relatie op met { $decider }.
signal-stranded-credits-find = Credits gaan niet over: zoek uit wie er bij { $organisation } nu beslist, en bouw die relatie op.

## Giften die nooit erkend zijn

signal-unacknowledged = Je ontving sinds { $since } ({ $waited ->
    [one] 1 dag
   *[other] { $waited } dagen
} geleden) { $count } keer iets van { $name } waar je nooit erkenning voor gaf.
signal-unacknowledged-do = Bedank { $name }: gezien worden is op zichzelf al iets waard.

## Een relatie die stil wordt

signal-drifting = Al { $silent ->
    [one] 1 dag
   *[other] { $silent } dagen
} niets uitgewisseld met { $name } (laatst op { $last }); je wilde { $cadence ->
    [1] elke dag
   *[other] elke { $cadence } dagen
} contact houden.
signal-drifting-do = Neem contact op met { $name }.

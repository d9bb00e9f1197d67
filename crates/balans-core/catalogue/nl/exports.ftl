# De woorden in wat Balans wegschrijft: het afdrukbare rapport, en de
# waarschuwing bij de opdrachten.

## Het rapport

report-title = Balans-rapport
report-balance = Saldo
report-you-gave = Jij gaf
report-you-received = Jij kreeg
report-style = Stijl
report-signals = Signalen
report-exchanges = Uitwisselingen
report-date = Datum
report-direction = Richting
report-kind = Soort
report-value = Waarde
report-note = Notitie

## Opdrachten

business-dependence = { $percent }% van je opdrachten komt van { $name }: je bent afhankelijk van één bron. Besteed ook tijd aan andere klanten en prospects.

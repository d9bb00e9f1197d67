# De woorden in wat Balans wegschrijft: het afdrukbare rapport en de
# afspraken in de agenda.

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

## De agenda

calendar-keep-in-touch = Houd contact met { $name }
calendar-keep-in-touch-detail = { $cadence ->
    [1] Elke dag
   *[other] Elke { $cadence } dagen
}; laatste uitwisseling op { $last }.
calendar-follow-up = Volg op bij { $name } ({ $kind })

# The words in what Balans writes out: the printable report and the
# calendar's events.

## The report

report-title = Balans report
report-balance = Balance
report-you-gave = You gave
report-you-received = You received
report-style = Style
report-signals = Signals
report-exchanges = Exchanges
report-date = Date
report-direction = Direction
report-kind = Kind
report-value = Value
report-note = Note

## The calendar
## $kind is the exchange's kind; $last a date.

calendar-keep-in-touch = Keep in touch with { $name }
calendar-keep-in-touch-detail = Every { $cadence ->
    [1] day
   *[other] { $cadence } days
}; last exchange on { $last }.
calendar-follow-up = Follow up with { $name } ({ $kind })

# The words in what Balans writes out: the printable report, and the warning
# on the business page.

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

## Business

business-dependence = { $percent }% of your business comes from { $name }: you depend on one source. Give time to other clients and prospects too.

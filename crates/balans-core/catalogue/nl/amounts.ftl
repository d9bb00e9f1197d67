# Hoeveelheden zoals de andere zinnen ze noemen: credits met hun eenheid, een
# aantal keren, een aantal uitwisselingen.

credits-amount = { $credits } { $credits ->
    [one] credit
   *[other] credits
}
times = { $count } keer
exchanges-count = { $count } { $count ->
    [one] uitwisseling
   *[other] uitwisselingen
}

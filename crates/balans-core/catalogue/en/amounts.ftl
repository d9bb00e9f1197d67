# Amounts as the other sentences name them: credits with their unit, a
# count of times, a count of exchanges. They fill other messages as phrases
# (`amount = phrase!("credits-amount", credits = 2.5)`).

credits-amount = { $credits } { $credits ->
    [one] credit
   *[other] credits
}
times = { $count ->
    [1] once
   *[other] { $count } times
}
exchanges-count = { $count } { $count ->
    [one] exchange
   *[other] exchanges
}

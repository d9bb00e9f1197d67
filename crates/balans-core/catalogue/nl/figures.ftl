# Wat de cijfers in woorden zeggen: waarom een geefstijl zo gelezen is, met
# de cijfers erachter, en de waarschuwing als één bron het meeste werk brengt.

## Geefstijlen

style-not-enough-data = { $count ->
    [0] Nog geen uitwisselingen; een stijl is te zien vanaf { $needed }.
   *[other] Pas { $so_far }; een stijl is te zien vanaf { $needed }.
}
style-initiative = ; { $first } van de { $gifts } giften kwamen eerst, niet als antwoord
style-reason-you = Je gaf { $gave } ({ $gave_credits }) en ontving { $got } ({ $got_credits }){ $initiative }: je bent { $style ->
    [giver] een gever
    [matcher] een matcher
   *[taker] een nemer
}.
style-reason-contact = { $name } gaf { $gave } ({ $gave_credits }) en ontving { $got } ({ $got_credits }){ $initiative }: { $name } is { $style ->
    [giver] een gever
    [matcher] een matcher
   *[taker] een nemer
}.

## Opdrachten

business-dependence = { $percent }% van je opdrachten komt van { $name }: je bent afhankelijk van één bron. Besteed ook tijd aan andere klanten en prospects.

# What a signal says: what was found, with the numbers behind it, and what
# to do about it. $name is the person's name; $given, $received, $worth,
# $usual and $balance are credits-amount phrases unless the text says
# otherwise.

## Giving without anything coming back

signal-one-sided-giving-since = You gave { $name } { $streak ->
    [1] once
   *[other] { $streak } times in a row
} since you last received something on { $last }; in all you gave { $given } and received { $received }.
signal-one-sided-giving-never = You gave { $name } { $times } ({ $given }) and never received anything back.
signal-one-sided-giving-ratio = You gave { $name } { $given } and received { $received }: { $ratio } times as much.
signal-one-sided-giving-do = Pause your giving to { $name }, and ask for something small in return.

## Taking without giving back

signal-one-sided-taking = { $name } gave you something { $took } ({ $received }); { $gave_count ->
    [0] you gave nothing back
   *[other] you gave something back { $gave } ({ $given })
}.
signal-one-sided-taking-do = Give something back to { $name }, or at least thank them.

## A gift out of proportion

signal-over-giving = On { $day } you gave { $name } something worth { $worth }: { $ratio } times your usual gift to others of { $usual }.
signal-over-giving-new-contact = On { $day } you gave { $name } something worth { $worth }, to a new contact: { $ratio } times your usual gift to others of { $usual }.
signal-over-giving-do = A gift this large can embarrass { $name }; let them return the favour in their own way, and do not raise the stakes further.

## Advice nobody asked for

signal-unasked-advice = { $unasked } of the { $count } things you gave { $name } were not asked for ({ $asked ->
    [0] none were
    [1] 1 was
   *[other] { $asked } were
}).
signal-unasked-advice-do = Ask { $name } whether your help is welcome before giving more; unasked advice can read as criticism or a sales pitch.

## Credits with someone who cannot return them
## $places lists the organisations with the person's role there.

signal-cannot-reciprocate = You have { $balance } with { $name }, who neither decides nor influences at { $places }.
signal-cannot-reciprocate-do = Keep helping { $name } if you like, but also invest in the people who decide at { $organisations }.
signal-place-role = { $organisation } ({ $role })

## Credits left behind when someone moved on

signal-stranded-credits = { $name } left { $organisation } on { $left }; your { $balance } with { $name } stay with { $name } and do not pass to { $organisation }. { $who_decides }
signal-stranded-deciders = Who decides there now: { $deciders }.
signal-stranded-no-deciders = No one you know decides there now.
signal-stranded-decider = { $name } (balance { $balance })
signal-stranded-credits-do = Credits do not transfer: before your next contact with { $organisation }, build a relationship with { $decider } yourself.
signal-stranded-credits-find = Credits do not transfer: find out who decides at { $organisation } now, and build that relationship.

## Gifts never acknowledged

signal-unacknowledged = You received { $count ->
    [one] 1 thing
   *[other] { $count } things
} from { $name } since { $since } ({ $waited ->
    [one] 1 day
   *[other] { $waited } days
} ago) that you never acknowledged.
signal-unacknowledged-do = Thank { $name }: being seen is worth something of its own.

## A relationship going quiet

signal-drifting = Nothing exchanged with { $name } for { $silent ->
    [one] 1 day
   *[other] { $silent } days
} (last on { $last }); you meant to keep in touch every { $cadence ->
    [1] day
   *[other] { $cadence } days
}.
signal-drifting-do = Get in touch with { $name }.

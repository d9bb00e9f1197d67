# What a reminder says: its title (what to do, in a few words) and its
# detail (the dates and numbers behind it); and the words of a notification
# that groups several. $name is the person's name.

## Follow-ups set on an exchange

reminder-follow-up = Follow up with { $name }
reminder-follow-up-gave = What you gave { $name } on { $date }.
reminder-follow-up-gave-noted = What you gave { $name } on { $date }: { $note }
reminder-follow-up-received = What { $name } gave you on { $date }.
reminder-follow-up-received-noted = What { $name } gave you on { $date }: { $note }

## Keeping in touch

reminder-keep-in-touch = Get in touch with { $name }
reminder-keep-in-touch-since = Your last exchange with { $name } was on { $last }; you meant to keep in touch every { $cadence ->
    [1] day
   *[other] { $cadence } days
}.
reminder-keep-in-touch-never = You meant to keep in touch with { $name } every { $cadence ->
    [1] day
   *[other] { $cadence } days
}.

## Thanks not yet given

reminder-thanks = Thank { $name }
reminder-thanks-detail = { $count ->
    [one] What { $name } gave you on { $since } was never acknowledged.
   *[other] { $count } things { $name } gave you since { $since } were never acknowledged.
}

## Giving back
## $owed is a credits-amount phrase.

reminder-give-back = Give something back to { $name }
reminder-give-back-since = You owe { $name } { $owed } and have given nothing since { $since }.
reminder-give-back-never = You owe { $name } { $owed } and have never given anything since you met on { $since }.

## Pausing one-sided giving (its detail is the signal's explanation)

reminder-pause = Pause your giving to { $name }

## Birthdays

reminder-birthday = Congratulate { $name }
reminder-birthday-age-today = { $name } turns { $age } today.
reminder-birthday-today = { $name } has a birthday today.
reminder-birthday-age = { $name } turned { $age } on { $date }.
reminder-birthday-day = { $name } had a birthday on { $date }.

## A notification for several reminders at once

reminders-grouped = { $count } reminders are due
reminders-and-more = and { $more } more

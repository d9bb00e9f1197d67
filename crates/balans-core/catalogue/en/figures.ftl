# What the figures say in words: why a giving style was read, with the
# numbers behind it, and the warning when one source brings most of the
# business.

## Giving styles
## $gave and $got are times phrases, $gave_credits and $got_credits
## credits-amount phrases, $initiative is style-initiative or empty.

style-not-enough-data = { $count ->
    [0] No exchanges yet; a style shows from { $needed } on.
   *[other] Only { $so_far } so far; a style shows from { $needed } on.
}
style-initiative = ; { $first } of { $gifts } gifts came first, not in answer
style-reason-you = You gave { $gave } ({ $gave_credits }) and received { $got } ({ $got_credits }){ $initiative }: you are { $style ->
    [giver] a giver
    [matcher] a matcher
   *[taker] a taker
}.
style-reason-contact = { $name } gave { $gave } ({ $gave_credits }) and received { $got } ({ $got_credits }){ $initiative }: { $name } is { $style ->
    [giver] a giver
    [matcher] a matcher
   *[taker] a taker
}.

## Business

business-dependence = { $percent }% of your business comes from { $name }: you depend on one source. Give time to other clients and prospects too.

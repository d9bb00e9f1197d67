-- Where your business comes from (on the dashboard) without reading every
-- exchange: business received is a small part of a large ledger.
CREATE INDEX exchange_live_business ON exchange (person_id, value)
    WHERE kind = 'business' AND direction = 'received' AND trashed_at IS NULL;

-- A person's introductions and referrals, newest first, without reading all
-- of their exchanges: the busiest contact has thousands.
CREATE INDEX exchange_live_introductions ON exchange (person_id, date)
    WHERE third_person_id IS NOT NULL AND trashed_at IS NULL;


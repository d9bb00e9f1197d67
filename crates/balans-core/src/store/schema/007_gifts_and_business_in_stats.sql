-- Two more per-person figures, so that the first screen and every look at the
-- reminders read them from one row per person instead of the exchanges: the
-- last day you gave the person something (for "give back"), and the business
-- they brought you (for where your business comes from). stats.rs fills them,
-- with the rest of each row, right after this SQL runs.
ALTER TABLE person_stats ADD COLUMN last_given_date TEXT;
ALTER TABLE person_stats ADD COLUMN business_received REAL NOT NULL DEFAULT 0;

-- Business per person was summed along this index; person_stats keeps it now.
DROP INDEX exchange_live_business;

-- When an undelivered outbox row is given up: set for a reply that must outlive Messaging:SendExpiry (a tip-off's
-- receipt code, tried until Zalo's reply window closes); NULL for the others, given up Messaging:SendExpiry after
-- created_at. Unix milliseconds, UTC.
ALTER TABLE outbox_messages ADD COLUMN expires_at INTEGER;

-- Webhook events signed outside Webhooks:MaxEventAge (or too far ahead) are stored as 'stale': acknowledged, never
-- answered, kept for an operator to count. SQLite cannot change a CHECK constraint in place, so the table is rebuilt
-- as SQLite's ALTER TABLE page describes: a new table, the rows copied with their ids (the outbox keys replies by
-- inbox id), the old one dropped, the new one renamed, the indexes made again. Nothing references the table.
CREATE TABLE inbox_messages_new (
    id          INTEGER PRIMARY KEY,
    oa_id       TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    event_name  TEXT    NOT NULL,
    dedup_key   TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'ignored', 'stale')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    handled_at  INTEGER,
    error       TEXT
);
INSERT INTO inbox_messages_new (id, oa_id, user_id, event_name, dedup_key, body, received_at, status, attempts, handled_at, error)
SELECT id, oa_id, user_id, event_name, dedup_key, body, received_at, status, attempts, handled_at, error FROM inbox_messages;
DROP TABLE inbox_messages;
ALTER TABLE inbox_messages_new RENAME TO inbox_messages;
CREATE UNIQUE INDEX ux_inbox_dedup ON inbox_messages (oa_id, dedup_key);
CREATE INDEX ix_inbox_pending ON inbox_messages (id) WHERE status = 'pending';
CREATE INDEX ix_inbox_user ON inbox_messages (oa_id, user_id, id);

-- Handled webhook events keep no words: a row's body is emptied ('{}') as its turn commits, and its deduplication
-- key is kept as the SHA-256 of the key (sha256_hex, which the migrator provides), so neither the resident's message
-- nor Zalo's message id stays in clear. Rows of a resident past Messaging:MaxMessagesPerResidentPerMinute are stored
-- as 'throttled': acknowledged and handled without a turn of their own. SQLite cannot change a CHECK constraint in
-- place, so the table is rebuilt as in 0012, every row keeping its id (the outbox keys replies by inbox id); the rows
-- already handled lose their bodies on the way, pending ones keep them for their turn.
CREATE TABLE inbox_messages_new (
    id          INTEGER PRIMARY KEY,
    oa_id       TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    event_name  TEXT    NOT NULL,
    dedup_key   TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'ignored', 'stale', 'throttled')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    handled_at  INTEGER,
    error       TEXT
);
INSERT INTO inbox_messages_new (id, oa_id, user_id, event_name, dedup_key, body, received_at, status, attempts, handled_at, error)
SELECT id, oa_id, user_id, event_name, sha256_hex(dedup_key), CASE WHEN status = 'pending' THEN body ELSE '{}' END,
       received_at, status, attempts, handled_at, error
FROM inbox_messages;
DROP TABLE inbox_messages;
ALTER TABLE inbox_messages_new RENAME TO inbox_messages;
CREATE UNIQUE INDEX ux_inbox_dedup ON inbox_messages (oa_id, dedup_key);
CREATE INDEX ix_inbox_pending ON inbox_messages (id) WHERE status = 'pending';
CREATE INDEX ix_inbox_user ON inbox_messages (oa_id, user_id, id);

-- Delivered and given-up replies whose text has not been emptied yet: what the outbox text retention reads.
CREATE INDEX ix_outbox_text_kept ON outbox_messages (id) WHERE status IN ('sent', 'failed') AND body <> '{}';

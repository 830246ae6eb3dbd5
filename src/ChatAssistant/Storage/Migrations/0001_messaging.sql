-- Inbox: every webhook event Zalo delivered, committed before the 200 is answered.
-- Times are unix milliseconds, UTC.
CREATE TABLE inbox_messages (
    id          INTEGER PRIMARY KEY,
    oa_id       TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    event_name  TEXT    NOT NULL,
    dedup_key   TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'ignored')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    handled_at  INTEGER,
    error       TEXT
);
CREATE UNIQUE INDEX ux_inbox_dedup ON inbox_messages (oa_id, dedup_key);
CREATE INDEX ix_inbox_pending ON inbox_messages (id) WHERE status = 'pending';
CREATE INDEX ix_inbox_user ON inbox_messages (oa_id, user_id, id);

-- Outbox: every message the service means to send, committed with the turn that produced it.
CREATE TABLE outbox_messages (
    id                 INTEGER PRIMARY KEY,
    oa_id              TEXT    NOT NULL,
    user_id            TEXT    NOT NULL,
    idempotency_key    TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL,
    body               TEXT    NOT NULL,
    created_at         INTEGER NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    INTEGER NOT NULL,
    last_attempt_at    INTEGER,
    sent_at            INTEGER,
    channel_message_id TEXT,
    error_code         INTEGER,
    error_message      TEXT,
    -- Set when a row was in flight at a crash and had to be sent again: it may have arrived twice.
    resent_after_crash INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_outbox_open ON outbox_messages (id) WHERE status IN ('pending', 'sending');
CREATE INDEX ix_outbox_user ON outbox_messages (oa_id, user_id, id);

-- Official accounts and their live tokens. Seeds come from configuration; after the first
-- refresh the tokens here are the truth (refresh tokens are single use).
CREATE TABLE official_accounts (
    oa_id                   TEXT PRIMARY KEY,
    name                    TEXT    NOT NULL,
    access_token            TEXT,
    refresh_token           TEXT,
    previous_refresh_token  TEXT,
    access_token_expires_at INTEGER,
    seed_fingerprint        TEXT,
    refreshed_at            INTEGER,
    refresh_error           TEXT
);

-- Development mode: what the bot would have sent to Zalo.
CREATE TABLE dev_sink_messages (
    id         INTEGER PRIMARY KEY,
    oa_id      TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_dev_sink_user ON dev_sink_messages (oa_id, user_id, id);

-- Conversation state: the dialog stack and friends as JSON, with a version so that a turn that
-- lost a race is detected instead of overwriting the winner.
CREATE TABLE conversation_states (
    oa_id      TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    data       TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (oa_id, user_id)
);

-- Residents (user state): whether they follow the account, when they last wrote, and what they
-- told us about themselves, as JSON with a version like conversation state.
CREATE TABLE residents (
    oa_id               TEXT    NOT NULL,
    user_id             TEXT    NOT NULL,
    following           INTEGER NOT NULL DEFAULT 1,
    last_interaction_at INTEGER,
    data                TEXT    NOT NULL DEFAULT '{}',
    version             INTEGER NOT NULL DEFAULT 0,
    updated_at          INTEGER NOT NULL,
    PRIMARY KEY (oa_id, user_id)
);

-- Conversations handed to an officer. At most one open per resident.
CREATE TABLE handoffs (
    id           INTEGER PRIMARY KEY,
    oa_id        TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('waiting', 'active', 'closed')),
    opened_at    INTEGER NOT NULL,
    officer_id   INTEGER,
    last_officer_message_at INTEGER,
    closed_at    INTEGER,
    close_reason TEXT
);
CREATE UNIQUE INDEX ux_handoffs_open ON handoffs (oa_id, user_id) WHERE status <> 'closed';
CREATE INDEX ix_handoffs_status ON handoffs (oa_id, status, opened_at);

-- What was said, for officers; personal data is redacted before it is written.
CREATE TABLE transcript_entries (
    id         INTEGER PRIMARY KEY,
    oa_id      TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    direction  TEXT    NOT NULL CHECK (direction IN ('in', 'out', 'officer')),
    text       TEXT    NOT NULL,
    officer_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_transcript_user ON transcript_entries (oa_id, user_id, id);
CREATE INDEX ix_transcript_time ON transcript_entries (created_at);

-- Officers of the API; keys are stored only as hashes. Roles: admin, officer.
CREATE TABLE officers (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('admin', 'officer')),
    key_hash    TEXT    NOT NULL UNIQUE,
    key_prefix  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    disabled_at INTEGER
);
CREATE TABLE officer_accounts (
    officer_id INTEGER NOT NULL REFERENCES officers (id),
    oa_id      TEXT    NOT NULL,
    PRIMARY KEY (officer_id, oa_id)
);

-- Every officer action: who, when, what, on which account and subject.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    officer_id INTEGER,
    actor      TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    oa_id      TEXT,
    subject    TEXT,
    detail     TEXT
);
CREATE INDEX ix_audit_time ON audit_log (at);

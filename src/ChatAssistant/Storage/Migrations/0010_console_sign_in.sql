-- Officers sign in to the web console with a username and a password, as well as (or instead of) using an
-- API key; roles gain 'leader' (approves, reads the audit log) and 'viewer' (reads, changes nothing).
-- SQLite cannot change a CHECK constraint in place, so both tables are rebuilt: the accounts table first
-- refers to the new officers table, and the renames carry that reference over to the final names.

CREATE TABLE officers_v2 (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT    NOT NULL,
    role                 TEXT    NOT NULL CHECK (role IN ('admin', 'leader', 'officer', 'viewer')),
    -- API key (SHA-256) and its first characters; NULL for officers who only use the console.
    key_hash             TEXT    UNIQUE,
    key_prefix           TEXT,
    -- Console sign-in: ASP.NET Core Identity's password hash format (PBKDF2, versioned, salted).
    username             TEXT    UNIQUE COLLATE NOCASE,
    password_hash        TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins      INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER,
    -- Changes whenever a password, role, account or enabled state changes: older sessions stop working.
    session_stamp        TEXT    NOT NULL,
    last_sign_in_at      INTEGER,
    created_at           INTEGER NOT NULL,
    disabled_at          INTEGER
);
INSERT INTO officers_v2 (id, name, role, key_hash, key_prefix, session_stamp, created_at, disabled_at)
SELECT id, name, role, key_hash, key_prefix, lower(hex(randomblob(16))), created_at, disabled_at
FROM officers;

CREATE TABLE officer_accounts_v2 (
    officer_id INTEGER NOT NULL REFERENCES officers_v2 (id),
    oa_id      TEXT    NOT NULL,
    PRIMARY KEY (officer_id, oa_id)
);
INSERT INTO officer_accounts_v2 (officer_id, oa_id)
SELECT officer_id, oa_id FROM officer_accounts;

DROP TABLE officer_accounts;
DROP TABLE officers;
ALTER TABLE officers_v2 RENAME TO officers;
ALTER TABLE officer_accounts_v2 RENAME TO officer_accounts;

-- The console's audit page lists an account's entries newest first.
CREATE INDEX ix_audit_account_time ON audit_log (oa_id, at);

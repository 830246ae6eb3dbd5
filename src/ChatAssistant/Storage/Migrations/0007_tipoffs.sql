-- Tip-offs (issue 6): reports of crime and disorder. Text, contact data and location are AES-GCM
-- ciphertexts (TipOffCipher), so the file alone reveals nothing. The receipt code is never stored:
-- only a keyed 8-byte lookup tag (indexed, to find candidate rows) and a PBKDF2 salt and hash.
-- Times are unix milliseconds, UTC.
CREATE TABLE tipoffs (
    id              INTEGER PRIMARY KEY,
    oa_id           TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'verifying', 'handled', 'transferred', 'rejected')),
    anonymous       INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    text_cipher     BLOB    NOT NULL,
    contact_cipher  BLOB,
    -- NULL for an anonymous report: no row may link it to the Zalo user who sent it (issue 6, point 2).
    user_id         TEXT,
    receipt_tag     BLOB    NOT NULL,
    receipt_salt    BLOB    NOT NULL,
    receipt_hash    BLOB    NOT NULL,
    occurred_at     INTEGER,
    location_cipher BLOB,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    closed_at       INTEGER,
    CHECK (anonymous = 0 OR (user_id IS NULL AND contact_cipher IS NULL))
);

CREATE INDEX tipoffs_by_status ON tipoffs (oa_id, status, created_at);
CREATE INDEX tipoffs_by_receipt ON tipoffs (receipt_tag);

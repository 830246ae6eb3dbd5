-- Tip-offs, the rest of issue 6: who works a report, its timeline, its evidence, the receipt tag key,
-- and outbox rows that are emptied once delivered. Times are unix milliseconds, UTC.

-- The officer a report is assigned to (officers.id); NULL while nobody has taken it.
ALTER TABLE tipoffs ADD COLUMN assigned_officer_id INTEGER;

-- A report's timeline: officers' notes, status changes, assignments, questions to the reporter and the
-- reporter's answers. Texts are sealed like the report's (TipOffCipher, context tipoff-note:{id}).
CREATE TABLE tipoff_notes (
    id          INTEGER PRIMARY KEY,
    tipoff_id   INTEGER NOT NULL REFERENCES tipoffs (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('note', 'status', 'assignment', 'question', 'answer')),
    -- Who wrote it; NULL for the reporter's answers.
    officer_id  INTEGER,
    -- For 'status': the status the report moved to.
    status      TEXT,
    body_cipher BLOB,
    created_at  INTEGER NOT NULL,
    -- For 'question': when the reporter answered it.
    answered_at INTEGER
);
CREATE INDEX tipoff_notes_by_report ON tipoff_notes (tipoff_id, id);

-- Photos, videos and files the reporter sent. Zalo's URLs expire, so each is fetched into the media
-- folder, encrypted there; the row keeps the sealed source URL, the outcome and the SHA-256 of the content.
CREATE TABLE tipoff_evidence (
    id              INTEGER PRIMARY KEY,
    tipoff_id       INTEGER NOT NULL REFERENCES tipoffs (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('image', 'video', 'audio', 'file')),
    -- Sealed JSON of the source: url, name, declared size and type (context tipoff-evidence:{id}:source).
    source_cipher   BLOB    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'stored', 'rejected', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- Why it was rejected or failed, as a short code ('too-large', 'type', 'expired', ...): never content.
    reason          TEXT,
    content_type    TEXT,
    size            INTEGER,
    -- Sealed SHA-256 of the plaintext content: a hash in clear would confirm a known picture is here.
    sha256_cipher   BLOB,
    -- The encrypted file's name inside the media folder: random, says nothing about the content.
    file_name       TEXT,
    created_at      INTEGER NOT NULL,
    stored_at       INTEGER
);
CREATE INDEX tipoff_evidence_by_report ON tipoff_evidence (tipoff_id, id);
CREATE INDEX tipoff_evidence_pending ON tipoff_evidence (next_attempt_at) WHERE status = 'pending';

-- Keys the service keeps for itself, sealed with the configured encryption key. The receipt lookup tag
-- key lives here so that tags survive key rotation: rotation re-seals this row instead of losing every code.
CREATE TABLE tipoff_keys (
    purpose TEXT PRIMARY KEY,
    sealed  BLOB NOT NULL
);

-- Replies that carried a report's words or its receipt code: emptied once delivered (or given up on),
-- so the outbox does not keep what the report itself keeps only encrypted.
ALTER TABLE outbox_messages ADD COLUMN redact_after_send INTEGER NOT NULL DEFAULT 0;

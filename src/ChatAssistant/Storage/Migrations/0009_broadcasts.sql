-- Broadcast notices (issue 7): followers' groups and preferences, notices, and who each notice goes to.
-- Times are unix milliseconds, UTC.

-- A resident who said "tắt thông báo" gets no notices until "bật thông báo"; answers in chat are unaffected.
ALTER TABLE residents ADD COLUMN notices_off INTEGER NOT NULL DEFAULT 0;

-- Groups a follower belongs to: the residential group ("tổ dân phố 5"), the village, or any label officers use.
-- `tag` is the folded form that targeting compares ("to dan pho 5"); `label` is as typed, for display.
CREATE TABLE resident_tags (
    oa_id      TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    tag        TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    -- Who set it: the resident in chat, or an officer.
    source     TEXT    NOT NULL CHECK (source IN ('resident', 'officer')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (oa_id, user_id, tag)
);
CREATE INDEX resident_tags_by_tag ON resident_tags (oa_id, tag);

-- A notice officers wrote once, for every follower it targets.
CREATE TABLE broadcasts (
    id            INTEGER PRIMARY KEY,
    oa_id         TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    image_url     TEXT,
    link          TEXT,
    category      TEXT    NOT NULL CHECK (category IN
                  ('security-warning', 'wanted-person', 'missing-person', 'campaign', 'mobile-session', 'general')),
    -- JSON: {"all": true} | {"tags": ["..."]} | {"interactedWithinDays": n}
    target        TEXT    NOT NULL,
    -- Urgent notices go out at once, even between 22:00 and 06:00.
    urgent        INTEGER NOT NULL DEFAULT 0,
    send_at       INTEGER,
    status        TEXT    NOT NULL CHECK (status IN
                  ('draft', 'approved', 'scheduled', 'sending', 'paused', 'cancelled', 'sent')),
    created_by    INTEGER,
    approved_by   INTEGER,
    created_at    INTEGER NOT NULL,
    approved_at   INTEGER,
    started_at    INTEGER,
    finished_at   INTEGER,
    updated_at    INTEGER NOT NULL,
    -- Fixed when sending starts: how many followers the target matched, and how many of them were out of the
    -- 7-day window (a free message cannot reach them; they are counted, not sent to).
    targeted      INTEGER,
    out_of_window INTEGER
);
CREATE INDEX broadcasts_by_account ON broadcasts (oa_id, created_at);

-- One row per follower a notice goes to, fixed when sending starts. A row moves to 'queued' in the same
-- transaction that puts its message in the outbox, so a crash can neither lose nor repeat it.
CREATE TABLE broadcast_recipients (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'queued', 'sent', 'failed', 'skipped')),
    -- Why it failed or was skipped, as a short code: 'out-of-window', 'unfollowed', 'notices-off', 'cancelled', 'zalo:<code>'.
    reason       TEXT,
    queued_at    INTEGER,
    done_at      INTEGER,
    PRIMARY KEY (broadcast_id, user_id)
) WITHOUT ROWID;
CREATE INDEX broadcast_recipients_by_status ON broadcast_recipients (broadcast_id, status);

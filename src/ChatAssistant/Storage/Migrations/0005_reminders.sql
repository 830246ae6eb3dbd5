-- What became of each appointment reminder: one row per outcome (a ZNS reminder held back by the quiet
-- hours has a 'queued' row, then a 'sent' or 'undeliverable' one). Undeliverable rows are the officers'
-- list of residents to call. No phone number here: it stays with the appointment.
-- due_at, done_at and appointment_start are unix milliseconds, UTC.
CREATE TABLE reminder_deliveries (
    id                INTEGER PRIMARY KEY,
    oa_id             TEXT    NOT NULL,
    appointment_id    INTEGER NOT NULL,
    appointment_code  TEXT,
    appointment_start INTEGER,
    rule              TEXT    NOT NULL,
    channel           TEXT    NOT NULL CHECK (channel IN ('oa', 'zns', 'none')),
    status            TEXT    NOT NULL CHECK (status IN ('sent', 'queued', 'undeliverable', 'dropped', 'skipped')),
    reason            TEXT    NOT NULL,
    due_at            INTEGER NOT NULL,
    done_at           INTEGER NOT NULL
);

CREATE INDEX ix_reminder_deliveries_status ON reminder_deliveries (oa_id, status, due_at);
CREATE INDEX ix_reminder_deliveries_appointment ON reminder_deliveries (appointment_id);

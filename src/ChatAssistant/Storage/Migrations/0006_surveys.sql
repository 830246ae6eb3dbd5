-- Satisfaction after an appointment: one row per appointment, written when the question is asked
-- ('asked'), then 'answered' with a rating 1-5 and an optional comment, or 'skipped' when the resident
-- was busy in another flow or did not answer. Times are unix milliseconds, UTC.
CREATE TABLE survey_answers (
    oa_id          TEXT    NOT NULL,
    appointment_id INTEGER NOT NULL,
    user_id        TEXT    NOT NULL,
    service_id     TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('asked', 'answered', 'skipped')),
    rating         INTEGER CHECK (rating BETWEEN 1 AND 5),
    comment        TEXT,
    asked_at       INTEGER NOT NULL,
    answered_at    INTEGER,
    PRIMARY KEY (oa_id, appointment_id),
    CHECK ((status = 'answered') = (rating IS NOT NULL))
);

CREATE INDEX survey_answers_by_answer_time ON survey_answers (oa_id, answered_at) WHERE status = 'answered';

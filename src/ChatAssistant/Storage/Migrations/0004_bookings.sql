-- Booking: slots with their places taken, appointments, ticket numbers and closures.
-- Times are unix milliseconds, UTC; local_day is the date in Vietnam (yyyy-MM-dd), the day residents
-- and the queue think in.

-- One row per slot that has been booked at least once. The CHECK is what makes a double booking
-- impossible: taking a place is `booked = booked + 1`, which fails on a full slot whatever code runs it.
-- capacity follows the calendar at each booking but never drops below the places already taken.
CREATE TABLE booking_slots (
    oa_id      TEXT    NOT NULL,
    service_id TEXT    NOT NULL,
    start_at   INTEGER NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity > 0),
    booked     INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    PRIMARY KEY (oa_id, service_id, start_at)
) WITHOUT ROWID;

-- Bookings by residents (user_id) and by officers for walk-in or phone callers (user_id NULL), and the
-- walk-in tickets of the queue (walk_in = 1, no slot). name and phone are personal data: never logged.
-- A rescheduled booking is cancelled and the new one names it in replaces_id.
CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    oa_id         TEXT    NOT NULL,
    code          TEXT    NOT NULL,
    user_id       TEXT,
    name          TEXT,
    phone         TEXT,
    service_id    TEXT    NOT NULL,
    service_name  TEXT    NOT NULL,
    start_at      INTEGER NOT NULL,
    end_at        INTEGER NOT NULL,
    local_day     TEXT    NOT NULL,
    session_id    TEXT,
    place_name    TEXT    NOT NULL,
    place_address TEXT    NOT NULL,
    latitude      REAL,
    longitude     REAL,
    counter_id    TEXT    NOT NULL,
    ticket        TEXT    NOT NULL,
    ticket_number INTEGER NOT NULL,
    walk_in       INTEGER NOT NULL DEFAULT 0,
    status        TEXT    NOT NULL CHECK (status IN ('active', 'cancelled', 'served', 'no-show', 'closed')),
    called_at     INTEGER,
    booked_by     INTEGER,
    replaces_id   INTEGER REFERENCES appointments (id),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (oa_id, code),
    UNIQUE (oa_id, local_day, ticket)
);

-- One resident, one active booking per service and day, whatever the code checks first.
CREATE UNIQUE INDEX appointments_one_per_service_day
    ON appointments (oa_id, user_id, service_id, local_day)
    WHERE status = 'active' AND user_id IS NOT NULL;

CREATE INDEX appointments_by_user ON appointments (oa_id, user_id, start_at) WHERE user_id IS NOT NULL;

CREATE INDEX appointments_by_day ON appointments (oa_id, local_day, counter_id, start_at);

-- The last ticket number given per account, day and service.
CREATE TABLE booking_ticket_numbers (
    oa_id       TEXT    NOT NULL,
    local_day   TEXT    NOT NULL,
    service_id  TEXT    NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (oa_id, local_day, service_id)
) WITHOUT ROWID;

-- Days or sessions an office closed (emergency, a holiday the calendar lacked). from_time and to_time are
-- local wall-clock times (HH:mm) bounding the closure within the day; both NULL close the whole day.
-- session_id NULL closes every session of the day.
CREATE TABLE booking_closures (
    id         INTEGER PRIMARY KEY,
    oa_id      TEXT    NOT NULL,
    local_day  TEXT    NOT NULL,
    session_id TEXT,
    from_time  TEXT,
    to_time    TEXT,
    reason     TEXT    NOT NULL,
    officer_id INTEGER,
    created_at INTEGER NOT NULL
);

CREATE INDEX booking_closures_by_day ON booking_closures (oa_id, local_day);

-- The resident's message (its inbox row) whose turn booked or cancelled an appointment in chat; NULL for officers'
-- bookings and walk-in tickets. A turn whose booking committed but whose own commit did not (a crash between the two)
-- is run again from the same message: it finds what it did by these columns and answers as the first run would have,
-- instead of refusing the resident's own booking as a second one or saying there is nothing to cancel.
-- Inbox ids are never reused: the retention sweep always keeps the newest row.
ALTER TABLE appointments ADD COLUMN booked_in_inbox_id INTEGER;
ALTER TABLE appointments ADD COLUMN cancelled_in_inbox_id INTEGER;

-- One turn books at most one appointment (a reschedule's new booking included).
CREATE UNIQUE INDEX appointments_by_booking_turn ON appointments (booked_in_inbox_id) WHERE booked_in_inbox_id IS NOT NULL;

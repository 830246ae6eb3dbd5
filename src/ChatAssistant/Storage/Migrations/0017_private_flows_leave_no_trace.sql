-- A private flow (a tip-off and its follow-up) leaves nothing that names its resident once it has ended, so an anonymous
-- report cannot be traced back from the database: no count of turns, no row of the flow that can be told from others
-- or placed among the resident's own, no exact time.

-- Conversation state: a random version drawn at each save instead of a count of turns; no time of its own (nothing
-- read it); and, while a private flow runs, what the conversation was as it began, put back as it ends.
ALTER TABLE conversation_states ADD COLUMN private_entry TEXT;
ALTER TABLE conversation_states DROP COLUMN updated_at;
UPDATE conversation_states SET version = (abs(random()) % 9000000000000000000) + 1;

-- Residents: no count of turns (nothing read it).
ALTER TABLE residents DROP COLUMN version;

-- A handled inbox row keeps what deduplication needs: the hashed key, the hour, the status; not its resident, its
-- kind of message or when it was handled. The flood gate that read the resident's recent rows counts in memory now.
UPDATE inbox_messages
SET user_id = '', body = '{}', received_at = received_at - received_at % 3600000, handled_at = NULL,
    event_name = CASE WHEN event_name LIKE 'user\_send\_%' ESCAPE '\' THEN 'user_send' ELSE event_name END
WHERE status IN ('done', 'throttled', 'ignored', 'stale');
DROP INDEX ix_inbox_user;

-- Replies to residents' messages forget words, resident and exact times once delivered or given up, under keys that
-- no longer carry the inbox id of their turn.
UPDATE outbox_messages
SET body = '{}', user_id = '(forgotten)', channel_message_id = NULL,
    created_at = created_at - created_at % 3600000, next_attempt_at = next_attempt_at - next_attempt_at % 3600000,
    last_attempt_at = last_attempt_at - last_attempt_at % 3600000, sent_at = sent_at - sent_at % 3600000,
    expires_at = expires_at - expires_at % 3600000,
    idempotency_key = substr(idempotency_key, 1, instr(idempotency_key, ':')) || lower(hex(randomblob(12))),
    redact_after_send = 2
WHERE status IN ('sent', 'failed')
  AND (idempotency_key LIKE 'turn:%' OR idempotency_key LIKE 'failed:%' OR idempotency_key LIKE 'throttled:%');
UPDATE outbox_messages SET redact_after_send = 2
WHERE status IN ('pending', 'sending')
  AND (idempotency_key LIKE 'turn:%' OR idempotency_key LIKE 'failed:%' OR idempotency_key LIKE 'throttled:%');

-- Notifications: every mail the marketplace sends, rendered when the event that causes it is consumed,
-- then delivered by the mail sender. mail_key is derived from the event (e.g. 'order.placed:42:seller'),
-- so consuming an event twice queues its mails once. Status:
--   PENDING  waiting for its next attempt (next_attempt_at);
--   SENDING  claimed by a sender, committed BEFORE the SMTP conversation: a crash between the SMTP
--            server's acceptance and the commit of SENT leaves the row here, and it is never sent again
--            by itself (support sees it as uncertain after a while and may send it again);
--   SENT     accepted by the SMTP server;
--   DEAD     gave up after notifications.mail.max-attempts failed attempts; support may retry it.
CREATE TABLE mail_deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail_key        varchar(200) NOT NULL UNIQUE,
    kind            varchar(40)  NOT NULL,
    user_id         bigint       REFERENCES users (id) ON DELETE SET NULL,
    recipient       varchar(254) NOT NULL,
    subject         varchar(300) NOT NULL,
    body_text       text         NOT NULL,
    body_html       text         NOT NULL,
    status          varchar(16)  NOT NULL DEFAULT 'PENDING'
                    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DEAD')),
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    claimed_at      timestamptz,
    sent_at         timestamptz
);
-- The sender's queue.
CREATE INDEX mail_deliveries_due_idx ON mail_deliveries (next_attempt_at, id) WHERE status = 'PENDING';
-- Support's dead letters and uncertain sends.
CREATE INDEX mail_deliveries_trouble_idx ON mail_deliveries (status, created_at) WHERE status IN ('DEAD', 'SENDING');
CREATE INDEX mail_deliveries_recent_idx ON mail_deliveries (created_at DESC);

-- Identity: single-use tokens mailed to an address (password reset, email verification). Only the
-- SHA-256 of the token is stored, so a copy of this table resets nobody's password.
CREATE TABLE account_tokens (
    token_hash char(64)    PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    varchar(20) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);
-- Rate limits count the tokens an account received recently; the purge removes expired ones.
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose, created_at);
CREATE INDEX account_tokens_expires_idx ON account_tokens (expires_at);

-- Accounts registered before verification existed keep working as verified ones.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
UPDATE users SET email_verified_at = created_at;

-- The purge of consumed outbox events of every type.
CREATE INDEX outbox_processed_idx ON outbox (processed_at) WHERE processed_at IS NOT NULL;

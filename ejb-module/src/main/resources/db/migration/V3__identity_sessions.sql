-- Sign-in sessions and sign-in throttling (docs/security.md).

-- One row per signed-in browser or API client. Only the SHA-256 of the token is stored (lower-case hex),
-- so a copy of this table signs nobody in. A session ends at expires_at (a fixed 30 days after sign-in)
-- or when its row is deleted: sign-out, suspension of the account, or the hourly purge of expired rows.
CREATE TABLE sessions (
    token_hash char(64)    PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    CHECK (expires_at > created_at)
);
-- Revoking all sessions of an account (suspension, role changes refresh their cached copies).
CREATE INDEX sessions_user_idx ON sessions (user_id);
-- The purge of expired sessions.
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Failed sign-ins per subject: 'account:<normalised email>' or 'address:<client address>'. Unknown emails
-- are counted too, so that throttling does not tell which accounts exist. In PostgreSQL rather than Redis
-- so that throttling holds while Redis is down.
CREATE TABLE login_throttle (
    subject           varchar(300) PRIMARY KEY,
    failures          integer      NOT NULL CHECK (failures >= 0),
    window_started_at timestamptz  NOT NULL,
    locked_until      timestamptz
);
-- The purge of records that no longer count.
CREATE INDEX login_throttle_window_idx ON login_throttle (window_started_at);

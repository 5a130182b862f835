-- The second factor (docs/security.md, "Second factor for staff"). Owned by identity.

-- One row per account that has, or is setting up, TOTP. The secrets are AES-GCM ciphertexts under the
-- key totp.encryption-key, never the secrets themselves. secret is the confirmed one (null until the first
-- code confirms an enrolment); pending_secret waits for its first code and replaces secret when it comes.
-- last_used_step is the RFC 6238 time step of the last code accepted: a code of that step or an earlier
-- one is refused, so that no code works twice.
CREATE TABLE totp_credentials (
    user_id           bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret            text,
    pending_secret    text,
    pending_since     timestamptz,
    confirmed_at      timestamptz,
    last_used_step    bigint      NOT NULL DEFAULT 0,
    CHECK ((secret IS NULL) = (confirmed_at IS NULL)),
    CHECK ((pending_secret IS NULL) = (pending_since IS NULL))
);

-- Single-use recovery codes, as SHA-256 (hex) of '<user id>:<code>'. A used code keeps its row with used_at.
CREATE TABLE totp_recovery_codes (
    user_id   bigint   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash char(64) NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- A correct password to an account with (or owing) a second factor gives a challenge instead of a session:
-- a random token, stored as its SHA-256 like session tokens, that a code turns into a session once, within
-- minutes and a few attempts.
CREATE TABLE sign_in_challenges (
    token_hash char(64)    PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    attempts   integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0)
);
CREATE INDEX sign_in_challenges_expires_idx ON sign_in_challenges (expires_at);

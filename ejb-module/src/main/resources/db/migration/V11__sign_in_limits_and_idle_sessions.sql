-- Throttling subjects now include 'pair:<normalised email>|<client group>' (an email is up to 254
-- characters, a client group up to 64).
ALTER TABLE login_throttle ALTER COLUMN subject TYPE varchar(400);

-- Sessions end after a time without use as well as at a fixed time after sign-in; both depend on the
-- account's roles at sign-in (staff sessions are much shorter), so the idle timeout is kept per session.
ALTER TABLE sessions
    ADD COLUMN last_seen_at         timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN idle_timeout_seconds integer     NOT NULL DEFAULT 1209600 CHECK (idle_timeout_seconds > 0);

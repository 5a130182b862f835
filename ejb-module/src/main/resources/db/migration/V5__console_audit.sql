-- What support and admins did, for the console's audit browser: written by the services in the same
-- transaction as the action, so an action is never done without its entry (nor the other way round).
CREATE TABLE audit_log (
    id          bigserial    PRIMARY KEY,
    actor_id    bigint       NOT NULL REFERENCES users (id),
    action      varchar(64)  NOT NULL,
    target_type varchar(32)  NOT NULL,
    target_id   bigint       NOT NULL,
    reason      text         NOT NULL DEFAULT '',
    details     jsonb        NOT NULL DEFAULT '{}'::jsonb,
    at          timestamptz  NOT NULL DEFAULT now()
);

-- The browser shows the newest first, filtered by actor, action or target.
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);

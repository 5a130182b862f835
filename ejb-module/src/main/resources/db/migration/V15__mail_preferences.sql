-- Notifications: what a shopper chose to hear about beyond the mails every order and account needs.
-- No row means the defaults (everything on). Turning a kind off withholds its queued mails too:
-- WITHHELD is the end state of a mail that was queued but that its recipient no longer wanted.
CREATE TABLE mail_preferences (
    user_id            bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    review_invitations boolean     NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE mail_deliveries DROP CONSTRAINT mail_deliveries_status_check;
ALTER TABLE mail_deliveries ADD CONSTRAINT mail_deliveries_status_check
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DEAD', 'WITHHELD'));

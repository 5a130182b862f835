-- Real payments: refunds of part of an order, events from the payment provider, the money ledger,
-- shops' payout accounts and their payouts.

-- Support may give back part of an order; the order ends REFUNDED when all of it went back.
ALTER TABLE orders ADD COLUMN refunded numeric(12, 2) NOT NULL DEFAULT 0 CHECK (refunded >= 0);
UPDATE orders SET refunded = subtotal + shipping WHERE status = 'REFUNDED';
ALTER TABLE orders ADD CONSTRAINT orders_refund_within_total CHECK (refunded <= subtotal + shipping);

-- Several refunds per order now (each has its own provider reference); one reason each.
DROP INDEX payments_one_refund_idx;
ALTER TABLE payments ADD COLUMN reason text;
CREATE INDEX payments_order_idx ON payments (order_id) WHERE order_id IS NOT NULL;

-- The provider's notifications (webhooks), each acted on once: a redelivery finds its id here.
CREATE TABLE payment_provider_events (
    id          varchar(255) PRIMARY KEY,
    type        varchar(100) NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now()
);

-- Double-entry bookkeeping of every movement of money. A transaction's entries sum to zero
-- (checked when the transaction commits). Positive amounts are debits:
--   PROVIDER_CASH     money held for us at the payment provider (charges in, refunds and payouts out);
--   MARKETPLACE_FEES  the marketplace's fee income (credited, so negative);
--   SHOP              what the marketplace owes a shop (credited, so negative), paid out by transfer.
CREATE TABLE ledger_transactions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        varchar(8)   NOT NULL CHECK (kind IN ('CHARGE', 'REFUND', 'PAYOUT')),
    checkout_id uuid         REFERENCES checkouts (id),
    reference   varchar(120) NOT NULL,
    memo        text         NOT NULL DEFAULT '',
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX ledger_transactions_checkout_idx ON ledger_transactions (checkout_id);

CREATE TABLE ledger_entries (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id bigint         NOT NULL REFERENCES ledger_transactions (id),
    account        varchar(16)    NOT NULL CHECK (account IN ('PROVIDER_CASH', 'MARKETPLACE_FEES', 'SHOP')),
    shop_id        bigint         REFERENCES shops (id),
    order_id       bigint         REFERENCES orders (id),
    amount         numeric(12, 2) NOT NULL CHECK (amount <> 0),
    -- A shop's share of a sale may be paid out from this moment on (null: at once).
    available_at   timestamptz,
    CHECK ((account = 'SHOP') = (shop_id IS NOT NULL))
);
CREATE INDEX ledger_entries_transaction_idx ON ledger_entries (transaction_id);
CREATE INDEX ledger_entries_shop_idx ON ledger_entries (shop_id, available_at) WHERE shop_id IS NOT NULL;
CREATE INDEX ledger_entries_order_idx ON ledger_entries (order_id) WHERE order_id IS NOT NULL;

-- A ledger transaction must balance when the database transaction that wrote it commits.
CREATE FUNCTION ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total numeric;
    entries integer;
BEGIN
    SELECT coalesce(sum(amount), 0), count(*) INTO total, entries
    FROM ledger_entries WHERE transaction_id = NEW.transaction_id;
    IF total <> 0 OR entries < 2 THEN
        RAISE EXCEPTION 'ledger transaction % does not balance: % over % entries',
            NEW.transaction_id, total, entries USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entries_balance
    AFTER INSERT OR UPDATE ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balances();

-- Entries are never changed or removed: a correction is a new transaction.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Money that moved before the ledger existed, booked at the default fee (6.5 %) and payable at once:
-- each charged checkout, and each refund (all refunds then were of a whole order, fee given back).
WITH charges AS (
    INSERT INTO ledger_transactions (kind, checkout_id, reference, memo, created_at)
    SELECT 'CHARGE', p.checkout_id, p.reference, 'booked when the ledger was introduced', p.created_at
    FROM payments p WHERE p.kind = 'CHARGE'
    RETURNING id, checkout_id
), charged_orders AS (
    SELECT c.id AS transaction_id, o.id AS order_id, o.shop_id, o.subtotal + o.shipping AS total,
           round((o.subtotal + o.shipping) * 0.065, 2) AS fee
    FROM charges c JOIN orders o ON o.checkout_id = c.checkout_id AND o.payment_reference IS NOT NULL
)
INSERT INTO ledger_entries (transaction_id, account, shop_id, order_id, amount)
SELECT transaction_id, 'SHOP', shop_id, order_id, -(total - fee) FROM charged_orders WHERE total - fee <> 0
UNION ALL
SELECT transaction_id, 'MARKETPLACE_FEES', CAST(NULL AS bigint), order_id, -fee FROM charged_orders WHERE fee <> 0
UNION ALL
SELECT transaction_id, 'PROVIDER_CASH', CAST(NULL AS bigint), CAST(NULL AS bigint), sum(total) FROM charged_orders
GROUP BY transaction_id HAVING sum(total) <> 0;

WITH refunds AS (
    INSERT INTO ledger_transactions (kind, checkout_id, reference, memo, created_at)
    SELECT 'REFUND', p.checkout_id, p.reference, 'order ' || p.order_id, p.created_at
    FROM payments p WHERE p.kind = 'REFUND'
    RETURNING id, memo
), refunded_orders AS (
    SELECT r.id AS transaction_id, o.id AS order_id, o.shop_id, o.subtotal + o.shipping AS total,
           round((o.subtotal + o.shipping) * 0.065, 2) AS fee
    FROM refunds r JOIN orders o ON 'order ' || o.id = r.memo
)
INSERT INTO ledger_entries (transaction_id, account, shop_id, order_id, amount)
SELECT transaction_id, 'PROVIDER_CASH', CAST(NULL AS bigint), order_id, -total FROM refunded_orders WHERE total <> 0
UNION ALL
SELECT transaction_id, 'MARKETPLACE_FEES', CAST(NULL AS bigint), order_id, fee FROM refunded_orders WHERE fee <> 0
UNION ALL
SELECT transaction_id, 'SHOP', shop_id, order_id, total - fee FROM refunded_orders WHERE total - fee <> 0;

-- Where a shop is paid: an account connected at the payment provider.
CREATE TABLE payout_accounts (
    shop_id      bigint       PRIMARY KEY REFERENCES shops (id),
    provider     varchar(16)  NOT NULL,
    account_id   varchar(120) NOT NULL,
    connected_at timestamptz  NOT NULL DEFAULT now()
);

-- One payout per shop and day at most, whichever instance runs the job.
CREATE TABLE payouts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id     bigint         NOT NULL REFERENCES shops (id),
    payout_date date           NOT NULL,
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    account_id  varchar(120)   NOT NULL,
    reference   varchar(120)   NOT NULL,
    created_at  timestamptz    NOT NULL DEFAULT now(),
    UNIQUE (shop_id, payout_date)
);

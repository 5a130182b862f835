-- The money around a checkout: shipping on every order, the totals the buyer agreed to, where the
-- payment stands, every movement of money with the provider, and the holds that keep a buyer's
-- items while they pay.

-- An order's total is its items (subtotal) plus its shipping.
ALTER TABLE orders ADD COLUMN shipping numeric(12, 2) NOT NULL DEFAULT 0 CHECK (shipping >= 0);

-- The checkout's payment: PLACED (orders written, provider not asked yet), PENDING (the provider did
-- not answer; whether it charged is unknown), PAID, or DECLINED (nothing charged, no order kept).
ALTER TABLE checkouts
    ADD COLUMN item_total     numeric(12, 2) NOT NULL DEFAULT 0 CHECK (item_total >= 0),
    ADD COLUMN shipping_total numeric(12, 2) NOT NULL DEFAULT 0 CHECK (shipping_total >= 0),
    ADD COLUMN payment_status varchar(16)    NOT NULL DEFAULT 'PLACED'
               CHECK (payment_status IN ('PLACED', 'PENDING', 'PAID', 'DECLINED')),
    ADD COLUMN decline_reason text;

UPDATE checkouts c SET item_total = c.total,
    payment_status = CASE
        WHEN EXISTS (SELECT 1 FROM orders o WHERE o.checkout_id = c.id AND o.status = 'PENDING') THEN 'PENDING'
        WHEN EXISTS (SELECT 1 FROM orders o WHERE o.checkout_id = c.id AND o.payment_reference IS NOT NULL) THEN 'PAID'
        ELSE 'DECLINED' END;

-- Every movement of money with the payment provider: one CHARGE per checkout, at most one REFUND per
-- order. What was charged always equals what paid orders hold plus what was refunded.
CREATE TABLE payments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    checkout_id uuid           NOT NULL REFERENCES checkouts (id),
    order_id    bigint         REFERENCES orders (id),
    kind        varchar(8)     NOT NULL CHECK (kind IN ('CHARGE', 'REFUND')),
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    reference   varchar(120)   NOT NULL,
    created_at  timestamptz    NOT NULL DEFAULT now(),
    CHECK ((kind = 'CHARGE') = (order_id IS NULL))
);
CREATE UNIQUE INDEX payments_one_charge_idx ON payments (checkout_id) WHERE kind = 'CHARGE';
CREATE UNIQUE INDEX payments_one_refund_idx ON payments (order_id) WHERE kind = 'REFUND';

INSERT INTO payments (checkout_id, kind, amount, reference)
SELECT c.id, 'CHARGE', c.total, min(o.payment_reference)
FROM checkouts c JOIN orders o ON o.checkout_id = c.id
WHERE c.payment_status = 'PAID' AND c.total > 0
GROUP BY c.id, c.total;

-- Pieces a buyer holds while paying (inventory's reservation): taken out of products.quantity when
-- held, put back when the hold is released or expires, consumed when the order is placed. In
-- PostgreSQL so that a hold survives the instance that made it.
CREATE TABLE stock_holds (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id bigint      NOT NULL REFERENCES products (id),
    quantity   integer     NOT NULL CHECK (quantity > 0),
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, product_id)
);
CREATE INDEX stock_holds_product_idx ON stock_holds (product_id, expires_at);
CREATE INDEX stock_holds_expiry_idx ON stock_holds (expires_at);

-- A buyer's visits to checkout: what they were quoted (prices per listing, shipping per shop, for a
-- country) and until when their items are held. At most one is open per buyer; the rows of the last
-- hour limit how often a buyer may start holding.
CREATE TABLE checkout_sessions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    country     char(2),
    quote       jsonb       NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    ended_at    timestamptz
);
CREATE UNIQUE INDEX checkout_sessions_open_idx ON checkout_sessions (user_id) WHERE ended_at IS NULL;
CREATE INDEX checkout_sessions_started_idx ON checkout_sessions (user_id, started_at DESC);

-- Carts holding a shop's listings, to drop their cached copies when the shop's shipping changes.
CREATE INDEX cart_items_shop_idx ON cart_items (shop_id);

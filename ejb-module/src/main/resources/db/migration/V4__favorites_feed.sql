-- Favorites listed newest first per shopper and kind (GET /api/favorites).
CREATE INDEX favorites_user_type_created_idx ON favorites (user_id, favoritable_type, created_at DESC);

-- Feed experiment: which variant a shopper was served, which sections were shown (impressions), and
-- which listings were favorited or added to the cart from a section. Written in batches, off the
-- request's path; read by the click-through comparison per variant.
CREATE TABLE feed_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    variant     char(1)     NOT NULL CHECK (variant IN ('A', 'B')),
    section     varchar(80) NOT NULL,
    action      varchar(16) NOT NULL CHECK (action IN ('IMPRESSION', 'FAVORITE', 'ADD_TO_CART')),
    product_id  bigint REFERENCES products (id) ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feed_events_occurred_idx ON feed_events (occurred_at, variant);

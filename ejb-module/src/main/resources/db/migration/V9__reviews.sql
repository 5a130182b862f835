-- Reviews and ratings (the reviews feature). A buyer reviews one order item once; the seller may
-- answer once; support may hide either with a reason (the audit log keeps who and when, the row keeps
-- the reason the author is shown). Only visible reviews count towards the ratings.
CREATE TABLE reviews (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_item_id       bigint        NOT NULL UNIQUE REFERENCES order_items (id),
    product_id          bigint        NOT NULL REFERENCES products (id),
    shop_id             bigint        NOT NULL REFERENCES shops (id),
    author_id           bigint        NOT NULL REFERENCES users (id),
    stars               smallint      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body                text          NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
    photo_key           varchar(255),
    photo_thumbnail_key varchar(255),
    hidden_reason       varchar(500),
    hidden_at           timestamptz,
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);
-- A listing's and a shop's visible reviews, newest first (pages and the rating recomputation).
CREATE INDEX reviews_product_visible_idx ON reviews (product_id, created_at DESC) WHERE hidden_at IS NULL;
CREATE INDEX reviews_shop_visible_idx ON reviews (shop_id, created_at DESC) WHERE hidden_at IS NULL;
CREATE INDEX reviews_author_idx ON reviews (author_id, created_at DESC);
-- Support's moderation queue: the newest reviews and what is hidden.
CREATE INDEX reviews_created_idx ON reviews (created_at DESC);

CREATE TABLE review_replies (
    review_id     bigint       PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
    author_id     bigint       NOT NULL REFERENCES users (id),
    body          text         NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    hidden_reason varchar(500),
    hidden_at     timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);

-- A listing's rating from its visible reviews, rewritten in the transaction of every review change:
-- search and the product page read one row instead of aggregating.
CREATE TABLE listing_ratings (
    product_id   bigint  PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    review_count integer NOT NULL CHECK (review_count >= 0),
    star_sum     integer NOT NULL CHECK (star_sum >= 0),
    stars_1      integer NOT NULL DEFAULT 0,
    stars_2      integer NOT NULL DEFAULT 0,
    stars_3      integer NOT NULL DEFAULT 0,
    stars_4      integer NOT NULL DEFAULT 0,
    stars_5      integer NOT NULL DEFAULT 0,
    CHECK (review_count = stars_1 + stars_2 + stars_3 + stars_4 + stars_5)
);

-- Shop ratings were made-up numbers until now; from here on they are computed from reviews, and there
-- are none yet.
UPDATE shops SET rating = 0, rating_count = 0;

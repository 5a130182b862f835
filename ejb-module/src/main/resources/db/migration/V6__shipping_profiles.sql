-- What each shop charges for shipping (the shipping feature). A shop without a row ships with the
-- standard profile the application defines. Rates: first item + each additional item; the
-- international rate is optional (no rate: the shop ships domestically only), as is the threshold
-- above which domestic orders ship for free. The service checks the same rules and names the field;
-- these constraints keep any other writer (a script, the demo loader) honest.
CREATE TABLE shipping_profiles (
    shop_id                  bigint         PRIMARY KEY REFERENCES shops (id) ON DELETE CASCADE,
    origin_country           char(2)        NOT NULL CHECK (origin_country ~ '^[A-Z]{2}$'),
    domestic_first           numeric(12, 2) NOT NULL CHECK (domestic_first BETWEEN 0 AND 10000),
    domestic_additional      numeric(12, 2) NOT NULL CHECK (domestic_additional BETWEEN 0 AND 10000),
    international_first      numeric(12, 2) CHECK (international_first BETWEEN 0 AND 10000),
    international_additional numeric(12, 2) CHECK (international_additional BETWEEN 0 AND 10000),
    free_domestic_threshold  numeric(12, 2) CHECK (free_domestic_threshold BETWEEN 1 AND 1000000),
    processing_days_min      integer        NOT NULL CHECK (processing_days_min BETWEEN 1 AND 60),
    processing_days_max      integer        NOT NULL CHECK (processing_days_max BETWEEN 1 AND 60),
    updated_at               timestamptz    NOT NULL DEFAULT now(),
    CHECK ((international_first IS NULL) = (international_additional IS NULL)),
    CHECK (processing_days_min <= processing_days_max)
);

-- Read views the owning features publish (docs/architecture.md, "Which feature owns which table").
-- The catalogue's: other features (cart, checkout, favorites, feed, reviews,
-- notifications, support, shipping) join these views instead of products and shops, so the rule of
-- what shoppers may see is written once, here, and the catalogue stays the only feature that names
-- its tables. They are plain views: PostgreSQL inlines them into each query, so a query over a view
-- plans like the same query over the tables (a column not asked for is not computed, the shop and
-- category joins are dropped when unused), and a row lock still has to name the table itself.

-- Every shop, with the one rule that decides whether shoppers see it, and how many of its listings
-- can be bought now.
CREATE VIEW catalog_shops AS
SELECT s.id,
       s.owner_id,
       s.name,
       s.slug,
       s.tagline,
       s.logo_image,
       s.location,
       s.shipping_policy,
       s.favorite_count,
       s.status,
       s.created_at,
       s.status = 'ACTIVE' AS visible_to_shoppers,
       (SELECT count(*) FROM products p
         WHERE p.shop_id = s.id AND p.status = 'ACTIVE' AND p.quantity > 0) AS listings_in_stock
FROM shops s;

-- Every listing with its shop and category. visible_to_shoppers: published (on sale or sold out) in a
-- shop shoppers see; on_sale: visible and on sale (it may still have no stock left).
CREATE VIEW catalog_listings AS
SELECT p.id,
       p.shop_id,
       p.category_id,
       p.title,
       p.description,
       p.price,
       p.quantity,
       p.status,
       p.is_vintage,
       p.is_handmade,
       p.favorite_count,
       p.created_at,
       p.status IN ('ACTIVE', 'SOLD_OUT') AND s.status = 'ACTIVE' AS visible_to_shoppers,
       p.status = 'ACTIVE' AND s.status = 'ACTIVE' AS on_sale,
       s.name AS shop_name,
       s.slug AS shop_slug,
       s.shipping_policy AS shop_shipping_policy,
       s.owner_id AS shop_owner_id,
       s.rating AS shop_rating,
       s.sales_count AS shop_sales_count,
       c.slug AS category_slug,
       c.name AS category_name,
       (SELECT i.thumbnail_key FROM product_images i WHERE i.product_id = p.id
         ORDER BY i.position LIMIT 1) AS thumbnail_key,
       ARRAY(SELECT t.tag FROM product_tags t WHERE t.product_id = p.id ORDER BY t.tag) AS tags,
       ARRAY(SELECT m.material FROM product_materials m WHERE m.product_id = p.id
         ORDER BY m.material) AS materials
FROM products p
-- Outer joins on keys that always match: the planner drops the one a query does not use.
LEFT JOIN shops s ON s.id = p.shop_id
LEFT JOIN categories c ON c.id = p.category_id;

-- A listing's tags, one row each.
CREATE VIEW catalog_listing_tags AS
SELECT product_id, tag FROM product_tags;

-- The category tree, one row per category.
CREATE VIEW catalog_categories AS
SELECT id, parent_id, slug, name FROM categories;

-- Identity's published read of accounts, for the features that show who did what (reviews, mails,
-- support): names, emails, standing and roles, never a password hash.
CREATE VIEW identity_accounts AS
SELECT u.id,
       u.email,
       u.display_name,
       u.status,
       u.created_at,
       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id)
         AS roles
FROM users u;

-- Favorites' published read: who favorited which listing, when (the feed's signals).
CREATE VIEW favorite_listings AS
SELECT user_id, favoritable_id AS product_id, created_at
FROM favorites
WHERE favoritable_type = 'PRODUCT';

-- Checkout's published reads: every order with its buyer, shop, status and total (support's finder),
CREATE VIEW checkout_orders AS
SELECT id, buyer_id, shop_id, status, subtotal + shipping AS total, created_at
FROM orders;

-- and the pieces each order bought, with the order's buyer, status and
-- time (the feed's signals).
CREATE VIEW checkout_purchases AS
SELECT i.order_id, o.buyer_id, i.product_id, i.quantity, o.status, o.created_at
FROM order_items i
JOIN orders o ON o.id = i.order_id;

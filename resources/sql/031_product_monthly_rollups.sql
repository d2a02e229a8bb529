-- Per-product sales per calendar month (the shop's local days grouped by yyyy-MM), so product
-- figures over long ranges read ~12 rows per product and year instead of ~365. Kept equal to
-- the sum of product_daily_rollups by the store (RollupRepository, RollupDeltas) in the same
-- transaction as the daily rows.
CREATE TABLE product_monthly_rollups (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    product_external_id TEXT NOT NULL,
    units BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, product_external_id, month)
);
-- Covering index in product order: a range of months is summed per product from the index alone,
-- already grouped (no sort of the ~1,200 x 36 rows of a 3-year, 4-shop range).
CREATE INDEX product_monthly_rollups_cover ON product_monthly_rollups(shop_id, product_external_id, month, units, revenue_minor);
-- Existing stores: fill from the daily rows.
INSERT INTO product_monthly_rollups (shop_id, month, product_external_id, units, revenue_minor)
SELECT shop_id, SUBSTR(day, 1, 7), product_external_id, SUM(units), SUM(revenue_minor)
FROM product_daily_rollups GROUP BY shop_id, SUBSTR(day, 1, 7), product_external_id;

-- Per-product daily rollups stored in day order, with no second index. The write path upserts
-- ~2.8 of these rows per order; with the key (shop, product, day) plus the day-ordered covering
-- index of 032 every new row was two B-tree inserts, and the covering index was a third of the
-- rollups' instructions (docs/BENCHMARKS.md, write path, 2026-12-06 night). Keyed by
-- (shop, day, product) the one B-tree serves the day-range reads the covering index served
-- (top products of a range's partial months, the forecasts' history); one product's series reads
-- the range's rows of the shop. Upserts name the key's columns as a set, so they need no change.
CREATE TABLE product_daily_rollups_by_day (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    product_external_id TEXT NOT NULL,
    units BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, day, product_external_id) @INCLUDE_FIGURES@
) @WITHOUT_ROWID@;
INSERT INTO product_daily_rollups_by_day (shop_id, day, product_external_id, units, revenue_minor)
SELECT shop_id, day, product_external_id, units, revenue_minor FROM product_daily_rollups;
DROP TABLE product_daily_rollups;
ALTER TABLE product_daily_rollups_by_day RENAME TO product_daily_rollups;

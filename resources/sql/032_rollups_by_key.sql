-- Per-product rollups stored by the key they are upserted on. SQLite: WITHOUT ROWID, so a row is
-- one entry in the key's B-tree instead of a table row plus a key index plus a covering index.
-- PostgreSQL: the key index carries the figures (INCLUDE), replacing the separate covering index.
-- Monthly rows are read in key order (shop, product, month), so the key covers those reads; daily
-- rows are also read by day range, which keeps the day-ordered covering index.
CREATE TABLE product_monthly_rollups_by_key (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    month TEXT NOT NULL,
    units BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, product_external_id, month) @INCLUDE_FIGURES@
) @WITHOUT_ROWID@;
INSERT INTO product_monthly_rollups_by_key (shop_id, product_external_id, month, units, revenue_minor)
SELECT shop_id, product_external_id, month, units, revenue_minor FROM product_monthly_rollups;
DROP TABLE product_monthly_rollups;
ALTER TABLE product_monthly_rollups_by_key RENAME TO product_monthly_rollups;

CREATE TABLE product_daily_rollups_by_key (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    day TEXT NOT NULL,
    units BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, product_external_id, day) @INCLUDE_FIGURES@
) @WITHOUT_ROWID@;
INSERT INTO product_daily_rollups_by_key (shop_id, product_external_id, day, units, revenue_minor)
SELECT shop_id, product_external_id, day, units, revenue_minor FROM product_daily_rollups;
DROP TABLE product_daily_rollups;
ALTER TABLE product_daily_rollups_by_key RENAME TO product_daily_rollups;
CREATE INDEX product_daily_rollups_cover ON product_daily_rollups(shop_id, day, product_external_id, units, revenue_minor);

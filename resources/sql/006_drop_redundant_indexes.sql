-- Both are prefixes of covering indexes that migration 030 adds (orders_shop_placed_id,
-- product_daily_rollups_cover); every extra index is one more B-tree each write must update.
-- On a fresh store this runs before 030, which then creates the covering ones.
DROP INDEX IF EXISTS orders_shop_placed;
DROP INDEX IF EXISTS product_daily_rollups_day;

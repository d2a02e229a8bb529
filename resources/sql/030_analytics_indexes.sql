-- Analytics: covering index so a range of product rollups (top products, sell-through) is read
-- from the index alone, without visiting table rows.
CREATE INDEX product_daily_rollups_cover ON product_daily_rollups(shop_id, day, product_external_id, units, revenue_minor);
-- Recent orders per shop ordered by time and id (dashboard's live list, Orders page first page).
CREATE INDEX orders_shop_placed_id ON orders(shop_id, placed_at, id);

-- Nothing reads order items by product (rollups are rebuilt through orders, analytics read the
-- rollups), and each item paid one more random B-tree insert for it.
DROP INDEX IF EXISTS order_items_product;

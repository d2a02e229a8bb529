-- Order items are always read and written by (order, line): on SQLite the table becomes that key's
-- B-tree (WITHOUT ROWID), so each item is one B-tree entry less to write. PostgreSQL: same table.
CREATE TABLE order_items_by_key (
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_external_id TEXT NOT NULL DEFAULT '',
    product_name TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    subtotal_minor BIGINT NOT NULL,
    unit_cost_minor BIGINT,
    PRIMARY KEY (order_id, line_no)
) @WITHOUT_ROWID@;
INSERT INTO order_items_by_key SELECT order_id, line_no, product_external_id, product_name, quantity,
    unit_price_minor, subtotal_minor, unit_cost_minor FROM order_items;
DROP TABLE order_items;
ALTER TABLE order_items_by_key RENAME TO order_items;
CREATE INDEX order_items_product ON order_items(product_external_id);

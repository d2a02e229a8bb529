-- SQLite only: order items follow their order by a trigger instead of a foreign key. With
-- foreign_keys on, every item inserted looked its order up (~2k instructions, a quarter of an
-- item's insert; 2 to 3 items per order on the sync and webhook paths); the items are only
-- ever written for an order of the same transaction, so the check never caught anything. The
-- cascade stays: deleting an order (directly or by its shop's cascade, which fires triggers)
-- deletes its items. PostgreSQL keeps its foreign key (no statement here runs there).
@SQLITE_ONLY@ CREATE TABLE order_items_by_trigger (
    order_id BIGINT NOT NULL,
    line_no INTEGER NOT NULL,
    product_external_id TEXT NOT NULL DEFAULT '',
    product_name TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    subtotal_minor BIGINT NOT NULL,
    unit_cost_minor BIGINT,
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;
@SQLITE_ONLY@ INSERT INTO order_items_by_trigger SELECT order_id, line_no, product_external_id, product_name,
    quantity, unit_price_minor, subtotal_minor, unit_cost_minor FROM order_items;
@SQLITE_ONLY@ DROP TABLE order_items;
@SQLITE_ONLY@ ALTER TABLE order_items_by_trigger RENAME TO order_items;
@SQLITE_ONLY@ CREATE TRIGGER order_items_follow_order AFTER DELETE ON orders
    BEGIN DELETE FROM order_items WHERE order_id = OLD.id; END;

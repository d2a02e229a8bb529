-- One row per status an order has been seen in, oldest first. Written by OrderRepository
-- (sync upserts) and by webhook status changes; changed_at comes from the source when it says.
CREATE TABLE order_status_history (
    id @ID@,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    raw_status TEXT NOT NULL DEFAULT '',
    changed_at BIGINT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_status_history_order ON order_status_history(order_id, changed_at);

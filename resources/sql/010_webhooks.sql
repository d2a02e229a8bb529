-- Webhook receiver: order status changes that arrived before their order (applied when it does).
CREATE TABLE pending_status_changes (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    order_external_id TEXT NOT NULL,
    status TEXT NOT NULL,
    raw_status TEXT NOT NULL DEFAULT '',
    received_at BIGINT NOT NULL
);
CREATE INDEX pending_status_changes_order ON pending_status_changes(shop_id, order_external_id);

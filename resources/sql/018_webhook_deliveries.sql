-- Deliveries inspector (issue 19.6). A replay of a failed delivery is a new inbox row under the key
-- "replay:<failed id>" that names the row it replays (so a delivery is replayed into effect once).
-- Repeats and refused deliveries of an authenticated sender are not inbox rows (the inbox is the
-- memory of what was applied): they are kept here, bodies masked, the newest 500 per shop.
ALTER TABLE webhook_inbox ADD COLUMN replay_of BIGINT;
CREATE INDEX webhook_inbox_shop ON webhook_inbox(shop_id, received_at);
CREATE TABLE webhook_outcomes (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '',
    received_at BIGINT NOT NULL
);
CREATE INDEX webhook_outcomes_shop ON webhook_outcomes(shop_id, id);
CREATE INDEX webhook_inbox_replay ON webhook_inbox(replay_of);

-- The critical state each product was last notified for (SmartShelf): a product notifies once when
-- it becomes critical (stock-out within lead time, or expired) and again only after its state changes.
CREATE TABLE forecast_risk_states (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    state TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (shop_id, product_external_id)
);

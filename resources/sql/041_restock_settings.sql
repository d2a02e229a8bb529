-- What the seller knows about buying a product: minimum order, pack size, units already ordered,
-- and a lead time that overrides the plan's default (NULL: use the plan's).
CREATE TABLE restock_product_settings (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    minimum_order INTEGER NOT NULL DEFAULT 1,
    pack_size INTEGER NOT NULL DEFAULT 1,
    on_order INTEGER NOT NULL DEFAULT 0,
    lead_time_days INTEGER,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (shop_id, product_external_id)
);

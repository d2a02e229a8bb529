-- MarketMate's local campaign list. Nothing is posted to a marketplace; status is the seller's own
-- bookkeeping: DRAFT, SCHEDULED, DONE.
CREATE TABLE campaigns (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL DEFAULT '',
    playbook TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    hashtags TEXT NOT NULL DEFAULT '',
    discount_percent INTEGER NOT NULL DEFAULT 0,
    promo_price_minor BIGINT,
    start_day TEXT,
    end_day TEXT,
    status TEXT NOT NULL DEFAULT 'DRAFT',
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX campaigns_shop ON campaigns(shop_id, status);

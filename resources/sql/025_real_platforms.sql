-- Real marketplaces (issue 21). Which API an integration talks: 'clone' (CONTRACT.md), 'shopee-open'
-- (Shopee Open Platform v2) or 'lazada-open' (Lazada Open Platform). The shop keeps its platform
-- (SHOPEE, LAZADA) either way, so reports never split one marketplace in two.
ALTER TABLE integrations ADD COLUMN api_kind TEXT NOT NULL DEFAULT 'clone';

-- A seller's own app on a real platform (Shopee "Seller In House System", Lazada "Seller In-house
-- APP"): the partner_id / app_key, the region and hosts; the partner_key / app_secret lives in the
-- vault under secret_ref, never here. One app per account and platform API.
CREATE TABLE platform_apps (
    id @ID@,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    api_kind TEXT NOT NULL,
    app_id TEXT NOT NULL,
    region TEXT NOT NULL,
    api_host TEXT NOT NULL DEFAULT '',
    auth_host TEXT NOT NULL DEFAULT '',
    secret_ref TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (user_id, api_kind)
);

-- One authorization a signed-in account started (RFC 8252 loopback redirect). The state travels
-- through the platform's page and back to BVA's callback; only its keyed hash is kept. It is used
-- once, before expires_at, and only ever links shops to user_id.
CREATE TABLE authorization_requests (
    id @ID@,
    state_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    api_kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    outcome TEXT NOT NULL DEFAULT 'pending',
    reason TEXT NOT NULL DEFAULT '',
    integration_id BIGINT
);
CREATE INDEX authorization_requests_user ON authorization_requests (user_id, created_at);

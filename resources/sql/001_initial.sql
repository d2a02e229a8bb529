-- BVA schema, version 1. Shared by SQLite and PostgreSQL: @ID@ becomes the dialect's
-- auto-increment primary key. Times are UTC milliseconds since the epoch (BIGINT), days are
-- 'yyyy-MM-dd' text in the shop's time zone, money is BIGINT minor units.

CREATE TABLE users (
    id @ID@,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    id @ID@,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE shops (
    id @ID@,
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'PHP',
    timezone TEXT NOT NULL DEFAULT 'Asia/Manila',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE shop_access (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, shop_id)
);
CREATE INDEX shop_access_shop ON shop_access(shop_id);

CREATE TABLE integrations (
    id @ID@,
    shop_id BIGINT NOT NULL UNIQUE REFERENCES shops(id) ON DELETE CASCADE,
    owner_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    platform TEXT NOT NULL,
    site_url TEXT NOT NULL DEFAULT '',
    api_base_url TEXT NOT NULL DEFAULT '',
    token_ref TEXT NOT NULL DEFAULT '',
    token_lookup TEXT NOT NULL DEFAULT '',
    webhook_secret_ref TEXT NOT NULL DEFAULT '',
    sync_interval_s INTEGER NOT NULL DEFAULT 300,
    state TEXT NOT NULL DEFAULT 'PENDING',
    last_sync_at BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX integrations_token_lookup ON integrations(token_lookup);

CREATE TABLE products (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL DEFAULT '',
    price_minor BIGINT NOT NULL DEFAULT 0,
    cost_minor BIGINT,
    stock INTEGER NOT NULL DEFAULT 0,
    expiry_date TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    source_created_at BIGINT,
    source_updated_at BIGINT,
    deleted_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (shop_id, external_id)
);

CREATE TABLE orders (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    status TEXT NOT NULL,
    raw_status TEXT NOT NULL DEFAULT '',
    total_minor BIGINT NOT NULL DEFAULT 0,
    cost_minor BIGINT,
    profit_minor BIGINT,
    units INTEGER NOT NULL DEFAULT 0,
    customer_name TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    placed_at BIGINT NOT NULL,
    placed_at_from_source INTEGER NOT NULL DEFAULT 0,
    local_day TEXT NOT NULL,
    source_updated_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (shop_id, external_id)
);
CREATE INDEX orders_shop_day ON orders(shop_id, local_day);
CREATE INDEX orders_shop_placed ON orders(shop_id, placed_at);

CREATE TABLE order_items (
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_external_id TEXT NOT NULL DEFAULT '',
    product_name TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    subtotal_minor BIGINT NOT NULL,
    unit_cost_minor BIGINT,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_items_product ON order_items(product_external_id);

CREATE TABLE inventory_events (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    delta INTEGER,
    threshold INTEGER,
    source TEXT NOT NULL,
    occurred_at BIGINT NOT NULL
);
CREATE INDEX inventory_events_product ON inventory_events(shop_id, product_external_id, occurred_at);

CREATE TABLE webhook_inbox (
    id @ID@,
    dedupe_key TEXT NOT NULL UNIQUE,
    shop_id BIGINT,
    topic TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'RECEIVED',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    received_at BIGINT NOT NULL,
    processed_at BIGINT
);
CREATE INDEX webhook_inbox_state ON webhook_inbox(state);

CREATE TABLE sync_runs (
    id @ID@,
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    phase TEXT NOT NULL DEFAULT '',
    products_seen INTEGER NOT NULL DEFAULT 0,
    orders_seen INTEGER NOT NULL DEFAULT 0,
    items_seen INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    skipped_by_reason TEXT NOT NULL DEFAULT '{}',
    error TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX sync_runs_integration ON sync_runs(integration_id, started_at);

CREATE TABLE daily_rollups (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    orders INTEGER NOT NULL DEFAULT 0,
    units BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    cost_minor BIGINT NOT NULL DEFAULT 0,
    profit_minor BIGINT NOT NULL DEFAULT 0,
    unknown_cost_revenue_minor BIGINT NOT NULL DEFAULT 0,
    cancelled_orders INTEGER NOT NULL DEFAULT 0,
    cancelled_minor BIGINT NOT NULL DEFAULT 0,
    returned_orders INTEGER NOT NULL DEFAULT 0,
    returned_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, day)
);

-- Units and revenue per product per day (revenue-counting orders only): top products, forecasts.
CREATE TABLE product_daily_rollups (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    day TEXT NOT NULL,
    units BIGINT NOT NULL DEFAULT 0,
    revenue_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, product_external_id, day)
);
CREATE INDEX product_daily_rollups_day ON product_daily_rollups(shop_id, day);

CREATE TABLE notifications (
    id @ID@,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    shop_id BIGINT,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    UNIQUE (user_id, dedupe_key)
);

CREATE TABLE audit_log (
    id @ID@,
    user_id BIGINT,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_time ON audit_log(created_at);

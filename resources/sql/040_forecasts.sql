-- Demand forecasts per product, refreshed after syncs: the latest run per shop, the chosen model
-- with its reasons, and the forecast per future day (units; sd is the forecast standard deviation).
CREATE TABLE forecast_runs (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    history_from TEXT NOT NULL,
    history_to TEXT NOT NULL,
    horizon_days INTEGER NOT NULL,
    products INTEGER NOT NULL DEFAULT 0,
    duration_ms BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX forecast_runs_shop ON forecast_runs(shop_id, created_at);

CREATE TABLE product_forecasts (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    run_id BIGINT NOT NULL,
    model TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '',
    demand_class TEXT NOT NULL,
    adi DOUBLE PRECISION,
    cv2 DOUBLE PRECISION,
    backtest_mase DOUBLE PRECISION,
    naive_mase DOUBLE PRECISION,
    payday_factor DOUBLE PRECISION NOT NULL DEFAULT 1,
    mega_sale_factor DOUBLE PRECISION NOT NULL DEFAULT 1,
    reason TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (shop_id, product_external_id)
);

CREATE TABLE product_forecast_days (
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    product_external_id TEXT NOT NULL,
    day TEXT NOT NULL,
    forecast DOUBLE PRECISION NOT NULL,
    lower_bound DOUBLE PRECISION NOT NULL,
    upper_bound DOUBLE PRECISION NOT NULL,
    sd DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, product_external_id, day)
);
CREATE INDEX product_forecast_days_day ON product_forecast_days(shop_id, day);

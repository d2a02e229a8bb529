-- Exchange rates each account sets to see one converted total across shops in different currencies.
-- One row per currency converted from; every row of an account names the same target, whose own row
-- has rate '1'. A rate is an exact decimal as text (how many target units one unit buys), never a float.
CREATE TABLE exchange_rates (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    currency TEXT NOT NULL,
    target TEXT NOT NULL,
    rate TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, currency)
);
-- Shops stored before their currency was read are Philippine shops.
UPDATE shops SET currency = 'PHP' WHERE currency IS NULL OR currency = '';
UPDATE shops SET currency = UPPER(currency) WHERE currency <> UPPER(currency);

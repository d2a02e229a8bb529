-- Accounts and teams: an audit trail people can read, sessions that say where they came from,
-- sign-in throttling shared by every process on the store, invitations to a shop, and settings
-- that every process of a shared store must agree on (audit retention).

-- Who (the user, and the email as it was or as it was tried), from where (client address,
-- "desktop", "scheduler"), which shop, what, and how it ended ('ok', 'failed', 'refused').
-- No foreign key on shop_id: the trail outlives a shop deleted with its data.
ALTER TABLE audit_log ADD COLUMN shop_id BIGINT;
ALTER TABLE audit_log ADD COLUMN actor TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN outcome TEXT NOT NULL DEFAULT 'ok';
CREATE INDEX audit_log_user ON audit_log(user_id, created_at);
CREATE INDEX audit_log_shop ON audit_log(shop_id, created_at);

-- Where a session was opened (client address or "desktop") and why it ended.
ALTER TABLE sessions ADD COLUMN client TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';

-- Failed sign-ins per account ("account:<email>") and per client ("client:<address>"); a key is
-- locked until locked_until after too many failures, with a delay that grows with each one.
CREATE TABLE login_throttle (
    throttle_key TEXT NOT NULL PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

-- A shop admin invites an email with a role; the account with that email accepts or declines.
CREATE TABLE shop_invitations (
    id @ID@,
    shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'PENDING',
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    responded_at BIGINT
);
CREATE UNIQUE INDEX shop_invitations_pending ON shop_invitations(shop_id, email) WHERE state = 'PENDING';
CREATE INDEX shop_invitations_email ON shop_invitations(email, state);

-- Settings every process sharing the store reads the same way (e.g. audit retention in days).
CREATE TABLE store_settings (
    setting_key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT
);

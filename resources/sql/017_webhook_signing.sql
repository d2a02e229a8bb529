-- Webhook signing per integration (issue 15.3). AUTO: a bearer token alone is accepted until the first
-- valid Standard Webhooks delivery, which turns it into SIGNED; SIGNED: signed deliveries only;
-- BEARER: a token alone stays accepted (chosen by an admin, for sites whose browsers relay webhooks).
ALTER TABLE integrations ADD COLUMN webhook_signing TEXT NOT NULL DEFAULT 'AUTO';
ALTER TABLE integrations ADD COLUMN signed_delivery_at BIGINT;
ALTER TABLE integrations ADD COLUMN unsigned_refused INTEGER NOT NULL DEFAULT 0;
ALTER TABLE integrations ADD COLUMN unsigned_refused_at BIGINT;

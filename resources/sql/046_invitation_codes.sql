-- Invitation codes: an invitation is accepted only with the one-time code its admin was shown and
-- handed over (BVA sends no mail and never verifies an email, so the email alone proves nothing).
-- code_hash is the SHA-256 of the normalised code, never the code; wrong_codes counts wrong guesses,
-- and after TeamService::kMaxWrongCodes of them the invitation is LOCKED (its admin invites again).
-- Invitations made before this migration have no code_hash: they stay listed, cannot be accepted,
-- and their admin is told to invite again (which gives them a code).
ALTER TABLE shop_invitations ADD COLUMN code_hash TEXT;
ALTER TABLE shop_invitations ADD COLUMN wrong_codes INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX shop_invitations_code ON shop_invitations(code_hash) WHERE code_hash IS NOT NULL;

-- The inbox's state index held every delivery, so each group commit of webhooks rewrote one of its
-- pages although nearly every row is stored already applied and only the unsettled ones (received,
-- deferred, failed) are ever looked up by state. Indexed now: those alone.
DROP INDEX IF EXISTS webhook_inbox_state;
CREATE INDEX webhook_inbox_unsettled ON webhook_inbox(state, id) WHERE state <> 'APPLIED';

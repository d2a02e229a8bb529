-- Sync settings per integration (issue 19.5): an admin may pause syncing (NULL: active; else since when,
-- UTC ms). The scheduler skips a paused integration; its webhooks are still applied. The interval
-- already lives in sync_interval_s.
ALTER TABLE integrations ADD COLUMN sync_paused_at BIGINT;

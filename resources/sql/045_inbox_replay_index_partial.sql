-- Only replays name the delivery they replay: indexing every inbox row's empty replay_of cost each
-- webhook group commit one more page of WAL (1.1 of 18.4 pages per commit).
DROP INDEX IF EXISTS webhook_inbox_replay;
CREATE INDEX webhook_inbox_replay ON webhook_inbox(replay_of) WHERE replay_of IS NOT NULL;

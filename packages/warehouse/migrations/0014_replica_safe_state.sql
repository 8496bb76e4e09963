-- State that every dashboard replica must share, kept in the warehouse rather
-- than in one process's memory.

-- Console login attempts, for throttling password guessing: a key (the SHA-256
-- of client address and operator name, so no address is stored) is refused
-- after repeated failures since its last success. A day is far longer than any
-- throttle window; older rows go.
CREATE TABLE IF NOT EXISTS login_attempts (
  key_sha256 String,
  ok Bool,
  at DateTime64(3, 'UTC') DEFAULT now64(3)
) ENGINE = MergeTree
ORDER BY (key_sha256, at)
TTL toDateTime(at) + INTERVAL 1 DAY;

-- A keyed submission is inserted with its Idempotency-Key as deduplication
-- token: of two concurrent inserts with one token, on any replica, the engine
-- writes one. The window is how many recent tokens it remembers; an older key
-- is found by reading first (src/submissions.ts). The member inbox no longer
-- reads a window behind its cursor (0011): it reads every submission not in
-- inbox_reads.
ALTER TABLE submissions MODIFY SETTING non_replicated_deduplication_window = 100000;

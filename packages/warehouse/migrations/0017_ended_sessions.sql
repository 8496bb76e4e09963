-- Console and portal sessions ended on the server (logging out): a session
-- cookie is signed and carries its id; a session whose id is listed here is
-- over on every dashboard replica, even if someone kept a copy of the cookie.
-- Ids are stored as SHA-256. A row is needed only until the session would
-- have expired anyway.
CREATE TABLE IF NOT EXISTS ended_sessions (
  sid_sha256 String,
  ended_at DateTime64(3, 'UTC') DEFAULT now64(3),
  expires_at DateTime('UTC')
) ENGINE = ReplacingMergeTree
ORDER BY sid_sha256
TTL expires_at;

-- Operators of the console (/ops), and the request fingerprint that lets the
-- submissions API tell a retried POST from a reused Idempotency-Key.

-- One row per operator name; a password change or a disable writes a new row
-- (the latest wins). Only an scrypt hash of the password is stored.
CREATE TABLE IF NOT EXISTS operators (
  name String,
  password_hash String,                   -- scrypt$N$r$p$salt$hash (base64url)
  disabled Bool DEFAULT false,
  updated_at DateTime64(6, 'UTC') DEFAULT now64(6)
) ENGINE = ReplacingMergeTree(updated_at)
ORDER BY name;

-- SHA-256 of the request body as received: a POST that reuses an
-- Idempotency-Key with a different body is refused instead of being answered
-- with the result of another submission. Empty for rows written before.
ALTER TABLE submissions ADD COLUMN IF NOT EXISTS request_sha256 String DEFAULT '';

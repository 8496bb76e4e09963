// Request signing for the demand platform (sources.md §2). Kept pure (the
// time is an argument) so the signature can be checked against a known vector
// and so a caller with a skewed clock can be reproduced in a test.
import { createHmac } from 'node:crypto';

export interface DemandSignature {
  /** Unix seconds, as sent in `X-Timestamp`. */
  timestamp: string;
  /** hex(HMAC-SHA256(secret, timestamp + "\n" + pathAndQuery)), as sent in `X-Signature`. */
  signature: string;
}

/**
 * Signs one request. `pathAndQuery` must be byte-for-byte what goes on the
 * wire (`/v2/demand-events?after_seq=0&limit=1000`): the platform signs the
 * request line as received, so any re-encoding after signing breaks it.
 */
export function signRequest(secret: string, pathAndQuery: string, nowSeconds: number): DemandSignature {
  const timestamp = String(Math.floor(nowSeconds));
  const signature = createHmac('sha256', secret).update(`${timestamp}\n${pathAndQuery}`).digest('hex');
  return { timestamp, signature };
}

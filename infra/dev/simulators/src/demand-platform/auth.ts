// The platform's request check (sources.md §2): key, timestamp within 300 s,
// and the HMAC over the path and query exactly as received. Written here on
// its own rather than borrowed from the connector: the simulator stands for
// the external system, and two independent implementations agreeing is what
// the tests rely on.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const MAX_SKEW_SECONDS = 300;

export interface AuthConfig {
  apiKey: string;
  secret: string;
}

/** Null when the request may pass, else why it is refused (sent in the 401 body). */
export function refusal(
  headers: IncomingHttpHeaders,
  pathAndQuery: string,
  config: AuthConfig,
  nowSeconds: number,
  rejectAll = false,
): string | null {
  if (headers['x-api-key'] !== config.apiKey) return 'unknown API key';
  const timestamp = headers['x-timestamp'];
  if (typeof timestamp !== 'string' || !/^\d+$/.test(timestamp)) return 'missing or malformed X-Timestamp';
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return 'X-Timestamp is more than 300 s off';
  const given = headers['x-signature'];
  const expected = createHmac('sha256', config.secret).update(`${timestamp}\n${pathAndQuery}`).digest();
  const sent = typeof given === 'string' && /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(given, 'hex') : null;
  if (rejectAll || !sent || !timingSafeEqual(sent, expected)) return 'signature mismatch';
  return null;
}

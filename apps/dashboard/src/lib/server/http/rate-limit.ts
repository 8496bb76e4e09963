// A per-client rate limit on every page and API request (static files are
// served before this and are not counted): LIAISON_RATE_LIMIT requests a
// minute per client address, then 429 with Retry-After. A reader clicking
// through pages never meets it; a script hammering the figures does. The
// count is per dashboard process (rate-limiter-flexible's memory store):
// with N replicas a client gets up to N times the limit, which is still a
// bound, and needs no shared store on the hot path.
//
// The client address is adapter-node's: the connection's peer, or, behind a
// proxy, the header ADDRESS_HEADER names (with XFF_DEPTH for
// X-Forwarded-For); set those behind a proxy, or every reader shares the
// proxy's address and its limit.
import type { Handle } from '@sveltejs/kit/hooks';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export function tooManyRequests(retryAfterSeconds: number): Response {
  const message = `too many requests; try again in ${retryAfterSeconds} s`;
  return new Response(JSON.stringify({ errors: [{ path: '', code: 'rate_limited', message }] }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
  });
}

/**
 * The client's address, or one shared bucket for requests whose peer is
 * already gone (the server then cannot tell the address, and SvelteKit
 * throws): such a request is still counted, never an error page.
 */
function clientAddress(event: { getClientAddress(): string }): string {
  try {
    return event.getClientAddress();
  } catch {
    return 'unknown';
  }
}

/** The handle for a limit of `perMinute` requests per client address (0: no limit). */
export function rateLimitHandle(perMinute: number): Handle {
  if (perMinute <= 0) return ({ event, resolve }) => resolve(event);
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async ({ event, resolve }) => {
    try {
      await limiter.consume(clientAddress(event));
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return tooManyRequests(Math.max(1, Math.ceil(refused.msBeforeNext / 1000)));
    }
    return resolve(event);
  };
}

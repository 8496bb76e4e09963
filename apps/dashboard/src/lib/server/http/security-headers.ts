// Headers every response carries, whoever asks (ASVS V14.4): no MIME sniffing,
// no referrer beyond the origin to other sites, no framing by other sites
// (the Content-Security-Policy's frame-ancestors, set with the rest of the
// policy in vite.config.ts, says the same to modern browsers), and, when the
// site is reached over TLS, HSTS so a browser never falls back to http. The
// console and portal add their stricter private headers (auth/handle.ts).
import type { Handle } from '@sveltejs/kit/hooks';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** One year, subdomains left alone (the city's other sites are not ours to pin). */
export const HSTS = 'max-age=31536000';

/**
 * Sets the headers on a response (`replace`: over what it has; else only
 * those it lacks), copying it first when its headers are immutable.
 */
export function withHeaders(response: Response, headers: Readonly<Record<string, string>>, replace = false): Response {
  const set = (target: Response) => {
    for (const [k, v] of Object.entries(headers)) if (replace || !target.headers.has(k)) target.headers.set(k, v);
    return target;
  };
  try {
    return set(response);
  } catch {
    return set(new Response(response.body, response));
  }
}

export const securityHeadersHandle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const tls = event.url.protocol === 'https:';
  return withHeaders(response, tls ? { ...SECURITY_HEADERS, 'strict-transport-security': HSTS } : SECURITY_HEADERS);
};

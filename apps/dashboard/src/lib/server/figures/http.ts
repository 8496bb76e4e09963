// Response conventions of the public API: open to any origin (it is public
// data), cacheable and revalidated by the data it stands on — an `ETag` and a
// `Last-Modified` derived from `as_of` (and the query), so a client or proxy
// holding a response gets a 304 until a sync lands — and `as_of`/`stale`
// also as headers, so a CSV, which has nowhere else to put them, still says
// how fresh it is.
import { createHash } from 'node:crypto';
import type { Freshness } from '@liaison/metrics';
import type { Issue } from './query.ts';

const MAX_AGE_SECONDS = 60;

/** Pages are public and change only when a sync lands: a short shared cache is safe. */
export const PAGE_CACHE = { 'cache-control': `public, max-age=${MAX_AGE_SECONDS}` };

export function apiHeaders(result?: Freshness): Headers {
  const h = new Headers({
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'etag, last-modified, x-liaison-as-of, x-liaison-stale',
    'cache-control': `public, max-age=${MAX_AGE_SECONDS}`,
  });
  if (result) {
    h.set('x-liaison-as-of', JSON.stringify(result.as_of));
    h.set('x-liaison-stale', String(result.stale));
  }
  return h;
}

/** A weak validator: the same request over the same data gives the same tag. */
export function etagOf(...parts: string[]): string {
  return `W/"${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22)}"`;
}

export interface Validators {
  etag: string;
  lastModified: Date | null;
}

export function setValidators(h: Headers, v: Validators): void {
  h.set('etag', v.etag);
  if (v.lastModified) h.set('last-modified', v.lastModified.toUTCString());
  // a shared cache keys the CSV and the JSON apart by the query; the body never varies by header
  h.set('vary', 'accept-encoding');
}

/**
 * RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison);
 * otherwise If-Modified-Since, at the one-second precision of HTTP dates.
 */
export function notModified(request: Request, v: Validators): boolean {
  const inm = request.headers.get('if-none-match');
  if (inm !== null) {
    if (inm.trim() === '*') return true;
    const tag = v.etag.replace(/^W\//, '');
    return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === tag);
  }
  const ims = request.headers.get('if-modified-since');
  if (ims === null || !v.lastModified) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
}

export function notModifiedResponse(result: Freshness, v: Validators): Response {
  const headers = apiHeaders(result);
  setValidators(headers, v);
  return new Response(null, { status: 304, headers });
}

export function badRequest(issues: Issue[]): Response {
  const headers = apiHeaders();
  headers.set('cache-control', 'no-store');
  const named = [...new Set(issues.map((i) => i.path).filter(Boolean))];
  const error = named.length ? `invalid query parameter${named.length > 1 ? 's' : ''}: ${named.join(', ')}` : 'invalid query';
  return Response.json({ error, issues }, { status: 400, headers });
}

/** The metrics store did not answer: say so plainly (and log why), never a half-empty figure. */
export function unavailable(err: unknown, where: string): Response {
  console.error(`[${where}] metrics store unavailable:`, err);
  const headers = apiHeaders();
  headers.set('cache-control', 'no-store');
  headers.set('retry-after', '30');
  return Response.json({ error: 'metrics temporarily unavailable' }, { status: 503, headers });
}

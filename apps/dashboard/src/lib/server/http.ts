// Response conventions of the public API: open to any origin (it is public
// data), briefly cacheable, and `as_of`/`stale` also as headers so a CSV —
// which has nowhere else to put them — still says how fresh it is.
import type { Issue } from './query.ts';

const MAX_AGE_SECONDS = 60;

/** Pages are public and change only when a sync lands: a short shared cache is safe. */
export const PAGE_CACHE = { 'cache-control': `public, max-age=${MAX_AGE_SECONDS}` };

export function apiHeaders(result?: { as_of: Record<string, string | null>; stale: boolean }): Headers {
  const h = new Headers({
    'access-control-allow-origin': '*',
    'cache-control': `public, max-age=${MAX_AGE_SECONDS}`,
  });
  if (result) {
    h.set('x-liaison-as-of', JSON.stringify(result.as_of));
    h.set('x-liaison-stale', String(result.stale));
  }
  return h;
}

export function badRequest(issues: Issue[]): Response {
  const headers = apiHeaders();
  headers.set('cache-control', 'no-store');
  return Response.json({ error: 'invalid query parameters', issues }, { status: 400, headers });
}

/** The metrics store did not answer: say so plainly (and log why), never a half-empty figure. */
export function unavailable(err: unknown, where: string): Response {
  console.error(`[${where}] metrics store unavailable:`, err);
  const headers = apiHeaders();
  headers.set('cache-control', 'no-store');
  headers.set('retry-after', '30');
  return Response.json({ error: 'metrics temporarily unavailable' }, { status: 503, headers });
}

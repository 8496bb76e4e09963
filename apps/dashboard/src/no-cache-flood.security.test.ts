// On the built dashboard: nobody can make it compute figures again. A flood
// of `Cache-Control: no-cache` requests for one new filter computes it once
// (concurrent requests share the computation), and no-cache afterwards only
// revalidates against the data version: X-Cache says hit.
import { describe, expect, it } from 'vitest';
import { url } from './e2e-support.ts';

describe('a no-cache flood', () => {
  it('computes once: no-cache revalidates, concurrent requests share one computation', async () => {
    // a filter no other test asks for, so the first request computes
    const path = `/api/v1/metrics/coverage?campaign=${encodeURIComponent(`no-cache-${Date.now()}`)}`;
    const first = await Promise.all(Array.from({ length: 8 }, () => fetch(url(path), { headers: { 'cache-control': 'no-cache' } })));
    expect(first.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(first.filter((r) => r.headers.get('x-cache') === 'miss').length).toBeLessThanOrEqual(1);
    const again = await fetch(url(path), { headers: { 'cache-control': 'no-cache', pragma: 'no-cache' } });
    expect(again.headers.get('x-cache')).toBe('hit');
  });
});

// The shared GET waits long enough for a slow district page (sources.md §1a:
// up to 60 s, every time) and stops at once when its caller cancels. (What a
// hostile source cannot do to it: hostile-source.security.test.ts.)
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, getText } from './http.ts';

const label = { name: 'district API', credentials: 'refused the token' };

/** A fetch that never answers, only rejecting when its signal aborts; records the signal. */
function hangingFetch(): { fetch: typeof fetch; signal: () => AbortSignal | undefined } {
  let seen: AbortSignal | undefined;
  const fake = (_url: string | URL | Request, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      seen = init?.signal ?? undefined;
      seen?.addEventListener('abort', () => reject(seen?.reason));
    });
  return { fetch: fake as typeof fetch, signal: () => seen };
}

describe('getText', () => {
  it('allows a page that takes 60 s by default', () => {
    expect(DEFAULT_TIMEOUT_MS).toBeGreaterThan(60_000);
  });

  it("aborts the request when the caller's signal aborts, passing the caller's reason on", async () => {
    const hanging = hangingFetch();
    const caller = new AbortController();
    const pending = getText(new URL('http://district.example/v1/visits'), {}, label, { fetch: hanging.fetch, signal: caller.signal });
    expect(hanging.signal()?.aborted).toBe(false);
    caller.abort(new Error('sync cancelled'));
    await expect(pending).rejects.toThrow('sync cancelled');
    expect(hanging.signal()?.aborted).toBe(true);
  });
});

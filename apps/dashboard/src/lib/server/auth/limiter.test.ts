// The login failure limiter: blocks a key after repeated failures within its
// window, forgets them once the window passes or a login succeeds.
import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './limiter.ts';

describe('login failure limiter', () => {
  it('blocks a key after max failures within the window, then lets it go', () => {
    const l = new FailureLimiter(3, 1000);
    for (const t of [0, 10, 20]) {
      expect(l.blocked('a', t)).toBe(false);
      l.fail('a', t);
    }
    expect(l.blocked('a', 30)).toBe(true);
    expect(l.blocked('b', 30)).toBe(false);
    expect(l.blocked('a', 1011)).toBe(false);
  });

  it('a success resets the count', () => {
    const l = new FailureLimiter(2, 1000);
    l.fail('a', 0);
    l.reset('a');
    l.fail('a', 1);
    expect(l.blocked('a', 2)).toBe(false);
  });
});

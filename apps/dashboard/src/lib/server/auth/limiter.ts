// Slows down password guessing on the console login: after `max` failures
// for one key (client address + name) within `windowMs`, that key is refused
// until the window has passed. In memory, per process: enough to make online
// guessing slow; member tokens are 256-bit random and need no limiter.
export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly max: number;
  readonly windowMs: number;

  constructor(max = 5, windowMs = 15 * 60_000) {
    this.max = max;
    this.windowMs = windowMs;
  }

  #recent(key: string, now: number): number[] {
    const kept = (this.#failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.#failures.set(key, kept);
    else this.#failures.delete(key);
    return kept;
  }

  blocked(key: string, now: number = Date.now()): boolean {
    return this.#recent(key, now).length >= this.max;
  }

  fail(key: string, now: number = Date.now()): void {
    this.#failures.set(key, [...this.#recent(key, now), now]);
    // Bound the memory an attacker can make us hold with many keys.
    if (this.#failures.size > 10_000) this.#failures.delete(this.#failures.keys().next().value!);
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }
}

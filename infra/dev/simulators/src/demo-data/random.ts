// Seeded pseudo-random numbers for demo data. Demo data must be identical on
// every machine and every run for a given seed, so nothing here touches
// Math.random or the clock. Streams are derived from a seed plus labels
// (district, collection) so that, e.g., the enterprises of a district do not
// change when more visits are asked for.

/** A source of uniform numbers in [0, 1), as `Math.random` would give. */
export type Rand = () => number;

/** 32-bit FNV-1a hash of a string: turns a seed and labels into a state. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast and good enough for synthetic data. */
function mulberry32(state: number): Rand {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random stream determined by the seed and the labels, nothing else. */
export function seededRand(seed: number | string, ...labels: string[]): Rand {
  return mulberry32(hash32([String(seed), ...labels].join('\u0000')));
}

/** Integer in [min, max], both inclusive. */
export function int(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function chance(rand: Rand, p: number): boolean {
  return rand() < p;
}

export function pick<T>(rand: Rand, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(rand() * items.length)] as T;
}

/** Fisher–Yates shuffle in place; returns the array. */
export function shuffle<T>(rand: Rand, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function weighted<K extends string>(rand: Rand, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** A skewed count: mostly small, sometimes large (log-uniform in [min, max]). */
export function logInt(rand: Rand, min: number, max: number): number {
  const lo = Math.log(Math.max(1, min));
  const hi = Math.log(max);
  return Math.max(min, Math.round(Math.exp(lo + rand() * (hi - lo))));
}

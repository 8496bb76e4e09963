// The simulated district database: one collection's records kept in
// ascending (updated_at, key) order, with keyset paging. A page token names
// the last record served, not an offset, so records updated between two
// page requests move to the end and are served again later, exactly the
// "a record may appear on two pages" behaviour of sources.md §1a.
import { recordKey, type Collection } from '@liaison/schemas';

export type RawRecord = Readonly<Record<string, unknown>>;

interface Entry {
  t: number;
  key: string;
  record: RawRecord;
}

/** Position in a collection: the last record served, and whether to serve it again. */
export interface Cursor {
  t: number;
  key: string;
  inclusive: boolean;
}

function entryOf(collection: Collection, record: RawRecord): Entry {
  const t = Date.parse(String(record.updated_at));
  return {
    t: Number.isFinite(t) ? t : 0,
    key: recordKey(collection, record) ?? JSON.stringify(record),
    record,
  };
}

function compare(a: { t: number; key: string }, b: { t: number; key: string }): number {
  return a.t - b.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export interface PageQuery {
  sinceMs: number | null;
  after: Cursor | null;
  limit: number;
  /** Extra records to repeat from just before the start (duplicates fault). */
  repeat?: number;
}

export interface CollectionStore {
  readonly size: number;
  replace(records: readonly RawRecord[]): void;
  upsert(records: readonly RawRecord[]): void;
  /** Records of the page, the cursor after it, and whether more follow. */
  page(q: PageQuery): { records: RawRecord[]; repeated: number; last: Cursor | null; more: boolean };
}

export function collectionStore(collection: Collection, initial: readonly RawRecord[] = []): CollectionStore {
  const byKey = new Map<string, Entry>();
  let sorted: Entry[] = [];
  let dirty = false;
  const ordered = () => {
    if (dirty) {
      sorted = [...byKey.values()].sort(compare);
      dirty = false;
    }
    return sorted;
  };
  // First index whose entry is ≥ (inclusive) or > the probe.
  const lowerBound = (probe: { t: number; key: string }, inclusive: boolean) => {
    const list = ordered();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compare(list[mid]!, probe);
      if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const store: CollectionStore = {
    get size() {
      return byKey.size;
    },
    replace(records) {
      byKey.clear();
      store.upsert(records);
    },
    upsert(records) {
      for (const r of records) {
        const e = entryOf(collection, r);
        byKey.set(e.key, e);
      }
      dirty = true;
    },
    page({ sinceMs, after, limit, repeat = 0 }) {
      const list = ordered();
      const floor = sinceMs === null ? 0 : lowerBound({ t: sinceMs, key: '' }, true);
      const start = Math.max(floor, after ? lowerBound(after, after.inclusive) : 0);
      const from = Math.max(floor, start - repeat);
      const end = Math.min(list.length, start + limit);
      const last = end > start ? list[end - 1] : undefined;
      return {
        records: list.slice(from, end).map((e) => e.record),
        repeated: start - from,
        last: last ? { t: last.t, key: last.key, inclusive: false } : after,
        more: end < list.length,
      };
    },
  };
  store.upsert(initial);
  return store;
}

/** Opaque page token: base64url JSON of the cursor. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.t, c.key, c.inclusive ? 1 : 0])).toString('base64url');
}

export function decodeCursor(token: string): Cursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [t, key, inc] = v as unknown[];
    if (typeof t !== 'number' || typeof key !== 'string') return null;
    return { t, key, inclusive: inc === 1 };
  } catch {
    return null;
  }
}

// Builds one page of the simulated district API from the store and applies
// the data-level faults: poison records slipped in after a good record (so
// `updated_at` still ascends), records repeated from the previous page, and
// overlapping page boundaries. page_size is never exceeded.
import type { Collection } from '@liaison/schemas';
import type { Rand } from '../demo-data/random.ts';
import { poisonKindsOf, poisonRecord } from './poison.ts';
import { encodeCursor, type CollectionStore, type Cursor, type RawRecord } from './store.ts';

export interface PageRequest {
  sinceMs: number | null;
  cursor: Cursor | null;
  pageSize: number;
  /** Records to repeat from before the page (duplicates fault). */
  repeat: number;
  /** Poison to inject: undefined none, null every kind, else these kinds. */
  poisonKinds: readonly string[] | null | undefined;
  overlap: boolean;
}

export interface BuiltPage {
  data: RawRecord[];
  next: string | null;
  poison: number;
  repeated: number;
}

export interface PageContext {
  stores: Record<Collection, CollectionStore>;
  rand: Rand;
  /** Serial numbers that keep poison identities unique across pages. */
  serial: (count: number) => number;
}

export function buildPage(ctx: PageContext, collection: Collection, r: PageRequest): BuiltPage {
  const kinds = r.poisonKinds === undefined ? [] : poisonKindsOf(collection, r.poisonKinds);
  const nPoison = kinds.length;
  const limit = Math.max(1, r.pageSize - nPoison - r.repeat);
  const page = ctx.stores[collection].page({ sinceMs: r.sinceMs, after: r.cursor, limit, repeat: r.repeat });
  // With overlap, the next page opens with this page's last record again;
  // only safe when a page moves on by at least one record.
  const next = page.more && page.last ? encodeCursor({ ...page.last, inclusive: r.overlap && limit >= 2 }) : null;
  const data: RawRecord[] = [...page.records];
  if (nPoison > 0 && data.length > 0) {
    const serial = ctx.serial(nPoison);
    const at = kinds.map((_, i) => Math.floor(((i + 1) * data.length) / (nPoison + 1)));
    // Each poison copies the good record just before it, so updated_at still
    // ascends; insert from the back so earlier insertion points stay valid.
    for (let i = nPoison - 1; i >= 0; i--) {
      const template = data[Math.max(0, at[i]! - 1)]!;
      data.splice(at[i]!, 0, poisonRecord(collection, kinds[i]!, template, ctx.rand, serial + i));
    }
  }
  return { data, next, poison: data.length - page.records.length, repeated: page.repeated };
}

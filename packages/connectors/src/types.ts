// The shape every connector returns: pages of validated records plus the
// quarantined ones (never dropped), and where to resume. Connectors know
// nothing of Temporal or ClickHouse.
import type { validateBatch } from '@liaison/schemas';

export type Validated<T> = ReturnType<typeof validateBatch<T>>;

export type SourcePage<T> = Validated<T> & {
  /** Records the source delivered on this page, valid or not. */
  received: number;
  /** Opaque token/cursor to fetch the next page; null when this was the last. */
  next: string | null;
};

// Messages between the sync workflow and its activities. Everything here is
// small (ids, cursors, page tokens, counts): records never pass through
// workflow history, only references to where a page is. Type-only imports:
// this file is part of the workflow bundle. The request, counts and summary
// are shared with the clients through @liaison/temporal-client.
import type { Collection, SourceKind } from '@liaison/schemas';
import type { Counts } from '@liaison/temporal-client/sync-types';

export type { Counts, SyncMode, SyncRequest, SyncSummary } from '@liaison/temporal-client/sync-types';

export const ZERO: Counts = { received: 0, loaded: 0, quarantined: 0, duplicates: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    received: a.received + b.received,
    loaded: a.loaded + b.loaded,
    quarantined: a.quarantined + b.quarantined,
    duplicates: a.duplicates + b.duplicates,
  };
}

/** What each kind of source reads, by the name its cursor and counts are kept under. */
export interface CollectionsByKind {
  'district-api': Collection;
  'district-files': 'files';
  'demand-platform': 'events';
  'member-inbox': 'submissions';
}

/** One collection of one kind of source, discriminated by `kind`. */
export type PageTarget<K extends SourceKind = SourceKind> = { [P in K]: { kind: P; collection: CollectionsByKind[P] } }[K];

export interface RunStart {
  runId: string;
  sourceKind: SourceKind;
  /**
   * Collections to sync in order, each with the cursor it resumes from; a
   * replay's one target says `replay` (the workflow passes it on to each page).
   */
  collections: Array<PageTarget & { from: string | null; replay?: boolean }>;
  windowTo: string | null;
  /** Load again what was loaded before (full sync, backfill): skip nothing. */
  reload: boolean;
}

interface PagePosition {
  runId: string;
  sourceId: string;
  /** Where this collection's sync started (cursor or window start). */
  from: string | null;
  to: string | null;
  reload: boolean;
  /** Opaque position of the page to fetch; null for the first. */
  page: string | null;
  pageNo: number;
  /** A quarantine replay (mode `replay`): the page is of held records, not of the source. */
  replay?: boolean;
}

/** The page activity's input: a discriminated union by source kind. */
export type PageRequest<K extends SourceKind = SourceKind> = PageTarget<K> & PagePosition;

export interface PageResult extends Counts {
  next: string | null;
  /** The cursor value to save once the collection is fully loaded. */
  cursor: string | null;
}

/**
 * An alert to post (activities/alerts.ts): what happened to which source,
 * about which run, why (in Chinese, without secrets), and to the alerts whose
 * `on` names one of `to`. Posted at most once per source, event, run and alert.
 */
export interface AlertNotice {
  sourceId: string;
  event: 'failed' | 'stale' | 'recovered';
  runId: string;
  to: Array<'failed' | 'stale'>;
  reason: string;
  /** When it was noticed, ISO 8601. */
  at: string;
}

// One page of the demand platform's event feed (sources.md §2), validated
// event by event: a poison event is returned in `invalid` with its seq and
// every reason, and the good events beside it still load. Paging, heartbeats
// and retries belong to the caller (the ingest workflow's activity).
import { demandEvent, demandEventKey, demandEventsPage, issuesOf, validateBatch, type DemandEvent, type RawItem } from '@liaison/schemas';
import { SourceError } from '../errors.ts';
import type { SourcePage, Validated } from '../types.ts';
import { describeBody, safeUrl } from '../shown.ts';
import { signedGetText, type SignedGet } from './http.ts';

/** The platform's maximum page size, and our default. */
export const DEMAND_PAGE_LIMIT = 1000;

export interface DemandPageRequest extends SignedGet {
  baseUrl: string;
  /** Events with seq > afterSeq are returned; 0 for the start of the feed. */
  afterSeq: number;
  limit?: number;
}

export type DemandEventsPageResult = SourcePage<DemandEvent> & {
  lastSeq: number;
  hasMore: boolean;
  /** Valid events whose event_id came earlier on this same page (at-least-once delivery). */
  duplicates: number;
};

export async function fetchDemandEventsPage(req: DemandPageRequest): Promise<DemandEventsPageResult> {
  const url = demandEventsUrl(req.baseUrl, req.afterSeq, req.limit ?? DEMAND_PAGE_LIMIT);
  const text = await signedGetText(url, req);
  const envelope = demandEventsPage.safeParse(parseJson(text, url));
  if (!envelope.success) {
    const why = issuesOf(envelope.error)
      .map((i) => `${i.path || '(body)'}: ${i.message}`)
      .join('; ');
    throw new SourceError('bad_response', `demand platform page from ${safeUrl(url)} is not { events, last_seq, has_more }: ${why}`);
  }
  const { events, last_seq: lastSeq, has_more: hasMore } = envelope.data;
  // A cursor that does not move would page forever; one that moves back would re-read.
  if (lastSeq < req.afterSeq || (hasMore && lastSeq === req.afterSeq)) {
    throw new SourceError(
      'bad_response',
      `demand platform returned last_seq ${lastSeq} after_seq ${req.afterSeq} (has_more ${hasMore}) at ${safeUrl(url)}`,
    );
  }
  const items = events.map((raw, index) => {
    const seq = seqOf(raw);
    return { raw, position: seq === undefined ? { index } : { seq, index } };
  });
  const result = validateDemandEvents(items);
  return {
    ...result,
    received: events.length,
    next: hasMore ? String(lastSeq) : null,
    lastSeq,
    hasMore,
    duplicates: countRepeats(result.valid.map((v) => v.record.event_id)),
  };
}

/** Feed events, validated as a page's are (also for a quarantine replay); key: event_id, else `seq:N`. */
export function validateDemandEvents(items: Iterable<RawItem>): Validated<DemandEvent> {
  return validateBatch(demandEvent, items, demandEventKey);
}

/** `{baseUrl}/v2/demand-events?after_seq=n&limit=m`, keeping any path prefix of baseUrl. */
export function demandEventsUrl(baseUrl: string, afterSeq: number, limit: number): URL {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/v2/demand-events`;
  url.search = `?after_seq=${afterSeq}&limit=${limit}`;
  return url;
}

function parseJson(text: string, url: URL): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SourceError(
      'bad_response',
      `demand platform sent a body that is not JSON (HTTP 200) at ${safeUrl(url)}: ${describeBody(text)}`,
      {
        cause: err,
      },
    );
  }
}

/** The raw event's seq for its quarantine position, when it has a usable one. */
function seqOf(raw: unknown): number | undefined {
  const seq = typeof raw === 'object' && raw !== null ? (raw as { seq?: unknown }).seq : undefined;
  return typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : undefined;
}

function countRepeats(ids: readonly string[]): number {
  return ids.length - new Set(ids).size;
}

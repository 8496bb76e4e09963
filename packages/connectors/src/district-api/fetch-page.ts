// One page of a district API collection (sources.md §1a), validated record
// by record: a bad record is returned in `invalid` with its page, index, key
// and every reason, and the good records beside it still load. Paging,
// heartbeats and retries belong to the caller (the ingest activity); records
// repeated across pages are passed on as they came (the loader dedupes).
import { recordKey, recordSchema, validateBatch, type Collection, type RawItem, type RecordOf } from '@liaison/schemas';
import { SourceError } from '../errors.ts';
import type { SourcePage, Validated } from '../types.ts';
import { describeBody, safeUrl } from '../shown.ts';
import { bearerGetText, type BearerGet } from './http.ts';

/** The API's maximum page_size, and our default. */
export const DISTRICT_API_MAX_PAGE_SIZE = 500;

export type DistrictApiCollection = Collection;

export interface DistrictApiPageRequest<C extends DistrictApiCollection = DistrictApiCollection> extends BearerGet {
  baseUrl: string;
  collection: C;
  /** Records with updated_at ≥ this (ISO 8601 with offset); absent or null = all. */
  updatedSince?: string | null;
  /** `next` of the previous page; absent or null for the first page. */
  pageToken?: string | null;
  /** 1–500, default 500. */
  pageSize?: number;
  /** Page number within the run, recorded in each record's position. */
  pageNo?: number;
}

export type DistrictApiPage<C extends DistrictApiCollection = DistrictApiCollection> = SourcePage<RecordOf<C>> & {
  /** The source's clock at the time of the answer. */
  serverTime: string;
};

export async function fetchDistrictApiPage<C extends DistrictApiCollection>(req: DistrictApiPageRequest<C>): Promise<DistrictApiPage<C>> {
  const url = districtApiUrl(req);
  const envelope = parseEnvelope(await bearerGetText(url, req), url);
  if (envelope.next !== null && envelope.next === req.pageToken) {
    throw new SourceError('bad_response', `district API at ${safeUrl(url)} returned the page token it was given: paging would never end`);
  }
  const page = req.pageNo;
  const items = envelope.data.map((raw, index) => ({ raw, position: page === undefined ? { index } : { page, index } }));
  const result = validateDistrictApiRecords(req.collection, items);
  return {
    ...result,
    received: envelope.data.length,
    next: envelope.next,
    serverTime: envelope.serverTime,
  };
}

/** A district API collection's records, validated as a page's are (also for a quarantine replay). */
export function validateDistrictApiRecords<C extends Collection>(collection: C, items: Iterable<RawItem>): Validated<RecordOf<C>> {
  return validateBatch(recordSchema(collection), items, (raw) => recordKey(collection, raw));
}

/** `{baseUrl}/v1/{collection}?…`, keeping any path prefix of baseUrl */
export function districtApiUrl(req: DistrictApiPageRequest): URL {
  const size = req.pageSize ?? DISTRICT_API_MAX_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > DISTRICT_API_MAX_PAGE_SIZE) {
    throw new SourceError('bad_request', `district API page size must be an integer from 1 to ${DISTRICT_API_MAX_PAGE_SIZE}, got ${size}`);
  }
  const url = new URL(req.baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/${req.collection}`;
  const q = new URLSearchParams();
  if (req.updatedSince) q.set('updated_since', req.updatedSince);
  if (req.pageToken) q.set('page_token', req.pageToken);
  q.set('page_size', String(size));
  url.search = q.toString();
  return url;
}

interface Envelope {
  data: unknown[];
  next: string | null;
  serverTime: string;
}

/** `{ data: [...], next_page_token: string | null, server_time: string }`, else bad_response. */
function parseEnvelope(text: string, url: URL): Envelope {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new SourceError(
      'bad_response',
      `district API sent a body that is not JSON (HTTP 200) at ${safeUrl(url)}: ${describeBody(text)}`,
      {
        cause: err,
      },
    );
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems = [
    Array.isArray(b.data) ? null : 'data is not an array',
    typeof b.next_page_token === 'string' || b.next_page_token === null ? null : 'next_page_token is not a string or null',
    typeof b.server_time === 'string' ? null : 'server_time is not a string',
  ].filter((p) => p !== null);
  if (problems.length > 0) {
    throw new SourceError(
      'bad_response',
      `district API page (HTTP 200) at ${safeUrl(url)} is not { data, next_page_token, server_time }: ${problems.join('; ')}`,
    );
  }
  const next = b.next_page_token === '' ? null : (b.next_page_token as string | null);
  return { data: b.data as unknown[], next, serverTime: b.server_time as string };
}

// One request to the simulated district API, in the order a real deployment
// meets it: routing, the gateway's faults and auth, parameter checks, then
// the page from the store with the data-level faults (poison, duplicates,
// overlap) applied. sources.md §1a is the contract this must keep.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { isoToUtc, type Collection } from '@liaison/schemas';
import { toShanghaiIso } from '../demo-data/time.ts';
import type { FaultName, FaultPlan } from './faults.ts';
import { buildPage, type PageContext } from './page.ts';
import { decodeCursor } from './store.ts';
import { sendBadBody, sendCutOff, sendError, sendJson, sendServerError } from './respond.ts';

export const MAX_PAGE_SIZE = 500;

export interface RequestLogEntry {
  collection: Collection | null;
  query: { updated_since: string | null; page_token: string | null; page_size: string | null };
  status: number;
  /** The fault that shaped the answer, 'auth' for a refused token, null for a plain answer. */
  fault: FaultName | 'auth' | null;
  /** Records in `data` (poison and repeats included), 0 when no page was sent. */
  records: number;
  poison: number;
  repeated: number;
  /** When the request arrived (ms since the epoch), to check a client's waits such as Retry-After. */
  at: number;
}

export interface HandlerContext extends PageContext {
  token: string;
  plan: () => FaultPlan;
  defaultPageSize: number;
  log: (e: RequestLogEntry) => void;
  signal: AbortSignal;
}

const ROUTE = /^\/v1\/(enterprises|visits|projects)\/?$/;

export async function handle(ctx: HandlerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  const q = url.searchParams;
  const query = { updated_since: q.get('updated_since'), page_token: q.get('page_token'), page_size: q.get('page_size') };
  const collection = (ROUTE.exec(url.pathname)?.[1] ?? null) as Collection | null;
  const entry: RequestLogEntry = { collection, query, status: 0, fault: null, records: 0, poison: 0, repeated: 0, at: Date.now() };
  const done = (status: number, fault: RequestLogEntry['fault'] = null) => ctx.log({ ...entry, status, fault });
  const refuse = (status: number, code: string, message: string, fault: RequestLogEntry['fault'] = null, headers = {}) => {
    sendError(res, status, code, message, headers);
    done(status, fault);
  };

  if (collection === null) return refuse(404, 'not_found', `no such resource ${url.pathname}`);
  if (req.method !== 'GET') return refuse(405, 'method_not_allowed', 'only GET');
  const plan = ctx.plan();
  const { faults } = plan;
  plan.nextRequest();
  if (plan.fires('unauthorized')) return refuse(faults.unauthorized?.status ?? 401, 'unauthorized', '令牌无效或已过期', 'unauthorized');
  if (req.headers.authorization !== `Bearer ${ctx.token}`) {
    return refuse(401, 'unauthorized', 'missing or invalid bearer token', 'auth', { 'www-authenticate': 'Bearer' });
  }
  if (plan.fires('rateLimit')) {
    const seconds = faults.rateLimit?.retryAfterSeconds ?? 1;
    const after = faults.rateLimit?.httpDate ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds);
    return refuse(429, 'rate_limited', 'too many requests', 'rateLimit', { 'retry-after': after });
  }
  if (plan.fires('serverError')) {
    const status = faults.serverError?.status ?? ([500, 502, 503] as const)[(plan.fired('serverError') - 1) % 3]!;
    sendServerError(res, status);
    return done(status, 'serverError');
  }

  const pageSize = query.page_size === null ? ctx.defaultPageSize : /^\d+$/.test(query.page_size) ? Number(query.page_size) : NaN;
  if (!(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) {
    return refuse(400, 'bad_request', `page_size must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const sinceUtc = query.updated_since === null ? null : isoToUtc(query.updated_since);
  if (query.updated_since !== null && sinceUtc === null) {
    return refuse(400, 'bad_request', 'updated_since must be an ISO 8601 timestamp with an offset');
  }
  const cursor = query.page_token === null ? null : decodeCursor(query.page_token);
  if (query.page_token !== null && cursor === null) return refuse(400, 'bad_request', 'invalid page_token');

  let fault: RequestLogEntry['fault'] = null;
  if (plan.fires('slow')) {
    fault = 'slow';
    await sleep(faults.slow?.delayMs ?? 0, undefined, { signal: ctx.signal }).catch(() => undefined);
    if (ctx.signal.aborted) return void res.destroy();
  }
  const poisonKinds = plan.fires('poison') ? (faults.poison?.kinds ?? null) : undefined;
  const repeat = plan.fires('duplicates') ? (faults.duplicates?.count ?? 2) : 0;
  const page = buildPage(ctx, collection, {
    sinceMs: sinceUtc === null ? null : Date.parse(sinceUtc),
    cursor,
    pageSize,
    repeat,
    poisonKinds,
    overlap: faults.overlap === true,
  });
  const envelope = { data: page.data, next_page_token: page.next, server_time: toShanghaiIso(Date.now()) };
  Object.assign(entry, { records: page.data.length, poison: page.poison, repeated: page.repeated });
  if (poisonKinds !== undefined) fault = 'poison';
  else if (page.repeated > 0) fault = 'duplicates';
  if (plan.fires('badJson')) {
    sendBadBody(res, faults.badJson?.body ?? 'html', envelope);
    return done(200, 'badJson');
  }
  if (plan.fires('cutOff')) {
    sendCutOff(res, envelope);
    return done(200, 'cutOff');
  }
  sendJson(res, 200, envelope);
  done(200, fault);
}

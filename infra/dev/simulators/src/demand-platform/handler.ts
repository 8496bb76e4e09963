// One request to the simulated demand platform, in the order a real
// deployment meets it: routing, the signature check, the gateway's faults,
// parameter checks, then the page from the feed with poison applied on the
// way out. sources.md §2 is the contract this must keep. Bodies are written
// with the district API simulator's helpers, so both fail the way gateways do.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { sendBadBody, sendError, sendJson, sendServerError } from '../district-api/respond.ts';
import { refusal, type AuthConfig } from './auth.ts';
import type { DemandFeed } from './feed.ts';
import { takeFault, type DemandFaults } from './faults.ts';
import { poison, poisonKindOf, type PoisonFault } from './poison.ts';
import type { WireDemandEvent } from './wire.ts';

export const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

export interface RequestRecord {
  pathAndQuery: string;
  status: number;
}

export interface HandlerContext {
  auth: AuthConfig;
  feed: DemandFeed;
  /** Current faults; counted faults are spent on this object. */
  faults: () => DemandFaults;
  /** The platform's clock in ms. */
  clock: () => number;
  log: (r: RequestRecord) => void;
  /** Aborted on stop, so a slow answer does not hold the process. */
  signal: AbortSignal;
}

export async function handle(ctx: HandlerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathAndQuery = req.url ?? '/'; // exactly as sent: this is what was signed
  const status = (code: number) => ctx.log({ pathAndQuery, status: code });
  const faults = ctx.faults();
  if (faults.delayMs) await sleep(faults.delayMs, undefined, { signal: ctx.signal });
  const url = new URL(pathAndQuery, 'http://simulator');
  if (req.method !== 'GET' || url.pathname !== '/v2/demand-events') {
    status(404);
    return sendError(res, 404, 'not_found', `no route ${req.method} ${url.pathname}`);
  }

  const nowSeconds = Math.floor(ctx.clock() / 1000) + (faults.clockSkewSeconds ?? 0);
  const refused = refusal(req.headers, pathAndQuery, ctx.auth, nowSeconds, faults.rejectSignatures);
  if (refused) {
    status(401);
    return sendError(res, 401, 'unauthorized', refused);
  }

  const limited = takeFault(faults, 'rateLimit');
  if (limited) {
    status(429);
    return sendError(res, 429, 'rate_limited', '请求过于频繁', { 'retry-after': String(limited.retryAfterSeconds ?? 1) });
  }
  const failed = takeFault(faults, 'serverError');
  if (failed) {
    status(failed.status ?? 503);
    return sendServerError(res, failed.status ?? 503);
  }

  const afterSeq = intParam(url, 'after_seq', 0);
  const limit = intParam(url, 'limit', DEFAULT_LIMIT);
  if (afterSeq === null || limit === null || limit < 1 || limit > MAX_LIMIT) {
    status(400);
    return sendError(res, 400, 'bad_request', `after_seq must be an integer ≥ 0 and limit 1–${MAX_LIMIT}`);
  }
  const page = ctx.feed.slice(afterSeq, limit);
  const events = faults.poison ? poisonPage(page.events, faults.poison) : page.events;
  const envelope = { events, last_seq: page.lastSeq, has_more: page.hasMore };
  const bad = takeFault(faults, 'badJson');
  status(200);
  if (bad) sendBadBody(res, bad.body ?? 'truncated', envelope);
  else sendJson(res, 200, envelope);
}

function poisonPage(events: readonly WireDemandEvent[], fault: PoisonFault): object[] {
  return events.map((e) => {
    const kind = poisonKindOf(e.seq, fault);
    return kind ? poison(e, kind) : e;
  });
}

/** A non-negative integer query parameter; `fallback` when absent, null when malformed. */
function intParam(url: URL, name: string, fallback: number): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

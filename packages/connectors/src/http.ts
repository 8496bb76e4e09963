// One GET against a source's HTTP API, with every way it can fail turned
// into a SourceError that says whether a retry can help and names the URL
// and status, never the credentials: they travel only in headers, and URLs
// and upstream bodies reach messages only as shown.ts allows. Caller
// cancellation is passed through untouched: cancelling is not a source
// fault. Shared by the HTTP connectors, which differ only in their headers
// and how they are named in messages.
// Redirects are refused, never followed: following one would send the
// credentials headers to wherever a compromised or misconfigured source
// points (an internal address included), so a 3xx is reported with its
// target for the operator to correct the source's baseUrl. Bodies are read
// with a cap on their size (body.ts), so no answer can fill the worker's memory.
import { DEFAULT_MAX_BYTES, formatBytes, readCapped, type TooLarge } from './body.ts';
import { SourceError } from './errors.ts';
import { errorExcerpt, safeUrl, withoutUserinfo } from './shown.ts';

export interface HttpGetOptions {
  fetch?: typeof fetch;
  /** Whole request including the body; default 90 s (DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Largest body accepted, in bytes; default 64 MiB (DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

/** How a source is named in messages, and what to check when it refuses our credentials. */
export interface SourceLabel {
  name: string;
  credentials: string;
}

/**
 * A district page may take up to 60 s to arrive, every time (sources.md §1a):
 * that is slow, not broken, so the default waits for it with room to spare.
 * The caller notices a dead worker by its heartbeats, not by this timeout.
 */
export const DEFAULT_TIMEOUT_MS = 90_000;

/** An error answer is read only for the excerpt its message shows. */
const ERROR_BODY_MAX_BYTES = 64 * 1024;

/** The 200 body as text; any other outcome throws a SourceError. */
export async function getText(url: URL, headers: Record<string, string>, source: SourceLabel, opts: HttpGetOptions): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  try {
    const init: RequestInit = { headers: { Accept: 'application/json', ...headers }, signal, redirect: 'manual' };
    const res = await (opts.fetch ?? fetch)(withoutUserinfo(url).href, init);
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      throw redirectError(res, url, source);
    }
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (res.status !== 200) {
      const body = await readCapped(res, Math.min(maxBytes, ERROR_BODY_MAX_BYTES));
      throw statusError(res, typeof body === 'string' ? body : '', url, source, Object.values(headers));
    }
    const body = await readCapped(res, maxBytes);
    if (typeof body === 'string') return body;
    throw tooLargeError(body, maxBytes, url, source);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (opts.signal?.aborted) throw opts.signal.reason;
    const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : `network error (${networkReason(err)})`;
    throw new SourceError('unavailable', `${source.name} ${reason} at ${safeUrl(url)}`, { cause: err });
  }
}

/** `fetch failed: ECONNREFUSED`: undici hides the useful part in `cause`. */
function networkReason(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  return [String(err instanceof Error ? err.message : err), cause?.code ?? cause?.message].filter(Boolean).join(': ');
}

/** A 3xx: not retried, as the same address would redirect again. */
function redirectError(res: Response, url: URL, source: SourceLabel): SourceError {
  const target = redirectTarget(res.headers.get('Location'), url);
  return new SourceError(
    'bad_response',
    `${source.name} at ${safeUrl(url)} redirected to ${target} (HTTP ${res.status}); redirects are not followed: set the source's baseUrl to the address that answers`,
    { status: res.status, retryable: false },
  );
}

/** Where a redirect pointed, as origin and path only: no credentials, no query (it may carry tokens). */
function redirectTarget(location: string | null, base: URL): string {
  if (location === null) return 'nowhere (no Location header)';
  const target = URL.parse(location, base.href);
  return target === null ? 'an address that is not a URL' : target.origin + target.pathname;
}

function tooLargeError(body: TooLarge, maxBytes: number, url: URL, source: SourceLabel): SourceError {
  const how = body.declared === null ? 'went past' : `declares ${body.declared} bytes (Content-Length), over`;
  const what = body.declared === null ? 'stopped reading' : 'not read';
  return new SourceError(
    'bad_response',
    `${source.name} answer at ${safeUrl(url)} ${how} the ${formatBytes(maxBytes)} limit on a page: ${what}`,
  );
}

/** The SourceError for a non-200 answer: its status and URL, and from its body at most a short error text. */
export function statusError(res: Response, body: string, url: URL, source: SourceLabel, credentials: readonly string[]): SourceError {
  const status = res.status;
  const said = status >= 400 ? errorExcerpt(body, credentials) : null;
  const detail = `HTTP ${status} from ${safeUrl(url)}${said === null ? '' : `: "${said}"`}`;
  if (status === 429) {
    const retryAfterMs = retryAfter(res.headers.get('Retry-After'));
    return new SourceError('rate_limited', `${source.name} rate limit, ${detail}`, { status, retryAfterMs });
  }
  if (status === 401 || status === 403)
    return new SourceError('unauthorized', `${source.name} ${source.credentials}: ${detail}`, { status, url: safeUrl(url) });
  // 408 is the server giving up on a slow exchange: as transient as a 5xx.
  if (status >= 500 || status === 408) return new SourceError('unavailable', `${source.name} failed: ${detail}`, { status });
  if (status >= 400) return new SourceError('bad_request', `${source.name} rejected the request: ${detail}`, { status });
  return new SourceError('bad_response', `${source.name} answered an unexpected ${detail}`, { status });
}

/** `Retry-After` as delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

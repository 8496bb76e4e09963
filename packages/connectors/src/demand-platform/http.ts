// One signed GET against the demand platform, with every way it can fail
// turned into a SourceError that says whether a retry can help and names the
// URL (never the key or secret, which travel only in headers). Caller
// cancellation is passed through untouched: cancelling is not a source fault.
// Same status mapping as the district API's client (whose Retry-After parser
// it reuses); only the headers and the 401 advice differ.
import { SourceError } from '../errors.ts';
import { retryAfter } from '../district-api/http.ts';
import { signRequest } from './sign.ts';

export interface SignedGet {
  apiKey: string;
  secret: string;
  fetch?: typeof fetch;
  /** Clock in ms (default Date.now): the timestamp the signature covers. */
  now?: () => number;
  /** Whole request including the body; default 30 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The 200 body as text; any other outcome throws a SourceError. */
export async function signedGetText(url: URL, opts: SignedGet): Promise<string> {
  const { timestamp, signature } = signRequest(opts.secret, url.pathname + url.search, (opts.now ?? Date.now)() / 1000);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  try {
    const res = await (opts.fetch ?? fetch)(url, {
      headers: { 'X-Api-Key': opts.apiKey, 'X-Timestamp': timestamp, 'X-Signature': signature, Accept: 'application/json' },
      signal,
    });
    const text = await res.text();
    if (res.status === 200) return text;
    throw statusError(res, text, url);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (opts.signal?.aborted) throw opts.signal.reason;
    const code = (err as { cause?: { code?: string } }).cause?.code; // e.g. ECONNREFUSED
    const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : `network error (${String(err)}${code ? `: ${code}` : ''})`;
    throw new SourceError('unavailable', `demand platform ${reason} at ${url.href}`, { cause: err });
  }
}

function statusError(res: Response, body: string, url: URL): SourceError {
  const status = res.status;
  const detail = `HTTP ${status} from ${url.href}${body.trim() ? `: ${body.trim().slice(0, 200)}` : ''}`;
  if (status === 429) {
    const retryAfterMs = retryAfter(res.headers.get('Retry-After'));
    return new SourceError('rate_limited', `demand platform rate limit, ${detail}`, { status, retryAfterMs });
  }
  if (status === 401 || status === 403) {
    return new SourceError('unauthorized', `demand platform refused the signature or API key (check the source's key, secret and clock): ${detail}`, { status });
  }
  // 408 is the server giving up on a slow exchange: as transient as a 5xx.
  if (status >= 500 || status === 408) return new SourceError('unavailable', `demand platform failed: ${detail}`, { status });
  if (status >= 400) return new SourceError('bad_request', `demand platform rejected the request: ${detail}`, { status });
  return new SourceError('bad_response', `demand platform answered an unexpected ${detail}`, { status });
}

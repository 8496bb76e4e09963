// The demand platform's signed GET (sources.md §2) over the shared HTTP
// mapping; the key and secret travel only in headers.
import { getText, type HttpGetOptions, type SourceLabel } from '../http.ts';
import { signRequest } from './sign.ts';

export interface SignedGet extends HttpGetOptions {
  apiKey: string;
  secret: string;
  /** Clock in ms (default Date.now): the timestamp the signature covers. */
  now?: () => number;
}

const DEMAND_PLATFORM: SourceLabel = {
  name: 'demand platform',
  credentials: "refused the signature or API key (check the source's key, secret and clock)",
};

/** The 200 body as text; any other outcome throws a SourceError. */
export function signedGetText(url: URL, opts: SignedGet): Promise<string> {
  const { timestamp, signature } = signRequest(opts.secret, url.pathname + url.search, (opts.now ?? Date.now)() / 1000);
  return getText(url, { 'X-Api-Key': opts.apiKey, 'X-Timestamp': timestamp, 'X-Signature': signature }, DEMAND_PLATFORM, opts);
}

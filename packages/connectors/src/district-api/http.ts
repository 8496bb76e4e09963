// The district API's GET: a bearer token, over the shared HTTP mapping.
import { getText, type HttpGetOptions, type SourceLabel } from '../http.ts';

export { retryAfter, type HttpGetOptions } from '../http.ts';

export interface BearerGet extends HttpGetOptions {
  token: string;
}

const DISTRICT_API: SourceLabel = { name: 'district API', credentials: "refused the token (check the source's token setting)" };

export function bearerGetText(url: URL, opts: BearerGet): Promise<string> {
  return getText(url, { Authorization: `Bearer ${opts.token}` }, DISTRICT_API, opts);
}

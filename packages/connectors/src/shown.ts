// What of a source's request and answer may be shown in messages and logs.
// URLs: no user:password, no fragment, and the query keeps its parameter
// names but drops their values (`?page_token=&page_size=`). The names say
// which request it was; the values may be tokens (a page token, or a key
// someone put in a baseUrl), and no rule can tell a cursor from a secret.
// Bodies: an upstream answer may echo anything, from our credentials to an
// internal page, so none is quoted whole. An error answer (4xx/5xx) shows at
// most its JSON `error` or `message` field, on one short line and with the
// credentials we sent blanked; any other body is only described.

/** The URL as it may appear in messages and logs. */
export function safeUrl(url: URL): string {
  const copy = withoutUserinfo(url);
  copy.hash = '';
  if (copy.search) copy.search = new URLSearchParams([...copy.searchParams.keys()].map((name): [string, string] => [name, ''])).toString();
  return copy.href;
}

/** A copy without user:password, as fetch needs it too (it refuses such a URL, quoting it in its error). */
export function withoutUserinfo(url: URL): URL {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy;
}

const EXCERPT_CHARS = 100;

/** The `error` or `message` of a JSON error answer, one line of at most 100 characters; null when it has none. */
export function errorExcerpt(body: string, credentials: readonly string[]): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const fields = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const said = [fields.error, fields.message].find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
  if (said === undefined) return null;
  const line = blankCredentials(said, credentials)
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line;
}

/** The text with each credential (a token, a key, a webhook URL) replaced by `***`. */
export function blankCredentials(text: string, credentials: readonly string[]): string {
  return credentials.filter((c) => c !== '').reduce((blanked, c) => blanked.split(c).join('***'), text);
}

/** A body that should have been JSON, described rather than quoted: `an empty body`, `1234 characters of HTML`. */
export function describeBody(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'an empty body';
  return `${trimmed.length} characters of ${trimmed.startsWith('<') ? 'HTML' : 'text'}`;
}

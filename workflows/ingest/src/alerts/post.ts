// Posts one alert body to a chat robot or webhook. A robot that refuses a
// message says so with HTTP 200 and a non-zero `errcode` (WeCom, DingTalk),
// so that counts as not delivered too. Errors name the alert by its kind and
// variable, never by its URL (the URL is the robot's key); retrying is the
// activity's retry policy's job, not this function's.
import { blankCredentials } from '@liaison/connectors';

const POST_TIMEOUT_MS = 10_000;

/** Why the answer means "not delivered", or null when it was taken. */
function refusal(status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  try {
    const parsed = JSON.parse(body) as { errcode?: unknown; errmsg?: unknown };
    if (typeof parsed.errcode === 'number' && parsed.errcode !== 0) return `errcode ${parsed.errcode} (${String(parsed.errmsg ?? '')})`;
  } catch {
    // a webhook may answer anything that is not JSON: its status said enough
  }
  return null;
}

/** Resolves when delivered; otherwise throws an Error saying why, without the URL. */
export async function postAlert(url: string, body: Record<string, unknown>): Promise<void> {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new Error('its URL is not an http(s) URL');
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    // eslint-disable-next-line preserve-caught-error -- the cause may quote the URL (the robot's key): its message is kept, blanked
    throw new Error(blankCredentials(`no answer (${(err as Error).message}${cause})`, [url]));
  }
  const why = refusal(answer.status, await answer.text());
  if (why) throw new Error(blankCredentials(`refused: ${why}`, [url]));
}

// A source's answer read with a cap on its size. A compromised or broken
// source could otherwise stream without end and fill the worker's memory:
// the body is read chunk by chunk and the stream cancelled (closing the
// connection) as soon as it passes the cap, and a Content-Length above the
// cap is refused before a byte is read.

const MiB = 1024 * 1024;

/**
 * The largest page accepted by default. A full page is far smaller (500
 * district records, the API's largest page, come to about 200 KB), so this
 * only stops an answer that is not a page at all.
 */
export const DEFAULT_MAX_BYTES = 64 * MiB;

/** A body not read whole: larger than the cap, by its Content-Length (`declared`) or found so while reading (null). */
export interface TooLarge {
  declared: number | null;
}

/** The body as UTF-8 text (as Response.text() decodes it), or why it was too large. */
export async function readCapped(res: Response, maxBytes: number): Promise<string | TooLarge> {
  const declared = Number(res.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    return { declared };
  }
  if (res.body === null) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return { declared: null };
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/** `64 MiB`, `100 KiB` or `1234 bytes`: the cap as an operator would set it. */
export function formatBytes(n: number): string {
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

// How much each endpoint that takes a body reads, at most. adapter-node's
// BODY_SIZE_LIMIT is one number for the whole server and must let the 5 MB
// XLSX upload through (serve's dashboard process sets 6M), so every endpoint
// also reads its body through readBodyWithin with its own, smaller limit: a
// declared Content-Length over the limit is refused before a byte is read,
// and a body without one (or lying) is counted while streaming and no longer
// read past the limit. Nothing is parsed (request.json/formData) until the body fits.
import { MAX_UPLOAD_BYTES } from './members/xlsx-read.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

export const BODY_LIMITS = {
  /** POST /api/v1/submissions: 1000 opinions of ~300 Chinese characters each fit. */
  json: MiB,
  /** The portal's submission form: the same data, percent-encoded (up to 3 bytes per byte) when sent without script. */
  form: 3 * MiB,
  /** The portal's XLSX upload: the file, plus the period, key and multipart framing. */
  upload: MAX_UPLOAD_BYTES + 64 * KiB,
  /** Logins and the console's re-run button: a few short fields. */
  small: 16 * KiB,
} as const;

/** A body refused for its size; `message` says so in words. */
export class BodyTooLarge {
  readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  get message(): string {
    return `the request body is larger than ${formatBytes(this.limit)}, the most this address accepts`;
  }
}

export function formatBytes(n: number): string {
  if (n >= MiB) return `${Math.round((n / MiB) * 10) / 10} MB`;
  return `${Math.round(n / KiB)} KB`;
}

/** The body's bytes, or BodyTooLarge without reading further than `limit` bytes. */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | BodyTooLarge> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return new BodyTooLarge(limit);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Left unread rather than cancelled: adapter-node's cancel destroys the
      // connection, and the 413 would never reach the client. Unread, the
      // request stays paused; what adapter-node buffers is capped by BODY_SIZE_LIMIT.
      reader.releaseLock();
      return new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function textWithin(request: Request, limit: number): Promise<string | BodyTooLarge> {
  const bytes = await readBodyWithin(request, limit);
  return bytes instanceof BodyTooLarge ? bytes : new TextDecoder().decode(bytes);
}

/** The form fields (multipart or urlencoded, as request.formData() reads them) of a body within `limit`. */
export async function formDataWithin(request: Request, limit: number): Promise<FormData | BodyTooLarge> {
  const bytes = await readBodyWithin(request, limit);
  if (bytes instanceof BodyTooLarge) return bytes;
  return new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
}

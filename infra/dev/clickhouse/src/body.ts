// Request and response bodies: reading a request whole while undoing its
// Content-Encoding, and compressing a response for a client that asked for it.
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { ServerError, serverError } from './errors.ts';

type Transform = NodeJS.ReadWriteStream;

const decoders: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
  zstd: () => zlib.createZstdDecompress(),
};

/**
 * The most a request body may hold, decompressed: 256 MiB, far above the
 * largest insert batch of the pipeline, so one request cannot fill the memory
 * of the process that holds the engine.
 */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** The request body, decompressed per `Content-Encoding`, refused past `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const encoding = String(req.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer | string>) => {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > maxBytes) throw serverError('QUERY_IS_TOO_LARGE', `Request body is larger than ${maxBytes} bytes`);
      chunks.push(bytes);
    }
  };
  if (encoding === '' || encoding === 'identity') {
    await collect(req);
  } else {
    const decoder = decoders[encoding];
    if (!decoder) throw serverError('UNKNOWN_COMPRESSION_METHOD', `Unknown HTTP Content-Encoding: ${encoding}`);
    try {
      await pipeline(req, decoder(), collect);
    } catch (error) {
      if (error instanceof ServerError) throw error;
      throw serverError('CANNOT_DECOMPRESS', `Cannot decompress request body (${encoding}): ${(error as Error).message}`);
    }
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

const encoders = {
  gzip: promisify(zlib.gzip),
  deflate: promisify(zlib.deflate),
  br: promisify(zlib.brotliCompress),
  zstd: promisify(zlib.zstdCompress),
};
export type ResponseEncoding = keyof typeof encoders;

/** The first codec in `Accept-Encoding` that we can produce. */
export function pickEncoding(acceptEncoding: string | undefined): ResponseEncoding | undefined {
  for (const item of (acceptEncoding ?? '').split(',')) {
    const name = item.split(';')[0]?.trim().toLowerCase();
    if (name && name in encoders) return name as ResponseEncoding;
  }
  return undefined;
}

/** Compresses a response body; `level` is http_zlib_compression_level (1–9). */
export function compress(data: Uint8Array, encoding: ResponseEncoding, level: number): Promise<Buffer> {
  switch (encoding) {
    case 'gzip':
      return encoders.gzip(data, { level });
    case 'deflate':
      return encoders.deflate(data, { level });
    case 'br':
      return encoders.br(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: level } });
    case 'zstd':
      return encoders.zstd(data, { params: { [zlib.constants.ZSTD_c_compressionLevel]: level } });
  }
}

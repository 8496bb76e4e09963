// The HTTP front itself: routes, authentication, and the response headers and
// error bodies that @clickhouse/client reads from a real ClickHouse server.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { compress, pickEncoding, readBody } from './body.ts';
import type { Engine, EngineResult } from './engine.ts';
import { fromEngineError, httpStatus, type ServerError, serverError } from './errors.ts';
import { contentType, outputFormat, resultRows } from './formats.ts';
import type { ReadGrants } from './read-grants.ts';
import { parseQueryRequest, presentedCredentials, type QueryRequest } from './request.ts';

export interface HandlerOptions {
  engine: Engine;
  /** When set, requests must present these credentials; otherwise any are accepted. */
  auth?: { user: string; password: string } | undefined;
  /**
   * The read-only account: its requests run read-only and read only what its
   * grants allow. Its password is checked when `auth` is set (with `auth`
   * unset, any password is accepted, as for every other user).
   */
  reader?: { password: string; grants: ReadGrants } | undefined;
  /** The largest request body, decompressed (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  keepAliveSeconds: number;
}

export function createHandler(options: HandlerOptions): RequestListener {
  return (req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      // Only reached when the response itself failed, e.g. the client went away.
      if (!res.headersSent) sendError(options, res, fromEngineError(error), randomUUID());
      else res.destroy();
    });
  };
}

async function handle(options: HandlerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  res.setHeader('X-ClickHouse-Server-Display-Name', 'embedded-clickhouse');
  res.setHeader('Keep-Alive', `timeout=${options.keepAliveSeconds}`);
  const bare = (req.method === 'GET' || req.method === 'HEAD') && !url.searchParams.has('query');
  if (url.pathname === '/ping' || url.pathname === '/replicas_status' || (url.pathname === '/' && bare)) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' }).end('Ok.\n');
    return;
  }
  if (url.pathname !== '/') {
    req.resume();
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=UTF-8' });
    res.end(`There is no handle ${url.pathname}\n\nUse / or /ping for health checks.\n`);
    return;
  }
  let queryId = url.searchParams.get('query_id') || randomUUID();
  try {
    // A web page's request carries an Origin: no page, of any site, is a client of this engine.
    if (req.headers.origin !== undefined) throw serverError('ACCESS_DENIED', 'Requests from web pages (with an Origin header) are refused');
    const reads = checkCredentials(options, url, req);
    const body = await readBody(req, options.maxBodyBytes);
    const request = parseQueryRequest({ method: req.method ?? 'POST', url, headers: req.headers, body });
    queryId = request.queryId;
    const result = await options.engine.execute(reads ? asReader(request, reads) : request);
    await sendResult(options, req, res, request, result);
  } catch (error) {
    req.resume();
    sendError(options, res, fromEngineError(error), queryId);
  }
}

/** Refuses wrong credentials; returns the grants that bound the request when it comes from the read-only account. */
function checkCredentials({ auth, reader }: HandlerOptions, url: URL, req: IncomingMessage): ReadGrants | undefined {
  const { user, password } = presentedCredentials(url, req.headers);
  const isReader = reader !== undefined && user === reader.grants.user;
  const expected = isReader ? reader.password : auth?.user === user ? auth.password : undefined;
  if (auth && password !== expected) {
    throw serverError('AUTHENTICATION_FAILED', `${user}: Authentication failed: password is incorrect, or there is no user with such name`);
  }
  return isReader ? reader.grants : undefined;
}

/** The reader's request: read-only whatever settings it brings (2 still lets it set others, as a profile's readonly = 2 does). */
function asReader(request: QueryRequest, grants: ReadGrants): QueryRequest {
  const settings = new Map(request.settings);
  if (settings.get('readonly') !== '1') settings.set('readonly', '2');
  return { ...request, settings, reads: grants };
}

async function sendResult(
  options: HandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  request: QueryRequest,
  result: EngineResult,
): Promise<void> {
  const format = outputFormat(request.query, request.format);
  const wrote = result.writtenRows > 0;
  const summary = {
    read_rows: String(result.readRows || result.writtenRows),
    read_bytes: String(result.readBytes || result.writtenBytes),
    written_rows: String(result.writtenRows),
    written_bytes: String(result.writtenBytes),
    total_rows_to_read: String(result.readRows),
    result_rows: String(wrote ? result.writtenRows : resultRows(format, result.output)),
    result_bytes: String(wrote ? result.writtenBytes : result.output.length),
    elapsed_ns: String(result.elapsedNs),
  };
  const headers: Record<string, string> = {
    'Content-Type': contentType(format),
    'X-ClickHouse-Format': format,
    'X-ClickHouse-Query-Id': request.queryId,
    'X-ClickHouse-Timezone': options.engine.timezone,
    'X-ClickHouse-Summary': JSON.stringify(summary),
  };
  let body: Uint8Array = result.output;
  const encoding = request.compressResponse ? pickEncoding(req.headers['accept-encoding']) : undefined;
  if (encoding) {
    body = await compress(body, encoding, request.compressionLevel);
    headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers).end(body);
}

function sendError({ engine }: HandlerOptions, res: ServerResponse, error: ServerError, queryId: string): void {
  res.writeHead(httpStatus(error), {
    'Content-Type': 'text/plain; charset=UTF-8',
    'X-ClickHouse-Exception-Code': String(error.code),
    'X-ClickHouse-Query-Id': queryId,
    'X-ClickHouse-Timezone': engine.timezone,
  });
  res.end(`${error.text} (version ${engine.version})\n`);
}

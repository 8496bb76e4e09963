// Reads an HTTP request the way ClickHouse's HTTP handler does: the query is
// the URL `query` plus a newline plus the body; `param_*` are query parameters;
// every other URL parameter that is not the handler's own is a setting.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { EngineRequest } from './engine.ts';
import { serverError } from './errors.ts';
import { multipartBoundary, parseMultipart } from './multipart.ts';
import { isPlainName } from './sql.ts';

export interface QueryRequest extends EngineRequest {
  queryId: string;
  /** enable_http_compression: compress the response if the client accepts it. */
  compressResponse: boolean;
  compressionLevel: number;
}

export interface HttpInput {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// The handler's own URL parameters; everything else is a setting.
const RESERVED = new Set([
  'query',
  'database',
  'default_format',
  'query_id',
  'session_id',
  'session_timeout',
  'session_check',
  'close_session',
  'compress',
  'decompress',
  'user',
  'password',
  'quota_key',
  'buffer_size',
  'wait_end_of_query',
  'role',
  'stacktrace',
  'client_protocol_version',
]);

const INSERT = /^\s*INSERT\b/i;

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function parseQueryRequest({ method, url, headers, body }: HttpInput): QueryRequest {
  const values = new Map(url.searchParams);
  const boundary = multipartBoundary(header(headers, 'content-type'));
  let query = values.get('query') ?? '';
  let data: Buffer | undefined;
  if (boundary) {
    // A form carries the query and its parameters; its body is not query text.
    for (const [name, value] of parseMultipart(body, boundary)) values.set(name, value);
    query = values.get('query') ?? '';
  } else if (INSERT.test(query)) {
    // The body is the INSERT's data, kept as bytes (it may be in a binary format).
    data = body;
  } else if (body.length > 0) {
    query = query ? `${query}\n${body.toString('utf8')}` : body.toString('utf8');
  }
  if (query.trim() === '') throw serverError('SYNTAX_ERROR', 'Empty query');
  if (values.has('session_id')) {
    throw serverError('NOT_IMPLEMENTED', 'HTTP sessions (session_id) are not supported by the embedded ClickHouse server');
  }

  const settings = new Map<string, string>();
  const params = new Map<string, string>();
  for (const [name, value] of values) {
    if (name.startsWith('param_')) {
      const param = name.slice('param_'.length);
      if (!isPlainName(param)) throw serverError('BAD_ARGUMENTS', `Invalid query parameter name: ${param}`);
      params.set(param, value);
    } else if (!RESERVED.has(name)) {
      if (!isPlainName(name)) throw serverError('UNKNOWN_SETTING', `Unknown setting '${name}'`);
      settings.set(name, value);
    }
  }
  // As on a real server, a GET may only read (readonly = 2 still allows SET).
  if (method === 'GET' && !settings.has('readonly')) settings.set('readonly', '2');

  const flag = settings.get('enable_http_compression');
  return {
    query,
    data,
    format: values.get('default_format') || header(headers, 'x-clickhouse-format') || 'TabSeparated',
    database: values.get('database') || header(headers, 'x-clickhouse-database') || undefined,
    settings,
    params,
    queryId: values.get('query_id') || randomUUID(),
    compressResponse: flag === '1' || flag === 'true',
    compressionLevel: Number(settings.get('http_zlib_compression_level') ?? 3),
  };
}

/** The user and password the client presented, from any of the places clients put them. */
export function presentedCredentials(url: URL, headers: IncomingHttpHeaders): { user: string; password: string } {
  const user = header(headers, 'x-clickhouse-user');
  if (user !== undefined) return { user, password: header(headers, 'x-clickhouse-key') ?? '' };
  const basic = /^Basic\s+(.+)$/i.exec(header(headers, 'authorization') ?? '');
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? { user: decoded, password: '' } : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return { user: url.searchParams.get('user') ?? 'default', password: url.searchParams.get('password') ?? '' };
}

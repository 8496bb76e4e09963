// multipart/form-data request bodies. @clickhouse/client sends the query and
// its `param_*` values this way when they are too long for a URL.
import { serverError } from './errors.ts';

/** The boundary of a multipart/form-data Content-Type, if it is one. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

/** Named text fields of a form. File parts (external tables) are refused. */
export function parseMultipart(body: Buffer, boundary: string): Map<string, string> {
  const fields = new Map<string, string>();
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) throw serverError('BAD_ARGUMENTS', 'Unterminated multipart/form-data body');
    // A part is CRLF, headers, CRLF CRLF, value, CRLF, then the next delimiter.
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) throw serverError('BAD_ARGUMENTS', 'Malformed multipart/form-data part');
    const headers = part.subarray(0, split).toString('utf8');
    if (/;\s*filename=/i.test(headers)) {
      throw serverError('NOT_IMPLEMENTED', 'External data tables are not supported by the embedded ClickHouse server');
    }
    const name = /;\s*name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) fields.set(name, part.subarray(split + 4).toString('utf8'));
    at = next;
  }
  return fields;
}

// How an HTTP request becomes a query: text, data, parameters, settings, format.
import { describe, expect, it } from 'vitest';
import { ServerError } from './errors.ts';
import { parseQueryRequest, presentedCredentials } from './request.ts';

const parse = (url: string, body = '', method = 'POST', headers: Record<string, string> = {}) =>
  parseQueryRequest({ method, url: new URL(url, 'http://h'), headers, body: Buffer.from(body) });

describe('parseQueryRequest', () => {
  it('joins the URL query and the body with a newline', () => {
    expect(parse('/?query=SELECT', '1').query).toBe('SELECT\n1');
    expect(parse('/', 'SELECT 1').query).toBe('SELECT 1');
  });

  it('keeps an INSERT body apart, as bytes', () => {
    const r = parse('/?query=INSERT+INTO+t+FORMAT+JSONEachRow', '{"a":1}\n');
    expect(r.query).toBe('INSERT INTO t FORMAT JSONEachRow');
    expect(r.data?.toString()).toBe('{"a":1}\n');
  });

  it('sorts URL parameters into params, settings and the handler own', () => {
    const r = parse('/?query_id=q1&database=db&default_format=JSON&param_s=a%5Ctb&max_threads=1&wait_end_of_query=1', 'SELECT 1');
    expect(r).toMatchObject({ queryId: 'q1', database: 'db', format: 'JSON' });
    expect([...r.params]).toEqual([['s', 'a\\tb']]);
    expect([...r.settings]).toEqual([['max_threads', '1']]);
    expect(parse('/', 'SELECT 1').format).toBe('TabSeparated');
  });

  it('makes GET read-only and reads compression flags', () => {
    expect(parse('/?query=SELECT+1', '', 'GET').settings.get('readonly')).toBe('2');
    const r = parse('/?enable_http_compression=1&http_zlib_compression_level=6', 'SELECT 1');
    expect(r).toMatchObject({ compressResponse: true, compressionLevel: 6 });
  });

  it('reads a multipart form', () => {
    const body =
      '--B\r\nContent-Disposition: form-data; name="query"\r\n\r\nSELECT {x:String}\r\n' +
      '--B\r\nContent-Disposition: form-data; name="param_x"\r\n\r\nline1\\nline2\r\n--B--\r\n';
    const r = parse('/?query_id=z', body, 'POST', { 'content-type': 'multipart/form-data; boundary=B' });
    expect(r.query).toBe('SELECT {x:String}');
    expect(r.params.get('x')).toBe('line1\\nline2');
  });

  it('rejects empty queries and odd names', () => {
    expect(() => parse('/', '  ')).toThrow(ServerError);
    expect(() => parse('/?param_a%20b=1', 'SELECT 1')).toThrow(/Invalid query parameter name/);
    expect(() => parse('/?a%3Db=1', 'SELECT 1')).toThrow(/Unknown setting/);
  });
});

describe('presentedCredentials', () => {
  it('reads ClickHouse headers, Basic auth and URL parameters', () => {
    const url = new URL('http://h/?user=u&password=p');
    expect(presentedCredentials(url, { 'x-clickhouse-user': 'a', 'x-clickhouse-key': 'b' })).toEqual({ user: 'a', password: 'b' });
    const basic = `Basic ${Buffer.from('c:d:e').toString('base64')}`;
    expect(presentedCredentials(url, { authorization: basic })).toEqual({ user: 'c', password: 'd:e' });
    expect(presentedCredentials(url, {})).toEqual({ user: 'u', password: 'p' });
    expect(presentedCredentials(new URL('http://h/'), {})).toEqual({ user: 'default', password: '' });
  });
});

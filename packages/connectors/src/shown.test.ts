// What a message may show of a source's request and answer: URLs without
// credentials or query values, and no upstream body quoted beyond a short
// JSON error text with our credentials blanked.
import { describe, expect, it } from 'vitest';
import { statusError } from './http.ts';
import { describeBody, safeUrl } from './shown.ts';

const label = { name: 'demand platform', credentials: 'refused the signature or API key' };
const url = new URL('https://ops:hunter2@demands.example.cn/api/v2/demand-events?after_seq=42&token=s3cr3t#frag');
const answer = (status: number, body: string) => statusError(new Response(body, { status }), body, url, label, ['k-secret']);

describe('safeUrl', () => {
  it('keeps the query names but not their values, and drops user:password and the fragment', () => {
    expect(safeUrl(url)).toBe('https://demands.example.cn/api/v2/demand-events?after_seq=&token=');
    expect(safeUrl(new URL('http://127.0.0.1:7101/v1/visits'))).toBe('http://127.0.0.1:7101/v1/visits');
  });
});

describe('statusError', () => {
  it("keeps a JSON error's text on one short line, with the credentials we sent blanked", () => {
    const err = answer(400, JSON.stringify({ error: 'limit must be ≤ 1000\n\tgot 1001', detail: 'not shown' }));
    expect(err.message).toBe(
      'demand platform rejected the request: HTTP 400 from https://demands.example.cn/api/v2/demand-events?after_seq=&token=: "limit must be ≤ 1000 got 1001"',
    );
    const echoed = answer(401, JSON.stringify({ message: `key k-secret is not known; ${'x'.repeat(300)}` }));
    expect(echoed.message).toContain('"key *** is not known; xxx');
    expect(echoed.message).not.toContain('k-secret');
    expect(echoed.message.length).toBeLessThan(300);
  });

  it('quotes no other body: an HTML page, plain text, or JSON without an error field', () => {
    for (const [status, body] of [
      [502, '<html><body>internal admin at 10.0.0.5</body></html>'],
      [500, 'stack trace: password=hunter2'],
      [404, '{"path":"/internal/secret"}'],
      [302, '{"error":"moved to internal"}'],
    ] as const) {
      const err = answer(status, body);
      expect(err.message).toMatch(
        new RegExp(`HTTP ${status} from https://demands\\.example\\.cn/api/v2/demand-events\\?after_seq=&token=$`),
      );
      expect(err.message).not.toMatch(/hunter2|s3cr3t|internal/);
    }
  });
});

describe('describeBody', () => {
  it('says what a body that is not JSON looks like without quoting it', () => {
    expect(['', '  \n', '<!DOCTYPE html><p>x</p>', 'oops'].map(describeBody)).toEqual([
      'an empty body',
      'an empty body',
      '23 characters of HTML',
      '4 characters of text',
    ]);
  });
});

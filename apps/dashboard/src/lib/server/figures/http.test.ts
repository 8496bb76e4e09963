import { describe, expect, it } from 'vitest';
import { etagOf, notModified } from './http.ts';

const v = { etag: etagOf('coverage', '[]|json|zh', 'v1'), lastModified: new Date('2026-11-24T10:00:00.750Z') };
const req = (headers: Record<string, string>) => new Request('http://x/api', { headers });

describe('conditional requests', () => {
  it('derives a stable weak tag from the request and the data version', () => {
    expect(v.etag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(etagOf('coverage', '[]|json|zh', 'v1')).toBe(v.etag);
    expect(etagOf('coverage', '[]|json|zh', 'v2')).not.toBe(v.etag);
    expect(etagOf('coverage', '[]|csv|zh', 'v1')).not.toBe(v.etag);
  });
  it('answers 304 to a matching If-None-Match, weakly compared, in a list, or *', () => {
    expect(notModified(req({ 'if-none-match': v.etag }), v)).toBe(true);
    expect(notModified(req({ 'if-none-match': v.etag.slice(2) }), v)).toBe(true);
    expect(notModified(req({ 'if-none-match': `W/"old", ${v.etag}` }), v)).toBe(true);
    expect(notModified(req({ 'if-none-match': '*' }), v)).toBe(true);
    expect(notModified(req({ 'if-none-match': 'W/"old"' }), v)).toBe(false);
  });
  it('uses If-Modified-Since only without If-None-Match, at one-second precision', () => {
    expect(notModified(req({ 'if-modified-since': v.lastModified.toUTCString() }), v)).toBe(true);
    expect(notModified(req({ 'if-modified-since': 'Tue, 24 Nov 2026 09:59:59 GMT' }), v)).toBe(false);
    expect(notModified(req({ 'if-modified-since': 'not a date' }), v)).toBe(false);
    expect(notModified(req({ 'if-none-match': 'W/"old"', 'if-modified-since': v.lastModified.toUTCString() }), v)).toBe(false);
  });
});

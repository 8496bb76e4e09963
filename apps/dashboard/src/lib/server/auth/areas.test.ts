// The login areas: which paths they cover, where a login may lead, and the
// Origin rule for POSTs.
import { describe, expect, it } from 'vitest';
import { areaOf, isOpen, safeNext, sameOrigin } from './areas.ts';

describe('login areas', () => {
  it('covers /members and /ops and nothing else', () => {
    expect(areaOf('/members')).toBe('member');
    expect(areaOf('/members/submit/profile')).toBe('member');
    expect(areaOf('/ops/quarantine/export')).toBe('ops');
    for (const p of ['/', '/coverage', '/api/v1/submissions', '/membership', '/opsx', '/api/v1/metrics/coverage'])
      expect(areaOf(p), p).toBeNull();
  });

  it('only the login page is open', () => {
    expect(isOpen('member', '/members/login')).toBe(true);
    expect(isOpen('member', '/members')).toBe(false);
    expect(isOpen('ops', '/ops/login')).toBe(true);
    expect(isOpen('ops', '/members/login')).toBe(false);
  });

  it('after login, goes only to a page of the same area', () => {
    expect(safeNext('member', '/members/submit/profile?lang=en')).toBe('/members/submit/profile?lang=en');
    expect(safeNext('ops', '/ops?failed=1')).toBe('/ops?failed=1');
    for (const bad of [
      null,
      '',
      'https://evil.example/members',
      '//evil.example',
      '/members//evil.example',
      '/membersx',
      '/ops',
      '/members\\x',
      '/members/ x',
    ]) {
      expect(safeNext('member', bad), String(bad)).toBe('/members');
    }
  });

  it('accepts a POST only from this origin', () => {
    const url = new URL('http://127.0.0.1:5173/ops?/rerun');
    expect(sameOrigin('http://127.0.0.1:5173', url)).toBe(true);
    expect(sameOrigin('http://localhost:5173', url)).toBe(false);
    expect(sameOrigin('null', url)).toBe(false);
    expect(sameOrigin(null, url)).toBe(false);
  });
});

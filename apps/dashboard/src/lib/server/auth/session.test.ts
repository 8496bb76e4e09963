// Session cookies: a signed session reads back; a tampered, foreign-kind,
// wrong-key or expired one does not.
import { describe, expect, it } from 'vitest';
import { fingerprint, signSession, verifySession, type Session } from './session.ts';

const SECRET = 'k'.repeat(48);
const now = 1_800_000_000;
const member: Session = { kind: 'member', sub: 'm-001', fp: fingerprint('abc'), exp: now + 3600 };

describe('session cookies', () => {
  it('round-trips a signed session', () => {
    expect(verifySession(signSession(member, SECRET), 'member', SECRET, now)).toEqual(member);
  });

  it('refuses a changed payload or signature', () => {
    const cookie = signSession(member, SECRET);
    const [payload, sig] = cookie.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ sub: 'm-002', fp: member.fp, exp: member.exp })).toString('base64url');
    expect(verifySession(`${forged}.${sig}`, 'member', SECRET, now)).toBeNull();
    expect(verifySession(`${payload}.${sig.slice(0, -2)}AA`, 'member', SECRET, now)).toBeNull();
    expect(verifySession(`${payload}.${sig}.x`, 'member', SECRET, now)).toBeNull();
    expect(verifySession(payload, 'member', SECRET, now)).toBeNull();
    expect(verifySession('', 'member', SECRET, now)).toBeNull();
    expect(verifySession(undefined, 'member', SECRET, now)).toBeNull();
  });

  it('a member session never passes as an operator session', () => {
    expect(verifySession(signSession(member, SECRET), 'ops', SECRET, now)).toBeNull();
  });

  it('refuses another key and an expired session', () => {
    expect(verifySession(signSession(member, SECRET), 'member', 'x'.repeat(48), now)).toBeNull();
    expect(verifySession(signSession(member, SECRET), 'member', SECRET, member.exp)).toBeNull();
    expect(verifySession(signSession(member, SECRET), 'member', SECRET, member.exp - 1)).not.toBeNull();
  });

  it('refuses a validly signed payload of the wrong shape', () => {
    const bad = signSession({ ...member, sub: 5 as unknown as string }, SECRET);
    expect(verifySession(bad, 'member', SECRET, now)).toBeNull();
  });

  it('fingerprints change with the credential', () => {
    expect(fingerprint('a')).toBe(fingerprint('a'));
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(fingerprint('a')).toMatch(/^[\w-]{22}$/);
  });
});

// Session cookies: a signed session reads back; a tampered, foreign-kind,
// wrong-key, expired or idle-too-long one does not.
import { describe, expect, it } from 'vitest';
import { fingerprint, newSessionId, signSession, verifySession, type Session } from './session.ts';

const SECRET = 'k'.repeat(48);
const now = 1_800_000_000;
const IDLE = 1800;
const member: Session = { kind: 'member', sid: 'sid-1', sub: 'm-001', fp: fingerprint('abc'), exp: now + 3600, seen: now - 60 };
const verify = (cookie: string | undefined, kind: 'member' | 'ops' = 'member', secret = SECRET, at = now) =>
  verifySession(cookie, kind, secret, IDLE, at);

describe('session cookies', () => {
  it('round-trips a signed session', () => {
    expect(verify(signSession(member, SECRET))).toEqual(member);
  });

  it('refuses a changed payload or signature', () => {
    const cookie = signSession(member, SECRET);
    const [payload, sig] = cookie.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...member, kind: undefined, sub: 'm-002' })).toString('base64url');
    expect(verify(`${forged}.${sig}`)).toBeNull();
    expect(verify(`${payload}.${sig.slice(0, -2)}AA`)).toBeNull();
    expect(verify(`${payload}.${sig}.x`)).toBeNull();
    expect(verify(payload)).toBeNull();
    expect(verify('')).toBeNull();
    expect(verify(undefined)).toBeNull();
  });

  it('a member session never passes as an operator session', () => {
    expect(verify(signSession(member, SECRET), 'ops')).toBeNull();
  });

  it('refuses another key and an expired session', () => {
    expect(verify(signSession(member, SECRET), 'member', 'x'.repeat(48))).toBeNull();
    expect(verify(signSession(member, SECRET), 'member', SECRET, member.exp)).toBeNull();
    expect(verify(signSession({ ...member, seen: member.exp - 60 }, SECRET), 'member', SECRET, member.exp - 1)).not.toBeNull();
  });

  it('refuses a session unused for longer than the idle timeout, and keeps one in use', () => {
    const cookie = signSession(member, SECRET);
    expect(verify(cookie, 'member', SECRET, member.seen + IDLE - 1)).not.toBeNull();
    expect(verify(cookie, 'member', SECRET, member.seen + IDLE)).toBeNull();
    // signed again when used: the idle time counts from the new use
    const used = signSession({ ...member, seen: member.seen + IDLE - 1 }, SECRET);
    expect(verify(used, 'member', SECRET, member.seen + IDLE + 60)).not.toBeNull();
  });

  it('gives each session its own id', () => {
    expect(newSessionId()).not.toBe(newSessionId());
    expect(newSessionId()).toMatch(/^[\w-]{22}$/);
  });

  it('refuses a validly signed payload of the wrong shape', () => {
    const bad = signSession({ ...member, sub: 5 as unknown as string }, SECRET);
    expect(verify(bad)).toBeNull();
  });

  it('fingerprints change with the credential', () => {
    expect(fingerprint('a')).toBe(fingerprint('a'));
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(fingerprint('a')).toMatch(/^[\w-]{22}$/);
  });
});

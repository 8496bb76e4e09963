// Signed session cookies for the member portal and the operations console.
// A cookie is `base64url(JSON payload).base64url(HMAC-SHA256)`: readable but
// not forgeable without the server's secret. The kind is part of what is
// signed, so a member session can never pass as an operator's. A session has
// an id (so logging out can end it on the server: who.ts), an absolute expiry
// and the time it was last used: unused for longer than its area's idle
// timeout, it is over. Pure functions (secret and clock passed in) so they
// are unit-tested without a server.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type SessionKind = 'member' | 'ops';

export interface Session {
  kind: SessionKind;
  /** Random id, 128 bits: what logging out records as ended. */
  sid: string;
  /** member_id or operator name */
  sub: string;
  /** Fingerprint of the credential the session was opened with (see fingerprint()). */
  fp: string;
  /** Absolute expiry, seconds since the epoch. */
  exp: number;
  /** Last use, seconds since the epoch (the idle timeout counts from it). */
  seen: number;
}

function mac(kind: SessionKind, payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`liaison-session:${kind}:${payload}`).digest();
}

export function signSession(s: Session, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ sid: s.sid, sub: s.sub, fp: s.fp, exp: s.exp, seen: s.seen })).toString('base64url');
  return `${payload}.${mac(s.kind, payload, secret).toString('base64url')}`;
}

/** The session a cookie carries, or null when it is missing, tampered with, of another kind, expired or idle too long. */
export function verifySession(
  value: string | undefined,
  kind: SessionKind,
  secret: string,
  idleSeconds: number,
  nowSeconds: number = Date.now() / 1000,
): Session | null {
  if (!value) return null;
  const [payload, sig, extra] = value.split('.');
  if (!payload || !sig || extra !== undefined) return null;
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(kind, payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const b = body as Partial<Session>;
  if (typeof b.sid !== 'string' || typeof b.sub !== 'string' || typeof b.fp !== 'string') return null;
  if (typeof b.exp !== 'number' || typeof b.seen !== 'number') return null;
  if (b.exp <= nowSeconds || b.seen + idleSeconds <= nowSeconds) return null;
  return { kind, sid: b.sid, sub: b.sub, fp: b.fp, exp: b.exp, seen: b.seen };
}

/**
 * A short digest of a stored credential (a token's hash, a password hash):
 * a session remembers it, and stops being valid once the credential changes.
 */
export function fingerprint(storedCredential: string): string {
  return createHash('sha256').update(storedCredential).digest('base64url').slice(0, 22);
}

/** A new session id: 128 random bits. */
export const newSessionId = (): string => randomBytes(16).toString('base64url');

// The key that signs sessions: LIAISON_SESSION_SECRET, checked once. Without
// it a random key is made per process — fine for one dev server, but every
// restart (or a second instance) logs everyone out, so that is said loudly.
import { randomBytes } from 'node:crypto';
import { LIAISON_SESSION_SECRET } from '$app/env/private';
import { z } from 'zod';

const secretSchema = z.string().min(32, 'LIAISON_SESSION_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)');

let secret: string | undefined;

export function sessionSecret(): string {
  if (secret) return secret;
  if (LIAISON_SESSION_SECRET === undefined || LIAISON_SESSION_SECRET === '') {
    console.warn('[auth] LIAISON_SESSION_SECRET is not set: using a random key, so logins will not survive a restart');
    secret = randomBytes(48).toString('base64url');
  } else {
    const parsed = secretSchema.safeParse(LIAISON_SESSION_SECRET);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
    secret = parsed.data;
  }
  return secret;
}

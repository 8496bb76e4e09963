// The key that signs sessions: LIAISON_SESSION_SECRET, parsed once by
// @liaison/config. Without it a random key is made per process — fine for one
// dev server, but every restart (or a second instance) logs everyone out, so
// that is said loudly.
import { randomBytes } from 'node:crypto';
import { sessionSecretSetting } from '@liaison/config';
import { dashboardEnv } from '../env.ts';

let secret: string | undefined;

export function sessionSecret(): string {
  if (secret) return secret;
  const configured = sessionSecretSetting(dashboardEnv());
  if (configured === undefined) {
    console.warn('[auth] LIAISON_SESSION_SECRET is not set: using a random key, so logins will not survive a restart');
  }
  secret = configured ?? randomBytes(48).toString('base64url');
  return secret;
}

// The secret that signs portal and console sessions, for a single host that
// was not given one: made once and kept in the data folder (mode 600), so
// logins survive a restart. Hosts with more than one dashboard must be given
// LIAISON_SESSION_SECRET, the same on each; nothing here can share a made one.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sessionSecretSetting } from './dashboard.ts';
import type { Env } from './config-error.ts';

export async function keptSessionSecret(o: { dataDir: string; env: Env }): Promise<string> {
  const given = sessionSecretSetting(o.env);
  if (given) return given;
  const file = join(o.dataDir, 'session.secret');
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (kept.length >= 32) return kept;
  const made = randomBytes(32).toString('base64url');
  await mkdir(o.dataDir, { recursive: true });
  await writeFile(file, made, { mode: 0o600 });
  return made;
}

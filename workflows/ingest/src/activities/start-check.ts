// Why a sync cannot start, in words an operator can act on: nothing applied
// yet, a source not in the applied configuration (naming its version and when
// it was applied, in China Standard Time), or a secret the source names missing
// from this worker's environment. And a credential the source refused, named
// by the variable holding it. Such a sync is still booked as a failed run.
import { SourceError } from '@liaison/connectors';
import { ConfigError, type SourceConfig } from '../sources.ts';
import type { ActivityDeps } from './deps.ts';

/** An ISO instant as China Standard Time, to the minute: `2026-12-03 10:02`. */
export function cstMinute(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The environment variables holding a source's secrets. */
export function secretNames(source: SourceConfig): string[] {
  if (source.kind === 'district-api') return [source.tokenEnv];
  if (source.kind === 'demand-platform') return [source.apiKeyEnv, source.secretEnv];
  return [];
}

export type StartCheck = { ok: true; source: SourceConfig } | { ok: false; reason: string; sourceKind: string };

export async function checkStart(deps: ActivityDeps, sourceId: string): Promise<StartCheck> {
  let applied;
  try {
    applied = await deps.appliedSources();
  } catch (err) {
    if (err instanceof ConfigError) return { ok: false, reason: err.message, sourceKind: '' };
    throw err;
  }
  const source = applied.sources.find((s) => s.id === sourceId);
  if (!source) {
    const at = `version ${applied.version}, applied ${cstMinute(applied.applied_at)}`;
    return { ok: false, reason: `source '${sourceId}' is not in the applied configuration (${at})`, sourceKind: '' };
  }
  const missing = secretNames(source).filter((name) => !deps.env[name]);
  if (missing.length > 0) {
    const verb = missing.length === 1 ? 'is' : 'are';
    return {
      ok: false,
      reason: `source '${sourceId}': ${missing.join(' and ')} ${verb} not set in the worker's environment`,
      sourceKind: source.kind,
    };
  }
  return { ok: true, source };
}

/** A 401/403 reworded to name the variable whose credential was refused; other errors unchanged. */
export function refusalInWords(err: unknown, source: SourceConfig): unknown {
  if (!(err instanceof SourceError) || err.kind !== 'unauthorized') return err;
  const what =
    source.kind === 'district-api'
      ? `the token in ${source.tokenEnv} was refused`
      : source.kind === 'demand-platform'
        ? `the API key in ${source.apiKeyEnv} or the signature made with ${source.secretEnv} was refused`
        : 'the credentials were refused';
  return new SourceError('unauthorized', `${err.status ?? 'refused'} from ${err.url ?? 'the source'}: ${what}`, {
    ...(err.status === undefined ? {} : { status: err.status }),
    ...(err.url === undefined ? {} : { url: err.url }),
    cause: err,
  });
}

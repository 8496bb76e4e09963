// The published sources configuration (published_sources): `sources apply`
// validates the file and publishes it here as a new version when its content
// changed; workers and dashboards, wherever they run, use the latest version.
// Reading asks only for the latest version number and reuses the parsed
// configuration while it is unchanged, so it is cheap enough for every sync start.
import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import {
  ConfigError,
  parseSourcesFileText,
  parseSourcesText,
  readSourcesText,
  validateSourcesText,
  type AlertConfig,
  type SourceConfig,
  type SourcesFile,
} from '@liaison/config';
import { isoFromClickHouse } from './time.ts';

export interface PublishedSources {
  version: number;
  content_hash: string;
  /** The validated configuration, as JSON. */
  content: string;
  /** ISO 8601, UTC. */
  applied_at: string;
  applied_by: string;
}

export const NOTHING_APPLIED = 'no sources applied yet: run `pnpm liaison sources apply`';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function latestVersion(ch: ClickHouseClient): Promise<number> {
  const rs = await ch.query({ query: 'SELECT toUInt64(max(version)) AS v FROM published_sources', format: 'JSONEachRow' });
  const [row] = await rs.json<{ v: string | number }>();
  return Number(row?.v ?? 0);
}

async function publishedVersion(ch: ClickHouseClient, version: number): Promise<PublishedSources | null> {
  const rs = await ch.query({
    query: `SELECT toUInt64(version) AS version, content_hash, content, toString(applied_at) AS applied_at, applied_by
            FROM published_sources WHERE version = {version:UInt64} LIMIT 1`,
    query_params: { version },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<PublishedSources>();
  return row ? { ...row, version: Number(row.version), applied_at: isoFromClickHouse(row.applied_at) } : null;
}

/** The latest applied version, or null when nothing has been applied yet. */
export async function appliedSources(ch: ClickHouseClient): Promise<PublishedSources | null> {
  const version = await latestVersion(ch);
  return version === 0 ? null : publishedVersion(ch, version);
}

/**
 * Publishes a validated configuration; a new version only when its content
 * differs from the latest one. A version number is taken once: its row is
 * inserted with the number as deduplication token (migration 0015), so of two
 * applies racing for one number the engine keeps one; the other reads back a
 * content not its own and takes the next number.
 */
export async function publishSources(
  ch: ClickHouseClient,
  config: SourcesFile,
  appliedBy: string,
  now: Date = new Date(),
): Promise<{ published: PublishedSources; changed: boolean }> {
  const content = JSON.stringify(config);
  const contentHash = sha256(content);
  for (;;) {
    const latest = await appliedSources(ch);
    if (latest?.content_hash === contentHash) return { published: latest, changed: false };
    const published: PublishedSources = {
      version: (latest?.version ?? 0) + 1,
      content_hash: contentHash,
      content,
      applied_at: now.toISOString(),
      applied_by: appliedBy,
    };
    await ch.insert({
      table: 'published_sources',
      values: [published],
      format: 'JSONEachRow',
      clickhouse_settings: { insert_deduplication_token: `published_sources:${published.version}` },
    });
    const stored = await publishedVersion(ch, published.version);
    if (stored?.content_hash === contentHash && stored.applied_by === appliedBy) return { published: stored, changed: true };
  }
}

/**
 * `sources apply`'s publishing step: reads and validates a sources file (a
 * ConfigError listing every problem if it is bad) and publishes it. Returns
 * the file's sources as this host resolves them, for the schedules.
 */
export async function publishSourcesFile(
  ch: ClickHouseClient,
  file: string,
  appliedBy: string,
): Promise<{ published: PublishedSources; changed: boolean; sources: SourceConfig[] }> {
  const text = await readSourcesText(file);
  const validated = validateSourcesText(file, text);
  const sources = parseSourcesText(file, text);
  return { ...(await publishSources(ch, validated, appliedBy)), sources };
}

/** The applied configuration, parsed: `dir` of a drop folder is resolved against this host's repository. */
export interface AppliedSourceConfigs {
  version: number;
  applied_at: string;
  applied_by: string;
  sources: SourceConfig[];
  /** Where failures and staleness are posted (none when the file names none). */
  alerts: AlertConfig[];
}

/**
 * A reader of the applied configuration that re-reads the latest version
 * number at each call and parses a version's content once. Throws a
 * ConfigError when nothing has been applied yet.
 */
export function appliedSourcesReader(ch: ClickHouseClient): () => Promise<AppliedSourceConfigs> {
  let cached: AppliedSourceConfigs | undefined;
  return async () => {
    const version = await latestVersion(ch);
    if (version === 0) throw new ConfigError(NOTHING_APPLIED, ['SOURCES_FILE']);
    if (cached?.version === version) return cached;
    const row = await publishedVersion(ch, version);
    if (!row) throw new ConfigError(`applied sources version ${version} cannot be read`, ['SOURCES_FILE']);
    const { sources, alerts } = parseSourcesFileText(`applied sources version ${version}`, row.content);
    cached = { version, applied_at: row.applied_at, applied_by: row.applied_by, sources, alerts };
    return cached;
  };
}

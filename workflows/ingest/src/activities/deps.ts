// What activities need, injected once by the worker (and by tests). The
// sources configuration is the applied one, read from the warehouse (never a
// file of the worker's own), re-checked for a newer version at each use.
import type { AppliedSourceConfigs, ClickHouseClient } from '@liaison/warehouse';

export interface ActivityDeps {
  ch: ClickHouseClient;
  /** The worker's environment: the secrets the sources name, and the alerts' URLs (urlEnv). */
  env: Record<string, string | undefined>;
  /** LIAISON_PUBLIC_URL, for the console links of alerts; null or absent when not set. */
  publicUrl?: string | null;
  /** The latest applied configuration (appliedSourcesReader); throws a ConfigError when nothing was applied. */
  appliedSources: () => Promise<AppliedSourceConfigs>;
  now?: () => Date;
}

/** What the worker and tests pass: the reader of the applied configuration is built from `ch`. */
export type ActivityInputs = Omit<ActivityDeps, 'appliedSources'>;

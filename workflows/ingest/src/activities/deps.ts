// What activities need, injected once by the worker (and by tests).
import type { ClickHouseClient } from '@liaison/warehouse';

export interface ActivityDeps {
  ch: ClickHouseClient;
  sourcesFile: string;
  env: Record<string, string | undefined>;
  now?: () => Date;
}

// For sync tests against one simulated district API: a test database, the
// simulator and a test worker, started before the file's tests and stopped
// after them. Tests read them through the returned handle once started.
import { afterAll, beforeAll, inject } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator, type DistrictApiSimulatorOptions } from '@liaison/simulators';
import { createTestDatabase, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import type { SyncRequest, SyncSummary } from './types.ts';
import { startTestIngest, type TestIngest } from './testing.ts';

export interface DistrictApiHarness {
  readonly ch: ClickHouseClient;
  readonly sim: DistrictApiSimulator;
  readonly ingest: TestIngest;
  /** The source's id (its district). */
  readonly sourceId: string;
  /** A sync of the source run to its end: a manual one unless `req` says otherwise. */
  sync(req?: Partial<SyncRequest>): Promise<SyncSummary>;
}

export function useDistrictApiSync(
  o: Omit<DistrictApiSimulatorOptions, 'token'> & {
    /** page_size the source asks for; the connector's default when absent. */
    pageSize?: number;
    /** Runs on the started simulator before the worker starts (e.g. to add records). */
    prepare?: (sim: DistrictApiSimulator) => void;
  },
): DistrictApiHarness {
  const { pageSize, prepare, ...simulator } = o;
  let started: { ch: ClickHouseClient; sim: DistrictApiSimulator; ingest: TestIngest } | undefined;
  const get = () => {
    if (!started) throw new Error('the district API harness is read before its beforeAll ran');
    return started;
  };

  beforeAll(async () => {
    const { ch } = await createTestDatabase(inject('clickhouseUrl'));
    const sim = await startDistrictApiSimulator({ ...simulator, token: 't' });
    prepare?.(sim);
    const source = {
      id: o.district,
      kind: 'district-api',
      district: o.district,
      baseUrl: sim.url,
      tokenEnv: 'T',
      schedule: '0 2 * * *',
      pageSize,
    };
    const ingest = await startTestIngest({ temporalAddress: inject('temporalAddress'), ch, sources: [source], env: { T: 't' } });
    started = { ch, sim, ingest };
  });
  afterAll(async () => {
    await started?.ingest.stop();
    await started?.sim.stop();
    await started?.ch.close();
  });

  return {
    get ch() {
      return get().ch;
    },
    get sim() {
      return get().sim;
    },
    get ingest() {
      return get().ingest;
    },
    sourceId: o.district,
    sync: (req) => runSync(get().ingest.client, get().ingest.taskQueue, { sourceId: o.district, mode: 'manual', ...req }),
  };
}

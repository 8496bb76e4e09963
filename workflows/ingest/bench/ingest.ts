// Ingest benchmark: district records and demand events generated, then loaded
// through the real path (parse → shared zod schema → warehouse loader into
// the ClickHouse engine over HTTP), and, in the same run on the same rows, the
// bare limit of this machine: JSON.parse and one ClickHouse insert per batch,
// no validation. Prints rows/s of both and their ratio.
//   node workflows/ingest/bench/ingest.ts [--records 1000000] [--events 10000000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedClickHouse } from '@liaison/embedded-clickhouse';
import { createClickHouseClient, migrate } from '@liaison/warehouse';
import { benchDemandEvents } from './demand-events.ts';
import { benchDistrictRecords } from './district-records.ts';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '1000000' }, events: { type: 'string', default: '10000000' } },
});

const dataDir = await mkdtemp(join(tmpdir(), 'liaison-bench-'));
const server = await startEmbeddedClickHouse({ dataDir });
try {
  const settings = { url: server.url, user: 'default', password: '', database: 'bench' };
  await migrate(settings);
  const ch = createClickHouseClient(settings);
  console.log(`Node ${process.version}, ClickHouse engine at ${server.url}\n`);
  await benchDistrictRecords(ch, Number(values.records));
  await benchDemandEvents(ch, Number(values.events));
  await ch.close();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

// Quarantine as operators see it, in the console (/ops/quarantine and its CSV
// export) and on the command line (`liaison quarantine [--export]`): one
// source's records with every reason, raw forms redacted of members' personal
// data (redactRaw of @liaison/schemas), times as ISO instants. Both read it
// through operatorQuarantine and write it with quarantineCsv, so the CLI shows
// and exports exactly what the console does.
import type { ClickHouseClient } from '@clickhouse/client';
import { csvFile, redactRaw } from '@liaison/schemas';
import { listQuarantine, type QuarantineRow } from './quarantine.ts';
import { isoFromClickHouse } from './time.ts';

export type QuarantineItem = Omit<QuarantineRow, 'raw' | 'quarantined_at'> & { raw: string; quarantined_at: string };

/** One source's quarantine for an operator: personal data redacted, `quarantined_at` an ISO instant. */
export async function operatorQuarantine(ch: ClickHouseClient, sourceId: string): Promise<QuarantineItem[]> {
  const rows = await listQuarantine(ch, { sourceId });
  return rows.map((r) => ({ ...r, raw: redactRaw(r.raw), quarantined_at: isoFromClickHouse(r.quarantined_at) }));
}

/** A quarantined record's reasons in one line: `path: message (code); …`. */
export function issuesLine(item: Pick<QuarantineItem, 'issues'>): string {
  return item.issues.map((i) => `${i.path}: ${i.message} (${i.code})`).join('; ');
}

const HEADER = ['source_id', 'collection', 'record_key', 'position', 'issues', 'run_id', 'quarantined_at', 'raw'];

/** The export file (csvFile: BOM, header, rows; formula-like cells defused). */
export function quarantineCsv(items: readonly QuarantineItem[]): string {
  return csvFile(
    HEADER,
    items.map((r) => [r.source_id, r.collection, r.record_key, r.position, issuesLine(r), r.run_id, r.quarantined_at, r.raw]),
  );
}

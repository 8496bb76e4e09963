// Quarantine as the console shows and exports it: one source's records with
// every reason, raw forms redacted (redact.ts). The CSV carries a UTF-8 BOM
// so spreadsheet programs read Chinese text correctly, and the same columns
// as `liaison quarantine --export`.
import { isoFromClickHouse, listQuarantine, type ClickHouseClient, type QuarantineRow } from '@liaison/warehouse';
import { csvFile } from '@liaison/schemas';
import { redactRaw } from './redact.ts';

export type QuarantineItem = Omit<QuarantineRow, 'raw' | 'quarantined_at'> & { raw: string; quarantined_at: string };

export async function quarantineOf(ch: ClickHouseClient, sourceId: string): Promise<QuarantineItem[]> {
  const rows = await listQuarantine(ch, { sourceId });
  return rows.map((r) => ({ ...r, raw: redactRaw(r.raw), quarantined_at: isoFromClickHouse(r.quarantined_at) }));
}

const HEADER = ['source_id', 'collection', 'record_key', 'position', 'issues', 'run_id', 'quarantined_at', 'raw'];

export function quarantineCsv(items: readonly QuarantineItem[]): string {
  const rows = items.map((r) => [
    r.source_id,
    r.collection,
    r.record_key,
    r.position,
    r.issues.map((i) => `${i.path}: ${i.message} (${i.code})`).join('; '),
    r.run_id,
    r.quarantined_at,
    r.raw,
  ]);
  return csvFile(HEADER, rows);
}

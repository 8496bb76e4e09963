// One page of a quarantine replay (mode `replay`, issue 12): the source's
// records now in quarantine (warehouse listQuarantine, the operators' listing)
// validated again by the validation their kind's sync uses (the connectors'
// validators: today's schemas and code lists). Nothing is asked of the source.
// Those now valid load through the sync's loaders under the replay's run, as
// if delivered now (same identities, same idempotency), and are released under
// their held identity once loaded (warehouse releaseReplayed; the run's end
// also releases what it loaded, as for any run). Those still invalid stay held
// as they are: a held version keeps its first entry and reasons (the
// quarantine table collapses one raw record into its first entry), and the
// run counts them quarantined.
import { validateDemandEvents, validateDistrictApiRecords, validateFileRows, type Validated } from '@liaison/connectors';
import { COLLECTIONS, type Collection, type RawItem, type RecordOf } from '@liaison/schemas';
import {
  listQuarantine,
  loadDemandEvents,
  loadDistrictRecords,
  releaseReplayed,
  type QuarantinePlace,
  type QuarantineRow,
} from '@liaison/warehouse';
import type { SourceConfig } from '../sources.ts';
import { addCounts, type PageRequest, type PageResult, ZERO } from '../types.ts';
import type { ActivityDeps } from './deps.ts';
import { recordBatch } from './record-batch.ts';
import { PermanentError } from './to-failure.ts';

const PAGE = 1000;

type Meta = { sourceId: string; runId: string };

export async function replayPage(deps: ActivityDeps, source: SourceConfig, req: PageRequest): Promise<PageResult> {
  const after = req.page === null ? null : (JSON.parse(req.page) as QuarantinePlace);
  const held = await listQuarantine(deps.ch, { sourceId: source.id, after, limit: PAGE });
  const meta = { sourceId: source.id, runId: req.runId };
  let counts = ZERO;
  for (const collection of new Set(held.map((h) => h.collection))) {
    const rows = held.filter((h) => h.collection === collection);
    const unaligned = rows.filter((r) => r.issues.some((i) => i.code === 'cell_count'));
    const items = new Map(rows.filter((r) => !unaligned.includes(r)).map((r) => [asItem(r), r]));
    const replay = replayOf(deps, meta, source, collection, [...items.keys()]);
    const batch = { valid: replay.checked.valid, invalid: [...replay.checked.invalid, ...unaligned.map(asItem)], received: rows.length };
    await recordBatch(deps, { runId: req.runId, collection, position: { replay: req.page, collection } }, batch);
    const loaded = await replay.load();
    // validateBatch hands each item's position object through: it finds the held row
    const validAt = new Set(replay.checked.valid.map((v) => v.position));
    const nowValid = [...items].filter(([item]) => validAt.has(item.position));
    await releaseReplayed(deps.ch, { ...meta, records: nowValid.map(([, row]) => row) });
    counts = addCounts(counts, { received: rows.length, quarantined: batch.invalid.length, ...loaded });
  }
  const last = held.at(-1);
  const next = held.length === PAGE && last ? JSON.stringify({ collection: last.collection, identity: last.identity }) : null;
  return { next, cursor: null, ...counts };
}

const asItem = (r: QuarantineRow): RawItem => ({ raw: JSON.parse(r.raw), position: JSON.parse(r.position) });

type Loaded = { loaded: number; duplicates: number };
/** Held records validated again, and the loading of those now valid. */
interface Replay {
  checked: Validated<unknown>;
  load: () => Promise<Loaded>;
}

function replaying<T>(checked: Validated<T>, load: (records: T[]) => Promise<Loaded>): Replay {
  return { checked, load: () => load(checked.valid.map((v) => v.record)) };
}

/**
 * One collection's held records, validated as the source's sync validates
 * them and loaded by its loader. A file row whose cells did not line up with
 * the header (issue `cell_count`) was never validated: it stays held, since
 * only the file can be fixed.
 */
function replayOf(deps: ActivityDeps, meta: Meta, source: SourceConfig, collection: string, items: RawItem[]): Replay {
  const refused = (why: string) => new PermanentError(`source '${source.id}': ${why}`);
  const district = <C extends Collection>(c: C, checked: Validated<RecordOf<C>>) =>
    replaying(checked, (records) => loadDistrictRecords(deps.ch, c, records, meta));
  switch (source.kind) {
    case 'district-api': {
      const c = districtCollection(collection, source.id);
      return district(c, validateDistrictApiRecords(c, items));
    }
    case 'district-files': {
      const c = districtCollection(collection, source.id);
      return district(c, validateFileRows(c, items));
    }
    case 'demand-platform':
      if (collection !== 'events') throw refused(`held records of '${collection}' are not demand events`);
      return replaying(validateDemandEvents(items), (events) => loadDemandEvents(deps.ch, events, meta));
    case 'member-inbox':
      // A submission is checked when it is accepted; one held at sync time is sent again by its member.
      throw refused('member submissions are not replayed; the member submits them again through the portal or the API');
  }
}

function districtCollection(collection: string, sourceId: string): Collection {
  const c = COLLECTIONS.find((x) => x === collection);
  if (!c) throw new PermanentError(`source '${sourceId}': held records of '${collection}' are of no district collection`);
  return c;
}

// The drop-folder simulator against this connector: every dialect of export
// file it writes must load into exactly the records the district API form
// gives, poison rows must be quarantined where its manifest says, and
// re-deliveries must hash as the spec's idempotency rule expects.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORD_SCHEMAS, type Collection } from '@liaison/schemas';
import { describe, expect, it } from 'vitest';
import { demoDistrict, redeliverUnchanged, writeDistrictDrop, type DistrictDropOptions } from '@liaison/simulators';
import { listDropFiles } from './list.ts';
import { readDropFile } from './read.ts';

const data = demoDistrict({ district: 'futian', seed: 7, enterprises: 40, visits: 80, projects: 30 });
const tempDir = () => mkdtemp(join(tmpdir(), 'district-drop-'));
const expected = (c: Collection) => data[c].map((r) => RECORD_SCHEMAS[c].parse(r));

type Dialect = Pick<DistrictDropOptions, 'format' | 'encoding' | 'style'>;
const DIALECTS: Record<string, Dialect> = {
  'csv utf-8': { format: 'csv', encoding: 'utf-8' },
  'csv utf-8 BOM, codes, slashed dates': { format: 'csv', encoding: 'utf-8-bom', style: { enums: 'code', dates: 'slash' } },
  'csv gb18030, everything varied': {
    format: 'csv',
    encoding: 'gb18030',
    style: { shuffleColumns: true, extraColumns: true, enums: 'mixed', dates: 'mixed', thousands: true },
  },
  'csv gb18030, 年月日 dates': { format: 'csv', encoding: 'gb18030', style: { dates: 'zh', thousands: true } },
  'xlsx, serial dates': { format: 'xlsx', style: { dates: 'serial', thousands: true } },
  'xlsx, everything varied': {
    format: 'xlsx',
    style: { shuffleColumns: true, extraColumns: true, enums: 'mixed', dates: 'mixed', thousands: true },
  },
};

describe('writeDistrictDrop → district-files connector', () => {
  it.each(Object.entries(DIALECTS))('%s loads into the same records as the API form, Chinese byte-exact', async (_, dialect) => {
    const dir = await tempDir();
    await writeDistrictDrop({ dir, district: 'futian', date: '2024-05-17', data, ...dialect });
    const files = await listDropFiles(dir);
    expect(files.map((f) => f.name)).toEqual(['enterprises', 'visits', 'projects'].map((c) => `${c}_20240517.${dialect.format}`));
    for (const f of files) {
      const page = await readDropFile({ path: f.path, collection: f.collection });
      expect(page.invalid).toEqual([]);
      // toEqual on strings compares code units, so any changed character fails.
      expect(page.valid.map((v) => v.record)).toEqual(expected(f.collection));
    }
  });

  it('quarantines exactly the poison rows, at the positions the manifest gives', async () => {
    for (const dialect of [DIALECTS['csv gb18030, everything varied']!, DIALECTS['xlsx, everything varied']!]) {
      const dir = await tempDir();
      const written = await writeDistrictDrop({ dir, district: 'futian', date: '2024-05-17', data, ...dialect, faults: { poison: true } });
      expect(written.flatMap((w) => w.poison.map((p) => p.kind))).toEqual([
        'bad_uscc_check',
        'unknown_district',
        'impossible_date',
        'negative_demands',
        'five_decimals',
      ]);
      for (const w of written) {
        const page = await readDropFile({ path: w.path, collection: w.collection });
        expect(page.received).toBe(w.rows);
        expect(page.valid.map((v) => v.record)).toEqual(expected(w.collection));
        expect(page.invalid.map((i) => ({ key: i.key, position: i.position, field: i.issues.map((x) => x.path).join() }))).toEqual(
          w.poison.map((p) => ({ key: p.key, position: p.position, field: p.field })),
        );
      }
    }
  });

  it('re-delivers unchanged with the same hash, corrected with a new hash and no poison', async () => {
    const dir = await tempDir();
    const base = { dir, district: 'futian', date: '2024-05-17', data: { visits: data.visits }, format: 'xlsx' as const };
    const [first] = await writeDistrictDrop({ ...base, faults: { poison: true } });
    const before = (await listDropFiles(dir))[0]!;
    await redeliverUnchanged(first!.path);
    expect((await listDropFiles(dir))[0]!.sha256).toBe(before.sha256);
    const [corrected] = await writeDistrictDrop({ ...base, faults: { poison: true, corrected: true } });
    const after = await listDropFiles(dir);
    expect(after.map((f) => f.name)).toEqual([before.name]);
    expect(after[0]!.sha256).not.toBe(before.sha256);
    const page = await readDropFile({ path: corrected!.path, collection: 'visits' });
    expect([page.received, page.valid.length, page.invalid.length]).toEqual([first!.rows, first!.rows, 0]);
    // The corrected record keeps its updated_at, so the later delivery must win on the tie.
    const [orig] = expected('visits') as { visit_id: string; demands_raised: number; updated_at: string }[];
    expect(corrected!.corrected).toEqual({ key: `futian/${orig!.visit_id}`, field: 'demands_raised' });
    const fixed = page.valid.find((v) => v.record.visit_id === orig!.visit_id)!.record;
    expect([fixed.demands_raised, fixed.updated_at]).toEqual([orig!.demands_raised + 1, orig!.updated_at]);
  });

  it('changes the content of a corrected re-delivery even without poison', async () => {
    const dir = await tempDir();
    const base = { dir, district: 'futian', date: '2024-05-17', data: { projects: data.projects } };
    const [a] = await writeDistrictDrop(base);
    const before = await readFile(a!.path);
    const [b] = await writeDistrictDrop({ ...base, faults: { corrected: true } });
    expect(b!.corrected?.field).toBe('name');
    expect(await readFile(b!.path)).not.toEqual(before);
  });

  it('writes the same CSV bytes for the same options', async () => {
    const opts = {
      district: 'futian',
      date: '2024-05-17',
      data,
      encoding: 'gb18030' as const,
      style: DIALECTS['csv gb18030, everything varied']!.style,
    };
    const [a] = await writeDistrictDrop({ dir: await tempDir(), ...opts, faults: { poison: true } });
    const [b] = await writeDistrictDrop({ dir: await tempDir(), ...opts, faults: { poison: true } });
    expect(await readFile(a!.path)).toEqual(await readFile(b!.path));
  });

  it('refuses serial dates in CSV and a malformed day', async () => {
    const dir = await tempDir();
    await expect(writeDistrictDrop({ dir, district: 'futian', date: '2024-05-17', data, style: { dates: 'serial' } })).rejects.toThrow(
      RangeError,
    );
    await expect(writeDistrictDrop({ dir, district: 'futian', date: '20240517', data })).rejects.toThrow(RangeError);
  });
});

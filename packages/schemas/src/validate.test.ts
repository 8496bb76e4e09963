import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { demandEvent } from './demand-events.ts';
import { enterpriseFileRow, fileRowKey } from './file-rows.ts';
import { enterpriseJson, projectJson, visitJson } from './fixtures.ts';
import { enterpriseRecord, projectRecord, recordKey, visitRecord } from './records.ts';
import { compiledSchema, validateBatch } from './validate.ts';

describe('validateBatch', () => {
  it('splits good and bad records without letting bad ones block good ones', () => {
    const items = [
      { raw: enterpriseJson, position: { page: 1, index: 0 } },
      { raw: { ...enterpriseJson, uscc: '91440305MA5G0K1P6C', tier: 9 }, position: { page: 1, index: 1 } },
      { raw: 'garbage', position: { page: 1, index: 2 } },
      { raw: { ...enterpriseJson, name: '另一家' }, position: { page: 2, index: 0 } },
    ];
    const r = validateBatch(enterpriseRecord, items, (raw) => recordKey('enterprises', raw));
    expect(r.valid.map((v) => v.position)).toEqual([
      { page: 1, index: 0 },
      { page: 2, index: 0 },
    ]);
    expect(r.valid[0]?.record.updated_at).toBe('2024-05-17T01:30:00.000Z');
    expect(r.invalid).toEqual([
      {
        raw: items[1]!.raw,
        position: { page: 1, index: 1 },
        key: '91440305MA5G0K1P6C',
        issues: [
          { path: 'uscc', code: 'invalid_format', message: 'invalid unified social credit code: check character should be B, got C' },
          { path: 'tier', code: 'too_big', message: 'must be ≤ 5' },
        ],
      },
      {
        raw: 'garbage',
        position: { page: 1, index: 2 },
        key: null,
        issues: [{ path: '', code: 'invalid_type', message: 'Invalid input: expected object, received string' }],
      },
    ]);
  });

  it('works for file rows and survives a throwing keyOf', () => {
    const r = validateBatch(
      enterpriseFileRow,
      [{ raw: { 统一社会信用代码: 'bad', 企业名称: 'x' }, position: { file: 'enterprises_20240517.csv', line: 2 } }],
      (raw) => fileRowKey('enterprises', raw),
    );
    expect(r.invalid[0]?.key).toBe('bad');
    const t = validateBatch(enterpriseRecord, [{ raw: {}, position: {} }], () => {
      throw new Error('x');
    });
    expect(t.invalid[0]?.key).toBeNull();
  });
});

describe('compiled schemas', () => {
  it('give the same data and issues as the plain schemas', () => {
    const cases: [z.ZodType, unknown][] = [
      [enterpriseRecord, enterpriseJson],
      [enterpriseRecord, { ...enterpriseJson, uscc: 'x', tier: 9, extra: 1, parent_group: '' }],
      [enterpriseRecord, null],
      [visitRecord, visitJson],
      [visitRecord, { ...visitJson, visited_on: '2024-02-30', demands_raised: '2' }],
      [projectRecord, projectJson],
      [projectRecord, { ...projectJson, investment_wan: 1e-7, landed_on: '' }],
      [projectRecord, { ...projectJson, investment_wan: true }],
      [enterpriseFileRow, { 统一社会信用代码: 'bad', 企业名称: 'x', 更新时间: '2024/5/17 9:30' }],
      [
        demandEvent,
        {
          seq: 1,
          event_id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
          demand_id: 'D',
          type: 'feedback',
          occurred_at: '2024-05-17T09:30:00+08:00',
          payload: { satisfaction: 9 },
        },
      ],
      [demandEvent, { type: 'nope' }],
    ];
    for (const [schema, input] of cases) {
      const a = schema.safeParse(input);
      const b = compiledSchema(schema).safeParse(input);
      expect(b.success).toBe(a.success);
      expect(b.data).toEqual(a.data);
      expect(b.error?.issues).toEqual(a.error?.issues);
    }
    expect(compiledSchema(enterpriseRecord)).toBe(compiledSchema(enterpriseRecord));
  });
});

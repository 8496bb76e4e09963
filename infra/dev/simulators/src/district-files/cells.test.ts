// Cell forms the simulator writes: each must be one the spec allows.
import { DISTRICTS, OWNERSHIP } from '@liaison/schemas';
import { describe, expect, it } from 'vitest';
import { seededRand } from '../demo-data/random.ts';
import { excelSerial, groupThousands, toCell } from './cells.ts';

const rand = seededRand(1, 'cells-test');

describe('cells', () => {
  it('groups thousands, keeping sign and decimals', () => {
    expect(['0', '999', '1000', '12500.5', '1234567.1234', '-3', '-1234'].map(groupThousands)).toEqual([
      '0',
      '999',
      '1,000',
      '12,500.5',
      '1,234,567.1234',
      '-3',
      '-1,234',
    ]);
  });

  it('gives Excel serials of real days only', () => {
    expect(excelSerial('2024-05-17')).toBe(45429);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2024-02-30')).toBeNull();
  });

  it('writes dates in each form, and leaves a broken date broken', () => {
    const d = (dates: 'iso' | 'slash' | 'zh' | 'serial', v = '2024-05-07', format: 'csv' | 'xlsx' = 'xlsx') =>
      toCell('date', v, { dates }, format, rand);
    expect([d('iso'), d('slash'), d('zh'), d('serial')]).toEqual(['2024-05-07', '2024/5/7', '2024年5月7日', 45419]);
    expect([d('zh', '2024-02-30'), d('serial', '2024-02-30')]).toEqual(['2024年2月30日', '2024-02-30']);
  });

  it('writes codes as Chinese names, codes, or a mix', () => {
    const list = { list: OWNERSHIP };
    expect(toCell(list, 'central_soe', {}, 'csv', rand)).toBe('在深央企及其子企业');
    expect(toCell(list, 'central_soe', { enums: 'code' }, 'csv', rand)).toBe('central_soe');
    const mixed = new Set(Array.from({ length: 40 }, () => toCell({ list: DISTRICTS }, 'futian', { enums: 'mixed' }, 'csv', rand)));
    expect(mixed).toEqual(new Set(['福田区', 'futian']));
  });

  it('writes booleans as 是/否, empties as empty, amounts exact', () => {
    expect([toCell('bool', true, {}, 'csv', rand), toCell('bool', false, {}, 'xlsx', rand)]).toEqual(['是', '否']);
    expect([toCell('text', null, {}, 'csv', rand), toCell('int', null, {}, 'xlsx', rand)]).toEqual(['', null]);
    expect(toCell('decimal', '12500.5', { thousands: true }, 'csv', rand)).toBe('12,500.5');
    expect(toCell('decimal', '12500.5', { thousands: true }, 'xlsx', rand)).toBe(12500.5);
    expect(toCell('decimal', '12345678901234.5678', {}, 'xlsx', rand)).toBe('12345678901234.5678'); // no exact double: text
    expect(toCell('int', 35000, { thousands: true }, 'csv', rand)).toBe('35,000');
  });
});

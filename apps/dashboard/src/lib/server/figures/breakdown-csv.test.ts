import { describe, expect, it } from 'vitest';
import { breakdownCsv, rateColumns } from './breakdown-csv.ts';

describe('breakdownCsv', () => {
  it('writes every dimension as one long table, rates as fraction and value, money as its exact string', () => {
    type Row = { n: number; r: { numerator: number; denominator: number; value: number | null }; yuan: string };
    const csv = breakdownCsv<Row>(
      [{ header: 'n', cell: (x) => x.n }, ...rateColumns<Row>('r', (x) => x.r), { header: 'yuan', cell: (x) => x.yuan }],
      [
        {
          name: 'district',
          slices: [
            {
              code: 'nanshan',
              label: '南山区',
              row: { n: 3, r: { numerator: 1, denominator: 3, value: 0.3333 }, yuan: '90071992547409935' },
            },
          ],
        },
        {
          name: 'quarter',
          slices: [{ code: null, label: '无落地日期', row: { n: 0, r: { numerator: 0, denominator: 0, value: null }, yuan: '0' } }],
        },
      ],
    );
    expect(csv).toBe(
      '\uFEFFdimension,code,label,n,r_numerator,r_denominator,r,yuan\r\n' +
        'district,nanshan,南山区,3,1,3,0.3333,90071992547409935\r\n' +
        'quarter,,无落地日期,0,0,0,,0\r\n',
    );
  });
});

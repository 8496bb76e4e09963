import { describe, expect, it } from 'vitest';
import { parseReadGrants, refusedRead } from './read-grants.ts';

const tree = (...lines: string[]) => lines.join('\n');

describe('parseReadGrants', () => {
  it('keeps the SELECT grants of its user, columns merged, whole tables winning', () => {
    const g = parseReadGrants(
      `CREATE USER r; -- a comment; with semicolons
       GRANT SELECT(a, b) ON d.t TO r; GRANT SELECT(c) ON d.t TO r;
       GRANT SELECT ON d.u TO r; GRANT SELECT(x) ON d.u TO r; GRANT SELECT ON d.v TO other`,
      'r',
    );
    expect(g.tables).toEqual(
      new Map<string, unknown>([
        ['d.t', new Set(['a', 'b', 'c'])],
        ['d.u', 'all'],
      ]),
    );
  });

  it('names a statement it cannot read', () => {
    expect(() => parseReadGrants('GRANT INSERT ON d.t TO r', 'r')).toThrow(/GRANT INSERT ON d.t TO r/);
  });
});

describe('refusedRead', () => {
  const grants = parseReadGrants('GRANT SELECT(a) ON d.t TO r; GRANT SELECT ON d.u TO r', 'r');
  it('passes granted columns and whole tables, and subcolumns under their column', () => {
    const t = tree(
      'COLUMN id: 2, column_name: a, result_type: String, source_id: 3',
      'COLUMN id: 4, column_name: a.size0, result_type: UInt64, source_id: 3',
      'COLUMN id: 5, column_name: z, result_type: String, source_id: 6',
      'TABLE id: 3, alias: __table1, table_name: d.t',
      'TABLE id: 6, alias: __table2, table_name: d.u',
    );
    expect(refusedRead(t, grants)).toBeUndefined();
  });
  it('names the missing grant', () => {
    expect(
      refusedRead(tree('COLUMN id: 2, column_name: b, result_type: String, source_id: 3', 'TABLE id: 3, table_name: d.t'), grants),
    ).toMatch(/grant SELECT\(b\) ON d\.t$/);
    expect(refusedRead(tree('TABLE id: 3, table_name: d.w'), grants)).toMatch(/grant SELECT ON d\.w$/);
    expect(refusedRead(tree('TABLE_FUNCTION id: 3, alias: __table1, table_function_name: url'), grants)).toMatch(/table function url/);
  });
});

// Identifiers, setting names and the per-request SET statement.
import { describe, expect, it } from 'vitest';
import { isPlainName, setStatement, sqlIdentifier } from './sql.ts';

describe('sql helpers', () => {
  it('quotes identifiers', () => {
    expect(sqlIdentifier('my db')).toBe('`my db`');
    expect(sqlIdentifier('a`b\\c')).toBe('`a\\`b\\\\c`');
  });

  it('accepts only plain setting and parameter names', () => {
    expect(isPlainName('max_result_rows')).toBe(true);
    expect(isPlainName('x = 1; DROP')).toBe(false);
    expect(isPlainName('1abc')).toBe(false);
  });

  it('sets parameters verbatim and settings with readonly last', () => {
    const settings = new Map([
      ['readonly', '2'],
      ['max_threads', '1'],
    ]);
    const params = new Map([['s', "a\\'b"]]);
    expect(setStatement(settings, params)).toBe("SET param_s = 'a\\\\\\'b', max_threads = '1', readonly = '2'");
    expect(setStatement(new Map(), new Map())).toBeUndefined();
  });
});

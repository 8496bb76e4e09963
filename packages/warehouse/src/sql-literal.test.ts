// String literals in the statements that cannot bind their values.
import { describe, expect, it } from 'vitest';
import { sqlString } from './sql-literal.ts';

describe('sqlString', () => {
  it('escapes string literals so ClickHouse reads back the exact value', () => {
    expect(sqlString("it's")).toBe("'it\\'s'");
    expect(sqlString('a\\tb')).toBe("'a\\\\tb'");
    expect(sqlString('x\ny\tz\0')).toBe("'x\\ny\\tz\\0'");
    expect(sqlString('中文')).toBe("'中文'");
  });
});

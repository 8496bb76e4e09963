// The documented grants of the read-only account are the ones the code needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerGrantsSql } from './public-reads.ts';

const DOCUMENTED = new URL('../../../infra/clickhouse/reader-grants.sql', import.meta.url);

describe('reader grants', () => {
  it('infra/clickhouse/reader-grants.sql is what readerGrantsSql makes for the database liaison', () => {
    const statements = readFileSync(DOCUMENTED, 'utf8')
      .replace(/^--.*\n/gm, '')
      .trim();
    expect(statements).toBe(readerGrantsSql('liaison'));
  });
  it('quotes the password as a string literal', () => {
    expect(readerGrantsSql('db', 'r', "it's")).toContain("BY 'it\\'s'");
  });
});

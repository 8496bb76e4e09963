// Result formats: the FORMAT clause, Content-Type and row counts.
import { describe, expect, it } from 'vitest';
import { contentType, outputFormat, resultRows } from './formats.ts';

describe('formats', () => {
  it('finds the FORMAT clause of a query, not of an INSERT', () => {
    expect(outputFormat('SELECT 1 FORMAT JSONEachRow', 'TabSeparated')).toBe('JSONEachRow');
    expect(outputFormat('SELECT 1\nFORMAT CSV SETTINGS max_threads = 1;', 'TabSeparated')).toBe('CSV');
    expect(outputFormat('SELECT 1', 'JSON')).toBe('JSON');
    expect(outputFormat('INSERT INTO t FORMAT CSV', 'TabSeparated')).toBe('TabSeparated');
  });

  it('gives the Content-Type a server sends', () => {
    expect(contentType('TabSeparated')).toBe('text/tab-separated-values; charset=UTF-8');
    expect(contentType('CSVWithNames')).toBe('text/csv; charset=UTF-8; header=present');
    expect(contentType('JSONEachRow')).toBe('application/json; charset=UTF-8');
    expect(contentType('Parquet')).toBe('application/octet-stream');
    expect(contentType('Pretty')).toBe('text/plain; charset=UTF-8');
  });

  it('counts rows of line-per-row formats', () => {
    expect(resultRows('JSONEachRow', Buffer.from('{}\n{}\n'))).toBe(2);
    expect(resultRows('TSVWithNamesAndTypes', Buffer.from('a\nUInt8\n1\n'))).toBe(1);
    expect(resultRows('JSON', Buffer.from('{\n}\n'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { csvDataUrl, csvDownloadHeaders, displayCell, tableCsv } from './table.ts';

describe('tableCsv', () => {
  it('writes the column labels and raw values of the columns shown, as a file with a byte-order mark', () => {
    const csv = tableCsv({
      columns: [
        { key: 'label', label: '区域', kind: 'text' },
        { key: 'rate', label: '走访覆盖率', kind: 'rate' },
      ],
      rows: [{ code: 'nanshan', label: '南山区', rate: 0.6991 }],
    });
    expect(csv).toBe('\uFEFF区域,走访覆盖率\r\n南山区,0.6991\r\n');
  });
});

describe('displayCell', () => {
  it('formats by kind', () => {
    expect(displayCell(1234, 'int', 'en')).toBe('1,234');
    expect(displayCell(0.5, 'rate', 'zh')).toBe('50.0%');
    expect(displayCell(null, 'rate', 'zh')).toBe('—');
  });
});

describe('csv downloads', () => {
  it('link the whole file, byte-order mark included', () => {
    expect(decodeURIComponent(csvDataUrl('\uFEFFa,b\r\n').split(',').slice(1).join(','))).toBe('\uFEFFa,b\r\n');
  });
  it('are served as a download under their file name', () => {
    expect(csvDownloadHeaders('coverage.csv')).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="coverage.csv"',
    });
  });
  it('name a file the header can carry, whatever the source id', () => {
    expect(csvDownloadHeaders('quarantine-a"b\r\nc 区.csv')['content-disposition']).toBe('attachment; filename="quarantine-a_b__c__.csv"');
  });
});

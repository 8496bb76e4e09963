import { describe, expect, it } from 'vitest';
import { csvDataUrl, csvDownloadHeaders, csvFile, displayCell, tableCsv, toCsv } from './table.ts';

describe('toCsv', () => {
  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [1, null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n1,\r\n');
  });
  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv(['v'], [['=SUM(A1)'], [-3]])).toBe("v\r\n'=SUM(A1)\r\n-3\r\n");
  });
});

describe('tableCsv', () => {
  it('writes the column labels and raw values of the columns shown', () => {
    const csv = tableCsv({
      columns: [
        { key: 'label', label: '区域', kind: 'text' },
        { key: 'rate', label: '走访覆盖率', kind: 'rate' },
      ],
      rows: [{ code: 'nanshan', label: '南山区', rate: 0.6991 }],
    });
    expect(csv).toBe('区域,走访覆盖率\r\n南山区,0.6991\r\n');
  });
});

describe('displayCell', () => {
  it('formats by kind', () => {
    expect(displayCell(1234, 'int', 'en')).toBe('1,234');
    expect(displayCell(0.5, 'rate', 'zh')).toBe('50.0%');
    expect(displayCell(null, 'rate', 'zh')).toBe('—');
  });
});

describe('csvDataUrl', () => {
  it('carries a byte-order mark so spreadsheets read UTF-8', () => {
    expect(decodeURIComponent(csvDataUrl('a\r\n').split(',')[1] ?? '')).toBe('\uFEFFa\r\n');
  });
});

describe('csv files', () => {
  it('start with the UTF-8 byte-order mark', () => {
    expect(csvFile('a\r\n')).toBe('\uFEFFa\r\n');
  });
  it('are served as a download under their file name', () => {
    expect(csvDownloadHeaders('coverage.csv')).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="coverage.csv"',
    });
  });
});

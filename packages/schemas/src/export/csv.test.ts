// The project's one CSV writer: what a spreadsheet program opens is UTF-8,
// RFC 4180, and never runs a cell as a formula.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFile } from './csv.ts';

const BOM = '\uFEFF';
const body = (file: string) => file.slice(BOM.length);

describe('csvFile', () => {
  it('starts with the byte-order mark and ends every line, the last too, with CRLF', () => {
    expect(csvFile(['a', 'b'], [['x', 1]])).toBe(`${BOM}a,b\r\nx,1\r\n`);
    expect(csvFile(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });

  it('quotes per RFC 4180: commas, quotes and line breaks inside a cell', () => {
    expect(body(csvFile(['v'], [['x,y'], ['say "hi"'], ['two\nlines']]))).toBe('v\r\n"x,y"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it('writes null as an empty cell and Chinese text as it is', () => {
    expect(body(csvFile(['区域', 'n'], [['南山区', null]]))).toBe('区域,n\r\n南山区,\r\n');
  });

  it.each(['=SUM(A1:A9)', '+1+1', '-2+3', '@cmd', '\tx', '\rx', '=1\n+2'])('defuses the formula-like text %j', (cell) => {
    const [, [read] = []] = Papa.parse<string[]>(body(csvFile(['v'], [[cell]]))).data;
    expect(read).toBe(`'${cell}`);
  });

  it('leaves numbers, and text that is only a decimal number, as they are', () => {
    expect(body(csvFile(['n', 'yuan', 'text'], [[-5, '-12.50', 'a=b']]))).toBe('n,yuan,text\r\n-5,-12.50,a=b\r\n');
  });

  it('reads back as the rows written', () => {
    const rows = [['南山区', 'a "b", c', '']];
    expect(Papa.parse<string[]>(body(csvFile(['x', 'y', 'z'], rows)), { skipEmptyLines: true }).data).toEqual([['x', 'y', 'z'], ...rows]);
  });
});

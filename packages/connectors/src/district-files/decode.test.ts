// Encoding detection: BOM → UTF-8; valid UTF-8 → UTF-8; otherwise GB18030.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './decode.ts';

const header = '统一社会信用代码,企业名称,所在区\r\n';

describe('detectEncoding', () => {
  it('takes a BOM as UTF-8', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(header)]), true)).toBe('utf-8');
  });
  it('takes valid UTF-8 as UTF-8, plain ASCII included', () => {
    expect(detectEncoding(Buffer.from(header), true)).toBe('utf-8');
    expect(detectEncoding(Buffer.from('a,b\r\n'), true)).toBe('utf-8');
  });
  it('takes anything else as GB18030', () => {
    expect(detectEncoding(iconv.encode(header, 'gb18030'), true)).toBe('gb18030');
  });
  it('does not hold a character cut at the end of a partial sample against UTF-8', () => {
    const bytes = Buffer.from(header);
    const cut = bytes.subarray(0, bytes.indexOf(Buffer.from('企')) + 1); // first byte of 企 only
    expect(detectEncoding(cut, false)).toBe('utf-8');
    expect(detectEncoding(cut, true)).toBe('gb18030');
  });
});

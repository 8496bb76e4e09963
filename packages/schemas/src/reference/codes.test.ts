import { describe, expect, it } from 'vitest';
import { parseCsv, renderReference } from '../../scripts/gen-reference.ts';
import { DISTRICTS, DISTRICTS_CODES, OWNERSHIP, PARTY_ORG, codeFromLabel, isCode, labelOf } from './codes.ts';

describe('code lists', () => {
  it('districts carry slug = code and gb_code (null when none)', () => {
    expect(DISTRICTS.find((d) => d.code === 'nanshan')).toEqual({
      code: 'nanshan',
      slug: 'nanshan',
      gb_code: '440305',
      name_zh: '南山区',
      name_en: 'Nanshan',
    });
    expect(DISTRICTS.find((d) => d.code === 'dapeng')?.gb_code).toBeNull();
    expect(DISTRICTS_CODES).toHaveLength(12);
  });

  it('codeFromLabel accepts a code or its Chinese name, trimmed', () => {
    expect(codeFromLabel(DISTRICTS, '南山区')).toBe('nanshan');
    expect(codeFromLabel(DISTRICTS, 'nanshan')).toBe('nanshan');
    expect(codeFromLabel(OWNERSHIP, ' 民营企业 ')).toBe('private');
    expect(codeFromLabel(PARTY_ORG, '未建立')).toBe('none');
    expect(codeFromLabel(DISTRICTS, '南山')).toBeNull();
    expect(codeFromLabel(DISTRICTS, 'Nanshan')).toBeNull();
  });

  it('labelOf gives zh/en labels and returns unknown codes as they are', () => {
    expect(labelOf(DISTRICTS, 'baoan', 'en')).toBe("Bao'an");
    expect(labelOf(DISTRICTS, 'baoan')).toBe('宝安区');
    expect(labelOf(OWNERSHIP, 'nope', 'zh')).toBe('nope');
  });

  it('isCode is exact', () => {
    expect(isCode(OWNERSHIP, 'private')).toBe(true);
    expect(isCode(OWNERSHIP, '民营企业')).toBe(false);
  });
});

describe('gen-reference', () => {
  it('parses BOM, CRLF and quoted cells', () => {
    expect(parseCsv('\uFEFFcode,name_zh\r\n"a,b","x ""y"""\r\n\r\n')).toEqual([
      ['code', 'name_zh'],
      ['a,b', 'x "y"'],
    ]);
  });

  it('rejects unknown files, missing columns and duplicate codes', () => {
    expect(() => renderReference({ 'new.csv': 'code\n' })).toThrow(/REFERENCE_LISTS/);
    const base = { 'districts.csv': 'slug,gb_code,name_zh,name_en\na,,甲,A\n' };
    expect(() => renderReference(base)).toThrow(/missing reference\/ownership.csv/);
    expect(() => renderReference({ ...base, 'ownership.csv': 'code,name_zh\n' })).toThrow(/missing column name_en/);
    expect(() => renderReference({ 'districts.csv': 'slug,gb_code,name_zh,name_en\na,,甲,A\na,,乙,B\n' })).toThrow(/duplicate code "a"/);
  });
});

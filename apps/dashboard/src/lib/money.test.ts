import { describe, expect, it } from 'vitest';
import { formatYuan, formatYuanExact, maxYuan, yuanUnit } from './money.ts';

describe('formatYuan', () => {
  it('reads in 亿元 and 万元 in Chinese', () => {
    expect(formatYuan('1250050000', 'zh')).toBe('12.50亿元');
    expect(formatYuan('123456789012', 'zh')).toBe('1,234.57亿元');
    expect(formatYuan('125005000', 'zh')).toBe('1.25亿元');
    expect(formatYuan('34500000', 'zh')).toBe('3,450.00万元');
    expect(formatYuan('9999', 'zh')).toBe('9,999元');
    expect(formatYuan('0', 'zh', yuanUnit('1250050000', 'zh'))).toBe('0元');
    expect(formatYuan('0.0000', 'en', yuanUnit('1250050000', 'en'))).toBe('0 yuan');
    expect(formatYuan('0', 'zh')).toBe('0元');
  });
  it('reads in billion and million yuan in English', () => {
    expect(formatYuan('1250050000', 'en')).toBe('1.25 billion yuan');
    expect(formatYuan('34500000', 'en')).toBe('34.50 million yuan');
    expect(formatYuan('999999', 'en')).toBe('999,999 yuan');
  });
  it('rounds halves away from zero on the exact digits, beyond float precision', () => {
    // 0.125 亿 exactly: a float route could round either way
    expect(formatYuan('12500000', 'zh')).toBe('1,250.00万元');
    expect(formatYuan('112500000', 'zh')).toBe('1.13亿元');
    expect(formatYuan('112499999', 'zh')).toBe('1.12亿元');
    // more digits than a double holds exactly
    expect(formatYuan('90071992547409935000', 'zh')).toBe('900,719,925,474.10亿元');
    expect(formatYuan('2.5', 'zh')).toBe('3元');
    expect(formatYuan('-2.5', 'zh')).toBe('-3元');
  });
  it('keeps one unit for a whole chart when asked', () => {
    const unit = yuanUnit('1250050000', 'zh');
    expect(formatYuan('34500000', 'zh', unit)).toBe('0.35亿元');
  });
  it('refuses what is not a decimal', () => {
    expect(() => formatYuan('1e9', 'zh')).toThrow(RangeError);
  });
});

describe('formatYuanExact', () => {
  it('keeps every digit', () => {
    expect(formatYuanExact('1250050000')).toBe('1,250,050,000');
    expect(formatYuanExact('1234.5678')).toBe('1,234.5678');
    expect(formatYuanExact('0')).toBe('0');
  });
});

describe('maxYuan', () => {
  it('compares exactly, whatever the decimals', () => {
    expect(maxYuan(['100', '99.9999', '100.0001'])).toBe('100.0001');
    expect(maxYuan([])).toBe('0');
  });
});

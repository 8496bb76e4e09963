// Money as the metrics publish it: exact decimal strings of yuan ("125005000",
// "1250.5"). Every figure a reader sees is formatted from the string with
// BigInt arithmetic, so no amount is ever rounded by binary floating point;
// only a chart's bar length goes through a float (`yuanNumber`).
import type { Lang } from './i18n.ts';

/** The amount as an integer count of 10^-scale yuan. */
interface Exact {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function parse(yuan: string): Exact {
  const m = DECIMAL.exec(yuan.trim());
  if (!m) throw new RangeError(`not a decimal amount: ${JSON.stringify(yuan)}`);
  const [, sign = '', whole = '0', frac = ''] = m;
  const units = BigInt(whole + frac);
  return { units: sign ? -units : units, scale: frac.length };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** n / d rounded to an integer, halves away from zero (the metrics' rounding). */
function roundDiv(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return neg ? -q : q;
}

/** "1234567" → "1,234,567" (the digits only; sign handled by the caller). */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An integer count of hundredths as "1,234.56". */
function hundredths(v: bigint): string {
  const neg = v < 0n;
  const s = (neg ? -v : v).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${group(s.slice(0, -2))}.${s.slice(-2)}`;
}

/** The display units, largest first: the amount is shown in the first one it reaches. */
const UNITS: Record<Lang, ReadonlyArray<{ size: bigint; suffix: string }>> = {
  zh: [
    { size: 100_000_000n, suffix: '亿元' },
    { size: 10_000n, suffix: '万元' },
  ],
  en: [
    { size: 1_000_000_000n, suffix: ' billion yuan' },
    { size: 1_000_000n, suffix: ' million yuan' },
  ],
};

export interface YuanUnit {
  size: bigint;
  suffix: string;
}

/** The unit an amount reads best in (亿元/万元, billion/million yuan), or plain yuan below those. */
export function yuanUnit(yuan: string, lang: Lang): YuanUnit {
  const { units, scale } = parse(yuan);
  const abs = units < 0n ? -units : units;
  return UNITS[lang].find((u) => abs >= u.size * pow10(scale)) ?? { size: 1n, suffix: lang === 'zh' ? '元' : ' yuan' };
}

/**
 * "1250050000" → "12.50亿元" / "1.25 billion yuan": two decimals in 亿/万 or
 * billion/million, whole yuan below those, halves rounded away from zero.
 * `unit` fixes the unit, so the bars of one chart read in the same one.
 */
export function formatYuan(yuan: string, lang: Lang, unit: YuanUnit = yuanUnit(yuan, lang)): string {
  const { units, scale } = parse(yuan);
  // Nothing is nothing in any unit: an empty quarter beside billions reads "0", not "0.00 billion".
  if (units === 0n) return lang === 'zh' ? '0元' : '0 yuan';
  if (unit.size === 1n) {
    const whole = roundDiv(units, pow10(scale));
    return `${whole < 0n ? '-' : ''}${group((whole < 0n ? -whole : whole).toString())}${unit.suffix}`;
  }
  return `${hundredths(roundDiv(units * 100n, unit.size * pow10(scale)))}${unit.suffix}`;
}

/** formatYuan split into the number and its unit ("12.50", "亿元"), to set the unit smaller. */
export function formatYuanParts(yuan: string, lang: Lang): { number: string; unit: string } {
  const unit = yuanUnit(yuan, lang);
  const text = formatYuan(yuan, lang, unit);
  return { number: text.slice(0, text.length - unit.suffix.length), unit: unit.suffix.trim() };
}

/** The exact amount with thousands separators, every digit kept: "1,250,050,000", "12.5". */
export function formatYuanExact(yuan: string): string {
  const m = DECIMAL.exec(yuan.trim());
  if (!m) throw new RangeError(`not a decimal amount: ${JSON.stringify(yuan)}`);
  const [, sign = '', whole = '0', frac] = m;
  return `${sign}${group(whole)}${frac ? `.${frac}` : ''}`;
}

/** For a bar's length only: never shown as a figure. */
export function yuanNumber(yuan: string): number {
  return Number(yuan);
}

/** The largest of several amounts, compared exactly. */
export function maxYuan(amounts: readonly string[]): string {
  let best = '0';
  let bestExact = parse(best);
  for (const a of amounts) {
    const e = parse(a);
    const s = Math.max(e.scale, bestExact.scale);
    if (e.units * pow10(s - e.scale) > bestExact.units * pow10(s - bestExact.scale)) {
      best = a;
      bestExact = e;
    }
  }
  return best;
}

/** Exact comparison of two amounts, for ranking: negative when a < b. */
export function compareYuan(a: string, b: string): number {
  if (a === b) return 0;
  return maxYuan([a, b]) === a ? 1 : -1;
}

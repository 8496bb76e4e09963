// Display formatting shared by the server render and the browser, so a figure
// reads the same before and after hydration. Times are shown in China
// Standard Time, the zone every published date is defined in.
import { locale, type Lang } from './i18n.ts';

const ints = new Map<Lang, Intl.NumberFormat>();

export function formatInt(n: number, lang: Lang): string {
  let f = ints.get(lang);
  if (!f) ints.set(lang, (f = new Intl.NumberFormat(locale[lang], { maximumFractionDigits: 0 })));
  return f.format(n);
}

/**
 * A rate as a percentage with one decimal. `value` is already rounded to 4 dp
 * by the metric; working in whole basis points keeps the second rounding
 * (half away from zero, like the metric's) free of binary-float surprises.
 * A rate with no denominator has no value: a dash, never 0 %.
 */
export function formatRate(value: number | null): string {
  if (value === null) return '—';
  const bp = Math.round(value * 10_000);
  const tenths = Math.sign(bp) * Math.floor((Math.abs(bp) + 5) / 10);
  return `${(tenths / 10).toFixed(1)}%`;
}

/**
 * Days as the metric rounds them (1 decimal): "8.5 天" / "8.5 days", or the
 * bare number for a table column that names its unit; a dash when there is none.
 */
export function formatDays(value: number | null, lang: Lang, unit = true): string {
  if (value === null) return '—';
  const n = value.toFixed(1);
  if (!unit) return n;
  return lang === 'zh' ? `${n} 天` : `${n} days`;
}

const CST = 'Asia/Shanghai';

/** `2026-11-24 02:13` in China Standard Time, or null for a missing time. */
export function formatTime(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: CST,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const p = (t: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}`;
}

/** The oldest of the sources' sync times: the whole figure is only as fresh as that. */
export function oldestAsOf(asOf: Record<string, string | null>): string | null {
  let oldest: string | null = null;
  for (const t of Object.values(asOf)) {
    if (t === null) return null;
    if (oldest === null || Date.parse(t) < Date.parse(oldest)) oldest = t;
  }
  return oldest;
}

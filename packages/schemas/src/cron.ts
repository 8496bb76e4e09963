// Shape check for 5-field cron expressions (minute hour day-of-month month
// day-of-week), as Temporal schedules accept them. Catches typos at config
// load rather than when the schedule is created.
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const;

type Field = (typeof FIELDS)[number];

function value(f: Field, s: string): number | null {
  if (/^\d+$/.test(s)) return +s;
  const i = 'names' in f ? (f.names as readonly string[]).indexOf(s.toUpperCase()) : -1;
  return i < 0 ? null : f.name === 'month' ? i + 1 : i;
}

function partProblem(f: Field, part: string): string | null {
  const m = /^(\*|([0-9A-Za-z]+)(?:-([0-9A-Za-z]+))?)(?:\/(\d+))?$/.exec(part);
  if (!m) return `bad ${f.name} "${part}"`;
  if (m[4] !== undefined && +m[4] < 1) return `bad step in ${f.name} "${part}"`;
  for (const v of [m[2], m[3]]) {
    if (v === undefined) continue;
    const n = value(f, v);
    if (n === null || n < f.min || n > f.max) return `${f.name} "${v}" is outside ${f.min}–${f.max}`;
  }
  if (m[3] !== undefined && value(f, m[3])! < value(f, m[2]!)!) return `reversed range in ${f.name} "${part}"`;
  return null;
}

/** Why a cron expression is malformed, or null when it has a valid 5-field shape. */
export function cronProblem(expr: string): string | null {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) return `expected 5 fields (minute hour day month weekday), got ${parts.length}`;
  for (let i = 0; i < 5; i++) {
    for (const p of parts[i]!.split(',')) {
      const why = partProblem(FIELDS[i]!, p);
      if (why) return why;
    }
  }
  return null;
}

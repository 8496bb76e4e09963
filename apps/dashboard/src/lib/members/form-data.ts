// Form values → the submission request the shared schema checks. The browser
// runs it on the form's FormData before sending (to show errors at once) and
// the server runs it on the same FormData when it arrives, so both validate
// the very same object. Field names are dotted paths: `data.unit_name`,
// `data.plans.2.sector`. Cells convert as in the district files (trimmed,
// "1,200" → 1200, a code list's Chinese name → its code); an empty value is
// left out, so the schema answers "required" or, when optional, null.
import { convertCell, type SubmissionKind } from '@liaison/schemas';
import { FORMS } from './fields.ts';

export interface SubmissionBody {
  kind: SubmissionKind;
  period: string;
  data: Record<string, unknown>;
}

type Entries = Iterable<[string, unknown]>;

export function requestFromEntries(kind: SubmissionKind, entries: Entries): SubmissionBody {
  const form = FORMS[kind];
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  const data: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, unknown>>();
  let period = '';
  for (const [name, raw] of entries) {
    if (name === 'period') {
      period = typeof raw === 'string' ? raw.trim() : '';
      continue;
    }
    const parts = name.split('.');
    if (parts[0] !== 'data' || typeof raw !== 'string') continue;
    if (form.list === null && parts.length === 2) {
      const f = byKey.get(parts[1]!);
      if (f) data[f.key] = convertCell(f.kind, raw);
    } else if (form.list !== null && parts.length === 4 && parts[1] === form.list && /^\d{1,4}$/.test(parts[2]!)) {
      const f = byKey.get(parts[3]!);
      if (!f) continue;
      const i = Number(parts[2]);
      const row = rows.get(i) ?? {};
      row[f.key] = convertCell(f.kind, raw);
      rows.set(i, row);
    }
  }
  if (form.list !== null) data[form.list] = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return { kind, period, data };
}

/** Form field values (strings) from a submission's data, to fill the form again. */
export function entriesFromData(kind: SubmissionKind, data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof data !== 'object' || data === null) return out;
  const form = FORMS[kind];
  const put = (name: string, v: unknown) => {
    if (v !== undefined && v !== null && typeof v !== 'object') out[name] = String(v);
  };
  if (form.list === null) {
    for (const f of form.fields) put(`data.${f.key}`, (data as Record<string, unknown>)[f.key]);
    return out;
  }
  const list = (data as Record<string, unknown>)[form.list];
  if (!Array.isArray(list)) return out;
  list.forEach((row: unknown, i) => {
    if (typeof row !== 'object' || row === null) return;
    for (const f of form.fields) put(`data.${form.list}.${i}.${f.key}`, (row as Record<string, unknown>)[f.key]);
  });
  return out;
}

/** How many rows a list form shows for these values (at least one, so there is something to fill). */
export function rowCount(kind: SubmissionKind, values: Record<string, string>): number {
  const list = FORMS[kind].list;
  if (list === null) return 0;
  let max = -1;
  for (const name of Object.keys(values)) {
    const m = new RegExp(`^data\\.${list}\\.(\\d+)\\.`).exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Math.max(max + 1, 1);
}

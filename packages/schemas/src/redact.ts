// Personal data in quarantined member submissions (contact name and phone,
// opinion text) is shown only to the member who sent it — not to operators.
// A quarantined record's raw form is redacted before the console or the CLI
// shows or exports it (operatorQuarantine of @liaison/warehouse, their one
// listing); everything else an operator needs to fix it stays. It lives here,
// beside PERSONAL_FIELDS and the submission envelope it reads.
import { PERSONAL_FIELDS } from './submissions.ts';

export const REDACTED = '[redacted]';

// Every personal field of any kind: a record whose kind is unreadable is redacted alike.
const PERSONAL = new Set<string>(Object.values(PERSONAL_FIELDS).flat());
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function redactData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) out[k] = PERSONAL.has(k) && v !== null && v !== undefined ? REDACTED : v;
  if (Array.isArray(data['items'])) {
    out['items'] = data['items'].map((i: unknown) => (isObject(i) && 'text' in i ? { ...i, text: REDACTED } : i));
  }
  return out;
}

/** The raw JSON of a quarantined record, with member submissions' personal data replaced. */
export function redactRaw(raw: string): string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (!isObject(value) || !('kind' in value) || !isObject(value['data'])) return raw;
  return JSON.stringify({ ...value, data: redactData(value['data']) });
}

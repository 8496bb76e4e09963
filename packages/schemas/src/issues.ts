// One flat issue shape for every consumer: quarantine rows, the 422 answer of
// the submissions API, config start-up errors. Paths are dotted
// (`data.plans.0.sector`); the empty path is the whole value. An issue a
// member reads also carries its parameters (`params`): a translation is
// chosen by code and parameters, never by matching the English message,
// which is zod's or ours and may change wording with any upgrade.
import type { z } from 'zod';

export type IssueParam = string | number | boolean | null | Array<string | number | boolean | null>;

/**
 * What a translation needs besides the code: zod's parameters of that code
 * (`minimum`, `maximum` and `origin`; `expected`; `values`; `format`; `keys`;
 * `discriminator` and `options`), those of our own checks (`expected`,
 * `problem`, …), `missing` for an absent value and `received` for a refused
 * code. Absent on issues stored before they were kept.
 */
export type IssueParams = Record<string, IssueParam>;

export interface FieldIssue {
  path: string;
  code: string;
  message: string;
  params?: IssueParams;
}

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** Every issue of a zod error (or of `safeParse(...).error`), flat. */
export function issuesOf(error: Pick<z.ZodError, 'issues'>): FieldIssue[] {
  return error.issues.map((i) => ({ path: dottedPath(i.path), code: i.code, message: i.message }));
}

/** Every issue with its parameters (see IssueParams), for messages a member reads in their language. */
export function issuesWithParams(error: Pick<z.ZodError, 'issues'>): FieldIssue[] {
  return error.issues.map((i) => ({ path: dottedPath(i.path), code: i.code, message: i.message, params: issueParams(i) }));
}

const MAX_ECHOED = 40;
type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const scalar = (v: unknown): Scalar => (isScalar(v) ? v : String(v));
const echoed = (v: unknown): string | null => (isScalar(v) && v !== null ? String(v).slice(0, MAX_ECHOED) : null);

/** The JSON-safe parameters our own checks attach to an issue (`params` of a pushed or custom issue). */
function ownParams(i: z.core.$ZodIssue): IssueParams {
  const raw = (i as { params?: unknown }).params;
  if (typeof raw !== 'object' || raw === null) return {};
  const out: IssueParams = {};
  for (const [k, v] of Object.entries(raw)) {
    if (isScalar(v)) out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(scalar);
  }
  return out;
}

/** The parameters of one zod issue; `input` is read only when the parse was asked to report it. */
export function issueParams(i: z.core.$ZodIssue): IssueParams {
  const p: IssueParams = {};
  if ('input' in i && i.input === undefined) p['missing'] = true;
  switch (i.code) {
    case 'invalid_type':
      p['expected'] = i.expected;
      break;
    case 'too_small':
      Object.assign(p, { minimum: Number(i.minimum), origin: i.origin, inclusive: i.inclusive ?? true });
      break;
    case 'too_big':
      Object.assign(p, { maximum: Number(i.maximum), origin: i.origin, inclusive: i.inclusive ?? true });
      break;
    case 'invalid_value': {
      p['values'] = i.values.map(scalar);
      const received = echoed(i.input);
      if (received !== null) p['received'] = received;
      break;
    }
    case 'invalid_format':
      p['format'] = i.format;
      break;
    case 'not_multiple_of':
      p['divisor'] = Number(i.divisor);
      break;
    case 'unrecognized_keys':
      p['keys'] = i.keys;
      break;
    case 'invalid_union':
      if (i.discriminator !== undefined) {
        const options = 'options' in i && Array.isArray(i.options) ? i.options : [];
        Object.assign(p, { discriminator: i.discriminator, options: options.map(scalar) });
      } else p['expected'] = [...new Set(i.errors.flat().flatMap((e) => (e.code === 'invalid_type' ? [e.expected] : [])))];
      break;
  }
  return { ...p, ...ownParams(i) };
}

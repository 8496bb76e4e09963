// Query-string parsing of the API: the metric's own zod filters decide what
// is valid; a problem comes back as {path, message} pairs for the 400 body.
// (The pages read the same filters leniently: page-params.ts.)
import type { z } from 'zod';
import { searchParamsObject } from '@liaison/metrics';

export interface Issue {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): Parsed<z.output<S>> {
  const r = schema.safeParse(searchParamsObject(params));
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : ''),
      message: i.message,
    })),
  };
}

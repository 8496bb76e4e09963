// One flat issue shape for every consumer: quarantine rows, the 422 answer of
// the submissions API, config start-up errors. Paths are dotted
// (`data.plans.0.sector`); the empty path is the whole value.
import type { z } from 'zod';

export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** Every issue of a zod error (or of `safeParse(...).error`), flat. */
export function issuesOf(error: Pick<z.ZodError, 'issues'>): FieldIssue[] {
  return error.issues.map((i) => ({ path: dottedPath(i.path), code: i.code, message: i.message }));
}

// The filters of a figures page, read leniently (interfaces.md, after the
// Public HTTP API table): a page answers every link people share. The API
// parses the same query strictly (400 naming each bad parameter); a page
// instead ignores what share buttons and messaging apps append, drops any
// other parameter it cannot read, names the dropped ones in a notice, and
// shows the figures without them.
import type { z } from 'zod';
import { searchParamsObject } from '@liaison/metrics';
import type { DroppedParam } from '../../view.ts';

export interface PageParams<T> {
  filters: T;
  /** Parameters left out of the figures, for the page's notice (share tracking is not among them). */
  dropped: DroppedParam[];
}

const TRACKING_PARAMS = new Set(['spm', 'isappinstalled']);

/**
 * `from` is a date filter of metrics.md ("Filters, when given: district
 * (slug), from/to (dates…)"), and WeChat appends `from=singlemessage` or
 * `from=timeline` to every shared link. Those values are unreadable as a
 * date, so they are dropped like any bad value, but silently: the reader did
 * not write them, and interfaces.md lists them among the parameters a page
 * ignores. A real `from` date in the same link is kept.
 */
const MESSAGING_APP_FROM = new Set(['singlemessage', 'timeline']);

/** Added by share buttons and messaging apps, never by a reader: ignored without a notice. */
export function isShareTracking(name: string, value: string): boolean {
  return /^utm_/i.test(name) || TRACKING_PARAMS.has(name) || (name === 'from' && MESSAGING_APP_FROM.has(value));
}

/** The parameter names a failed parse blames: each issue's first path segment, or the unknown keys. */
function blamed(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : i.path.length ? [String(i.path[0])] : []));
}

/**
 * Parse `params` with the page's zod filters, dropping each parameter the
 * schema refuses until the rest parses (a cross-field rule such as `to` after
 * `from` blames one of them, so that one goes). If an issue blames no
 * parameter, every remaining one is dropped and the page shows its figures
 * unfiltered.
 */
export function readPageParams<S extends z.ZodType>(schema: S, params: URLSearchParams): PageParams<z.output<S>> {
  let kept = [...params].filter(([name, value]) => !isShareTracking(name, value));
  const dropped: DroppedParam[] = [];
  const drop = (names: ReadonlySet<string>) => {
    for (const [name, value] of kept) if (names.has(name)) dropped.push({ name, value });
    kept = kept.filter(([name]) => !names.has(name));
  };
  for (;;) {
    const r = schema.safeParse(searchParamsObject(new URLSearchParams(kept)));
    if (r.success) return { filters: r.data, dropped };
    const names = new Set(blamed(r.error.issues).filter((n) => kept.some(([k]) => k === n)));
    if (names.size === 0) {
      drop(new Set(kept.map(([k]) => k)));
      return { filters: schema.parse({}), dropped };
    }
    drop(names);
  }
}

// The naming rule of drop-folder files (sources.md §1b):
// `{enterprises|visits|projects}_YYYYMMDD.{csv|xlsx}`. Anything else in the
// folder (temp files of an upload in progress, READMEs, `.done` markers) is
// not ours and is ignored, so the rule is matched exactly: lower-case
// collection and extension, a real calendar day.
import { isRealDay, type Collection } from '@liaison/schemas';

export type DropFormat = 'csv' | 'xlsx';

export interface DropFileName {
  collection: Collection;
  /** Export day as `YYYY-MM-DD`. */
  date: string;
  format: DropFormat;
}

const NAME = /^(enterprises|visits|projects)_(\d{4})(\d{2})(\d{2})\.(csv|xlsx)$/;

/** Collection, day and format of a drop file name (a basename), or null when it is not one. */
export function parseDropFileName(name: string): DropFileName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d] = [+m[2]!, +m[3]!, +m[4]!];
  if (!isRealDay(y, mo, d)) return null;
  return {
    collection: m[1] as Collection,
    date: `${m[2]}-${m[3]}-${m[4]}`,
    format: m[5] as DropFormat,
  };
}

/** Within one day enterprises load first, so visits and projects can refer to them. */
export const COLLECTION_ORDER: Record<Collection, number> = { enterprises: 0, visits: 1, projects: 2 };

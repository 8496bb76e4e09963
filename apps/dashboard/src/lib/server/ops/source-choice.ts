// The sources an operator can pick on the console's filters: every configured
// one, plus the one asked for in the URL when it is no longer configured (its
// runs and quarantine are still stored, and the choice must show it).
import { sources } from '../sources.ts';

export function sourceChoice(asked: string | null): string[] {
  const ids = sources().map((s) => s.id);
  if (asked && !ids.includes(asked)) ids.push(asked);
  return ids;
}

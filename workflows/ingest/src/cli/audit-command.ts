// `liaison audit [--since DATE]`: the audit log, newest first — every entry
// since the date (a day in China Standard Time, or an instant), else all.
import { auditDetailsText, listAudit } from '@liaison/warehouse';
import type { CliContext } from './context.ts';
import { printJson, printTable } from './output.ts';

export async function auditCommand(ctx: CliContext, o: { since?: string | undefined }): Promise<number> {
  const entries = await listAudit(ctx.ch(), { since: o.since });
  if (ctx.json) printJson({ since: o.since ?? null, entries });
  else
    printTable(
      entries.map((e) => ({ ...e, details: auditDetailsText(e.details) })),
      ['at', 'actor', 'via', 'action', 'target', 'outcome', 'reason', 'details'],
    );
  return 0;
}

// The audit entry of each command that changes something (the warehouse's
// audit log): who (LIAISON_OPERATOR, else the OS user), the command, its
// target, a few details (never a token or a password) and the outcome, ok or
// failed with the error's message. Written once the command has ended, with
// up to three tries of the same entry id (a retried write is not a second
// entry). If it still cannot be written, the command's own outcome stands —
// its output and its error are reported as they are — and the command line
// says on stderr that the entry is missing and exits 1 (the command's own
// exit code when that already says it failed).
import { recordAudit, type AuditDetails, type AuditInput } from '@liaison/warehouse';
import { randomUUID } from 'node:crypto';
import type { CommandLine, Flags } from './command-line.ts';
import type { CliContext } from './context.ts';

type Invocation = Extract<CommandLine, { kind: 'command' }>;

/** What an audited command did, to what, with which details. */
export interface AuditedAction {
  action: string;
  target: string;
  details: AuditDetails;
}

const none = (): AuditDetails => ({});

/** The commands that change something, and the details of each worth keeping. */
const AUDITED: Readonly<Record<string, (flags: Flags) => AuditDetails>> = {
  'sources apply': none,
  sync: (f) => ({ full: f.full ?? false, wait: f.wait ?? false }),
  backfill: (f) => ({ from: f.from ?? null, to: f.to ?? null }),
  rerun: (f) => ({ wait: f.wait ?? false }),
  cancel: none,
  pause: none,
  resume: none,
  'quarantine replay': none,
  'members add': (f) => ({ unit: f.unit ?? null }),
  'members rotate': none,
  'members revoke': none,
  'operators add': none,
  'operators reset': none,
  'operators disable': none,
};

/** The audit entry's subject for a command line, or null for a command that only reads. */
export function auditedAction({ command, args, flags }: Invocation, sourcesFile: string): AuditedAction | null {
  const details = AUDITED[command.name];
  if (!details) return null;
  const target = command.name === 'sources apply' ? sourcesFile : (args[0] ?? '');
  return { action: command.name, target, details: details(flags) };
}

const WRITE_TRIES = 3;

async function write(ctx: CliContext, entry: AuditInput): Promise<Error | null> {
  let last: Error | null = null;
  for (let i = 0; i < WRITE_TRIES; i++) {
    try {
      await recordAudit(ctx.ch(), entry);
      return null;
    } catch (err) {
      last = err instanceof Error ? err : new Error(String(err));
    }
  }
  return last;
}

/** Runs the command and records its audit entry (see the header for a write that fails). */
export async function withAudit(ctx: CliContext, what: AuditedAction, run: () => Promise<number>): Promise<number> {
  const entry = { ...what, id: randomUUID(), actor: ctx.settings.operator, via: 'cli' as const };
  let code: number;
  try {
    code = await run();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const missing = await write(ctx, { ...entry, outcome: 'failed', reason });
    if (missing) reportMissing(what, 'failed', missing);
    throw err;
  }
  const outcome = code === 0 ? 'ok' : 'failed';
  const missing = await write(ctx, { ...entry, outcome, reason: code === 0 ? '' : `ended with exit code ${code}` });
  if (!missing) return code;
  reportMissing(what, outcome, missing);
  return code === 0 ? 1 : code;
}

function reportMissing(what: AuditedAction, outcome: 'ok' | 'failed', err: Error): void {
  const done = outcome === 'ok' ? 'was done' : 'failed';
  console.error(`liaison: ${what.action} ${what.target} ${done}, but its audit entry could not be written: ${err.message}`);
}

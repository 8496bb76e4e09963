// How the command line reports what went wrong: the kind of failure, its exit
// code (interfaces.md), and the message, as text on stderr or, with --json,
// as one JSON object on stdout:
//   { "error": { "message", "code", "kind", "usage"? }, ...details }
// `details` carry what a failed operation left behind, e.g. the failed `run`.
import { printJson, UsageError } from './output.ts';

export type ErrorKind = 'usage' | 'config' | 'failed' | 'running';

export const EXIT_CODE: Readonly<Record<ErrorKind, number>> = { usage: 2, config: 2, failed: 1, running: 3 };

/** The operation ran and failed (exit 1); `details` are printed with the error under --json. */
export class CommandFailed extends Error {
  override readonly name = 'CommandFailed';
  readonly details: Record<string, unknown>;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.details = details;
  }
}

/** Prints the error (never a stack trace) and returns the exit code for it. */
export function reportError(err: unknown, kind: ErrorKind, json: boolean): number {
  const code = EXIT_CODE[kind];
  const message = err instanceof Error ? err.message : String(err);
  const usage = err instanceof UsageError ? err.usage : undefined;
  if (json) {
    const details = err instanceof CommandFailed ? err.details : {};
    printJson({ error: { message, code, kind, ...(usage ? { usage } : {}) }, ...details });
  } else {
    console.error(`liaison: ${message}${usage ? `\n${usage}` : ''}`);
  }
  return code;
}

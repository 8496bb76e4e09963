// The worker's log: one JSON object a line on stdout, written by the Temporal
// runtime's logger (its levels, LIAISON_LOG_LEVEL), so the SDK's own lines and
// ours look alike. Every line an activity logs, the SDK's "Activity failed"
// included, carries the Liaison run id and the source (taken from the
// activity's arguments by ingestLogInterceptors) beside the workflow id
// Temporal adds; `ingestLog` writes the ingest lines themselves.
import { Context } from '@temporalio/activity';
import { DefaultLogger, type ActivityInterceptorsFactory, type LogEntry, type LogLevel } from '@temporalio/worker';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `runId` and `sourceId` of an activity call: fields of its request object, or a bare run id argument. */
export function ingestLogAttributes(args: readonly unknown[]): { runId?: string; sourceId?: string } {
  const found: { runId?: string; sourceId?: string } = {};
  for (const arg of args) {
    if (typeof arg === 'string' && UUID.test(arg)) found.runId ??= arg;
    if (typeof arg !== 'object' || arg === null) continue;
    const { runId, sourceId } = arg as Record<string, unknown>;
    if (typeof runId === 'string') found.runId ??= runId;
    if (typeof sourceId === 'string') found.sourceId ??= sourceId;
  }
  return found;
}

/** Adds the run id and source of each activity execution to all its log lines. */
export const ingestLogInterceptors: ActivityInterceptorsFactory = () => {
  let attributes: Record<string, string> = {};
  return {
    inbound: {
      execute: (input, next) => {
        attributes = ingestLogAttributes(input.args);
        return next(input);
      },
    },
    outbound: { getLogAttributes: (input, next) => next({ ...input, ...attributes }) },
  };
};

/** One log entry as one JSON line: time, level, msg, then the entry's attributes. */
export function jsonLogLine(entry: LogEntry): string {
  const time = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
  const meta = Object.fromEntries(Object.entries(entry.meta ?? {}).map(([k, v]) => [k, v instanceof Error ? v.message : v]));
  return JSON.stringify({ time, level: entry.level.toLowerCase(), msg: entry.message, ...meta });
}

export function jsonRuntimeLogger(level: LogLevel): DefaultLogger {
  return new DefaultLogger(level, (entry) => void process.stdout.write(`${jsonLogLine(entry)}\n`));
}

/** An ingest line from inside an activity (with its run id, source and workflow id); nothing outside one (unit tests). */
export function ingestLog(level: 'info' | 'warn', message: string, attributes: Record<string, unknown> = {}): void {
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return;
  }
  context.log[level](message, attributes);
}

// Turns connector and configuration errors into Temporal failures that the
// workflow's retry policy understands (see failures.ts), keeping the message
// an operator needs and honouring a source's Retry-After.
import { ApplicationFailure } from '@temporalio/activity';
import { SourceError } from '@liaison/connectors';
import { ConfigError } from '../sources.ts';

export function toFailure(err: unknown, context: string): unknown {
  if (err instanceof SourceError) {
    const message = `${context}: ${err.message}`;
    const type = `SourceError:${err.kind}`;
    if (!err.retryable) return ApplicationFailure.nonRetryable(message, type);
    return ApplicationFailure.create({
      message,
      type,
      ...(err.retryAfterMs !== undefined ? { nextRetryDelay: err.retryAfterMs } : {}),
    });
  }
  if (err instanceof ConfigError) return ApplicationFailure.nonRetryable(`${context}: ${err.message}`, 'ConfigError');
  return err;
}

export async function asFailure<T>(context: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toFailure(err, context);
  }
}

// Turns connector and configuration errors into Temporal failures, keeping
// the message an operator needs and honouring a source's Retry-After. Whether
// a retry can help is not decided here: a SourceError carries the connector's
// decision (`retryable`), passed on as the failure's nonRetryable flag, which
// Temporal honours whatever the retry policy says (so the workflows list no
// error types). A bad configuration is the one verdict of ingest's own: a
// retry reads the same file and environment, so it cannot help.
import { ApplicationFailure } from '@temporalio/activity';
import { SourceError } from '@liaison/connectors';
import { ConfigError } from '../sources.ts';

export function toFailure(err: unknown, context: string): unknown {
  if (err instanceof SourceError) {
    return ApplicationFailure.create({
      message: `${context}: ${err.message}`,
      type: `SourceError:${err.kind}`,
      nonRetryable: !err.retryable,
      ...(err.retryable && err.retryAfterMs !== undefined ? { nextRetryDelay: err.retryAfterMs } : {}),
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

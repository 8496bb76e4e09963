// Turns connector and configuration errors into Temporal failures, keeping
// the message an operator needs and honouring a source's Retry-After. Whether
// a retry can help is not decided here: a SourceError carries the connector's
// decision (`retryable`), passed on as the failure's nonRetryable flag, which
// Temporal honours whatever the retry policy says (so the workflows list no
// error types). Ingest's own verdicts: a bad configuration (a retry reads the
// same file and environment) and a PermanentError (a run that does not exist,
// stored bookkeeping that cannot be read, a programming error) cannot be
// cured by retrying, so they fail at once instead of being retried for ever.
import { ApplicationFailure } from '@temporalio/activity';
import { SourceError } from '@liaison/connectors';
import { ConfigError } from '../sources.ts';

/** A failure no retry can cure: what it names is missing or wrong, and stays so. */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
}

/** Errors of the code itself (a bad expression, unreadable stored JSON): the same input fails the same way. */
function isProgrammingError(err: unknown): err is Error {
  return err instanceof ReferenceError || err instanceof SyntaxError;
}

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
  if (err instanceof PermanentError || isProgrammingError(err)) {
    return ApplicationFailure.create({ message: `${context}: ${err.message}`, type: err.name, nonRetryable: true, cause: err });
  }
  return err;
}

export async function asFailure<T>(context: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toFailure(err, context);
  }
}

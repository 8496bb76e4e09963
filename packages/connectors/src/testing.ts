// For the connectors' tests: the SourceError a request ends in, so a test
// can check its kind, retry decision and message in one place.
import { SourceError } from './errors.ts';

/** The SourceError `pending` rejects with; anything else (success included) fails the test. */
export async function sourceFailure(pending: Promise<unknown>): Promise<SourceError> {
  const outcome = await pending.then(
    () => 'success',
    (err: unknown) => err,
  );
  if (outcome instanceof SourceError) return outcome;
  throw new Error(`expected a SourceError, got ${outcome instanceof Error ? `${outcome.name}: ${outcome.message}` : String(outcome)}`);
}

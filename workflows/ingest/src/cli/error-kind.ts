// Which kind of failure an error is (cli-errors.ts): the errors of the
// services' clients, known by their classes. A module of its own so that the
// command line loads those clients only when a command has run.
import { ConfigError } from '@liaison/config';
import { SyncAlreadyRunning } from '@liaison/temporal-client';
import type { ErrorKind } from './cli-errors.ts';
import { UsageError } from './output.ts';

export function errorKind(err: unknown): ErrorKind {
  if (err instanceof UsageError) return 'usage';
  if (err instanceof ConfigError) return 'config';
  if (err instanceof SyncAlreadyRunning) return 'running';
  return 'failed';
}

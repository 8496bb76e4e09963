// LIAISON_LOG_LEVEL: how much the ingest worker's Temporal runtime logs.
// WARN by default (retried activity failures are worth seeing; the workflow
// bundler's module listing is not). Case does not matter.
import { z } from 'zod';
import { blankToUndefined, parseEnv, type Env } from './config-error.ts';
import { processEnv } from './process-env.ts';

export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const logEnvSchema = z.object({
  LIAISON_LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.toUpperCase() : blankToUndefined(v)),
    z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('WARN'),
  ),
});

export function parseLogLevel(env: Env = processEnv()): LogLevel {
  return parseEnv(logEnvSchema, env, 'Invalid log settings').LIAISON_LOG_LEVEL;
}

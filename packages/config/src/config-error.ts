// The one configuration error of the platform. Every setting (env variable or
// sources file) that cannot be used is reported as a ConfigError naming it,
// so a deployable stops at start-up with a message an operator can act on,
// and the CLI maps it to exit code 2.
import type { z } from 'zod';

/** An environment: process.env, or an object built for a child process or a test. */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The variables (or the file) at fault, first one first. */
  readonly variables: readonly string[];

  constructor(message: string, variables: readonly string[] = []) {
    super(message);
    this.variables = variables;
  }

  /** The first variable named, if any. */
  get variable(): string | undefined {
    return this.variables[0];
  }
}

/** Every problem in `env`, one line each: `NAME: reason (got 'value')`. */
export function describeEnvIssues(error: Pick<z.ZodError, 'issues'>, env: Env): string {
  return error.issues
    .map((i) => {
      const name = String(i.path[0] ?? '?');
      const got = env[name];
      return `  ${name}: ${i.message}${got === undefined ? '' : ` (got '${got}')`}`;
    })
    .join('\n');
}

/** Parses `env` with `schema`; on failure a ConfigError titled `title` listing every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env, title: string): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '?')))];
  throw new ConfigError(`${title}:\n${describeEnvIssues(parsed.error, env)}`, names);
}

/** Treats a variable set to '' as unset (shells and compose files often export empty values). */
export const blankToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

// The process environment, read here and nowhere else in production code
// (STYLE.md 7): every other module takes an env object, which is what tests
// and the dev stack pass instead.
import type { Env } from './config-error.ts';

export function processEnv(): Env {
  return process.env;
}

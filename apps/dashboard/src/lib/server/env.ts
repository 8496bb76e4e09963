// The dashboard's environment as one object, for @liaison/config's parsers.
// SvelteKit hands the server its variables through $app/env/private (those
// declared in src/env.ts, including values vite dev loads from .env files),
// so that is where this object comes from rather than the process itself.
import * as declared from '$app/env/private';
import type { Env } from '@liaison/config';

/** The declared variables as they are now (read at each call: the server sets them at start-up). */
export function dashboardEnv(): Env {
  return { ...declared } as Env;
}

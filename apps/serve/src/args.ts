// The command line of `npm run serve`: which roles this host runs
// (`--role worker` | `--role dashboard`, both by default) and how many worker
// processes (`--workers N`, default 1); `--no-build` serves the dashboard as
// already built (an image, a test run) instead of bringing the build up to
// date first. Bad usage is a ConfigError naming the flag, so it exits 2 like
// every other bad setting.
import { ConfigError } from '@liaison/config';

export type Role = 'worker' | 'dashboard';

export interface ServeArgs {
  roles: ReadonlySet<Role>;
  workers: number;
  /** Bring the dashboard's build up to date before serving it. */
  build: boolean;
}

export const SERVE_USAGE = 'usage: npm run serve -- [--role worker|dashboard] [--workers N] [--no-build]';

function usageError(problem: string, flag: string): ConfigError {
  return new ConfigError(`${problem}\n${SERVE_USAGE}`, [flag]);
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let role: Role | undefined;
  let workers = 1;
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--role') {
      if (value !== 'worker' && value !== 'dashboard')
        throw usageError(`--role must be worker or dashboard (got ${value ?? 'nothing'})`, flag);
      role = value;
      i++;
    } else if (flag === '--workers') {
      if (!value || !/^[1-9]\d*$/.test(value))
        throw usageError(`--workers must be a whole number of at least 1 (got ${value ?? 'nothing'})`, flag);
      workers = Number(value);
      i++;
    } else if (flag === '--no-build') {
      build = false;
    } else {
      throw usageError(`unknown argument ${flag}`, flag ?? '');
    }
  }
  if (role === 'dashboard' && argv.includes('--workers')) throw usageError('--workers needs the worker role', '--workers');
  return { roles: new Set<Role>(role ? [role] : ['worker', 'dashboard']), workers, build };
}

// Bad usage of the command line: an unknown flag or a missing value exits 2
// with the usage and no stack trace, before any service is contacted.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: {} });

describe('liaison CLI usage errors', () => {
  it.each([
    ['an unknown flag', ['runs', '--bogus'], /Unknown option '--bogus'/],
    ['a missing value', ['backfill', 'nanshan', '--from'], /--from/],
  ])('%s: exit 2, the usage, no stack trace', (_what, args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: pnpm liaison');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

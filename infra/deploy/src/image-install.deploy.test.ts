// The image's production install, done here without a container runtime: the
// repository's files copied to a temporary folder, the Dockerfile's own
// `pnpm install --prod` line run there (offline, from the local store), and
// infra/dev removed as the runtime stage leaves it out. Then: no chDB and no
// infra/dev package is installed, every module of serve, the worker and the
// CLI loads, and `serve --role worker` with both services named gets as far
// as connecting to ClickHouse (it imports no dev package on the way).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
let image: string;

/** The production install's flags, as the Dockerfile gives them (the line with --prod, continued). */
function installFlags(): string[] {
  const command = /pnpm install --frozen-lockfile --prod([^&]*)/.exec(dockerfile.replace(/\\\n/g, ' '));
  if (!command) throw new Error('the Dockerfile has no `pnpm install --frozen-lockfile --prod` line');
  return [
    '--frozen-lockfile',
    '--prod',
    ...[...command[1]!.matchAll(/(--[a-z-]+)(?:\s+'([^']+)')?/g)].flatMap((m) => (m[2] ? [m[1]!, m[2]] : [m[1]!])),
  ];
}

beforeAll(() => {
  image = mkdtempSync(join(tmpdir(), 'liaison-image-'));
  execFileSync('sh', ['-c', `git ls-files -co --exclude-standard -z | tar -cf - --null -T - | tar -xf - -C '${image}'`], { cwd: root });
  execFileSync('pnpm', ['install', '--offline', ...installFlags()], { cwd: image, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
  rmSync(join(image, 'infra/dev'), { recursive: true, force: true });
}, 300_000);

afterAll(() => {
  if (image) rmSync(image, { recursive: true, force: true });
});

describe("the image's production install", () => {
  it('installs no chDB, no test or build tool, and no infra/dev package', () => {
    const store = readdirSync(join(image, 'node_modules/.pnpm'));
    expect(store.filter((p) => /^(chdb|@chdb\+|vitest|playwright|@temporalio\+testing|typescript)@?/.test(p))).toEqual([]);
    expect(existsSync(join(image, 'infra/deploy/node_modules'))).toBe(false);
  });

  it('loads serve, the worker and the CLI', () => {
    const load = spawnSync(
      process.execPath,
      [
        '-e',
        "for (const m of ['apps/serve/src/services.ts', 'apps/serve/src/roles.ts', 'workflows/ingest/src/worker.ts']) await import('./' + m)",
      ],
      { cwd: image, encoding: 'utf8' },
    );
    expect(load.stderr).toBe('');
    const cli = spawnSync(process.execPath, ['workflows/ingest/src/cli/main.ts'], { cwd: image, encoding: 'utf8' });
    expect(cli.stderr + cli.stdout).toMatch(/usage: pnpm liaison/);
  });

  it('runs serve --role worker with both services named as far as ClickHouse', () => {
    const env = { PATH: process.env['PATH'], CLICKHOUSE_URL: 'http://127.0.0.1:1', TEMPORAL_ADDRESS: '127.0.0.1:2' };
    const serve = spawnSync(process.execPath, ['apps/serve/src/main.ts', '--role', 'worker'], {
      cwd: image,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(serve.stdout + serve.stderr).toMatch(/ECONNREFUSED 127\.0\.0\.1:1/);
    expect(serve.stdout + serve.stderr).not.toMatch(/Cannot find (package|module)/);
  });
});

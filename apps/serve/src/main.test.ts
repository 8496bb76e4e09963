// Bad usage stops `serve` before anything starts, with exit 2 and the reason:
// a role on its own needs the services named (no embedded engines per role).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function serveWith(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 55_000 });
}

// Each case starts a Node process that loads serve's imports: seconds on a busy machine.
describe('serve start-up', { timeout: 60_000 }, () => {
  it('refuses --role worker without CLICKHOUSE_URL and TEMPORAL_ADDRESS, starting no engine', () => {
    const r = serveWith(['--role', 'worker'], { CLICKHOUSE_URL: '', TEMPORAL_ADDRESS: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('set CLICKHOUSE_URL and TEMPORAL_ADDRESS');
    expect(r.stdout).not.toContain('embedded');
  });

  it('refuses an unknown argument with the usage', () => {
    const r = serveWith(['--demo'], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown argument --demo');
    expect(r.stderr).toContain('usage: npm run serve');
  });
});

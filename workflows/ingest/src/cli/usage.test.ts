// The command line's usage as an operator meets it: `--help` on any command
// shows that command's usage (exit 0); an unknown flag or a missing value
// exits 2 with that command's usage and no stack trace, before any service
// is contacted.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: {} });

describe('liaison --help', () => {
  it.each([
    [['sync', '--help'], 'sync <sourceId> [--wait] [--full]'],
    [['members', 'add', '--help'], 'members add <memberId> --unit NAME'],
    [['status', '--help'], 'status [--source id]'],
    [['pause', '--help'], 'pause <sourceId>'],
  ])("%j: that command's usage on stdout, exit 0", (args, line) => {
    const r = cli(...args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`usage: pnpm liaison ${line}`);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
  });

  it('--help alone: the whole usage, the operating commands included, exit 0', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: pnpm liaison <command>/);
    for (const line of [
      'sources apply',
      'backfill <sourceId>',
      'status [--source id]',
      'cancel <sourceId>',
      'pause <sourceId>',
      'resume <sourceId>',
      'members rotate <memberId>',
    ])
      expect(r.stdout).toContain(line);
  });
});

describe('liaison CLI usage errors', () => {
  it.each([
    ['an unknown flag', ['runs', '--bogus'], /Unknown option '--bogus'/, 'runs [--source id]'],
    ['a missing value', ['backfill', 'nanshan', '--from'], /--from/, 'backfill <sourceId>'],
    ['a missing argument', ['cancel'], /missing <sourceId>/, 'cancel <sourceId>'],
    ['a missing source to resume', ['resume'], /missing <sourceId>/, 'resume <sourceId>'],
    ['a flag status does not take', ['status', '--failed'], /'status' does not take --failed/, 'status [--source id]'],
  ])("%s: exit 2, that command's usage on stderr, no stack trace", (_what, args, message, line) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(`usage: pnpm liaison ${line}`);
    expect(r.stderr).not.toContain('<command>');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('an unknown command: exit 2 with the whole usage', () => {
    const r = cli('atlantis');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'atlantis'/);
    expect(r.stderr).toContain('usage: pnpm liaison <command>');
  });
});

describe('liaison --version', () => {
  const manifest = new URL('../../package.json', import.meta.url);
  const version = async () => (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;

  it('prints the version of the ingest package, exit 0', async () => {
    const r = cli('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(await version());
  });

  it('with --json, as { version }', async () => {
    expect(JSON.parse(cli('--version', '--json').stdout)).toEqual({ version: await version() });
  });
});

describe('liaison --json errors', () => {
  it('bad usage: one JSON error object on stdout with the code, nothing on stderr, exit 2', () => {
    const r = cli('runs', '--bogus', '--json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: { message: expect.stringMatching(/Unknown option '--bogus'/), code: 2, kind: 'usage', usage: expect.stringContaining('runs') },
    });
    expect(r.stderr).toBe('');
  });

  it('bad configuration: kind config, exit 2, no stack trace', () => {
    const r = cli('sync', 'nanshan', '--json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { message: expect.stringMatching(/TEMPORAL_ADDRESS/), code: 2, kind: 'config' } });
    expect(r.stderr).toBe('');
  });
});

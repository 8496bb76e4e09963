// The serve command line: both roles by default, one with --role, N workers;
// anything else is bad usage naming the flag.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@liaison/config';
import { parseServeArgs } from './args.ts';

describe('serve arguments', () => {
  it('runs both roles and one worker by default', () => {
    const a = parseServeArgs([]);
    expect([...a.roles].sort()).toEqual(['dashboard', 'worker']);
    expect(a.workers).toBe(1);
    expect(a.build).toBe(true);
  });

  it('serves the dashboard as built with --no-build', () => {
    expect(parseServeArgs(['--role', 'dashboard', '--no-build']).build).toBe(false);
  });

  it('runs one role with --role, and N workers with --workers N', () => {
    expect([...parseServeArgs(['--role', 'dashboard']).roles]).toEqual(['dashboard']);
    const w = parseServeArgs(['--role', 'worker', '--workers', '3']);
    expect([...w.roles]).toEqual(['worker']);
    expect(w.workers).toBe(3);
  });

  it.each([
    [['--role', 'ingest'], '--role'],
    [['--role'], '--role'],
    [['--workers', '0'], '--workers'],
    [['--workers', 'two'], '--workers'],
    [['--role', 'dashboard', '--workers', '2'], '--workers'],
    [['--demo'], '--demo'],
  ])('refuses %j, naming %s', (argv, flag) => {
    const error = (() => {
      try {
        parseServeArgs(argv);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(flag);
    expect((error as ConfigError).message).toContain(flag);
  });
});

// Each kind of failure has its exit code (interfaces.md), and under --json is
// printed as one object: the error, and what the failed operation left.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '@liaison/config';
import { SyncAlreadyRunning } from '@liaison/temporal-client';
import { CommandFailed, reportError } from './cli-errors.ts';
import { errorKind } from './error-kind.ts';
import { UsageError } from './output.ts';

describe('CLI errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [new UsageError('x'), 'usage', 2],
    [new ConfigError('x', []), 'config', 2],
    [new SyncAlreadyRunning('x'), 'running', 3],
    [new CommandFailed('x'), 'failed', 1],
    [new Error('x'), 'failed', 1],
  ])('%s is %s, exit %d', (err, kind, code) => {
    expect(errorKind(err)).toBe(kind);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(reportError(err, errorKind(err), false)).toBe(code);
  });

  it('--json: one object on stdout with the error and the failed run', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
    const code = reportError(new CommandFailed("run r1 of 'nanshan' ended failed", { run: { run_id: 'r1' } }), 'failed', true);
    expect(code).toBe(1);
    expect(printed.map((t) => JSON.parse(t))).toEqual([
      { error: { message: "run r1 of 'nanshan' ended failed", code: 1, kind: 'failed' }, run: { run_id: 'r1' } },
    ]);
  });
});

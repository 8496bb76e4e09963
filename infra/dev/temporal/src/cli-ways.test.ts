// Ordering and error reporting of the CLI "ways", with fake ways: no downloads.
import { describe, expect, it } from 'vitest';
import { runWays, TemporalCliUnavailableError, type CliWay, type WayContext } from './cli-ways.ts';

function context(lines: string[] = []): WayContext {
  return { version: '1.9.1', cacheFile: '/nowhere/temporal', env: {}, log: (l) => lines.push(l) };
}

function way(name: string, result: string | Error, calls: string[] = []): CliWay {
  return {
    name,
    async obtain() {
      calls.push(name);
      if (result instanceof Error) throw result;
      return result;
    },
  };
}

describe('runWays', () => {
  it('uses the first way that works and tries no further', async () => {
    const calls: string[] = [];
    const path = await runWays([way('env', '/a/temporal', calls), way('cache', '/b/temporal', calls)], context());
    expect(path).toBe('/a/temporal');
    expect(calls).toEqual(['env']);
  });

  it('falls through failing ways, logging one line each and one for the way used', async () => {
    const lines: string[] = [];
    const calls: string[] = [];
    const ways = [way('env', new Error('not set'), calls), way('path', new Error('none'), calls), way('pypi', '/c/temporal', calls)];
    expect(await runWays(ways, context(lines))).toBe('/c/temporal');
    expect(calls).toEqual(['env', 'path', 'pypi']);
    expect(lines).toEqual([
      'temporal-cli: env not used: not set',
      'temporal-cli: path not used: none',
      'temporal-cli: using pypi: /c/temporal',
    ]);
  });

  it('throws an error listing every way and its reason, in order', async () => {
    const ways = [way('env', new Error('not set')), way('go', new Error('go\nnot installed'))];
    const error = await runWays(ways, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemporalCliUnavailableError);
    const { failures, message } = error as TemporalCliUnavailableError;
    expect(failures).toEqual([
      { way: 'env', reason: 'not set' },
      { way: 'go', reason: 'go | not installed' },
    ]);
    expect(message).toBe('Could not obtain Temporal CLI 1.9.1. Tried:\n  - env: not set\n  - go: go | not installed');
  });

  it('reports an empty list of ways as a failure too', async () => {
    await expect(runWays([], context())).rejects.toThrow('Could not obtain Temporal CLI 1.9.1');
  });
});

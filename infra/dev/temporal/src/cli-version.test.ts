// Version parsing of `temporal --version` and repo-root detection.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliVersion } from './cli-version.ts';
import { findRepoRoot } from './repo-root.ts';
import { existsSync } from 'node:fs';

describe('parseCliVersion', () => {
  it('reads the CLI version from the 1.x output format', () => {
    expect(parseCliVersion('temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)\n')).toBe('1.9.1');
    expect(parseCliVersion('temporal version 1.2.0-rc.1 (server 1.25.0)')).toBe('1.2.0-rc.1');
  });

  it('rejects output of other programs', () => {
    expect(parseCliVersion('Python 3.11.7')).toBeNull();
    expect(parseCliVersion('')).toBeNull();
  });
});

describe('findRepoRoot', () => {
  it('walks up from this package to the workspace root', () => {
    const root = findRepoRoot(import.meta.dirname);
    expect(root).toBe(dirname(dirname(dirname(dirname(import.meta.dirname)))));
    expect(existsSync(`${root}/pnpm-workspace.yaml`)).toBe(true);
  });

  it('returns null outside any workspace', () => {
    expect(findRepoRoot('/')).toBeNull();
  });
});

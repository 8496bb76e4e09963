// Finds the workspace root (the directory holding pnpm-workspace.yaml) by
// walking up from a start directory, so paths like .tools/ and .data/ do not
// depend on the process's working directory.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest ancestor of `start` (inclusive) with a pnpm-workspace.yaml, or null. */
export function findRepoRoot(start: string = import.meta.dirname): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

// The repository root (the directory holding pnpm-workspace.yaml), found one
// way for every deployable: walking up from this package's own directory, so
// it does not depend on the working directory; a bundled copy (the built
// dashboard) that lives outside the repository falls back to the working
// directory, from which `serve` runs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest ancestor of `start` (inclusive) with a pnpm-workspace.yaml, or null. */
export function findRepoRoot(start: string = import.meta.dirname): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

let root: string | undefined;

/** The repository root; relative paths in the configuration are resolved against it. */
export function repoRoot(): string {
  root ??= findRepoRoot() ?? findRepoRoot(process.cwd()) ?? process.cwd();
  return root;
}

// What a production install of the image's deployables pulls in: the
// workspace packages reached through `dependencies` (never devDependencies)
// from apps/serve, workflows/ingest and apps/dashboard, and the third-party
// packages they name. The image runs `pnpm install --prod` on exactly these.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

export const IMAGE_DEPLOYABLES = ['apps/serve', 'workflows/ingest', 'apps/dashboard'];

/** Workspace package name -> its folder, for the folders given. */
export function workspaceFolders(root: string, folders: readonly string[]): Map<string, string> {
  return new Map(
    folders.map((folder) => [(JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as Manifest).name, folder]),
  );
}

/** The workspace folders and third-party package names a production install of `start` reaches. */
export function productionClosure(
  root: string,
  start: readonly string[],
  workspace: Map<string, string>,
): { folders: string[]; packages: string[] } {
  const folders = new Set<string>();
  const packages = new Set<string>();
  const visit = (folder: string) => {
    if (folders.has(folder)) return;
    folders.add(folder);
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as Manifest;
    for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
      const local = workspace.get(name);
      if (version.startsWith('workspace:') && local) visit(local);
      else packages.add(name);
    }
  };
  start.forEach(visit);
  return { folders: [...folders].sort(), packages: [...packages].sort() };
}

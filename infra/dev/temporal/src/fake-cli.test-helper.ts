// Test helper: writes a shell script that answers `--version` like a Temporal
// CLI of the given version, so the local ways can be tested without the binary.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFakeCli(path: string, version: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `#!/bin/sh\necho "temporal version ${version} (Server 1.32.0, UI 2.54.1)"\n`);
  await chmod(path, 0o755);
  return path;
}

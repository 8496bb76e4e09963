// The pinned Temporal CLI version and how to read a binary's version, so every
// way of obtaining the CLI is judged by what the binary itself reports.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The CLI release the project is tested against (server 1.32, UI 2.54). */
export const PINNED_TEMPORAL_CLI_VERSION = '1.9.1';

/** Parses `temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)`; null if not a Temporal CLI. */
export function parseCliVersion(output: string): string | null {
  const match = /^temporal version (\d+\.\d+\.\d+\S*)/m.exec(output);
  return match?.[1] ?? null;
}

/** Runs `<path> --version`; throws a short reason when it is not a working Temporal CLI. */
export async function probeCliVersion(path: string): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await run(path, ['--version'], { timeout: 15_000 }));
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const why = e.code === 'ENOENT' ? 'does not exist' : e.code === 'EACCES' ? 'is not executable' : (firstLine(e.stderr) ?? e.message);
    throw new Error(`${path} ${why}`, { cause: error });
  }
  const version = parseCliVersion(stdout);
  if (version === null) throw new Error(`${path} is not a Temporal CLI (--version printed "${firstLine(stdout) ?? ''}")`);
  return version;
}

function firstLine(text: string | undefined): string | undefined {
  return text?.trim().split('\n')[0]?.slice(0, 200) || undefined;
}

// For integration tests of the command line: runs `liaison` as a script would,
// in a child process with the test's environment, and returns its exit code
// and output.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A `liaison` runner; `env()` is read at each run (tests set it up in beforeAll, some change it). */
export function cliRunner(env: () => Record<string, string>): (...args: string[]) => Promise<CliResult> {
  return (...args) =>
    new Promise((resolve) => {
      execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env() } }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
}

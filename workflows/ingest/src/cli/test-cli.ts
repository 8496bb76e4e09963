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

/** Runs `liaison` with `args`, `input` on its standard input (closed at once when none). */
function runCli(env: Record<string, string>, args: readonly string[], input = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

/** A `liaison` runner; `env()` is read at each run (tests set it up in beforeAll, some change it). */
export function cliRunner(env: () => Record<string, string>): (...args: string[]) => Promise<CliResult> {
  return (...args) => runCli(env(), args);
}

/** Like cliRunner, with what the command reads from standard input first. */
export function cliRunnerWithInput(env: () => Record<string, string>): (input: string, ...args: string[]) => Promise<CliResult> {
  return (input, ...args) => runCli(env(), args, input);
}

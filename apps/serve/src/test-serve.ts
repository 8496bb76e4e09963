// Test helpers: `npm run serve` as a child process (its output kept to assert
// on; --no-build: the test run builds the dashboard once, before the suite),
// and waiting for a dashboard to answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function startServe(args: readonly string[], env: Record<string, string>): ServeProcess {
  const child = spawn(process.execPath, [MAIN, ...args, '--no-build'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (t: string) => (output += t));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Waits until `url` answers 200 (a dashboard is up). */
export async function answers(url: string, timeout = 60_000): Promise<void> {
  await expect
    .poll(
      () =>
        fetch(url).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout },
    )
    .toBe(200);
}

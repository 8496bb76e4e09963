// Waits until a server started by the stack answers over HTTP (any status
// below 500). Start-up time is not fixed — on a loaded machine it can take
// minutes — so the wait follows the process: it lasts while the process is
// alive, fails at once with the process's last output if it exits, and gives
// up only after a generous cap (a process that hangs without ever answering).
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface StartingServer {
  name: string;
  /** Settles when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its latest output lines, shown when it fails to start. */
  lastOutput: () => readonly string[];
}

export const START_CAP_MS = 15 * 60_000;
const POLL_MS = 300;

const outputOf = (server: StartingServer) => server.lastOutput().join('\n') || '(no output)';

export async function waitForHttp(url: string, server: StartingServer, capMs = START_CAP_MS): Promise<void> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  void server.exited.then((e) => (exit = e));
  const deadline = Date.now() + capMs;
  let last = 'no answer yet';
  for (;;) {
    if (exit) {
      const { code, signal } = exit;
      throw new Error(`${server.name} exited (${signal ?? `code ${code}`}) before ${url} answered; its last output:\n${outputOf(server)}`);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${url} did not answer within ${capMs / 1000} s although ${server.name} is running (${last}); its last output:\n${outputOf(server)}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await Promise.race([new Promise((r) => setTimeout(r, POLL_MS)), server.exited]);
  }
}

/** Keeps a process's latest output lines (for StartingServer.lastOutput). */
export function outputTail(size = 40): { add: (line: string) => void; lines: () => readonly string[] } {
  const kept: string[] = [];
  return {
    add: (line) => {
      kept.push(line);
      if (kept.length > size) kept.shift();
    },
    lines: () => kept,
  };
}

/** A spawned process (stdout and stderr piped) as a StartingServer. */
export function startingServer(name: string, child: ChildProcess): StartingServer {
  const tail = outputTail();
  for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', tail.add);
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  return { name, exited, lastOutput: tail.lines };
}

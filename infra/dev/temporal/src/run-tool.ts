// Runs an external tool (pip, go) and turns its failure into a short reason
// that names the tool, for the "ways" error list.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ToolRun {
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** Resolves with stdout; rejects with "`cmd` not installed" or the tool's last stderr lines. */
export async function runTool(cmd: string, args: readonly string[], opts: ToolRun): Promise<string> {
  try {
    const { stdout } = await run(cmd, args, { env: opts.env, timeout: opts.timeoutMs, maxBuffer: 16 << 20 });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string; killed?: boolean };
    if (e.code === 'ENOENT') throw new Error(`${cmd} not installed`, { cause: error });
    if (e.killed) throw new Error(`${cmd} ${args[0] ?? ''} timed out after ${opts.timeoutMs / 1000} s`, { cause: error });
    throw new Error(`${cmd} ${args.slice(0, 2).join(' ')} failed: ${lastLines(e.stderr ?? e.message, 3)}`, { cause: error });
  }
}

function lastLines(text: string, n: number): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(-n).join(' ');
}

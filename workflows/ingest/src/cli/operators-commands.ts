// operators add | reset | disable: console logins. The password is read from
// standard input when something is piped in (so it never appears in a shell's
// history or the process list), or else made here and printed once.
import { addOperator, disableOperator, madeOperatorPassword, operatorPasswordProblem, operatorState } from '@liaison/warehouse';
import type { CliContext } from './context.ts';
import { printJson, UsageError } from './output.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The password piped in, or a new one (then shown once). */
async function passwordToSet(): Promise<{ password: string; made: boolean }> {
  const piped = await readStdin();
  if (piped) {
    const problem = operatorPasswordProblem(piped);
    if (problem) throw new UsageError(`the password on standard input is refused: ${problem}`);
    return { password: piped, made: false };
  }
  return { password: madeOperatorPassword(), made: true };
}

export async function operatorsCommand(ctx: CliContext, action: 'add' | 'reset' | 'disable', name: string): Promise<number> {
  const state = await operatorState(ctx.ch(), name);
  if (action === 'disable') {
    if (state !== 'enabled') throw new UsageError(state ? `operator '${name}' is disabled already` : `no operator '${name}'`);
    await disableOperator(ctx.ch(), name);
    if (ctx.json) printJson({ name, disabled: true });
    else console.log(`operator ${name} disabled: their logins and open sessions are refused (reset enables them again)`);
    return 0;
  }
  if (action === 'add' && state)
    throw new UsageError(`operator '${name}' exists already; use 'operators reset ${name}' for a new password`);
  if (action === 'reset' && !state) throw new UsageError(`no operator '${name}'; add it first`);
  const { password, made } = await passwordToSet();
  try {
    await addOperator(ctx.ch(), name, password);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const done = action === 'add' ? 'added' : 'reset (enabled; sessions opened with the old password end)';
  if (ctx.json) printJson({ name, [action === 'add' ? 'added' : 'reset']: true, ...(made ? { password } : {}) });
  else {
    console.log(`operator ${name} ${done}`);
    if (made) console.log(`password: ${password}\nThe password is shown only now; store it safely.`);
  }
  return 0;
}

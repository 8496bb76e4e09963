// The first console login of a new installation: when no operator exists yet
// and LIAISON_OPS_USER and LIAISON_OPS_PASSWORD are set, that operator is
// added. Once any operator exists nothing is added or changed here, whatever
// the env says (a second operator, or a new password, is `pnpm liaison
// operators add|reset`).
import type { Env } from '@liaison/config';
import { addOperator, countOperators, operatorPasswordProblem, type ClickHouseClient } from '@liaison/warehouse';

export type FirstOperatorOutcome = 'added' | 'exists' | 'unset';

export async function setUpFirstOperator(ch: ClickHouseClient, env: Env, log: (line: string) => void): Promise<FirstOperatorOutcome> {
  const name = env['LIAISON_OPS_USER'];
  const password = env['LIAISON_OPS_PASSWORD'];
  const existing = await countOperators(ch);
  if (existing > 0) {
    if (name)
      log(
        `operators: ${existing} already set up, so LIAISON_OPS_USER (${name}) is neither added nor changed; use pnpm liaison operators add|reset`,
      );
    return 'exists';
  }
  if (!name || !password) {
    log('operators: none set up yet: set LIAISON_OPS_USER and LIAISON_OPS_PASSWORD, or run pnpm liaison operators add <name>');
    return 'unset';
  }
  const problem = operatorPasswordProblem(password);
  if (problem) throw new Error(`LIAISON_OPS_PASSWORD is refused for the first operator ${name}: ${problem}`);
  await addOperator(ch, name, password);
  log(`operators: first operator ${name} set up from LIAISON_OPS_USER`);
  return 'added';
}

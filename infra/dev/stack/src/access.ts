// Logins of the stack: an operator for the /ops console and the secret that
// signs portal and console sessions. Given by env (LIAISON_OPS_USER,
// LIAISON_OPS_PASSWORD, LIAISON_SESSION_SECRET) or made here; the dev stack
// keeps a made session secret in .data so logins survive a restart.
import { randomBytes } from 'node:crypto';
import { keptSessionSecret, parseClickHouseEnv } from '@liaison/config';
import { addOperator, createClickHouseClient, madeOperatorPassword, operatorPasswordProblem } from '@liaison/warehouse';

export interface Access {
  env: Record<string, string>;
  operator: { name: string; password: string; generated: boolean };
}

export async function prepareAccess(
  o: { dataDir: string; persistent: boolean; env: Record<string, string | undefined> },
  serviceEnv: Record<string, string>,
): Promise<Access> {
  const name = o.env['LIAISON_OPS_USER'] ?? 'admin';
  const given = o.env['LIAISON_OPS_PASSWORD'];
  const problem = given === undefined ? null : operatorPasswordProblem(given);
  if (problem) throw new Error(`LIAISON_OPS_PASSWORD is refused for the console's operator ${name}: ${problem}`);
  const password = given ?? madeOperatorPassword();
  const ch = createClickHouseClient(parseClickHouseEnv({ ...o.env, ...serviceEnv }));
  try {
    await addOperator(ch, name, password);
  } finally {
    await ch.close();
  }
  return {
    env: {
      LIAISON_SESSION_SECRET: o.persistent
        ? await keptSessionSecret(o)
        : (o.env['LIAISON_SESSION_SECRET'] ?? randomBytes(32).toString('base64url')),
    },
    operator: { name, password, generated: given === undefined },
  };
}

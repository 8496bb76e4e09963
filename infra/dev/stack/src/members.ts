// Demo member units for a stack with a member-inbox source: registered with
// their own tokens, they submit through the real submissions API of the
// running dashboard, as members do; the inbox sync then loads them. Units
// that exist already are left alone (their tokens are not kept). The inbox
// takes a submission only once it has settled (see readInbox), so the sync is
// run again until it has taken every one sent, rather than after a guessed pause.
import { demoMembers, submitAll } from '@liaison/simulators';
import { parseClickHouseEnv } from '@liaison/config';
import { createClickHouseClient, findMemberUnit, issueMemberToken } from '@liaison/warehouse';

export async function seedDemoMembers(
  dashboardUrl: string,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<number> {
  const ch = createClickHouseClient(parseClickHouseEnv(env));
  let submitted = 0;
  try {
    for (const m of demoMembers({ seed: 7 })) {
      if (await findMemberUnit(ch, m.member_id)) continue;
      const token = await issueMemberToken(ch, { member_id: m.member_id, unit_name: m.unit_name });
      const answers = await submitAll(dashboardUrl, token, m.submissions);
      const refused = answers.filter((a) => a.status !== 201);
      if (refused.length > 0) log(`members: ${m.member_id}: ${refused.length} submission(s) refused: ${JSON.stringify(refused[0])}`);
      submitted += answers.length - refused.length;
    }
  } finally {
    await ch.close();
  }
  if (submitted > 0) log(`members: ${submitted} demo submissions sent through the submissions API`);
  return submitted;
}

/** Runs the inbox sync until its runs have received `submitted` submissions in all; gives up after `capMs`. */
export async function syncInboxUntilTaken(
  syncInbox: () => Promise<{ received: number; status: string; error: string | null }>,
  submitted: number,
  capMs = 5 * 60_000,
): Promise<void> {
  const deadline = Date.now() + capMs;
  let taken = 0;
  while (taken < submitted) {
    if (Date.now() >= deadline) throw new Error(`the member inbox took ${taken} of ${submitted} demo submissions within ${capMs / 1000} s`);
    const run = await syncInbox();
    if (run.status !== 'succeeded') throw new Error(`the member inbox sync failed: ${run.error ?? 'no error recorded'}`);
    taken += run.received;
  }
}

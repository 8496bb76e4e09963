// Member units using the platform as they would: each submission POSTed to
// the submissions API with the unit's own bearer token.
import type { DemoSubmission } from './demo-members.ts';

export async function submitAll(
  baseUrl: string,
  token: string,
  submissions: readonly DemoSubmission[],
): Promise<Array<{ status: number; body: unknown }>> {
  const answers = [];
  for (const s of submissions) {
    const res = await fetch(new URL('/api/v1/submissions', baseUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(s),
    });
    answers.push({ status: res.status, body: await res.json().catch(() => null) });
  }
  return answers;
}

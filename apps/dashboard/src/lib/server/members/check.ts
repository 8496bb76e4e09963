// The decision the submissions API and the portal take on a request body,
// before anything is stored: another member's `data.member_id` is refused
// (403), an absent one is filled from the logged-in member, then the shared
// zod schema lists every problem (with the parameters a translation needs,
// also for issues read back from the warehouse). Pure, so the rules are
// unit-tested.
import { checkSubmissionRequest, type FieldIssue, type SubmissionRequest } from '@liaison/schemas';

export type Checked =
  | { outcome: 'forbidden'; errors: FieldIssue[] }
  | { outcome: 'valid'; request: SubmissionRequest }
  | { outcome: 'invalid'; errors: FieldIssue[]; kind: string; period: string; data: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, storable form of a request field that may be anything. */
function asText(v: unknown, max = 40): string {
  return typeof v === 'string' ? v.slice(0, max) : '';
}

export function checkSubmission(memberId: string, body: unknown): Checked {
  let filled = body;
  if (isObject(body) && isObject(body['data'])) {
    const given = body['data']['member_id'];
    if (typeof given === 'string' && given !== memberId) {
      return {
        outcome: 'forbidden',
        errors: [
          {
            path: 'data.member_id',
            code: 'forbidden',
            params: { member_id: given.slice(0, 100) },
            message: `member_id '${given.slice(0, 100)}' is not the member this token belongs to`,
          },
        ],
      };
    }
    // Absent (or null, which JSON clients often send for "not given"): the token's member.
    if (given === undefined || given === null) filled = { ...body, data: { ...body['data'], member_id: memberId } };
  }
  const parsed = checkSubmissionRequest(filled);
  if (parsed.success) return { outcome: 'valid', request: parsed.data };
  const b = isObject(body) ? body : {};
  return {
    outcome: 'invalid',
    errors: parsed.errors,
    kind: asText(b['kind']),
    period: asText(b['period']),
    data: b['data'] ?? null,
  };
}

/** A stored submission as the warehouse gives it back: its issues without their parameters. */
export interface StoredIssues {
  kind: string;
  period: string;
  data: unknown;
  errors: FieldIssue[];
}

/**
 * A stored submission's issues with the parameters their translation needs.
 * The warehouse keeps path, code and message only, so the request is checked
 * again (pure, the same rules) and each stored issue takes the parameters of
 * the issue found again with the same path, code and message: what was
 * answered first is answered again, word for word, only with its parameters.
 */
export function withIssueParams(memberId: string, stored: StoredIssues): FieldIssue[] {
  const again = checkSubmission(memberId, { kind: stored.kind, period: stored.period, data: stored.data });
  const key = (e: FieldIssue) => JSON.stringify([e.path, e.code, e.message]);
  const params = new Map(again.outcome === 'valid' ? [] : again.errors.map((e) => [key(e), e.params]));
  return stored.errors.map((e) => {
    const p = params.get(key(e));
    return p === undefined ? e : { ...e, params: p };
  });
}

// The decision on a submission body: another member's id is refused, an
// absent one is filled from the token, every schema problem is listed.
import { describe, expect, it } from 'vitest';
import { checkSubmission, withIssueParams } from './check.ts';

const opinions = (data: Record<string, unknown>) => ({
  kind: 'opinions',
  period: '2024-H1',
  data: { items: [{ category: 'housing', text: '需求', demand_id: null }], ...data },
});

describe('checking a submission', () => {
  it('fills member_id from the token when absent or null', () => {
    for (const body of [opinions({}), opinions({ member_id: null })]) {
      const r = checkSubmission('m-1', body);
      expect(r.outcome).toBe('valid');
      if (r.outcome === 'valid') expect(r.request.data.member_id).toBe('m-1');
    }
  });

  it("accepts the member's own id and refuses another's", () => {
    expect(checkSubmission('m-1', opinions({ member_id: 'm-1' })).outcome).toBe('valid');
    expect(checkSubmission('m-1', opinions({ member_id: 'm-2' }))).toEqual({
      outcome: 'forbidden',
      errors: [
        {
          path: 'data.member_id',
          code: 'forbidden',
          params: { member_id: 'm-2' },
          message: "member_id 'm-2' is not the member this token belongs to",
        },
      ],
    });
  });

  it('lists every problem and keeps what was sent for the audit log', () => {
    const body = {
      kind: 'project_plans',
      period: '2024-Q5',
      data: { plans: [{ name: '', sector: 'x', district: 'futian', planned_investment_wan: '1.23456' }] },
    };
    const r = checkSubmission('m-1', body);
    expect(r.outcome).toBe('invalid');
    if (r.outcome !== 'invalid') return;
    expect(r.errors.map((e) => e.path)).toEqual([
      'period',
      'data.plans.0.name',
      'data.plans.0.sector',
      'data.plans.0.planned_investment_wan',
    ]);
    expect(r).toMatchObject({ kind: 'project_plans', period: '2024-Q5', data: body.data });
  });

  it('answers bodies that are not objects', () => {
    for (const body of [null, 'x', [1], 7]) {
      const r = checkSubmission('m-1', body);
      expect(r.outcome).toBe('invalid');
      if (r.outcome === 'invalid') expect(r).toMatchObject({ kind: '', period: '' });
    }
  });

  it('gives issues read back from the warehouse (path, code, message) their parameters again', () => {
    const body = { kind: 'opinions', period: '2024-Q5', data: { items: [{ category: 'q', text: 'x' }] } };
    const first = checkSubmission('m-1', body);
    if (first.outcome !== 'invalid') throw new Error('expected an invalid submission');
    const stored = first.errors.map(({ path, code, message }) => ({ path, code, message }));
    const legacy = { path: 'data', code: 'custom', message: 'a rule since retired' };
    expect(withIssueParams('m-1', { ...body, errors: [...stored, legacy] })).toEqual([...first.errors, legacy]);
    expect(first.errors.every((e) => e.params !== undefined)).toBe(true);
  });
});

import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues.ts';
import { enterpriseJson, projectJson, visitJson } from './fixtures.ts';
import { districtApiPage, enterpriseRecord, projectRecord, recordKey, visitRecord } from './records.ts';

const errs = (r: { error?: Pick<z.ZodError, 'issues'> | undefined }) => (r.error ? issuesOf(r.error) : []);

describe('source records (JSON form)', () => {
  it('parses to the canonical form: UTC timestamp string, exact decimal string', () => {
    expect(enterpriseRecord.parse(enterpriseJson)).toEqual({ ...enterpriseJson, updated_at: '2024-05-17T01:30:00.000Z' });
    expect(visitRecord.parse(visitJson).updated_at).toBe('2024-05-17T01:30:00.000Z');
    const p = projectRecord.parse(projectJson);
    expect(p.investment_wan).toBe('12500.5');
    expect(projectRecord.parse({ ...projectJson, investment_wan: '12500.5000' }).investment_wan).toBe('12500.5');
  });

  it('treats empty as null: null, "" or an absent optional key', () => {
    const { parent_group: _p, tier: _t, ...rest } = enterpriseJson;
    const e = enterpriseRecord.parse({ ...rest, cluster: '', party_org: null, party_members: null, employees: null });
    expect(e).toMatchObject({ parent_group: null, tier: null, cluster: null, party_org: null, party_members: null, employees: null });
  });

  it('strips unknown keys and keeps Chinese text unchanged', () => {
    const e = enterpriseRecord.parse({ ...enterpriseJson, extra: 1, name: ' 前后空格 ' });
    expect(e).not.toHaveProperty('extra');
    expect(e.name).toBe(' 前后空格 ');
  });

  it('reports every problem with a path, a code and a message', () => {
    const r = enterpriseRecord.safeParse({
      ...enterpriseJson,
      uscc: 'X',
      name: '',
      ownership: '国企',
      tier: 6,
      district: '南山区',
      party_members: -1,
      employees: 1.5,
      deleted: '否',
      updated_at: '2024-05-17 09:30:00',
    });
    const issues = issuesOf(r.error!);
    expect(issues.map((i) => i.path)).toEqual([
      'uscc',
      'name',
      'ownership',
      'tier',
      'district',
      'party_members',
      'employees',
      'deleted',
      'updated_at',
    ]);
    for (const i of issues) expect(i.code && i.message, i.path).toBeTruthy();
    expect(issues.find((i) => i.path === 'ownership')?.message).toBe('unknown ownership code "国企"');
  });

  it('says "required" for missing required fields', () => {
    const issues = issuesOf(visitRecord.safeParse({}).error!);
    expect(issues).toHaveLength(9);
    expect(new Set(issues.map((i) => i.message))).toEqual(new Set(['required']));
  });

  it('limits names to 200 characters and rejects blank text', () => {
    expect(enterpriseRecord.safeParse({ ...enterpriseJson, name: '企'.repeat(200) }).success).toBe(true);
    expect(enterpriseRecord.safeParse({ ...enterpriseJson, name: '企'.repeat(201) }).success).toBe(false);
    expect(visitRecord.safeParse({ ...visitJson, team: '  ' }).success).toBe(false);
  });

  it('checks dates and amounts', () => {
    expect(errs(projectRecord.safeParse({ ...projectJson, signed_on: '2024-02-30' }))[0]?.path).toBe('signed_on');
    expect(errs(projectRecord.safeParse({ ...projectJson, investment_wan: '-1' }))[0]?.message).toMatch(/≥ 0/);
    expect(errs(projectRecord.safeParse({ ...projectJson, investment_wan: 1.00001 }))[0]?.message).toMatch(/4 decimals/);
    expect(errs(projectRecord.safeParse({ ...projectJson, investment_wan: null }))[0]?.path).toBe('investment_wan');
  });

  it('extracts keys from raw records, even invalid ones', () => {
    expect(recordKey('enterprises', { uscc: 'bad' })).toBe('bad');
    expect(recordKey('visits', { district: 'nanshan', visit_id: 'V1' })).toBe('nanshan/V1');
    expect(recordKey('projects', { project_id: 7 })).toBe('?/7');
    expect(recordKey('projects', 'junk')).toBeNull();
  });
});

describe('district API page', () => {
  it('keeps records unvalidated and normalises server_time', () => {
    const p = districtApiPage.parse({ data: [{ junk: 1 }], next_page_token: null, server_time: '2024-05-17T09:30:00+08:00' });
    expect(p).toEqual({ data: [{ junk: 1 }], next_page_token: null, server_time: '2024-05-17T01:30:00.000Z' });
    expect(
      districtApiPage.safeParse({ data: {}, next_page_token: 'x', server_time: 'now' }).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['data', 'server_time']);
  });
});

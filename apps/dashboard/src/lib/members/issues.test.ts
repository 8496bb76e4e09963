// Issue wording and placement: a member's issue in Chinese is chosen by its
// code and parameters, so new English wording (a zod upgrade) cannot turn it
// English; a path names its field and row.
import { describe, expect, it } from 'vitest';
import { checkSubmissionRequest, makeUscc, type FieldIssue } from '@liaison/schemas';
import { issueMessage, locate } from './issues.ts';
import { zhIssueMessage } from './issue-zh.ts';

const HAN = /\p{Script=Han}/u;
const profile = {
  unit_name: '示例集团',
  uscc: makeUscc({ division: '440305', orgBody: 'MA5DXXXX' }),
  batch: 1,
  legal_entities: 1,
  party_org: 'none',
  party_members: 0,
  employees: 1,
  contact_name: '张三',
  contact_phone: '0755-8888 6666',
};
const plan = { name: '项目', sector: 'finance', district: 'futian', planned_investment_wan: '1', planned_start: null };
const plans = (...items: object[]) => ({ kind: 'project_plans', period: '2024', data: { plans: items } });

/** Bodies that, between them, make every issue code (and every parameter variant) our submission schemas produce. */
const BAD_BODIES: unknown[] = [
  null,
  { kind: 'nope', period: '2024', data: {} },
  { kind: 'opinions', period: 2024 },
  { kind: 'opinions', period: '2024-Q5', data: { items: 'x', extra: 1 } },
  { kind: 'profile', period: '2024-H1', data: { ...profile, unit_name: ' ', batch: 0, legal_entities: 1.5, party_members: 'x' } },
  { kind: 'profile', period: '2024', data: { ...profile, unit_name: 'x'.repeat(201), batch: 9, party_org: 'x', contact_phone: 'call me' } },
  { kind: 'profile', period: '2024', data: { ...profile, uscc: '123', contact_name: undefined, employees: true } },
  { kind: 'profile', period: '2024', data: { ...profile, uscc: profile.uscc.toLowerCase() } },
  { kind: 'profile', period: '2024', data: { ...profile, uscc: `${profile.uscc.slice(0, 17)}I` } },
  { kind: 'profile', period: '2024', data: { ...profile, uscc: `${profile.uscc.slice(0, 17)}${profile.uscc[17] === '0' ? '1' : '0'}` } },
  plans(
    { ...plan, planned_investment_wan: '-1', planned_start: '2024-02-30' },
    { ...plan, planned_investment_wan: '1.123456', sector: undefined },
    { ...plan, planned_investment_wan: 'abc' },
    { ...plan, planned_investment_wan: '1e50' },
    { ...plan, planned_investment_wan: '123456789012345678' },
    { ...plan, planned_investment_wan: true },
    { ...plan, planned_investment_wan: Number.POSITIVE_INFINITY },
  ),
  plans(...Array.from({ length: 1001 }, () => plan)),
  { kind: 'opinions', period: '2024', data: { items: [{ category: 'q', text: 'x', demand_id: 5 }] } },
];

const producedIssues = (): FieldIssue[] =>
  BAD_BODIES.flatMap((body) => {
    const r = checkSubmissionRequest(body);
    return r.success ? [] : r.errors;
  });

/** The portal's own codes, as check.ts, submit.ts, upload.ts, xlsx-read.ts and xlsx-archive.ts raise them. */
const PORTAL_ISSUES: FieldIssue[] = [
  { path: 'data.member_id', code: 'forbidden', message: "member_id 'm-2' is not …", params: { member_id: 'm-2' } },
  { path: 'Idempotency-Key', code: 'invalid_format', message: 'must be 1 to 255 …', params: { format: 'idempotency_key' } },
  { path: 'Idempotency-Key', code: 'idempotency_key_reused', message: 'this Idempotency-Key was already used …', params: {} },
  { path: 'file', code: 'invalid_file', message: 'no file chosen', params: { problem: 'none' } },
  { path: 'file', code: 'invalid_file', message: 'the file is larger than 5 MB', params: { problem: 'too_large', max_mb: 5 } },
  { path: 'file', code: 'invalid_file', message: 'not an XLSX workbook', params: { problem: 'not_xlsx' } },
  { path: 'file', code: 'invalid_file', message: 'the workbook has no sheet', params: { problem: 'no_sheet' } },
  {
    path: 'file',
    code: 'file_too_large',
    message: 'the file unpacks to more than 20 MB',
    params: { problem: 'unpacked_size', max_mb: 20 },
  },
  {
    path: 'file',
    code: 'file_too_large',
    message: 'the part … is packed 1000 to 1',
    params: { problem: 'compression_ratio', max_ratio: 100 },
  },
  { path: 'file', code: 'file_too_large', message: 'the file holds 1001 parts', params: { problem: 'entries', max_entries: 1000 } },
  { path: '', code: 'body_too_large', message: 'the request body is larger than 3 MB', params: { max_mb: 3 } },
  { path: 'data.uscc', code: 'missing_column', message: 'missing column …', params: { column: '统一社会信用代码', key: 'uscc' } },
  { path: 'file', code: 'too_many_rows', message: 'more than 1000 rows', params: { max: 1000 } },
  { path: 'file', code: 'too_many_rows', message: 'a profile is one row; found 2', params: { max: 1, found: 2 } },
  { path: 'file', code: 'empty', message: 'no data: fill in row 2', params: { first_row: 2 } },
];

describe('validation issues for members, in Chinese', () => {
  const issues = producedIssues();

  it('covers every issue code our submission schemas produce', () => {
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual(
      ['invalid_format', 'invalid_type', 'invalid_union', 'invalid_value', 'too_big', 'too_small', 'unrecognized_keys'].sort(),
    );
  });

  it.each([...issues, ...PORTAL_ISSUES].map((i) => [`${i.code} ${JSON.stringify(i.params)}`, i] as const))(
    'translates %s from its code and parameters, never falling back to English',
    (_name, issue) => {
      const zh = zhIssueMessage(issue);
      expect(zh, issue.message).not.toBeNull();
      expect(zh, issue.message).toMatch(HAN);
      expect(issueMessage(issue, 'zh')).toBe(zh);
      // the English message plays no part: a reworded one (a zod upgrade) gives the same Chinese
      expect(issueMessage({ ...issue, message: 'Invalid input: reworded by a new zod' }, 'zh')).toBe(zh);
    },
  );

  it('names the parameters in the message', () => {
    const at = (path: string, code: string) => zhIssueMessage(issues.find((i) => i.path === path && i.code === code)!);
    expect(at('data.batch', 'too_small')).toBe('不能小于 1');
    expect(at('data.batch', 'too_big')).toBe('不能大于 3');
    expect(at('data.unit_name', 'too_big')).toBe('不能超过 200 个字符');
    expect(at('data.plans', 'too_big')).toBe('最多 1000 条');
    expect(at('data.party_org', 'invalid_value')).toBe('不是可选的值：“x”');
    expect(at('data.plans.1.planned_investment_wan', 'invalid_format')).toBe('最多 4 位小数');
    expect(at('data.uscc', 'invalid_format')).toBe('统一社会信用代码应为 18 位（现为 3 位）');
    expect(at('data.contact_name', 'invalid_type')).toBe('必填');
    expect(at('data.plans.1.sector', 'invalid_value')).toBe('必填');
    expect(at('kind', 'invalid_union')).toBe('kind 应为以下之一：profile、project_plans、opinions');
    expect(at('data', 'unrecognized_keys')).toBe('无法识别的字段：extra');
  });

  it('still says an issue stored without parameters in Chinese, by its code', () => {
    for (const i of [...issues, ...PORTAL_ISSUES]) expect(zhIssueMessage({ code: i.code }), i.code).toMatch(HAN);
  });

  it('keeps English on English pages, and a Chinese lead before an unknown code', () => {
    const issue = { code: 'too_small', message: 'must be ≥ 1', params: { minimum: 1, origin: 'number', inclusive: true } };
    expect(issueMessage(issue, 'en')).toBe('must be ≥ 1');
    expect(zhIssueMessage({ code: 'something_new' })).toBeNull();
    expect(issueMessage({ code: 'something_new', message: 'brand new' }, 'zh')).toBe('输入有误：brand new');
  });
});

describe('validation issues for members, placed', () => {
  it('places a path on its field and row', () => {
    expect(locate('project_plans', 'data.plans.3.sector')).toMatchObject({ row: 3, field: { key: 'sector' } });
    expect(locate('profile', 'data.contact_phone')).toMatchObject({ row: null, field: { key: 'contact_phone', personal: true } });
    expect(locate('opinions', 'period')).toEqual({ field: null, row: null });
    expect(locate('opinions', 'data.items')).toEqual({ field: null, row: null });
  });
});

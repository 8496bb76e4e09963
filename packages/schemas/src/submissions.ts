// Member submissions (sources.md §3; interfaces.md "Submissions API"). One
// schema serves the API (422 answer), the member portal form in the browser
// and the ingestion pipeline. Objects are strict here, unlike source records:
// a misspelt key is a mistake the member can fix, so it is reported.
import { z } from 'zod';
import { DEMAND_CATEGORIES_CODES, DISTRICTS_CODES, PARTY_ORG_CODES, SECTORS_CODES } from './reference/codes.ts';
import * as f from './fields.ts';
import { issuesWithParams, type FieldIssue } from './issues.ts';

export const SUBMISSION_KINDS = ['profile', 'project_plans', 'opinions'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** Personal data in a submission: stored access-controlled, never published. */
export const PERSONAL_FIELDS = { profile: ['contact_name', 'contact_phone'], project_plans: [], opinions: [] } as const satisfies Record<
  SubmissionKind,
  readonly string[]
>;

/** Absent → not given (the API fills it from the token); else non-blank. */
const memberId = () => f.text(100).optional();
const obj = f.strictObject;

export const profileData = obj({
  member_id: memberId(),
  unit_name: f.text(200),
  uscc: f.uscc(),
  batch: f.int(1, 3),
  legal_entities: f.int(1),
  party_org: f.code(PARTY_ORG_CODES, 'Party organisation type'),
  party_members: f.int(0),
  employees: f.int(0),
  /** personal data */
  contact_name: f.text(100),
  /** personal data: digits with optional +, spaces, dashes, parentheses, extension */
  contact_phone: f
    .text(40)
    .check(f.matches(/^\+?[0-9(][0-9 ()-]{4,30}(?:(?:转|ext\.?|x)\s?[0-9]{1,6})?$/, 'phone', 'expected a phone number')),
});

export const projectPlanItem = obj({
  name: f.text(200),
  sector: f.code(SECTORS_CODES, 'sector'),
  district: f.code(DISTRICTS_CODES, 'district'),
  planned_investment_wan: f.decimal(),
  planned_start: f.optDate(),
});

export const projectPlansData = obj({
  member_id: memberId(),
  plans: z
    .array(projectPlanItem, { error: (i) => (i.input === undefined ? 'required' : 'expected a list') })
    .max(1000, { message: 'at most 1000 plans' }),
});

export const opinionItem = obj({
  category: f.code(DEMAND_CATEGORIES_CODES, 'demand category'),
  text: f.text(5000),
  demand_id: f.optText(),
});

export const opinionsData = obj({
  member_id: memberId(),
  items: z
    .array(opinionItem, { error: (i) => (i.input === undefined ? 'required' : 'expected a list') })
    .max(1000, { message: 'at most 1000 items' }),
});

const YEAR = /^\d{4}$/;
const PERIOD = /^\d{4}(?:-H[12]|-Q[1-4])?$/;
const period = (re: RegExp, expected: 'year' | 'period', what: string) =>
  z.string({ error: (i) => (i.input === undefined ? 'required' : `expected ${what}`) }).check(f.matches(re, expected, `expected ${what}`));
const yearPeriod = () => period(YEAR, 'year', 'a year such as 2024');
const anyPeriod = () => period(PERIOD, 'period', 'a period such as 2024, 2024-H1 or 2024-Q3');

/** `POST /api/v1/submissions` body, discriminated on `kind`. */
export const submissionRequest = z.discriminatedUnion(
  'kind',
  [
    obj({ kind: z.literal('profile'), period: yearPeriod(), data: profileData }),
    obj({ kind: z.literal('project_plans'), period: anyPeriod(), data: projectPlansData }),
    obj({ kind: z.literal('opinions'), period: anyPeriod(), data: opinionsData }),
  ],
  {
    error: (i) =>
      i.input === undefined
        ? 'required'
        : typeof i.input !== 'object' || i.input === null
          ? 'expected an object'
          : `expected kind to be one of ${SUBMISSION_KINDS.join(', ')}`,
  },
);

export type ProfileData = z.output<typeof profileData>;
export type ProjectPlansData = z.output<typeof projectPlansData>;
export type ProjectPlanItem = z.output<typeof projectPlanItem>;
export type OpinionsData = z.output<typeof opinionsData>;
export type OpinionItem = z.output<typeof opinionItem>;
export type SubmissionRequest = z.output<typeof submissionRequest>;
export type SubmissionRequestInput = z.input<typeof submissionRequest>;
export type SubmissionData<K extends SubmissionKind> = Extract<SubmissionRequest, { kind: K }>['data'];

export const SUBMISSION_DATA_SCHEMAS = { profile: profileData, project_plans: projectPlansData, opinions: opinionsData } as const;

/** Every issue, flat, for the 422 answer: `[{ path: 'data.plans.0.sector', code, message, params }]`. */
export function submissionErrors(error: Pick<z.ZodError, 'issues'>): FieldIssue[] {
  return issuesWithParams(error);
}

export type CheckedRequest = { success: true; data: SubmissionRequest } | { success: false; errors: FieldIssue[] };

/**
 * A submission request parsed, or every problem with its parameters. The
 * parse reports each issue's input so an absent field is told apart
 * (`params.missing`) and a refused code is named (`params.received`); the
 * input itself is not kept in the issues.
 */
export function checkSubmissionRequest(body: unknown): CheckedRequest {
  const r = submissionRequest.safeParse(body, { reportInput: true });
  return r.success ? { success: true, data: r.data } : { success: false, errors: submissionErrors(r.error) };
}

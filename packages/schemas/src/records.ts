// District-system records (sources.md §1) in their JSON (API) form. Parsing
// yields the canonical record the pipeline loads: codes checked, timestamps
// as UTC ISO strings, dates as YYYY-MM-DD, amounts as exact decimal strings,
// empty values as null. Unknown keys are stripped. The file form
// (file-rows.ts) converts cells and then runs these same schemas.
import { z } from 'zod';
import {
  DISTRICTS_CODES,
  OWNERSHIP_CODES,
  PARTY_ORG_CODES,
  PROJECT_KINDS_CODES,
  PROJECT_STAGES_CODES,
  SECTORS_CODES,
} from './reference/codes.ts';
import * as f from './fields.ts';

/** Enterprise: identity `uscc`; `deleted: true` is a tombstone. */
export const enterpriseRecord = z.object({
  uscc: f.uscc(),
  name: f.text(200),
  ownership: f.code(OWNERSHIP_CODES, 'ownership'),
  parent_group: f.optText(),
  tier: f.optInt(1, 5),
  district: f.code(DISTRICTS_CODES, 'district'),
  cluster: f.optText(),
  party_org: f.optCode(PARTY_ORG_CODES, 'Party organisation type'),
  party_members: f.optInt(0),
  employees: f.optInt(0),
  deleted: f.bool(),
  updated_at: f.timestamp(),
});

/** Visit: identity (`district`, `visit_id`). */
export const visitRecord = z.object({
  visit_id: f.text(),
  uscc: f.uscc(),
  district: f.code(DISTRICTS_CODES, 'district'),
  visited_on: f.date(),
  campaign: f.text(),
  team: f.text(),
  demands_raised: f.int(0),
  project_plans: f.int(0),
  updated_at: f.timestamp(),
});

/** Project: identity (`district`, `project_id`); `investment_wan` in 万元. */
export const projectRecord = z.object({
  project_id: f.text(),
  name: f.text(),
  kind: f.code(PROJECT_KINDS_CODES, 'project kind'),
  district: f.code(DISTRICTS_CODES, 'district'),
  sector: f.code(SECTORS_CODES, 'sector'),
  stage: f.code(PROJECT_STAGES_CODES, 'project stage'),
  investment_wan: f.decimal(),
  central_partner: f.optText(),
  local_partner: f.optText(),
  signed_on: f.optDate(),
  landed_on: f.optDate(),
  source_event: f.optText(),
  updated_at: f.timestamp(),
});

export type EnterpriseRecord = z.output<typeof enterpriseRecord>;
export type VisitRecord = z.output<typeof visitRecord>;
export type ProjectRecord = z.output<typeof projectRecord>;
/** What a district API may send (before normalisation). */
export type EnterpriseRecordInput = z.input<typeof enterpriseRecord>;
export type VisitRecordInput = z.input<typeof visitRecord>;
export type ProjectRecordInput = z.input<typeof projectRecord>;

export const RECORD_SCHEMAS = {
  enterprises: enterpriseRecord,
  visits: visitRecord,
  projects: projectRecord,
} as const;
export type Collection = keyof typeof RECORD_SCHEMAS;
export const COLLECTIONS = ['enterprises', 'visits', 'projects'] as const satisfies readonly Collection[];
type RecordMap = { [C in Collection]: z.output<(typeof RECORD_SCHEMAS)[C]> };
/** The zod-inferred record of a collection (stays tied to C where C is generic). */
export type RecordOf<C extends Collection> = RecordMap[C];
/** A schema that yields a collection's record: its JSON form, or its file-row form. */
export type RecordSchema<C extends Collection> = z.ZodType<RecordOf<C>>;

const SCHEMA_OF: { [C in Collection]: RecordSchema<C> } = RECORD_SCHEMAS;

/** A collection's schema, typed by its record even where the collection is generic (plain indexing loses that). */
export function recordSchema<C extends Collection>(collection: C): RecordSchema<C> {
  return SCHEMA_OF[collection];
}

/** `GET {baseUrl}/v1/{collection}` answer; records stay unvalidated here so each is checked on its own. */
export const districtApiPage = z.object({
  data: z.array(z.unknown(), { error: (i) => (i.input === undefined ? 'required' : 'expected a list') }),
  next_page_token: f.optText(),
  server_time: f.timestamp(),
});
export type DistrictApiPage = z.output<typeof districtApiPage>;

// Identity (which fields make a record's key; `recordKey` of raw records) is
// defined in identity.ts and exported from here with the records it names.
export * from './identity.ts';

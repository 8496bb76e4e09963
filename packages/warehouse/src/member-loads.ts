// Loads accepted member submissions into the tables the figures read:
// member_profiles, member_plans and member_opinions. Each row's version is
// its submission's seq, so the latest accepted submission per (member, kind,
// period) wins whatever order runs load them in. Personal data never gets
// here: a profile's contact name and phone, and an opinion's free text, stay
// in the access-controlled submissions table only.
import type { ClickHouseClient } from '@clickhouse/client';
import {
  SUBMISSION_DATA_SCHEMAS,
  submissionIdentity,
  type OpinionsData,
  type ProfileData,
  type ProjectPlansData,
  type SubmissionKind,
} from '@liaison/schemas';

export interface AcceptedSubmission {
  seq: string | number | bigint;
  /** The member the token belonged to (authoritative over data.member_id). */
  member_id: string;
  kind: string;
  period: string;
  data: unknown;
}

type Meta = { member_id: string; period: string; submission_seq: string; run_id: string };

function profileRow(d: ProfileData, meta: Meta) {
  // Listed field by field, so a field added to the schema (personal or not)
  // is only published once someone decides to add it here.
  const { unit_name, uscc, batch, legal_entities, party_org, party_members, employees } = d;
  return { ...meta, unit_name, uscc, batch, legal_entities, party_org, party_members, employees };
}

function plansRow(d: ProjectPlansData, meta: Meta) {
  const plans = d.plans.map((p) => ({
    name: p.name,
    sector: p.sector,
    district: p.district,
    planned_investment_wan: p.planned_investment_wan, // canonical decimal string: exact in Decimal(18, 4)
    planned_start: p.planned_start,
  }));
  return { ...meta, plans };
}

function opinionsRow(d: OpinionsData, meta: Meta) {
  return { ...meta, items: d.items.map((i) => ({ category: i.category, demand_id: i.demand_id })) };
}

const TABLES = { profile: 'member_profiles', project_plans: 'member_plans', opinions: 'member_opinions' } as const;

function isKind(k: string): k is SubmissionKind {
  return Object.hasOwn(TABLES, k);
}

/** The latest submission per (member, kind, period) of a batch; the rest are superseded. */
export function latestPerKey<T extends AcceptedSubmission>(batch: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const s of batch) {
    const key = submissionIdentity(s);
    const seen = latest.get(key);
    if (!seen || BigInt(s.seq) > BigInt(seen.seq)) latest.set(key, s);
  }
  return [...latest.values()];
}

export async function loadMemberSubmissions(
  ch: ClickHouseClient,
  accepted: readonly AcceptedSubmission[],
  runId: string,
): Promise<{ loaded: number; duplicates: number }> {
  const kept = latestPerKey(accepted);
  const rows: Record<SubmissionKind, object[]> = { profile: [], project_plans: [], opinions: [] };
  for (const s of kept) {
    if (!isKind(s.kind)) throw new Error(`submission ${s.seq}: unknown kind '${s.kind}'`);
    // Parsing again is cheap and keeps a malformed row out of the tables even
    // if a caller skipped validation (the activity validates too).
    const parsed = SUBMISSION_DATA_SCHEMAS[s.kind].safeParse(s.data);
    if (!parsed.success) throw new Error(`submission ${s.seq}: data does not fit the ${s.kind} schema`);
    const meta: Meta = { member_id: s.member_id, period: s.period, submission_seq: String(s.seq), run_id: runId };
    if (s.kind === 'profile') rows.profile.push(profileRow(parsed.data as ProfileData, meta));
    else if (s.kind === 'project_plans') rows.project_plans.push(plansRow(parsed.data as ProjectPlansData, meta));
    else rows.opinions.push(opinionsRow(parsed.data as OpinionsData, meta));
  }
  for (const kind of Object.keys(rows) as SubmissionKind[]) {
    if (rows[kind].length) await ch.insert({ table: TABLES[kind], values: rows[kind], format: 'JSONEachRow' });
  }
  return { loaded: kept.length, duplicates: accepted.length - kept.length };
}

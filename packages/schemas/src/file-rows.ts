// The file form of district records (sources.md §1b): Chinese headers →
// record keys, and row schemas that convert each cell (file-cells.ts) and
// then run the JSON record schemas, so both forms share one set of rules and
// yield the same canonical records. Issue paths use the record keys; map them
// back to headers with `headerOf` when showing a file to an operator.
import { z } from 'zod';
import { DISTRICTS, OWNERSHIP, PARTY_ORG, PROJECT_KINDS, PROJECT_STAGES, SECTORS } from './reference/codes.ts';
import { convertCell, type CellKind } from './file-cells.ts';
import { enterpriseRecord, projectRecord, recordKey, visitRecord, type Collection } from './records.ts';

type Columns = Record<string, readonly [header: string, kind: CellKind]>;

const USCC = ['统一社会信用代码', 'text'] as const;
const DISTRICT = ['所在区', { list: DISTRICTS }] as const;
const UPDATED = ['更新时间', 'timestamp'] as const;

/** Per collection: record key → [Chinese header, cell kind]. */
export const FILE_COLUMNS = {
  enterprises: {
    uscc: USCC,
    name: ['企业名称', 'text'],
    ownership: ['企业类型', { list: OWNERSHIP }],
    parent_group: ['所属集团', 'text'],
    tier: ['层级', 'int'],
    district: DISTRICT,
    cluster: ['产业集群', 'text'],
    party_org: ['党组织类型', { list: PARTY_ORG }],
    party_members: ['党员人数', 'int'],
    employees: ['职工人数', 'int'],
    deleted: ['已注销', 'bool'],
    updated_at: UPDATED,
  },
  visits: {
    visit_id: ['走访编号', 'text'],
    uscc: USCC,
    district: DISTRICT,
    visited_on: ['走访日期', 'date'],
    campaign: ['走访活动', 'text'],
    team: ['走访组', 'text'],
    demands_raised: ['收集诉求数', 'int'],
    project_plans: ['收集项目计划数', 'int'],
    updated_at: UPDATED,
  },
  projects: {
    project_id: ['项目编号', 'text'],
    name: ['项目名称', 'text'],
    kind: ['项目类别', { list: PROJECT_KINDS }],
    district: DISTRICT,
    sector: ['所属领域', { list: SECTORS }],
    stage: ['项目阶段', { list: PROJECT_STAGES }],
    investment_wan: ['投资额（万元）', 'decimal'],
    central_partner: ['央企合作方', 'text'],
    local_partner: ['地方合作方', 'text'],
    signed_on: ['签约日期', 'date'],
    landed_on: ['落地日期', 'date'],
    source_event: ['来源活动', 'text'],
    updated_at: UPDATED,
  },
} as const satisfies Record<Collection, Columns>;

/** Per collection: Chinese header → record key. */
export const FILE_HEADERS = Object.fromEntries(
  Object.entries(FILE_COLUMNS).map(([c, cols]) => [c, Object.fromEntries(Object.entries(cols).map(([k, [h]]) => [h, k]))]),
) as { [C in Collection]: Record<string, keyof (typeof FILE_COLUMNS)[C]> };

/** Header as written → comparable form: no BOM or spaces, full-width parentheses. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/[\uFEFF\s]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** The record key of a file header (or of a key used as a header), else null. */
export function keyOfHeader(collection: Collection, header: string): string | null {
  const cols: Columns = FILE_COLUMNS[collection];
  if (Object.hasOwn(cols, header)) return header;
  return (FILE_HEADERS[collection] as Record<string, string>)[normaliseHeader(header)] ?? null;
}

/** Chinese headers of the collection's columns that none of `headers` names (a file-level check). */
export function missingFileHeaders(collection: Collection, headers: readonly string[]): string[] {
  const present = new Set(headers.map((h) => keyOfHeader(collection, h)));
  return Object.entries(FILE_COLUMNS[collection] as Columns)
    .filter(([k]) => !present.has(k))
    .map(([, [h]]) => h);
}

/** The Chinese header of a record key. */
export function headerOf(collection: Collection, key: string): string | undefined {
  return (FILE_COLUMNS[collection] as Columns)[key]?.[0];
}

// raw header → key, memoised per collection (files repeat a few headers per row)
const memo = new Map<Collection, Map<string, string | null>>();

/** A header-keyed file row → a key-keyed object of JSON-form values (unknown columns dropped). */
export function fileRowToRecordInput(collection: Collection, row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const cols: Columns = FILE_COLUMNS[collection];
  let known = memo.get(collection);
  if (!known) memo.set(collection, (known = new Map()));
  const out: Record<string, unknown> = {};
  for (const [h, v] of Object.entries(row)) {
    let key = known.get(h);
    if (key === undefined) {
      key = keyOfHeader(collection, h);
      if (known.size < 500) known.set(h, key);
    }
    if (key !== null) out[key] = convertCell(cols[key]![1], v);
  }
  return out;
}

/** A header-keyed row value: CSV strings, xlsx numbers/booleans/Dates or exceljs cell objects. */
export type FileRow = Record<string, unknown>;
const fileRow = <S extends z.ZodType>(c: Collection, s: S) => z.preprocess<unknown, S, FileRow>((row) => fileRowToRecordInput(c, row), s);

export const enterpriseFileRow = fileRow('enterprises', enterpriseRecord);
export const visitFileRow = fileRow('visits', visitRecord);
export const projectFileRow = fileRow('projects', projectRecord);

export const FILE_ROW_SCHEMAS = { enterprises: enterpriseFileRow, visits: visitFileRow, projects: projectFileRow } as const;

/** The operator-facing identity of a file row, best effort (see `recordKey`). */
export function fileRowKey(collection: Collection, row: unknown): string | null {
  return recordKey(collection, fileRowToRecordInput(collection, row));
}

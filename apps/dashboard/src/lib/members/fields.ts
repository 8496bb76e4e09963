// The fields of each submission kind (sources.md §3) as the portal presents
// them: label, input, and the cell kind that turns a form value or an XLSX
// cell into the JSON the shared zod schema checks. One table serves the form,
// the XLSX template, the XLSX reader and the error labels, so they cannot
// disagree about a field. Browser-safe.
import { DEMAND_CATEGORIES, DISTRICTS, PARTY_ORG, SECTORS, type CellKind, type CodeList, type SubmissionKind } from '@liaison/schemas';
import type { Lang } from '../i18n.ts';

type Text = Record<Lang, string>;

export interface FieldDef {
  key: string;
  kind: CellKind;
  label: Text;
  required: boolean;
  input: 'text' | 'number' | 'date' | 'select' | 'textarea' | 'tel';
  /** Fixed choices of a non-code field (the intake batch). */
  choices?: Array<{ value: string; label: Text }>;
  /** Personal data: shown only to the member who sent it. */
  personal?: boolean;
  hint?: Text;
}

export interface KindForm {
  kind: SubmissionKind;
  /** The list the rows go into, or null for a single record (profile). */
  list: 'plans' | 'items' | null;
  title: Text;
  /** Sheet name of the XLSX template. */
  sheet: Text;
  periodHint: Text;
  fields: FieldDef[];
}

const code = (list: CodeList): CellKind => ({ list });
const t = (zh: string, en: string): Text => ({ zh, en });

const profile: KindForm = {
  kind: 'profile',
  list: null,
  title: t('基本信息', 'Unit profile'),
  sheet: t('基本信息', 'Profile'),
  periodHint: t('年度，如 2024', 'A year, such as 2024'),
  fields: [
    { key: 'unit_name', kind: 'text', label: t('单位名称', 'Unit name'), required: true, input: 'text' },
    {
      key: 'uscc',
      kind: 'text',
      label: t('统一社会信用代码', 'Unified social credit code'),
      required: true,
      input: 'text',
      hint: t('18 位', '18 characters'),
    },
    {
      key: 'batch',
      kind: 'int',
      label: t('入会批次', 'Intake batch'),
      required: true,
      input: 'select',
      choices: [1, 2, 3].map((n) => ({ value: String(n), label: t(`第${'一二三'[n - 1]}批`, `Batch ${n}`) })),
    },
    { key: 'legal_entities', kind: 'int', label: t('覆盖法人单位数', 'Legal entities covered'), required: true, input: 'number' },
    { key: 'party_org', kind: code(PARTY_ORG), label: t('党组织类型', 'Party organisation'), required: true, input: 'select' },
    { key: 'party_members', kind: 'int', label: t('党员人数', 'Party members'), required: true, input: 'number' },
    { key: 'employees', kind: 'int', label: t('职工人数', 'Employees'), required: true, input: 'number' },
    { key: 'contact_name', kind: 'text', label: t('联系人', 'Contact name'), required: true, input: 'text', personal: true },
    { key: 'contact_phone', kind: 'text', label: t('联系电话', 'Contact phone'), required: true, input: 'tel', personal: true },
  ],
};

const projectPlans: KindForm = {
  kind: 'project_plans',
  list: 'plans',
  title: t('项目计划', 'Project plans'),
  sheet: t('项目计划', 'Plans'),
  periodHint: t('年度、半年或季度，如 2024、2024-H1、2024-Q3', 'A year, half or quarter: 2024, 2024-H1, 2024-Q3'),
  fields: [
    { key: 'name', kind: 'text', label: t('项目名称', 'Project name'), required: true, input: 'text' },
    { key: 'sector', kind: code(SECTORS), label: t('所属领域', 'Sector'), required: true, input: 'select' },
    { key: 'district', kind: code(DISTRICTS), label: t('所在区', 'District'), required: true, input: 'select' },
    {
      key: 'planned_investment_wan',
      kind: 'decimal',
      label: t('计划投资额（万元）', 'Planned investment (10k yuan)'),
      required: true,
      input: 'text',
      hint: t('最多 4 位小数', 'Up to 4 decimals'),
    },
    { key: 'planned_start', kind: 'date', label: t('计划开工日期', 'Planned start'), required: false, input: 'date' },
  ],
};

const opinions: KindForm = {
  kind: 'opinions',
  list: 'items',
  title: t('意见建议', 'Opinions'),
  sheet: t('意见建议', 'Opinions'),
  periodHint: t('年度、半年或季度，如 2024、2024-H1、2024-Q3', 'A year, half or quarter: 2024, 2024-H1, 2024-Q3'),
  fields: [
    { key: 'category', kind: code(DEMAND_CATEGORIES), label: t('意见类别', 'Category'), required: true, input: 'select' },
    {
      key: 'text',
      kind: 'text',
      label: t('意见内容', 'Opinion'),
      required: true,
      input: 'textarea',
      personal: true,
      hint: t('仅本单位可见，不公开', 'Seen by your unit only; never published'),
    },
    {
      key: 'demand_id',
      kind: 'text',
      label: t('诉求编号', 'Demand number'),
      required: false,
      input: 'text',
      hint: t('已在诉求平台登记的填写编号', 'If already on the demand platform'),
    },
  ],
};

export const FORMS: Record<SubmissionKind, KindForm> = { profile, project_plans: projectPlans, opinions };

export function isKind(value: string): value is SubmissionKind {
  return Object.hasOwn(FORMS, value);
}

/** A stored submission's kind in words; an unknown kind as it is, an empty one as '—'. */
export function kindTitle(kind: string, lang: Lang): string {
  return isKind(kind) ? FORMS[kind].title[lang] : kind || '—';
}

/** The code list behind a select field, if any. */
export function codeList(f: FieldDef): CodeList | null {
  return typeof f.kind === 'object' ? f.kind.list : null;
}

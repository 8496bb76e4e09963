// Validation issues as the member reads them: which field (and row) each one
// is about, and the schema's English message in Chinese when the page is.
// The schema's wording is the reference; these are its translations.
import type { FieldIssue, SubmissionKind } from '@liaison/schemas';
import type { Lang } from '../i18n.ts';
import { FORMS, type FieldDef } from './fields.ts';
import { portalMessages } from './messages.ts';

const ZH: Array<[RegExp, string]> = [
  [/^required$/, '必填'],
  [/^must not be empty$/, '不能为空'],
  [/^must be at most (\d+) characters$/, '不能超过 $1 个字符'],
  [/^expected an integer$/, '应为整数'],
  [/^must be ≥ (.+)$/, '不能小于 $1'],
  [/^must be ≤ (.+)$/, '不能大于 $1'],
  [/^unknown .+ code (".*")$/, '不是可选的值：$1'],
  [/^expected a date YYYY-MM-DD.*$/, '应为日期，格式为 YYYY-MM-DD'],
  [/^invalid unified social credit code: must be 18 characters, got (\d+)$/, '统一社会信用代码应为 18 位（现为 $1 位）'],
  [/^invalid unified social credit code: must be upper case$/, '统一社会信用代码中的字母须大写'],
  [/^invalid unified social credit code: has characters outside .*$/, '统一社会信用代码含有不允许的字符'],
  [/^invalid unified social credit code: check character should be (.), got (.)$/, '统一社会信用代码校验位应为 $1（现为 $2）'],
  [/^invalid unified social credit code: (.*)$/, '统一社会信用代码无效（$1）'],
  [/^expected a phone number$/, '应为电话号码'],
  [/^more than (\d+) decimals in .*$/, '最多 $1 位小数'],
  [/^.* is not a decimal number$/, '应为数字'],
  [/^.* is (too large|out of range)$/, '数值过大'],
  [/^expected a decimal number or string$/, '应为数字'],
  [/^expected a year such as 2024$/, '应为年份，如 2024'],
  [/^expected a period such as .*$/, '应为年度、半年或季度，如 2024、2024-H1、2024-Q3'],
  [/^at most (\d+) \w+$/, '最多 $1 条'],
  [/^expected text( or null)?$/, '应为文本'],
  [/^expected an object$/, '格式不正确'],
  [/^expected a list$/, '应为列表'],
  [/^Unrecognized keys?: (.*)$/, '无法识别的字段：$1'],
];

export function localizeMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  for (const [re, zh] of ZH) if (re.test(message)) return message.replace(re, zh);
  return message;
}

export interface Located {
  /** `data.plans.2.sector` → the field `sector`, row index 2. */
  field: FieldDef | null;
  row: number | null;
}

export function locate(kind: SubmissionKind, path: string): Located {
  const form = FORMS[kind];
  const parts = path.split('.');
  if (parts[0] !== 'data') return { field: null, row: null };
  if (form.list === null) return { field: form.fields.find((f) => f.key === parts[1]) ?? null, row: null };
  if (parts[1] !== form.list || parts[2] === undefined || !/^\d+$/.test(parts[2])) return { field: null, row: null };
  return { field: form.fields.find((f) => f.key === parts[3]) ?? null, row: Number(parts[2]) };
}

/** Where an issue is, in the member's words: the period, "row 3 · Sector", a field, or else the path itself. */
export function issuePlace(kind: SubmissionKind, path: string, lang: Lang): string {
  const t = portalMessages[lang].form;
  if (path === 'period') return t.period;
  const { field, row } = locate(kind, path);
  return [row === null ? '' : t.row(row + 1), field?.label[lang] ?? path].filter(Boolean).join(' · ');
}

/** Issues by the form field name they belong to (`data.plans.2.sector`, `period`); the rest under ''. */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, FieldIssue[]> {
  const out = new Map<string, FieldIssue[]>();
  for (const i of issues) out.set(i.path, [...(out.get(i.path) ?? []), i]);
  return out;
}

// Validation issues as the member reads them: which field (and row) each one
// is about, and its message in the page's language (in Chinese chosen by the
// issue's code and parameters, see issue-zh.ts).
import type { FieldIssue, SubmissionKind } from '@liaison/schemas';
import type { Lang } from '../i18n.ts';
import { FORMS, type FieldDef } from './fields.ts';
import { zhIssueMessage } from './issue-zh.ts';
import { portalMessages } from './messages.ts';

/**
 * What the member reads about an issue: the schema's English message on an
 * English page; on a Chinese one, the translation of its code and parameters
 * (issue-zh.ts), or, for a code it does not know, the English behind a
 * Chinese lead rather than English alone.
 */
export function issueMessage(issue: Pick<FieldIssue, 'code' | 'message' | 'params'>, lang: Lang): string {
  if (lang === 'en') return issue.message;
  return zhIssueMessage(issue) ?? `输入有误：${issue.message}`;
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

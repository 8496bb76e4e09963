// The portal's XLSX upload: read the template into `data`, then the same
// submit() as the API and the form. A file that cannot be read as the
// template (not a workbook, missing columns, too many rows) is kept for audit
// as a rejected submission too. Every error comes back with its sheet row.
// A request too large to read (body-limit.ts) gets the same issue as a file
// over MAX_UPLOAD_BYTES: uploadTooLarge().
import type { FieldIssue, SubmissionKind } from '@liaison/schemas';
import { recordSubmission, type ClickHouseClient } from '@liaison/warehouse';
import { locate } from '#lib/members/issues.ts';
import type { Member } from '../auth/bearer.ts';
import { portalKey, submit, type Answer } from './submit.ts';
import { MAX_UPLOAD_BYTES, readTemplate } from './xlsx-read.ts';

export interface UploadIssue extends FieldIssue {
  sheet: string | null;
  row: number | null;
}

export interface UploadResult {
  answer: Answer;
  issues: UploadIssue[];
}

const maxMb = MAX_UPLOAD_BYTES / 1024 / 1024;

/** The member's issue for a file over the limit. */
export const uploadTooLarge = (): UploadIssue => ({
  path: 'file',
  code: 'invalid_file',
  message: `the file is larger than ${maxMb} MB`,
  params: { problem: 'too_large', max_mb: maxMb },
  sheet: null,
  row: null,
});

export async function submitUpload(
  ch: ClickHouseClient,
  member: Member,
  o: { kind: SubmissionKind; period: string; file: File; pageKey: string | null },
): Promise<UploadResult> {
  if (o.file.size === 0 || o.file.size > MAX_UPLOAD_BYTES) {
    const none = { path: 'file', code: 'invalid_file', message: 'no file chosen', params: { problem: 'none' }, sheet: null, row: null };
    const issues = [o.file.size === 0 ? none : uploadTooLarge()];
    return { answer: { status: 422, body: { errors: issues.map(({ sheet: _s, row: _r, ...e }) => e) } }, issues };
  }
  const bytes = new Uint8Array(await o.file.arrayBuffer());
  const read = await readTemplate(o.kind, bytes);
  if (read.data === null) {
    const errors = read.problems.map(({ row: _row, ...e }) => e);
    const saved = await recordSubmission(ch, {
      member_id: member.member_id,
      kind: o.kind,
      period: o.period,
      status: 'rejected',
      data: null,
      errors,
      channel: 'upload',
    });
    const issues = read.problems.map((p) => ({ ...p, sheet: read.sheet || null }));
    return { answer: { status: 422, body: { errors }, id: saved.id }, issues };
  }
  const requestBytes = Buffer.concat([Buffer.from(`${o.kind}\n${o.period}\n`), bytes]);
  const answer = await submit(
    ch,
    member,
    { kind: o.kind, period: o.period, data: read.data },
    {
      channel: 'upload',
      idempotencyKey: portalKey('upload', o.pageKey, requestBytes),
      requestBytes,
    },
  );
  if (answer.status === 201) return { answer, issues: [] };
  const issues = answer.body.errors.map((e) => {
    if (!e.path.startsWith('data')) return { ...e, sheet: null, row: null };
    const { row } = locate(o.kind, e.path);
    return { ...e, sheet: read.sheet, row: read.rows[row ?? 0] ?? null };
  });
  return { answer, issues };
}

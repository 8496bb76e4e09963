// A submission of one kind, by the online form or by XLSX upload. Both
// actions end in the same submit() as POST /api/v1/submissions; the form's
// values are turned into a request by the same function the browser ran.
// Each reads its body within its limit (body-limit.ts); a larger one is
// answered 413 with the form's own error.
import { randomUUID } from 'node:crypto';
import { error, fail } from '@sveltejs/kit';
import type { SubmissionKind } from '@liaison/schemas';
import { getSubmission, listSubmissions } from '@liaison/warehouse';
import { entriesFromData, requestFromEntries } from '#lib/members/form-data.ts';
import { isKind } from '#lib/members/fields.ts';
import { requireMember } from '#lib/server/auth/require.ts';
import { BODY_LIMITS, BodyTooLarge, formDataWithin } from '#lib/server/body-limit.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { portalKey, submit } from '#lib/server/members/submit.ts';
import { submitUpload, uploadTooLarge } from '#lib/server/members/upload.ts';
import type { Actions, PageServerLoad } from './$types';

function kindOf(param: string): SubmissionKind {
  if (!isKind(param)) error(404, 'Not found');
  return param;
}

/** This year in China Standard Time: the period a new submission most likely has. */
const thisYear = () => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const member = requireMember(locals, url);
  const kind = kindOf(params.kind);
  const ch = clickhouse();
  // Prefill from the unit's latest accepted submission of this kind, if any.
  const latest = (await listSubmissions(ch, member.member_id, { limit: 200 })).find((s) => s.kind === kind && s.status === 'accepted');
  const detail = latest ? await getSubmission(ch, member.member_id, latest.id) : null;
  return {
    kind,
    period: detail?.period ?? thisYear(),
    values: detail ? entriesFromData(kind, detail.data) : {},
    prefilled: detail !== null,
    // A fresh key per page view: a double click or a retried POST stores one submission.
    idempotencyKey: randomUUID(),
  };
};

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export const actions: Actions = {
  submit: async ({ request, locals, url, params }) => {
    const member = requireMember(locals, url);
    const kind = kindOf(params.kind);
    const form = await formDataWithin(request, BODY_LIMITS.form);
    if (form instanceof BodyTooLarge) {
      const maxMb = BODY_LIMITS.form / 1024 / 1024;
      return fail(413, { errors: [{ path: '', code: 'body_too_large', message: form.message, params: { max_mb: maxMb } }] });
    }
    const body = requestFromEntries(kind, form.entries());
    const bytes = JSON.stringify(body);
    const key = portalKey('form', text(form.get('idempotency_key')) || null, bytes);
    const answer = await submit(clickhouse(), member, body, { channel: 'form', idempotencyKey: key, requestBytes: bytes });
    if (answer.status === 201) return { accepted: answer.id };
    const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
    return fail(answer.status, { errors: answer.body.errors, values });
  },
  upload: async ({ request, locals, url, params }) => {
    const member = requireMember(locals, url);
    const kind = kindOf(params.kind);
    const form = await formDataWithin(request, BODY_LIMITS.upload);
    if (form instanceof BodyTooLarge) return fail(413, { uploadIssues: [uploadTooLarge()] });
    const file = form.get('file');
    const period = text(form.get('period')).trim();
    const pageKey = text(form.get('idempotency_key')) || null;
    const result = await submitUpload(clickhouse(), member, {
      kind,
      period,
      file: file instanceof File ? file : new File([], ''),
      pageKey,
    });
    if (result.answer.status === 201) return { uploaded: result.answer.id };
    return fail(result.answer.status, { uploadIssues: result.issues });
  },
};

// GET /members/template/{kind} — the XLSX template of a submission kind, in
// the page's language (`?lang=en`). Behind the member login like the rest of
// the portal, though it holds no member data: it is part of the portal.
import { error } from '@sveltejs/kit';
import { langOf } from '#lib/i18n.ts';
import { FORMS, isKind } from '#lib/members/fields.ts';
import { templateWorkbook } from '#lib/server/members/xlsx-template.ts';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: RequestHandler = async ({ params, url, locals }) => {
  if (!locals.member) error(401, 'login required');
  if (!isKind(params.kind)) error(404, 'Not found');
  const lang = langOf(url);
  const bytes = await templateWorkbook(params.kind, lang);
  const name = `${FORMS[params.kind].title[lang]}-template.xlsx`;
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': XLSX,
      // RFC 6266: an ASCII fallback name and the UTF-8 one for the Chinese title.
      'content-disposition': `attachment; filename="${params.kind}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
};

// Member login with the unit's API token (the one `liaison members add`
// printed). The token is checked and forgotten: the session cookie carries
// only the member id and a fingerprint of the stored token hash.
import { fail, redirect } from '@sveltejs/kit';
import { hashToken, memberByToken } from '@liaison/warehouse';
import { href, langOf } from '#lib/i18n.ts';
import { AREAS, safeNext } from '#lib/server/auth/areas.ts';
import { bearerToken } from '#lib/server/auth/bearer.ts';
import { openSession } from '#lib/server/auth/cookies.ts';
import { fingerprint } from '#lib/server/auth/session.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import type { Actions, PageServerLoad } from './$types';

/** Where to go once logged in: the page asked for, else the portal home in the page's language. */
function destination(url: URL): string {
  const next = url.searchParams.get('next');
  return next ? safeNext('member', next) : href(AREAS.member.home, langOf(url));
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.member) redirect(303, destination(url));
  return {};
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const raw = String(form.get('token') ?? '').trim();
    // The same token rules as the API's Authorization header.
    const token = bearerToken(`Bearer ${raw}`);
    const member = token ? await memberByToken(clickhouse(), token) : null;
    if (!token || !member) return fail(401, { invalid: true });
    openSession(cookies, url, 'member', member.member_id, fingerprint(hashToken(token)));
    redirect(303, destination(url));
  },
};

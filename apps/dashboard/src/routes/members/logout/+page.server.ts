// Logging out of the member portal: a POST (so no link or prefetch can do it)
// that drops the session cookie and returns to the login page.
import { redirect } from '@sveltejs/kit';
import { href, langOf } from '#lib/i18n.ts';
import { AREAS } from '#lib/server/auth/areas.ts';
import { closeSession } from '#lib/server/auth/cookies.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => redirect(303, href(AREAS.member.home, langOf(url)));

export const actions: Actions = {
  default: ({ cookies, url }) => {
    closeSession(cookies, url, 'member');
    redirect(303, href(AREAS.member.login, langOf(url)));
  },
};

// Logging out of the console: a POST that drops the session cookie.
import { redirect } from '@sveltejs/kit';
import { href, langOf } from '#lib/i18n.ts';
import { AREAS } from '#lib/server/auth/areas.ts';
import { closeSession } from '#lib/server/auth/cookies.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => redirect(303, href(AREAS.ops.home, langOf(url)));

export const actions: Actions = {
  default: ({ cookies, url }) => {
    closeSession(cookies, url, 'ops');
    redirect(303, href(AREAS.ops.login, langOf(url)));
  },
};

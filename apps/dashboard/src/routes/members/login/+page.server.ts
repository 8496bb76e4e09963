// Member login with the unit's API token (see proveMember); the flow is the
// one of both areas.
import { proveMember } from '#lib/server/auth/credentials.ts';
import { loginAction, loginPageLoad } from '#lib/server/auth/login.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => loginPageLoad('member', Boolean(locals.member), url);

export const actions: Actions = { default: loginAction('member', proveMember) };

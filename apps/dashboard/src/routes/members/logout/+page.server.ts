// Logging out of the member portal: a POST that drops the session cookie and
// returns to the login page.
import { logoutPage } from '#lib/server/auth/login.ts';
import type { Actions, PageServerLoad } from './$types';

const logout = logoutPage('member');

export const load: PageServerLoad = logout.load;

export const actions: Actions = { default: logout.action };

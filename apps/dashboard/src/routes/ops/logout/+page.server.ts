// Logging out of the console: a POST that drops the session cookie.
import { logoutPage } from '#lib/server/auth/login.ts';
import type { Actions, PageServerLoad } from './$types';

const logout = logoutPage('ops');

export const load: PageServerLoad = logout.load;

export const actions: Actions = { default: logout.action };

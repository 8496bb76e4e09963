// Operator login: name and password (see proveOperator for the rule and the
// limit on guessing); the flow is the one of both areas.
import { proveOperator } from '#lib/server/auth/credentials.ts';
import { loginAction, loginPageLoad } from '#lib/server/auth/login.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => loginPageLoad('ops', Boolean(locals.operator), url);

export const actions: Actions = { default: loginAction('ops', proveOperator) };

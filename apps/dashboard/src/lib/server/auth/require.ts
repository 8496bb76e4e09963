// For loads and form actions of the areas: the logged-in member or operator,
// or a redirect to the login page. The handle already redirects pages; this
// covers form actions and keeps each route safe on its own.
import { redirect } from '@sveltejs/kit';
import { href, langOf } from '#lib/i18n.ts';
import { AREAS } from './areas.ts';

export function requireMember(locals: App.Locals, url: URL): NonNullable<App.Locals['member']> {
  if (!locals.member) redirect(303, href(AREAS.member.login, langOf(url)));
  return locals.member;
}

export function requireOperator(locals: App.Locals, url: URL): NonNullable<App.Locals['operator']> {
  if (!locals.operator) redirect(303, href(AREAS.ops.login, langOf(url)));
  return locals.operator;
}

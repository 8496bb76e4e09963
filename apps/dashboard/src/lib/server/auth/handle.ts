// The `handle` step that guards /members and /ops: cross-site POSTs are
// refused, the session is resolved into `locals`, a page asked for without a
// session sends the visitor to the area's login, and every response of the
// areas is marked private so no cache or search engine keeps it.
import type { Handle } from '@sveltejs/kit/hooks';
import { href, langOf } from '#lib/i18n.ts';
import { AREAS, MUTATING, areaOf, isOpen, sameOrigin } from './areas.ts';
import { sessionMember, sessionOperator } from './who.ts';
import { withHeaders } from '../http/security-headers.ts';

const PRIVATE_HEADERS = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const markPrivate = (response: Response): Response => withHeaders(response, PRIVATE_HEADERS, true);

export const authHandle: Handle = async ({ event, resolve }) => {
  const { url, request, cookies, locals } = event;
  const kind = areaOf(url.pathname);
  if (!kind) return resolve(event);

  if (MUTATING.has(request.method) && !sameOrigin(request.headers.get('origin'), url)) {
    return markPrivate(new Response('Cross-site form submissions are forbidden', { status: 403 }));
  }
  if (kind === 'member') locals.member = await sessionMember(cookies, url);
  else locals.operator = await sessionOperator(cookies, url);
  const who = kind === 'member' ? locals.member : locals.operator;

  // Pages redirect here; a form action checks the session itself and answers
  // with a redirect its enhanced form can follow (see requireMember/requireOperator).
  // Data requests of client-side navigation are left to the load's own
  // requireMember/requireOperator, whose redirect the client knows to follow.
  const isPage = (request.method === 'GET' || request.method === 'HEAD') && !event.isDataRequest;
  if (!who && !isOpen(kind, url.pathname) && isPage) {
    const next = `${url.pathname}${url.search}`;
    const location = href(AREAS[kind].login, langOf(url), { next: next === AREAS[kind].home ? undefined : next });
    return markPrivate(new Response(null, { status: 303, headers: { location } }));
  }
  return markPrivate(await resolve(event));
};

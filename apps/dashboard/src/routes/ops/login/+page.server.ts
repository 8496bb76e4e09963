// Operator login: name and password, checked against the scrypt hash in the
// operators table. Repeated failures from one address for one name are
// refused for a while (FailureLimiter), which makes guessing slow.
import { fail, redirect } from '@sveltejs/kit';
import { authenticateOperator } from '@liaison/warehouse';
import { href, langOf } from '#lib/i18n.ts';
import { AREAS, safeNext } from '#lib/server/auth/areas.ts';
import { openSession } from '#lib/server/auth/cookies.ts';
import { FailureLimiter } from '#lib/server/auth/limiter.ts';
import { fingerprint } from '#lib/server/auth/session.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import type { Actions, PageServerLoad } from './$types';

const limiter = new FailureLimiter();

function destination(url: URL): string {
  const next = url.searchParams.get('next');
  return next ? safeNext('ops', next) : href(AREAS.ops.home, langOf(url));
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.operator) redirect(303, destination(url));
  return {};
};

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const key = `${getClientAddress()}\u0000${name.toLowerCase()}`;
    if (limiter.blocked(key)) return fail(429, { name, blocked: true });
    const op = name && password ? await authenticateOperator(clickhouse(), name, password) : null;
    if (!op) {
      limiter.fail(key);
      return fail(401, { name, invalid: true });
    }
    limiter.reset(key);
    openSession(cookies, url, 'ops', op.name, fingerprint(op.password_hash));
    redirect(303, destination(url));
  },
};

// HTTP conventions of the submissions API: who is calling (bearer token),
// error bodies in the one `{ errors: [{ path, code, message }] }` shape, and
// answers that no cache may keep (they are one member's own data).
import { memberByToken } from '@liaison/warehouse';
import { authenticateBearer, type Member } from '../auth/bearer.ts';
import { clickhouse } from '../clickhouse.ts';

export const NO_STORE = { 'cache-control': 'private, no-store' };

export function apiError(status: number, path: string, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ path, code, message }] }, { status, headers: { ...NO_STORE, ...headers } });
}

export function memberOfRequest(request: Request): Promise<Member | null> {
  return authenticateBearer(request.headers.get('authorization'), (token) => memberByToken(clickhouse(), token));
}

export function unauthorized(): Response {
  return apiError(401, '', 'unauthorized', 'a valid member token is required: Authorization: Bearer {token}', {
    'www-authenticate': 'Bearer realm="liaison-submissions"',
  });
}

// Member authentication of the submissions API: `Authorization: Bearer
// {token}`, the token issued by `liaison members add`. Lookup is injected so
// the parsing and decision rules are unit-tested without a database.
export interface Member {
  member_id: string;
  unit_name: string;
}

// RFC 6750 token68 characters; anything else cannot be one of our tokens.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const MAX_TOKEN_LENGTH = 512;

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = BEARER.exec(header);
  const token = m?.[1];
  return token && token.length <= MAX_TOKEN_LENGTH ? token : null;
}

/** The member the header's token belongs to; null for none, malformed, unknown or revoked. */
export async function authenticateBearer(
  header: string | null | undefined,
  lookup: (token: string) => Promise<Member | null>,
): Promise<Member | null> {
  const token = bearerToken(header);
  if (!token) return null;
  const member = await lookup(token);
  return member ? { member_id: member.member_id, unit_name: member.unit_name } : null;
}

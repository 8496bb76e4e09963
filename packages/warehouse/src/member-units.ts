// Member units and their API tokens. Only a token's SHA-256 is stored: the
// token itself is shown once, when issued, and cannot be read back.
import { createHash, randomBytes } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

export interface MemberUnit {
  member_id: string;
  unit_name: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return `lsm_${randomBytes(32).toString('base64url')}`;
}

export async function findMemberUnit(ch: ClickHouseClient, memberId: string): Promise<MemberUnit | null> {
  const rs = await ch.query({
    query: 'SELECT member_id, unit_name FROM member_units FINAL WHERE member_id = {id:String} AND NOT revoked',
    query_params: { id: memberId },
    format: 'JSONEachRow',
  });
  const [unit] = await rs.json<MemberUnit>();
  return unit ?? null;
}

/** The member a bearer token belongs to, or null for an unknown or revoked token. */
export async function memberByToken(ch: ClickHouseClient, token: string): Promise<MemberUnit | null> {
  const rs = await ch.query({
    query: `SELECT member_id, unit_name FROM member_units FINAL
            WHERE token_sha256 = {hash:String} AND NOT revoked`,
    query_params: { hash: hashToken(token) },
    format: 'JSONEachRow',
  });
  const [unit] = await rs.json<MemberUnit>();
  return unit ?? null;
}

/** Writes the unit with a fresh token (replacing any previous one) and returns the token. */
export async function issueMemberToken(ch: ClickHouseClient, unit: MemberUnit): Promise<string> {
  const token = newToken();
  await ch.insert({
    table: 'member_units',
    values: [{ member_id: unit.member_id, unit_name: unit.unit_name, token_sha256: hashToken(token), revoked: false }],
    format: 'JSONEachRow',
  });
  return token;
}

/** Revokes the unit's token: the API and the portal refuse it (and its sessions) from now on. False when no active unit has that id. */
export async function revokeMemberUnit(ch: ClickHouseClient, memberId: string): Promise<boolean> {
  const rs = await ch.query({
    query: 'SELECT member_id, unit_name, token_sha256 FROM member_units FINAL WHERE member_id = {id:String} AND NOT revoked',
    query_params: { id: memberId },
    format: 'JSONEachRow',
  });
  const [unit] = await rs.json<MemberUnit & { token_sha256: string }>();
  if (!unit) return false;
  await ch.insert({ table: 'member_units', values: [{ ...unit, revoked: true }], format: 'JSONEachRow' });
  return true;
}

// A member unit's current credential, for portal sessions: a session records
// a fingerprint of the token hash it was opened with, so rotating the token
// (`liaison members rotate`) also ends the sessions opened with the old one.
import type { ClickHouseClient } from '@clickhouse/client';

export interface MemberCredential {
  member_id: string;
  unit_name: string;
  token_sha256: string;
}

/** The member's current, unrevoked credential, or null. */
export async function memberCredential(ch: ClickHouseClient, memberId: string): Promise<MemberCredential | null> {
  const rs = await ch.query({
    query: `SELECT member_id, unit_name, token_sha256 FROM member_units FINAL
            WHERE member_id = {id:String} AND NOT revoked`,
    query_params: { id: memberId },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<MemberCredential>();
  return row ?? null;
}

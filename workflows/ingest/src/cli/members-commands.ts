// members add | rotate | revoke: register member units, issue their API
// tokens, and revoke them (the unit's portal sessions end with the token).
import { findMemberUnit, issueMemberToken, revokeMemberUnit } from '@liaison/warehouse';
import type { CliContext } from './context.ts';
import { printJson, UsageError } from './output.ts';

const MEMBER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export async function membersCommand(ctx: CliContext, action: string, memberId: string, o: { unit?: string | undefined }): Promise<number> {
  if (!MEMBER_ID.test(memberId)) throw new UsageError(`member id '${memberId}' must be letters, digits, - or _ (≤ 64)`);
  if (action === 'revoke') {
    if (!(await revokeMemberUnit(ctx.ch(), memberId))) throw new UsageError(`no member '${memberId}' with a token to revoke`);
    if (ctx.json) printJson({ member_id: memberId, revoked: true });
    else console.log(`member ${memberId}: token revoked; the API and the portal refuse it and its sessions`);
    return 0;
  }
  const existing = await findMemberUnit(ctx.ch(), memberId);
  let unitName: string;
  if (action === 'add') {
    if (existing) throw new UsageError(`member '${memberId}' exists already; use 'members rotate ${memberId}' for a new token`);
    unitName = (o.unit ?? '').trim();
    if (!unitName) throw new UsageError('members add needs --unit NAME');
  } else if (action === 'rotate') {
    if (!existing) throw new UsageError(`no member '${memberId}'; add it first`);
    unitName = existing.unit_name;
  } else {
    throw new UsageError(`unknown: members ${action} (add | rotate | revoke)`);
  }
  const token = await issueMemberToken(ctx.ch(), { member_id: memberId, unit_name: unitName });
  if (ctx.json) printJson({ member_id: memberId, unit_name: unitName, token });
  else {
    console.log(`member ${memberId} (${unitName})`);
    console.log(`token: ${token}`);
    console.log('The token is shown only now; store it safely. Any previous token is revoked.');
  }
  return 0;
}

// The dashboard's entries in the audit log (the warehouse's recordAudit, the
// one the command line uses): console and portal logins, their failures, and
// the console's actions. An entry that cannot be written does not change the
// answer the person gets — the action's outcome is reported as it was — and
// is logged on the server (an error naming the action), for the operators'
// log collection to raise.
import { recordAudit, type AuditInput } from '@liaison/warehouse';
import { clickhouse } from '../clickhouse.ts';

export async function recordConsoleAudit(entry: AuditInput): Promise<void> {
  try {
    await recordAudit(clickhouse(), entry);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`[audit] the ${entry.action} of '${entry.target}' (${entry.outcome}) could not be written to the audit log: ${message}`);
  }
}

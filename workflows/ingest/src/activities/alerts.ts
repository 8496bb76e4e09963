// Alert activities: decide which alerts a run's end or the stale check calls
// for, and post them. A failure is one event per streak of failed runs (keyed
// by the streak's first run), so a re-run or the next scheduled run failing
// the same way posts nothing new; the next success posts the recovery. A
// source turns stale (the quality figures' one definition, @liaison/metrics) once per last success.
// Before posting, each alert's delivery is looked up in alert_deliveries and
// recorded there after: a retried activity posts only what did not get through.
import { isStale } from '@liaison/metrics';
import { alertDeliveries, getRun, lastRunOutcomes, recordAlertDelivery, runStreak } from '@liaison/warehouse';
import type { AlertConfig } from '@liaison/schemas';
import { alertPayload, consoleRunUrl } from '../alerts/messages.ts';
import { postAlert } from '../alerts/post.ts';
import { failureReason, heldSecrets, recoveryReason, staleReason } from '../alerts/reasons.ts';
import { ingestLog } from '../log.ts';
import { ConfigError } from '../sources.ts';
import type { AlertNotice } from '../types.ts';
import type { ActivityDeps } from './deps.ts';

/** How an alert is named in records, logs and errors: its kind and variable, never its URL. */
export const alertTarget = (a: AlertConfig): string => `${a.kind}:${a.urlEnv}`;

const addressedTo = (alerts: readonly AlertConfig[], n: Pick<AlertNotice, 'to'>) =>
  alerts.filter((a) => a.on.some((e) => n.to.includes(e)));

export function alertActivities(deps: ActivityDeps) {
  const now = deps.now ?? (() => new Date());
  /** The applied sources and alerts; none when nothing is applied yet (a sync that could not start for that has nothing to alert). */
  async function applied() {
    try {
      return await deps.appliedSources();
    } catch (err) {
      if (err instanceof ConfigError) return { sources: [], alerts: [] };
      throw err;
    }
  }
  const keyOf = (n: AlertNotice) => ({ source_id: n.sourceId, event: n.event, run_id: n.runId });

  /** The notices some of whose alerts have no delivery recorded yet. */
  async function unposted(alerts: readonly AlertConfig[], notices: AlertNotice[]): Promise<AlertNotice[]> {
    const due: AlertNotice[] = [];
    for (const n of notices) {
      const recorded = await alertDeliveries(deps.ch, keyOf(n));
      if (addressedTo(alerts, n).some((a) => !recorded.has(alertTarget(a)))) due.push(n);
    }
    return due;
  }

  return {
    /** What the end of a run calls for: a failure (of its streak) or a recovery; nothing else. */
    async alertsForRunEnd(r: { sourceId: string; runId: string }): Promise<AlertNotice[]> {
      const { sources, alerts } = await applied();
      const run = alerts.length ? await getRun(deps.ch, r.runId) : null;
      if (!run || (run.status !== 'failed' && run.status !== 'succeeded')) return [];
      const streak = await runStreak(deps.ch, r);
      const at = now().toISOString();
      if (run.status === 'failed') {
        const first = streak.firstFailure && streak.firstFailure !== run.run_id ? await getRun(deps.ch, streak.firstFailure) : run;
        const reason = failureReason(first ?? run, heldSecrets(deps.env, sources, alerts));
        return unposted(alerts, [
          { sourceId: r.sourceId, event: 'failed', runId: first?.run_id ?? run.run_id, to: ['failed'], reason, at },
        ]);
      }
      const stale = streak.previousSuccess
        ? await alertDeliveries(deps.ch, { source_id: r.sourceId, event: 'stale', run_id: streak.previousSuccess })
        : new Map();
      const to = [...(streak.firstFailure ? (['failed'] as const) : []), ...(stale.size > 0 ? (['stale'] as const) : [])];
      if (to.length === 0) return [];
      const reason = recoveryReason({ failedSince: streak.firstFailure, wasStale: stale.size > 0 });
      return unposted(alerts, [{ sourceId: r.sourceId, event: 'recovered', runId: run.run_id, to, reason, at }]);
    },

    /** Sources whose data went stale since their last success, not yet posted. Never-synced sources did not "turn" stale: their failures are posted. */
    async staleAlerts(): Promise<AlertNotice[]> {
      const { sources, alerts } = await applied();
      if (!alerts.some((a) => a.on.includes('stale'))) return [];
      const outcomes = await lastRunOutcomes(
        deps.ch,
        sources.map((s) => s.id),
      );
      const at = now();
      const notices = sources.flatMap((s): AlertNotice[] => {
        const last = outcomes.get(s.id)?.last_success;
        if (!last || !isStale(last.finished_at, s.schedule, at)) return [];
        const reason = staleReason(last.finished_at, s.schedule);
        return [{ sourceId: s.id, event: 'stale', runId: last.run_id, to: ['stale'], reason, at: at.toISOString() }];
      });
      return unposted(alerts, notices);
    },

    /** Posts a notice to each alert it is addressed to that has none recorded; throws (to be retried) if any did not get through. */
    async sendAlerts(n: AlertNotice): Promise<void> {
      const { alerts } = await applied();
      const recorded = await alertDeliveries(deps.ch, keyOf(n));
      const facts = { ...n, consoleUrl: consoleRunUrl(deps.publicUrl ?? null, n.runId) };
      const failed: string[] = [];
      for (const alert of addressedTo(alerts, n)) {
        const target = alertTarget(alert);
        if (recorded.has(target)) continue;
        const record = (outcome: 'sent' | 'undeliverable', detail = '') =>
          recordAlertDelivery(deps.ch, { ...keyOf(n), target, outcome, detail, at: now().toISOString() });
        const url = deps.env[alert.urlEnv];
        if (!url) {
          const detail = `environment variable ${alert.urlEnv} is not set on the worker`;
          ingestLog('warn', 'alert not deliverable', { sourceId: n.sourceId, runId: n.runId, event: n.event, alert: target, detail });
          await record('undeliverable', detail);
          continue;
        }
        try {
          await postAlert(url, alertPayload(alert.kind, facts));
        } catch (err) {
          failed.push(`${target} ${(err as Error).message}`);
          continue;
        }
        await record('sent');
      }
      if (failed.length) {
        throw new Error(`alert "${n.event}" of source '${n.sourceId}' (run ${n.runId}) not delivered: ${failed.join('; ')}`);
      }
    },
  };
}

// What an alert says and how each chat wants it. Pure: the facts come in
// already free of secrets (the run's error text in its shown form, with every
// credential the worker holds blanked: reasons.ts); here they become the
// Chinese message and the body of a WeCom group robot, a DingTalk robot or a
// generic webhook. The webhook URL is never part of a message.
import type { AlertKind } from '@liaison/schemas';

/** What happened: a sync failed, a source turned stale, or it recovered from either. */
export type AlertEventName = 'failed' | 'stale' | 'recovered';

export interface AlertFacts {
  event: AlertEventName;
  sourceId: string;
  runId: string;
  /** Why, in words, without secrets. */
  reason: string;
  /** The run's console page, or null when the worker has no LIAISON_PUBLIC_URL. */
  consoleUrl: string | null;
  /** When the event was noticed, ISO 8601. */
  at: string;
}

const HEADLINES: Record<AlertEventName, string> = {
  failed: '数据同步失败',
  stale: '数据已过期',
  recovered: '数据同步已恢复',
};

/** An ISO instant as Beijing wall-clock time, `2026-12-03 18:20`. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The console page of a run, under the dashboard's public address. */
export function consoleRunUrl(publicUrl: string | null, runId: string): string | null {
  return publicUrl === null ? null : `${publicUrl}/ops/runs/${encodeURIComponent(runId)}`;
}

export function alertTitle(f: AlertFacts): string {
  return `【${HEADLINES[f.event]}】${f.sourceId}`;
}

/** The message as Markdown (both robots render it). */
export function alertMarkdown(f: AlertFacts): string {
  const link = f.consoleUrl
    ? `[在控制台查看运行记录](${f.consoleUrl})`
    : `控制台运行页 /ops/runs/${f.runId}（未设置 LIAISON_PUBLIC_URL，无法给出完整链接）`;
  return [
    `### ${alertTitle(f)}`,
    `- 数据源：${f.sourceId}`,
    `- 运行编号：${f.runId}`,
    `- 原因：${f.reason}`,
    `- 时间：${beijingTime(f.at)}（北京时间）`,
    `- ${link}`,
  ].join('\n');
}

/** The request body for an alert of this kind. */
export function alertPayload(kind: AlertKind, f: AlertFacts): Record<string, unknown> {
  switch (kind) {
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: alertMarkdown(f) } };
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title: alertTitle(f), text: alertMarkdown(f) } };
    case 'webhook':
      return { event: f.event, source_id: f.sourceId, run_id: f.runId, reason: f.reason, console_url: f.consoleUrl, at: f.at };
  }
}

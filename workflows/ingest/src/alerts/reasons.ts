// Why an alert is sent, in Chinese words, with no secret in it. A failure's
// reason is the public kind in words and the run's error text (operators'
// text, already built from the shown forms of URLs and answers: connectors'
// shown.ts), cut short and with every credential the worker holds blanked
// once more: the sources' tokens and keys and the alerts' own URLs.
import { blankCredentials } from '@liaison/connectors';
import { RUN_ERROR_KIND_ZH, type AlertConfig, type RunErrorKind, type SourceConfig } from '@liaison/schemas';
import { beijingTime } from './messages.ts';

const REASON_CHARS = 300;

/** The values of every variable the configuration names as holding a secret. */
export function heldSecrets(
  env: Record<string, string | undefined>,
  sources: readonly SourceConfig[],
  alerts: readonly AlertConfig[],
): string[] {
  const names = [
    ...sources.flatMap((s) => [
      'tokenEnv' in s ? s.tokenEnv : null,
      'apiKeyEnv' in s ? s.apiKeyEnv : null,
      'secretEnv' in s ? s.secretEnv : null,
    ]),
    ...alerts.map((a) => a.urlEnv),
  ];
  return names.flatMap((n) => (n && env[n] ? [env[n]] : []));
}

export function failureReason(run: { error: string | null; error_kind?: RunErrorKind | null }, secrets: readonly string[]): string {
  const kind = RUN_ERROR_KIND_ZH[run.error_kind ?? 'internal'];
  const text = blankCredentials(run.error ?? '', secrets)
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return kind;
  return `${kind}：${text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS - 1)}…` : text}`;
}

export function staleReason(lastSuccessAt: string, schedule: string): string {
  return `最近一次成功同步在 ${beijingTime(lastSuccessAt)}（北京时间），已超过同步计划（${schedule}）允许的时间，数据已过期`;
}

export function recoveryReason(o: { failedSince: string | null; wasStale: boolean }): string {
  const from = [o.failedSince ? `自运行 ${o.failedSince} 起的同步失败` : null, o.wasStale ? '数据过期' : null].filter(Boolean);
  return `本次同步成功完成，${from.join('、')}已恢复`;
}

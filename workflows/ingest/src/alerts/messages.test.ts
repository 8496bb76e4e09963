// The alert bodies: each chat's format, in Chinese, with source, run, reason
// and the console link, and never a secret (a source's token, the webhook URL).
import { describe, expect, it } from 'vitest';
import type { AlertConfig, SourceConfig } from '@liaison/schemas';
import { alertPayload, consoleRunUrl, type AlertFacts } from './messages.ts';
import { failureReason, heldSecrets, recoveryReason, staleReason } from './reasons.ts';

const TOKEN = 'tok-9f8e7d6c5b4a';
const HOOK = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=robot-key-123';
const env = { NANSHAN_TOKEN: TOKEN, ALERT_URL: HOOK, UNRELATED: 'x' };
const sources: SourceConfig[] = [
  {
    id: 'nanshan',
    kind: 'district-api',
    district: 'nanshan',
    baseUrl: 'https://n.example',
    tokenEnv: 'NANSHAN_TOKEN',
    schedule: '0 2 * * *',
  },
];
const alerts: AlertConfig[] = [{ kind: 'wecom', urlEnv: 'ALERT_URL', on: ['failed'] }];

// an error text that (wrongly) quotes a credential and the robot's URL
const run = {
  error: `source 'nanshan': HTTP 401 from https://n.example/v1/enterprises?page_token=: token ${TOKEN} refused; see ${HOOK}`,
  error_kind: 'source_refused_credentials' as const,
};
const facts = (over: Partial<AlertFacts> = {}): AlertFacts => ({
  event: 'failed',
  sourceId: 'nanshan',
  runId: 'run-1',
  reason: failureReason(run, heldSecrets(env, sources, alerts)),
  consoleUrl: consoleRunUrl('https://liaison.example.gov.cn', 'run-1'),
  at: '2026-12-03T10:20:00.000Z',
  ...over,
});

describe('alert payloads', () => {
  it('WeCom: markdown content in Chinese with source, run, reason, time and console link', () => {
    const body = alertPayload('wecom', facts()) as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content.split('\n')).toEqual([
      '### 【数据同步失败】nanshan',
      '- 数据源：nanshan',
      '- 运行编号：run-1',
      "- 原因：数据源拒绝了凭据：source 'nanshan': HTTP 401 from https://n.example/v1/enterprises?page_token=: token *** refused; see ***",
      '- 时间：2026-12-03 18:20（北京时间）',
      '- [在控制台查看运行记录](https://liaison.example.gov.cn/ops/runs/run-1)',
    ]);
  });

  it('DingTalk: markdown with a title; webhook: the fields', () => {
    const ding = alertPayload('dingtalk', facts({ event: 'recovered', reason: recoveryReason({ failedSince: 'run-0', wasStale: false }) }));
    expect(ding).toMatchObject({ msgtype: 'markdown', markdown: { title: '【数据同步已恢复】nanshan' } });
    expect(JSON.stringify(ding)).toContain('本次同步成功完成，自运行 run-0 起的同步失败已恢复');
    expect(alertPayload('webhook', facts({ event: 'stale', reason: staleReason('2026-12-01T18:00:00.000Z', '0 2 * * *') }))).toEqual({
      event: 'stale',
      source_id: 'nanshan',
      run_id: 'run-1',
      reason: '最近一次成功同步在 2026-12-02 02:00（北京时间），已超过同步计划（0 2 * * *）允许的时间，数据已过期',
      console_url: 'https://liaison.example.gov.cn/ops/runs/run-1',
      at: '2026-12-03T10:20:00.000Z',
    });
  });

  it('never carries a secret the worker holds, nor the webhook URL', () => {
    for (const kind of ['wecom', 'dingtalk', 'webhook'] as const) {
      const text = JSON.stringify(alertPayload(kind, facts()));
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('robot-key-123');
    }
  });

  it('says where the run page is when no public address is set', () => {
    const body = alertPayload('wecom', facts({ consoleUrl: consoleRunUrl(null, 'run-1') })) as { markdown: { content: string } };
    expect(body.markdown.content).toContain('控制台运行页 /ops/runs/run-1（未设置 LIAISON_PUBLIC_URL');
    expect(failureReason({ error: null, error_kind: null }, [])).toBe('平台内部错误');
  });
});

// Alerts end to end (real Temporal dev server and ClickHouse, a webhook
// receiver on 127.0.0.1): a failing sync is posted once to each alert that
// asks for failures, however often the sync is re-run and the posting retried;
// a robot answering 500 once gets the message on Temporal's retry, once; the
// recovery is posted once; a source turning stale is posted once by the stale
// check, and its recovery too; an alert without its URL is recorded as not
// deliverable, and nothing posted holds a secret.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/common';
import { runSync } from '@liaison/temporal-client';
import {
  alertDeliveries,
  alertDeliveriesOfRun,
  createTestDatabase,
  listRuns,
  saveRun,
  type ClickHouseClient,
} from '@liaison/warehouse/testing';
import { startTestIngest, type TestIngest } from './testing.ts';

const SECRET = 'sk-live-0123456789';

/** A chat robot stand-in: keeps every body posted to a path; `/flaky` answers 500 to its first post. */
async function startReceiver(): Promise<{ server: Server; url: string; posts: Map<string, unknown[]>; answered: string[] }> {
  const posts = new Map<string, unknown[]>();
  const answered: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      const failNow = path === '/flaky' && !answered.includes('/flaky 500');
      answered.push(`${path} ${failNow ? 500 : 200}`);
      if (!failNow) posts.set(path, [...(posts.get(path) ?? []), JSON.parse(body)]);
      res.writeHead(failNow ? 500 : 200, { 'content-type': 'application/json' }).end('{"errcode":0}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posts, answered };
}

describe('alerts', () => {
  let ch: ClickHouseClient;
  let ingest: TestIngest;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let failing = true;
  const posted = (path: string) => receiver.posts.get(path) ?? [];
  const sync = (sourceId: string) => runSync(ingest.client, ingest.taskQueue, { sourceId, mode: 'manual' });

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    receiver = await startReceiver();
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [
        { id: 'inbox', kind: 'member-inbox', schedule: '*/5 * * * *' },
        { id: 'quiet', kind: 'member-inbox', schedule: '*/5 * * * *' },
        // never synced here: it only names a secret the worker holds
        {
          id: 'nanshan',
          kind: 'district-api',
          district: 'nanshan',
          baseUrl: 'http://127.0.0.1:9',
          tokenEnv: 'NANSHAN_TOKEN',
          schedule: '0 2 * * *',
        },
      ],
      alerts: [
        { kind: 'wecom', urlEnv: 'WECOM_URL', on: ['failed'] },
        { kind: 'dingtalk', urlEnv: 'FLAKY_URL', on: ['failed'] },
        { kind: 'webhook', urlEnv: 'HOOK_URL', on: ['failed', 'stale'] },
        { kind: 'wecom', urlEnv: 'UNSET_URL', on: ['failed'] },
      ],
      env: {
        WECOM_URL: `${receiver.url}/wecom`,
        FLAKY_URL: `${receiver.url}/flaky`,
        HOOK_URL: `${receiver.url}/hook`,
        NANSHAN_TOKEN: SECRET,
      },
      publicUrl: 'https://liaison.example.gov.cn',
      // the source fails while `failing`, quoting secrets it should not (the alert must not repeat them)
      wrapActivities: (a) => ({
        ...a,
        async syncPage(req) {
          if (failing && req.sourceId === 'inbox') {
            const quoted = `key ${SECRET}, robot ${receiver.url}/hook`;
            throw ApplicationFailure.nonRetryable(`HTTP 503 from the inbox, ${quoted}`, 'SourceError:unavailable');
          }
          return a.syncPage(req);
        },
      }),
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await ch?.close();
    receiver?.server.close();
  });

  it('posts a failing sync once to each failure alert, even when re-run and when a robot needs a retry', async () => {
    await expect(sync('inbox')).rejects.toThrow();
    const [run] = await listRuns(ch, { sourceId: 'inbox' });
    await expect.poll(() => posted('/flaky').length, { timeout: 30_000 }).toBe(1); // after Temporal's retry
    expect(receiver.answered.filter((a) => a.startsWith('/flaky'))).toEqual(['/flaky 500', '/flaky 200']);
    expect(posted('/wecom')).toHaveLength(1); // posted by the first attempt, not again by the retry
    expect(posted('/hook')).toEqual([
      {
        event: 'failed',
        source_id: 'inbox',
        run_id: run!.run_id,
        reason: expect.stringContaining('数据源无法访问或出错：') as unknown,
        console_url: `https://liaison.example.gov.cn/ops/runs/${run!.run_id}`,
        at: expect.any(String) as unknown,
      },
    ]);
    const wecom = posted('/wecom')[0] as { msgtype: string; markdown: { content: string } };
    expect(wecom.msgtype).toBe('markdown');
    expect(wecom.markdown.content).toContain(`- 运行编号：${run!.run_id}`);
    const everything = JSON.stringify([...receiver.posts.values()]);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(receiver.url);
    const deliveries = await alertDeliveries(ch, { source_id: 'inbox', event: 'failed', run_id: run!.run_id });
    expect(deliveries.get('wecom:UNSET_URL')).toMatchObject({
      outcome: 'undeliverable',
      detail: expect.stringContaining('UNSET_URL is not set'),
    });
    // the run's record (shown on its console page): every alert about it, the undeliverable one with why
    expect((await alertDeliveriesOfRun(ch, run!.run_id)).map((d) => `${d.target} ${d.outcome}`).sort()).toEqual([
      'dingtalk:FLAKY_URL sent',
      'webhook:HOOK_URL sent',
      'wecom:UNSET_URL undeliverable',
      'wecom:WECOM_URL sent',
    ]);

    // the same failure again, by a re-run and by the next sync: one streak, nothing new
    await expect(runSync(ingest.client, ingest.taskQueue, { sourceId: 'inbox', mode: 'rerun', rerunOf: run!.run_id })).rejects.toThrow();
    await expect(sync('inbox')).rejects.toThrow();
    // posting the same event again (as a re-run workflow would) finds it delivered
    await ingest.client.workflow.execute('deliverAlerts', {
      taskQueue: ingest.taskQueue,
      workflowId: `test-alert-again-${run!.run_id}`,
      args: [{ sourceId: 'inbox', event: 'failed', runId: run!.run_id, to: ['failed'], reason: 'again', at: new Date().toISOString() }],
    });
    expect([posted('/wecom').length, posted('/flaky').length, posted('/hook').length]).toEqual([1, 1, 1]);
  });

  it('posts the recovery once, to the alerts told of the failure', async () => {
    failing = false;
    const ok = await sync('inbox');
    await expect.poll(() => posted('/hook').length, { timeout: 30_000 }).toBe(2);
    await expect.poll(() => posted('/flaky').length, { timeout: 30_000 }).toBe(2);
    await expect.poll(() => posted('/wecom').length, { timeout: 30_000 }).toBe(2);
    expect(posted('/hook')[1]).toMatchObject({
      event: 'recovered',
      run_id: ok.runId,
      reason: expect.stringContaining('已恢复') as unknown,
    });
    await sync('inbox'); // a second success recovers nothing
    await ingest.client.workflow.execute('checkStaleSources', { taskQueue: ingest.taskQueue, workflowId: 'test-stale-none' });
    expect([posted('/wecom').length, posted('/flaky').length, posted('/hook').length]).toEqual([2, 2, 2]);
  });

  it('posts a source turning stale once, and its recovery', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await saveRun(ch, {
      run_id: 'quiet-old',
      source_id: 'quiet',
      source_kind: 'member-inbox',
      mode: 'scheduled',
      rerun_of: null,
      window_from: null,
      window_to: null,
      status: 'succeeded',
      started_at: hourAgo,
      finished_at: hourAgo,
      received: 0,
      loaded: 0,
      quarantined: 0,
      duplicates: 0,
      error: null,
    });
    const check = (id: string) => ingest.client.workflow.execute('checkStaleSources', { taskQueue: ingest.taskQueue, workflowId: id });
    expect(await check('test-stale-1')).toBe(1);
    await expect.poll(() => posted('/hook').length, { timeout: 30_000 }).toBe(3);
    expect(posted('/hook')[2]).toMatchObject({ event: 'stale', source_id: 'quiet', run_id: 'quiet-old' });
    expect(await check('test-stale-2')).toBe(0);
    const ok = await sync('quiet');
    await expect.poll(() => posted('/hook').length, { timeout: 30_000 }).toBe(4);
    expect(posted('/hook')[3]).toMatchObject({ event: 'recovered', source_id: 'quiet', run_id: ok.runId });
    expect([posted('/wecom').length, posted('/flaky').length]).toEqual([2, 2]); // they asked for failures only
  });
});

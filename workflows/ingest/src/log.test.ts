// Worker log lines: JSON objects, and the run id and source of an activity
// found in its arguments, whichever way the activity takes them.
import { describe, expect, it } from 'vitest';
import { ingestLogAttributes, jsonLogLine } from './log.ts';

const RUN = '0b8f9a52-4a8e-4c1e-9d3b-2f1e0c9a7b6d';

describe('worker log', () => {
  it('finds the run id and source in a request object, or a bare run id beside a request', () => {
    expect(ingestLogAttributes([{ runId: RUN, sourceId: 'nanshan', pageNo: 3 }])).toEqual({ runId: RUN, sourceId: 'nanshan' });
    expect(ingestLogAttributes([{ sourceId: 'futian', mode: 'manual' }, RUN])).toEqual({ runId: RUN, sourceId: 'futian' });
    expect(ingestLogAttributes([{ runId: RUN }])).toEqual({ runId: RUN });
    expect(ingestLogAttributes(['not-a-run', 7, null])).toEqual({});
  });

  it('writes one JSON object with time, level, message and attributes, errors as their message', () => {
    const line = jsonLogLine({
      level: 'WARN',
      message: 'Activity failed',
      meta: { runId: RUN, sourceId: 'nanshan', workflowId: 'sync-nanshan', error: new Error('source refused the token') },
      timestampNanos: 1_764_000_000_000_000_000n,
    });
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      time: '2025-11-24T16:00:00.000Z',
      level: 'warn',
      msg: 'Activity failed',
      runId: RUN,
      sourceId: 'nanshan',
      workflowId: 'sync-nanshan',
      error: 'source refused the token',
    });
  });
});

// serve's output is JSON lines: a child's JSON line passes unchanged, any
// other line becomes the msg of one naming the role.
import { describe, expect, it } from 'vitest';
import { asJsonLine } from './roles.ts';

describe('child output', () => {
  it('passes JSON lines through and wraps the others', () => {
    const json = '{"level":"info","msg":"page synced","runId":"r1"}';
    expect(asJsonLine('worker 1', json)).toBe(json);
    expect(JSON.parse(asJsonLine('dashboard', 'Listening on http://0.0.0.0:5173', new Date('2026-01-02T03:04:05Z')))).toEqual({
      time: '2026-01-02T03:04:05.000Z',
      level: 'info',
      component: 'dashboard',
      msg: 'Listening on http://0.0.0.0:5173',
    });
  });
});

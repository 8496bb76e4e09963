// `npm start` says it is the demo, and where production is.
import { describe, expect, it } from 'vitest';
import { demoBanner } from './banner.ts';

describe('npm start banner', () => {
  it('labels the stack as the demo and points at npm run serve', () => {
    const lines = demoBanner({
      dashboardUrl: 'http://127.0.0.1:5173',
      temporalUiUrl: null,
      operator: { name: 'admin', password: 'made-for-this-run', generated: true },
    });
    const up = lines.find((l) => l.includes(' is up'));
    expect(up).toMatch(/DEMO/);
    expect(lines.join('\n')).toContain('npm run serve');
    expect(lines.join('\n')).toContain('http://127.0.0.1:5173/ops  (admin / made-for-this-run');
  });
});

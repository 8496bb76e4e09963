// Data quality for the API, the /quality page and the note under every
// figure. Lag is measured against the clock, so a cached result is kept for at most
// a minute even when no sync has landed.
import { quality, qualityFilters, type QualityResult } from '@liaison/metrics';
import { family } from '#lib/server/figures/published.ts';

export type { QualityResult };

export const qualityFamily = family('quality', qualityFilters, (ch, _filters, configured, now) => quality(ch, configured, now), {
  clockBound: true,
});

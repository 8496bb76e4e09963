// The definition text of every published figure, zh and en, by metric: the
// same text is served by /api/v1/definitions and shown beside each chart; it
// must say what metrics.md says, and each metric's SQL must compute exactly that.
import { coverageDefinitions } from './coverage/definitions.ts';
import { demandDefinitions } from './demands/definitions.ts';
import { investmentDefinitions } from './investment/definitions.ts';
import { qualityDefinitions } from './quality/definitions.ts';
import type { Definition } from './shared/definition.ts';

export type { Definition };

export const definitions = {
  coverage: coverageDefinitions,
  demands: demandDefinitions,
  investment: investmentDefinitions,
  quality: qualityDefinitions,
} as const satisfies Record<string, Record<string, Definition>>;

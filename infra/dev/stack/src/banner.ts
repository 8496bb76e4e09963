// What `npm start` prints once the demo is up: that it is the demo (simulated
// sources, demo data and members, a first sync), where everything is, and
// that production is `npm run serve`.
import type { Stack } from './stack.ts';

export function demoBanner(stack: Pick<Stack, 'dashboardUrl' | 'temporalUiUrl' | 'operator'>): string[] {
  const { operator } = stack;
  const password = operator.generated
    ? `${operator.password}, made for this run: set LIAISON_OPS_PASSWORD to choose one`
    : 'LIAISON_OPS_PASSWORD';
  return [
    '',
    'Liaison DEMO is up: simulated source systems, demo data and demo members, a first sync of every source.',
    'For trying the platform and for development; to run it for real, use npm run serve (README, "Run in production").',
    `  dashboard    ${stack.dashboardUrl}/`,
    ...(stack.temporalUiUrl ? [`  temporal UI  ${stack.temporalUiUrl}`] : []),
    `  console      ${stack.dashboardUrl}/ops  (${operator.name} / ${password})`,
    '  CLI          .tools/bin/pnpm liaison runs',
    'Ctrl-C stops everything.',
  ];
}

// What each query parameter means, for the OpenAPI document. Its type and
// allowed values are not here: they come from the zod filters themselves.
// parameters.test.ts checks that every filter of every endpoint is described.
export const PARAMETER_DOCS = {
  district:
    'District slug. Coverage: the enterprise’s registry district; demands: the district of the demand’s created event; investment: the project’s district.',
  from: 'First day of the window (YYYY-MM-DD, China Standard Time, inclusive). Coverage: by visit date; demands: by the created event; investment: by landing date (projects and investment only).',
  to: 'End of the window (YYYY-MM-DD, China Standard Time, exclusive); must be after `from`.',
  format: '`json` (default) or `csv`: the breakdowns as one long CSV table.',
  lang: 'Language of the labels in the CSV: `zh` (default) or `en`.',
  ownership: 'Ownership code of the enterprise (coverage).',
  campaign: 'Visit campaign, e.g. 千人走访千企-2024; by default all visits in from/to (coverage).',
  period: 'Year of the member profiles, e.g. 2024; by default the latest year with any (coverage).',
  sector: 'Sector code of the project or plan item (investment).',
  stage: 'Project stage code (investment; does not apply to member plans).',
  category: 'Demand category: of the last classified event, else of the created event (demands).',
  channel: 'Channel through which the demand was raised (demands).',
} as const;

export type ParameterName = keyof typeof PARAMETER_DOCS;

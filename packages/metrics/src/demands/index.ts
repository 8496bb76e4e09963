// Demand resolution (metrics.md § Demand resolution): its filters, figures,
// response schema, definitions and memo.
export * from './filters.ts';
export * from './response.ts';
export * from './figures.ts';
export * from './memo.ts';
export * from './published.ts';
export * from './definitions.ts';

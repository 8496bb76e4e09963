// Investment (metrics.md § Investment): its filters, figures, response schema and definitions.
export * from './filters.ts';
export * from './response.ts';
export * from './figures.ts';
export * from './published.ts';
export * from './definitions.ts';

// What every metric shares: filters, rates, freshness, the published
// response, the response-schema blocks, the SQL idiom and the versioned memo.
export * from './response.ts';
export * from './rate.ts';
export * from './filters.ts';
export * from './freshness.ts';
export * from './published.ts';
export * from './query.ts';
export * from './sql.ts';
export * from './versioned-memo.ts';

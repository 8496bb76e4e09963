// @liaison/metrics: every published figure, one folder per metric (its SQL,
// row and response schemas, definitions), over the shared pieces. The order
// of the metrics here is the order of their schemas in the OpenAPI document.
export * from './shared/index.ts';
export * from './coverage/index.ts';
export * from './investment/index.ts';
export * from './demands/index.ts';
export * from './quality/index.ts';
export * from './catalog.ts';
export * from './definitions.ts';

export * from './fetch-page.ts';
export * from './read.ts';

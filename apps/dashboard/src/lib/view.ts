// Shapes the server hands to the pages: metric results already labelled in
// the page's language, so components only lay them out.
import type { Rate } from './format.ts';

/** One feeding source and the finish time of its last successful sync. */
export interface SourceAsOf {
  id: string;
  label: string;
  at: string | null;
}

/** A metric's published definition, in the page's language. */
export interface Definition {
  key: string;
  term: string;
  text: string;
}

/** A headline figure: a count, or a rate with its exact fraction. */
export type Headline =
  | { key: string; label: string; kind: 'int'; value: number; note?: string }
  | { key: string; label: string; kind: 'rate'; rate: Rate; note?: string };

/** A breakdown row with its code's label in the page's language. */
export interface LabelledRow {
  code: string;
  label: string;
  enterprises: number;
  visited: number;
  visit_coverage: Rate;
  party_org_coverage: Rate;
}

export interface Option {
  value: string;
  label: string;
}

// Shapes the server hands to the pages: metric results already labelled in
// the page's language, so components only lay them out.
import type { CoverageRow, Rate } from '@liaison/metrics';

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

/**
 * A headline figure: a count, a rate with its exact fraction, an amount of
 * yuan (exact decimal string), or a number of days (null: none to measure).
 */
export type Headline =
  | { key: string; label: string; kind: 'int'; value: number; note?: string }
  | { key: string; label: string; kind: 'rate'; rate: Rate; note?: string }
  | { key: string; label: string; kind: 'yuan'; yuan: string; note?: string }
  | { key: string; label: string; kind: 'days'; value: number | null; note?: string };

/** A parameter of the page's URL it could not read, left out of the figures and named in a notice. */
export interface DroppedParam {
  name: string;
  value: string;
}

/** A breakdown row of any family, with its code and that code's label in the page's language. */
export type Labelled<Row> = Row & { code: string; label: string };

/**
 * What the figures leave out, said under each of them: records of the
 * feeding sources now in quarantine, and (demands) demands with no created event.
 */
export interface QualityNote {
  quarantined: number;
  incomplete: number | null;
}

/** A coverage breakdown row with its code's label in the page's language. */
export type LabelledRow = Labelled<CoverageRow>;

export interface Option {
  value: string;
  label: string;
}

/** A control of a page's filter form; its `name` is the API's query parameter. */
export type FilterField =
  | { name: string; label: string; kind: 'select'; options: Option[]; value: string | undefined }
  | { name: string; label: string; kind: 'date' | 'text' | 'year'; value: string | undefined; hint?: string };

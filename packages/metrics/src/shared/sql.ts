// The one SQL idiom of the figures. Optional filters: a parameter bound as
// Nullable that, when NULL, lets every row through; and the "headline plus
// breakdowns" split: one GROUPING SETS query whose rows say which set they
// belong to. Only identifiers (column and parameter names written in this
// package) are spliced into the SQL; every value stays a bound {name:Type}.

/** `({name:Nullable(type)} IS NULL OR <test>)`: the filter applies only when the parameter is given. */
export function whenGiven(name: string, type: string, test: (param: string) => string): string {
  const param = `{${name}:Nullable(${type})}`;
  return `(${param} IS NULL OR ${test(param)})`;
}

/** `column = {param}` when the parameter is given (a String code by default). */
export function equalsWhenGiven(column: string, param = column, type = 'String'): string {
  return whenGiven(param, type, (p) => `${column} = ${p}`);
}

/** The from (inclusive) / to (exclusive) date window of metrics.md on `column`, each bound only when given. */
export function dateWindow(column: string): string {
  return `${whenGiven('from', 'Date', (p) => `${column} >= ${p}`)} AND ${whenGiven('to', 'Date', (p) => `${column} < ${p}`)}`;
}

/** All the predicates, ANDed. */
export function allOf(...predicates: readonly string[]): string {
  return predicates.join('\n    AND ');
}

/** The headline (every row) plus one breakdown per dimension, as one GROUPING SETS query. */
export interface Breakdowns<D extends string> {
  dimensions: readonly D[];
  /** SELECT column `breakdown`: the dimension a row is grouped by, '' for the headline. */
  column: string;
  /** SELECT column `slice`: the row's value of that dimension as text (NULL for the headline, or a NULL value). */
  slice: string;
  /** The GROUP BY clause. */
  groupBy: string;
}

export function breakdowns<D extends string>(dimensions: readonly D[]): Breakdowns<D> {
  const named = dimensions.map((d) => `grouping(${d}) = 0, '${d}'`).join(', ');
  return {
    dimensions,
    column: `multiIf(${named}, '') AS breakdown`,
    slice: `multiIf(${dimensions.map((d) => `grouping(${d}) = 0, toString(${d})`).join(', ')}, NULL) AS slice`,
    groupBy: `GROUP BY GROUPING SETS ((), ${dimensions.map((d) => `(${d})`).join(', ')})`,
  };
}

/** Rows of a `breakdowns()` query split back into the headline row and each breakdown's rows, in query order. */
export function splitBreakdowns<R extends { breakdown: string }, D extends string>(
  rows: readonly R[],
  spec: Breakdowns<D>,
): { headline: R | undefined; by: Record<D, R[]> } {
  const by = Object.fromEntries(spec.dimensions.map((d) => [d, rows.filter((r) => r.breakdown === d)])) as Record<D, R[]>;
  return { headline: rows.find((r) => r.breakdown === ''), by };
}

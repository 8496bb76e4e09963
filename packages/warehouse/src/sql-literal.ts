// A single-quoted SQL string literal, for the few places a value cannot be a
// bound parameter: DDL (a table's COMMENT, a user's password, a cluster name
// after ON CLUSTER). Everywhere else values are bound ({name:Type}).

/** `value` as a ClickHouse string literal that reads back exactly as `value`. */
export function sqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

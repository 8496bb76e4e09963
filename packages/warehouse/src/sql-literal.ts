// A single-quoted SQL string literal, for the few places a value cannot be a
// bound parameter: DDL (a table's COMMENT, a user's password, a cluster name
// after ON CLUSTER), and the SET statements the embedded engine writes itself.
// Everywhere else values are bound ({name:Type}).

const LITERAL_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\0': '\\0',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** `value` as a ClickHouse string literal that ClickHouse's lexer reads back exactly as `value`. */
export function sqlString(value: string): string {
  return `'${value.replace(/[\\'\0\n\r\t]/g, (c) => LITERAL_ESCAPES[c] ?? c)}'`;
}

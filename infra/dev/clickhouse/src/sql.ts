// The few SQL statements the server writes itself (USE, SET) and the literals
// in them, escaped the way ClickHouse's lexer reads them back.
import { sqlString } from '@liaison/warehouse/sql-literal';

/** A back-quoted identifier, e.g. a database name taken from a URL. */
export function sqlIdentifier(name: string): string {
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Setting and parameter names go into SET unquoted, so only plain names pass. */
export function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name);
}

/**
 * One `SET` applying the request's query parameters and settings.
 *
 * Values are the raw URL strings. A setting given as a string literal is parsed
 * by ClickHouse into its own type, as the HTTP server does with URL settings;
 * a `param_x` string is stored as the parameter's text, which ClickHouse later
 * parses per the placeholder's type with the escaping the client already
 * applied, so it is never escaped a second time. `readonly` goes last: once it
 * is on, no other setting may change.
 */
export function setStatement(settings: ReadonlyMap<string, string>, params: ReadonlyMap<string, string>): string | undefined {
  const parts: string[] = [];
  for (const [name, value] of params) parts.push(`param_${name} = ${sqlString(value)}`);
  for (const [name, value] of settings) if (name !== 'readonly') parts.push(`${name} = ${sqlString(value)}`);
  const readonly = settings.get('readonly');
  if (readonly !== undefined) parts.push(`readonly = ${sqlString(readonly)}`);
  return parts.length > 0 ? `SET ${parts.join(', ')}` : undefined;
}

// The embedded engine's read-only account. chDB runs every query as its one
// built-in user, so the grants a real server enforces for
//   GRANT SELECT(col, …) ON db.table TO reader
// are enforced here from the query's analysed tree (EXPLAIN QUERY TREE): every
// table it reads must be granted, and every column it reads of that table.
// The grants are given as those same GRANT statements, so the SQL an operator
// runs on a real server is exactly what the embedded engine tests.

export interface ReadGrants {
  user: string;
  /** `db.table` → the granted columns, or 'all' for a whole-table grant. */
  tables: ReadonlyMap<string, ReadonlySet<string> | 'all'>;
}

const GRANT = /^GRANT\s+SELECT\s*(?:\(([^)]*)\))?\s+ON\s+([A-Za-z_][\w]*\.[A-Za-z_][\w]*)\s+TO\s+([A-Za-z_][\w]*)$/i;

/** Reads `GRANT SELECT[(cols)] ON db.table TO user;` statements (other statements, e.g. CREATE USER, are skipped). */
export function parseReadGrants(sql: string, user: string): ReadGrants {
  const tables = new Map<string, Set<string> | 'all'>();
  for (const raw of sql.replace(/--[^\n]*/g, '').split(';')) {
    const statement = raw.trim().replace(/\s+/g, ' ');
    if (!/^GRANT\b/i.test(statement)) continue;
    const m = GRANT.exec(statement);
    if (!m) throw new Error(`read grants: cannot read "${statement}" (expected GRANT SELECT[(columns)] ON db.table TO user)`);
    const [, columns, table = '', grantee] = m;
    if (grantee !== user) continue;
    if (columns === undefined) {
      tables.set(table, 'all');
      continue;
    }
    const held = tables.get(table);
    if (held === 'all') continue;
    const set = held ?? new Set<string>();
    for (const c of columns.split(',')) if (c.trim()) set.add(c.trim());
    tables.set(table, set);
  }
  return { user, tables };
}

// Reading these needs no grant on a real server either (a SELECT without FROM reads system.one).
const FREE_TABLES = new Set(['system.one']);
const FREE_TABLE_FUNCTIONS = new Set(['numbers', 'zeros']);

const TABLE_NODE = /^\s*TABLE id: (\d+),.*\btable_name: (\S+?)(?:,|$)/;
const TABLE_FUNCTION_NODE = /^\s*TABLE_FUNCTION id: (\d+),.*\btable_function_name: (\w+)/;
const COLUMN_NODE = /^\s*COLUMN id: \d+, column_name: (\S+?), .*\bsource_id: (\d+)/;

/**
 * Why the query whose tree this is may not run for `grants.user`, in the words
 * of a real server's ACCESS_DENIED; undefined when every read is granted.
 */
export function refusedRead(tree: string, grants: ReadGrants): string | undefined {
  const lines = tree.split('\n');
  const tables = new Map<string, string>();
  for (const line of lines) {
    const fn = TABLE_FUNCTION_NODE.exec(line);
    if (fn && !FREE_TABLE_FUNCTIONS.has(fn[2] ?? '')) return denied(grants.user, `CREATE TEMPORARY TABLE ON *.* (table function ${fn[2]})`);
    const table = TABLE_NODE.exec(line);
    if (!table) continue;
    const [, id = '', name = ''] = table;
    if (FREE_TABLES.has(name)) continue;
    if (!grants.tables.has(name)) return denied(grants.user, `SELECT ON ${name}`);
    tables.set(id, name);
  }
  for (const line of lines) {
    const column = COLUMN_NODE.exec(line);
    const name = column && tables.get(column[2] ?? '');
    if (!column || !name) continue;
    const granted = grants.tables.get(name);
    const col = column[1] ?? '';
    // A subcolumn (plans.name, a tuple's element) is read under its column's grant.
    if (granted !== 'all' && !granted?.has(col) && !granted?.has(col.split('.')[0] ?? ''))
      return denied(grants.user, `SELECT(${col}) ON ${name}`);
  }
  return undefined;
}

function denied(user: string, grant: string): string {
  return `${user}: Not enough privileges. To execute this query, it's necessary to have the grant ${grant}`;
}

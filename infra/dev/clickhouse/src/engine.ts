// The chDB engine behind the HTTP front: one data directory, queries run one
// at a time, each on a fresh connection so that its database, settings and
// query parameters vanish with it and cannot leak into the next request.
import { Session } from 'chdb';
import { fromEngineError, serverError } from './errors.ts';
import { rawInsert } from './raw-insert.ts';
import { refusedRead, type ReadGrants } from './read-grants.ts';
import { setStatement, sqlIdentifier } from './sql.ts';

export interface EngineRequest {
  /** SQL text; with `data`, an INSERT whose data follows it. */
  query: string;
  /** The data of an INSERT, as the request body carried it. */
  data?: Buffer | undefined;
  /** Output format when the query has no FORMAT clause. */
  format: string;
  database?: string | undefined;
  settings: ReadonlyMap<string, string>;
  params: ReadonlyMap<string, string>;
  /** Set for the read-only account: the query may only read what these grant. */
  reads?: ReadGrants | undefined;
}

export interface EngineResult {
  output: Uint8Array;
  readRows: number;
  readBytes: number;
  writtenRows: number;
  writtenBytes: number;
  elapsedNs: bigint;
}

/** Settings every connection starts with, where chDB's defaults differ from a server's. */
export const serverDefaults: Readonly<Record<string, string>> = {
  // Production servers quote 64-bit integers in JSON; the platform relies on it.
  output_format_json_quote_64bit_integers: '1',
  // clickhouse-local accepts `1 + 1` as a query; a server does not.
  implicit_select: '0',
};

const NOTHING: Omit<EngineResult, 'elapsedNs'> = {
  output: new Uint8Array(0),
  readRows: 0,
  readBytes: 0,
  writtenRows: 0,
  writtenBytes: 0,
};
// Process-wide counters of rows written and read. chDB's own rowsRead is the
// rows of the result, not the rows read; a server's read_rows is the rows the
// query read from tables (SelectedRows), which callers measure work by. The
// counters query itself reads count() rows of system.events: that many of the
// next reading come from it, not from the client's statement.
const COUNTERS = `SELECT sumIf(value, event = 'InsertedRows'), sumIf(value, event = 'InsertedBytes'),
                         sumIf(value, event = 'SelectedRows'), sumIf(value, event = 'SelectedBytes'), count()
                  FROM system.events`;
// `INSERT ... FORMAT X` and nothing after it: the body was empty.
const DATALESS_INSERT = /^\s*INSERT\b[\s\S]*\bFORMAT\s+[A-Za-z][A-Za-z0-9_]*\s*;?\s*$/i;

// `... FORMAT Name [SETTINGS ...]` at the end of a query: EXPLAIN has its own.
const TRAILING_FORMAT = /\bFORMAT\s+[A-Za-z][A-Za-z0-9_]*(?:\s+SETTINGS\b[^;]*)?\s*;?\s*$/i;

// Statements after which a query may read other columns than before (a `*`
// over a table that gained a column): they forget every verdict.
const SCHEMA_CHANGE = /^\s*(CREATE|ALTER|DROP|RENAME|EXCHANGE|ATTACH|DETACH|TRUNCATE)\b/i;
// A parameter used as a table or column name: its verdict depends on the value.
const IDENTIFIER_PARAM = /:\s*Identifier\s*}/i;
const VERDICTS_KEPT = 1_000;

/**
 * Refuses, before it runs, a query of the read-only account that writes or
 * reads what is not granted. The public pages send the same few query texts
 * with different values, so each text's verdict is analysed once (per
 * database, until the schema changes) rather than on every request.
 */
async function checkReads(
  session: Session,
  request: EngineRequest,
  grants: ReadGrants,
  verdicts: Map<string, string | undefined>,
): Promise<void> {
  const { query, data } = request;
  if (data?.length || !/^\s*(SELECT|WITH)\b/i.test(query)) {
    throw serverError('ACCESS_DENIED', `${grants.user}: Cannot execute query in readonly mode: only SELECT queries are granted`);
  }
  const key = IDENTIFIER_PARAM.test(query) ? undefined : `${request.database ?? ''}\0${query}`;
  let refused: string | undefined;
  if (key !== undefined && verdicts.has(key)) {
    refused = verdicts.get(key);
  } else {
    const tree = await session.queryAsync(`EXPLAIN QUERY TREE ${query.replace(TRAILING_FORMAT, '')}`, { format: 'TSVRaw' });
    refused = refusedRead(tree.text(), grants);
    if (key !== undefined) {
      if (verdicts.size >= VERDICTS_KEPT) verdicts.clear();
      verdicts.set(key, refused);
    }
  }
  if (refused) throw serverError('ACCESS_DENIED', refused);
}

export class Engine {
  readonly version: string;
  readonly timezone: string;
  readonly #dataDir: string;
  readonly #args: string[];
  // Holds the data directory (and its lock) for the life of the process and
  // reads the insert counters; it never runs a client's query.
  readonly #anchor: Session;
  #tail: Promise<unknown> = Promise.resolve();
  // The read-only account's verdicts by query text: see checkReads.
  readonly #readVerdicts = new Map<string, string | undefined>();

  private constructor(dataDir: string, args: string[], anchor: Session, version: string, timezone: string) {
    this.#dataDir = dataDir;
    this.#args = args;
    this.#anchor = anchor;
    this.version = version;
    this.timezone = timezone;
  }

  /** Opens the data directory; throws chDB's error (e.g. Code 76, locked by another process). */
  static open(dataDir: string, defaults: Readonly<Record<string, string>> = serverDefaults): Engine {
    const args = Object.entries(defaults).map(([k, v]) => `--${k}=${v}`);
    const anchor = new Session(dataDir, { connectionArgs: args });
    try {
      const [version = '', timezone = 'UTC'] = anchor.query('SELECT version(), timezone()', 'TSV').trim().split('\t');
      return new Engine(dataDir, args, anchor, version, timezone);
    } catch (error) {
      anchor.close();
      throw error;
    }
  }

  /** Runs one request after every request before it has finished. */
  execute(request: EngineRequest): Promise<EngineResult> {
    const run = this.#tail.then(() => this.#run(request));
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** Waits for queued requests, then releases the data directory. */
  async close(): Promise<void> {
    await this.#tail;
    this.#anchor.close();
  }

  async #run(request: EngineRequest): Promise<EngineResult> {
    const started = process.hrtime.bigint();
    let session: Session | undefined;
    try {
      session = new Session(this.#dataDir, { connectionArgs: this.#args });
      if (request.database) await session.queryAsync(`USE ${sqlIdentifier(request.database)}`);
      const set = setStatement(request.settings, request.params);
      if (set) await session.queryAsync(set);
      if (request.reads) await checkReads(session, request, request.reads, this.#readVerdicts);
      else if (SCHEMA_CHANGE.test(request.query)) this.#readVerdicts.clear();
      return { ...(await this.#query(session, request)), elapsedNs: process.hrtime.bigint() - started };
    } catch (error) {
      throw fromEngineError(error);
    } finally {
      session?.close();
    }
  }

  async #query(session: Session, { query, data, format }: EngineRequest): Promise<Omit<EngineResult, 'elapsedNs'>> {
    if (!data?.length) {
      // A real server inserts nothing for an empty body; chDB would say NO_DATA_TO_INSERT.
      if (query.length < 65_536 && DATALESS_INSERT.test(query)) return NOTHING;
    } else if (rawInsert) {
      const result = await rawInsert(session.connection, query, data);
      return { ...NOTHING, writtenRows: result.rowsWritten, writtenBytes: result.bytesWritten };
    }
    const sql = data?.length ? `${query}\n${data.toString('utf8')}` : query;
    const before = await this.#counters();
    const result = await session.queryAsync(sql, { format });
    const after = await this.#counters();
    const delta = (i: number) => Math.max(0, after[i]! - before[i]!);
    return {
      output: result.bytes(),
      readRows: Math.max(0, delta(2) - before[4]!),
      readBytes: delta(3),
      writtenRows: delta(0),
      writtenBytes: delta(1),
    };
  }

  // Exact per request because requests run one at a time.
  async #counters(): Promise<number[]> {
    const result = await this.#anchor.queryAsync(COUNTERS, { format: 'TSV' });
    return result.text().trim().split('\t').map(Number);
  }
}

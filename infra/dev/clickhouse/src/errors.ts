// ClickHouse exceptions as the HTTP interface reports them: a numeric code, a
// type name and the text `Code: N. DB::Exception: <message>. (TYPE)`, which
// @clickhouse/client parses into ClickHouseError { code, type }.

export class ServerError extends Error {
  readonly code: number;
  readonly type: string;

  constructor(code: number, type: string, message: string) {
    super(message);
    this.name = 'ServerError';
    this.code = code;
    this.type = type;
  }

  /** The response body text, without the version suffix. */
  get text(): string {
    return `Code: ${this.code}. DB::Exception: ${this.message}. (${this.type})`;
  }
}

/** Codes the server raises itself (the engine supplies its own). */
export const codes = {
  BAD_ARGUMENTS: 36,
  NOT_IMPLEMENTED: 48,
  SYNTAX_ERROR: 62,
  UNKNOWN_COMPRESSION_METHOD: 89,
  UNKNOWN_SETTING: 115,
  CANNOT_DECOMPRESS: 271,
  QUERY_IS_TOO_LARGE: 393,
  ACCESS_DENIED: 497,
  AUTHENTICATION_FAILED: 516,
  STD_EXCEPTION: 1001,
} as const;

export function serverError(type: keyof typeof codes, message: string): ServerError {
  return new ServerError(codes[type], type, message);
}

const VERSION_SUFFIX = / \(version [^)]*\)$/;
// chDB sometimes wraps an exception in another of the same code:
// `Code: 73. DB::Exception: Code: 73. DB::Exception: <m>. (T) (version v). (T)`.
const WRAPPED = /^Code: (\d+)\. DB::Exception: (Code: \1\. DB::Exception: [\s\S]*?)(?: \(version [^)]*\))?\. \([A-Z0-9_]+\)$/;
const SHAPE = /^Code: (\d+)\. DB::Exception: ([\s\S]*?)\.? \(([A-Z0-9_]+)\)$/;

/** Turns whatever chDB threw into the exception a real server would report. */
export function fromEngineError(error: unknown): ServerError {
  if (error instanceof ServerError) return error;
  let text = (error instanceof Error ? error.message : String(error)).trim();
  for (let m = WRAPPED.exec(text); m; m = WRAPPED.exec(text)) text = m[2] ?? text;
  text = text.replace(VERSION_SUFFIX, '');
  const m = SHAPE.exec(text);
  if (m) return new ServerError(Number(m[1]), m[3] ?? 'UNKNOWN_EXCEPTION', m[2] ?? '');
  const code = (error as { clickhouseCode?: unknown } | null)?.clickhouseCode;
  return typeof code === 'number' ? new ServerError(code, 'UNKNOWN_EXCEPTION', text) : serverError('STD_EXCEPTION', text);
}

// The status classes of ClickHouse's exceptionCodeToHTTPStatus, by type name.
const BY_TYPE = new Map<string, number>();
const classes: Array<[number, string]> = [
  [401, 'REQUIRED_PASSWORD'],
  [403, 'UNKNOWN_USER WRONG_PASSWORD AUTHENTICATION_FAILED SET_NON_GRANTED_ROLE ACCESS_DENIED'],
  [
    400,
    'BAD_ARGUMENTS CANNOT_COMPILE_REGEXP CANNOT_PARSE_TEXT CANNOT_PARSE_ESCAPE_SEQUENCE CANNOT_PARSE_QUOTED_STRING ' +
      'CANNOT_PARSE_DATE CANNOT_PARSE_DATETIME CANNOT_PARSE_NUMBER CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING CANNOT_PARSE_IPV4 ' +
      'CANNOT_PARSE_IPV6 CANNOT_PARSE_INPUT_ASSERTION_FAILED CANNOT_PARSE_UUID DUPLICATE_COLUMN ILLEGAL_COLUMN ' +
      'UNKNOWN_ELEMENT_IN_AST UNKNOWN_TYPE_OF_AST_NODE THERE_IS_NO_COLUMN TOO_DEEP_AST TOO_BIG_AST UNEXPECTED_AST_STRUCTURE ' +
      'SYNTAX_ERROR INCORRECT_DATA TYPE_MISMATCH VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE',
  ],
  [
    404,
    'UNKNOWN_TABLE UNKNOWN_FUNCTION UNKNOWN_IDENTIFIER UNKNOWN_TYPE UNKNOWN_STORAGE UNKNOWN_DATABASE UNKNOWN_SETTING ' +
      'UNKNOWN_DIRECTION_OF_SORTING UNKNOWN_AGGREGATE_FUNCTION UNKNOWN_FORMAT UNKNOWN_DATABASE_ENGINE UNKNOWN_TYPE_OF_QUERY UNKNOWN_ROLE',
  ],
  [413, 'QUERY_IS_TOO_LARGE'],
  [501, 'NOT_IMPLEMENTED'],
  [503, 'SOCKET_TIMEOUT CANNOT_OPEN_FILE CANNOT_SCHEDULE_TASK'],
  [411, 'HTTP_LENGTH_REQUIRED'],
  [408, 'TIMEOUT_EXCEEDED'],
  [415, 'UNSUPPORTED_MEDIA_TYPE'],
];
for (const [status, types] of classes) for (const type of types.split(' ')) BY_TYPE.set(type, status);

/** The HTTP status a real server answers this exception with (500 by default). */
export function httpStatus(error: ServerError): number {
  return BY_TYPE.get(error.type) ?? 500;
}

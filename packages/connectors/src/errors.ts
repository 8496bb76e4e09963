// Typed failures raised by connectors. Connectors never retry by themselves:
// retrying is Temporal's job, so every error says whether a retry can help and,
// when the source asked for it (429 Retry-After), how long to wait first.

export type SourceErrorKind =
  | 'rate_limited' // 429: retry after the delay the source gave
  | 'unavailable' // 5xx, network error, timeout: retry with backoff
  | 'bad_response' // a body that is not the promised JSON: transient per spec
  | 'unauthorized' // 401/403: credentials are wrong; retrying cannot help
  | 'bad_request' // 4xx other than the above: our request is wrong
  | 'unreadable'; // a file that cannot be decoded or parsed at all

const RETRYABLE: Record<SourceErrorKind, boolean> = {
  rate_limited: true,
  unavailable: true,
  bad_response: true,
  unauthorized: false,
  bad_request: false,
  unreadable: false,
};

export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly kind: SourceErrorKind;
  readonly retryable: boolean;
  /** Delay the source asked for before the next attempt (429 Retry-After). */
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(
    kind: SourceErrorKind,
    message: string,
    opts: { retryAfterMs?: number; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.kind = kind;
    this.retryable = RETRYABLE[kind];
    this.retryAfterMs = opts.retryAfterMs;
    this.status = opts.status;
  }
}

// Typed failures raised by connectors. Connectors never retry by themselves:
// retrying is Temporal's job, so every error says whether a retry can help and,
// when the source asked for it (429 Retry-After), how long to wait first.
// Whether a retry helps is decided here, once per kind; ingest only passes the
// decision on to Temporal (workflows/ingest activities/to-failure.ts). A
// raiser may override it only for a case the kind's rule does not fit: a
// redirect is a bad response, but asking the same address again brings the
// same redirect, so it is raised with `retryable: false`.

/** Per kind of failure: can a retry help? */
const RETRY_HELPS = {
  rate_limited: true, // 429: retry after the delay the source gave
  unavailable: true, // 5xx, network error, timeout: retry with backoff
  bad_response: true, // a body that is not the promised JSON: transient per spec
  unauthorized: false, // 401/403: credentials are wrong; retrying cannot help
  bad_request: false, // 4xx other than the above: our request is wrong
  unreadable: false, // a file that cannot be decoded or parsed at all
} as const satisfies Record<string, boolean>;

export type SourceErrorKind = keyof typeof RETRY_HELPS;

export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly kind: SourceErrorKind;
  readonly retryable: boolean;
  /** Delay the source asked for before the next attempt (429 Retry-After). */
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  /** The address that answered `status` (credentials removed), for messages naming it. */
  readonly url: string | undefined;

  constructor(
    kind: SourceErrorKind,
    message: string,
    opts: { retryAfterMs?: number; status?: number; url?: string; cause?: unknown; retryable?: boolean } = {},
  ) {
    super(message, { cause: opts.cause });
    this.kind = kind;
    this.retryable = opts.retryable ?? RETRY_HELPS[kind];
    this.retryAfterMs = opts.retryAfterMs;
    this.status = opts.status;
    this.url = opts.url;
  }
}

// How activity failures are classified for Temporal's retry policy: a source
// that refuses our credentials or request, or a bad configuration, cannot be
// helped by retrying; everything else (rate limits, 5xx, network, database
// briefly away) is retried with backoff.
export const NON_RETRYABLE_TYPES = [
  'SourceError:unauthorized',
  'SourceError:bad_request',
  'SourceError:unreadable',
  'ConfigError',
] as const;

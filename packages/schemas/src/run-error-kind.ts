// Why a run did not succeed, as the public may read it: a short code, never
// the error text (which can quote upstream URLs, file paths, engine errors or
// a body naming people; that text is for operators, in /ops and the CLI).
// Derived from the failure's type: the connectors' SourceError kinds and the
// ingest's own (ConfigError for a bad configuration).
export const RUN_ERROR_KINDS = [
  'source_unavailable',
  'source_rate_limited',
  'source_refused_credentials',
  'source_bad_answer',
  'configuration',
  'cancelled',
  'internal',
] as const;

export type RunErrorKind = (typeof RUN_ERROR_KINDS)[number];

/** Each kind in words, in Chinese, for the city's own chats (alerts). */
export const RUN_ERROR_KIND_ZH: Record<RunErrorKind, string> = {
  source_unavailable: '数据源无法访问或出错',
  source_rate_limited: '数据源限流',
  source_refused_credentials: '数据源拒绝了凭据',
  source_bad_answer: '数据源返回了无法读取的内容',
  configuration: '配置问题',
  cancelled: '已被取消',
  internal: '平台内部错误',
};

const BY_FAILURE_TYPE: Record<string, RunErrorKind> = {
  'SourceError:unavailable': 'source_unavailable',
  'SourceError:rate_limited': 'source_rate_limited',
  'SourceError:unauthorized': 'source_refused_credentials',
  'SourceError:bad_response': 'source_bad_answer',
  'SourceError:bad_request': 'source_bad_answer',
  'SourceError:unreadable': 'source_bad_answer',
  ConfigError: 'configuration',
};

/** The public kind of a failure, from its type (a Temporal ApplicationFailure's `type`); anything unknown is ours: internal. */
export function runErrorKind(failureType: string | null | undefined): RunErrorKind {
  return (failureType && BY_FAILURE_TYPE[failureType]) || 'internal';
}

// The public kind of a failed run: each connector and configuration failure
// type has its own, anything else is internal.
import { describe, expect, it } from 'vitest';
import { runErrorKind } from './run-error-kind.ts';

describe('runErrorKind', () => {
  it.each([
    ['SourceError:unavailable', 'source_unavailable'],
    ['SourceError:rate_limited', 'source_rate_limited'],
    ['SourceError:unauthorized', 'source_refused_credentials'],
    ['SourceError:bad_response', 'source_bad_answer'],
    ['SourceError:unreadable', 'source_bad_answer'],
    ['ConfigError', 'configuration'],
    ['PermanentError', 'internal'],
    [null, 'internal'],
  ])('%s → %s', (type, kind) => {
    expect(runErrorKind(type)).toBe(kind);
  });
});

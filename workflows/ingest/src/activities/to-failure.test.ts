// The connector decides whether a retry helps; the failure only carries it.
import { describe, expect, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/activity';
import { SourceError, type SourceErrorKind } from '@liaison/connectors';
import { ConfigError } from '../sources.ts';
import { PermanentError, toFailure } from './to-failure.ts';

const kinds: SourceErrorKind[] = ['rate_limited', 'unavailable', 'bad_response', 'unauthorized', 'bad_request', 'unreadable'];

describe('toFailure', () => {
  it("passes on each SourceError's own retry decision", () => {
    for (const kind of kinds) {
      const err = new SourceError(kind, 'boom');
      const f = toFailure(err, 'ctx');
      expect(f).toBeInstanceOf(ApplicationFailure);
      expect([(f as ApplicationFailure).type, (f as ApplicationFailure).nonRetryable]).toEqual([`SourceError:${kind}`, !err.retryable]);
      expect((f as ApplicationFailure).message).toBe('ctx: boom');
    }
  });

  it("honours a source's Retry-After, and stops on a bad configuration", () => {
    const f = toFailure(new SourceError('rate_limited', 'slow down', { retryAfterMs: 7000 }), 'ctx') as ApplicationFailure;
    expect(f.nextRetryDelay).toBe(7000);
    const c = toFailure(new ConfigError('bad'), 'ctx') as ApplicationFailure;
    expect([c.type, c.nonRetryable]).toEqual(['ConfigError', true]);
    const other = new Error('db away');
    expect(toFailure(other, 'ctx')).toBe(other);
  });

  it('stops at once on what no retry can cure: a missing run, unreadable stored JSON', () => {
    const missing = toFailure(new PermanentError('run r1: no such run'), 'ctx') as ApplicationFailure;
    expect([missing.type, missing.nonRetryable, missing.message]).toEqual(['PermanentError', true, 'ctx: run r1: no such run']);
    let parseError: unknown;
    try {
      JSON.parse('{');
    } catch (err) {
      parseError = err;
    }
    const bad = toFailure(parseError, 'ctx') as ApplicationFailure;
    expect([bad.type, bad.nonRetryable]).toEqual(['SyntaxError', true]);
  });
});

// chDB's exception texts turned into what a real server reports.
import { describe, expect, it } from 'vitest';
import { fromEngineError, httpStatus, ServerError, serverError } from './errors.ts';

describe('fromEngineError', () => {
  it('reads code, type and message from chDB text', () => {
    const e = fromEngineError(new Error("Code: 60. DB::Exception: Unknown table expression identifier 'nope'. (UNKNOWN_TABLE)"));
    expect(e).toMatchObject({ code: 60, type: 'UNKNOWN_TABLE' });
    expect(e.text).toBe("Code: 60. DB::Exception: Unknown table expression identifier 'nope'. (UNKNOWN_TABLE)");
    expect(httpStatus(e)).toBe(404);
  });

  it('unwraps exceptions chDB nested in their own code', () => {
    const nested =
      'Code: 73. DB::Exception: Code: 73. DB::Exception: Code: 73. DB::Exception: Unknown format X. ' +
      '(UNKNOWN_FORMAT) (version 26.7.2.1). (UNKNOWN_FORMAT) (version 26.7.2.1). (UNKNOWN_FORMAT)';
    expect(fromEngineError(new Error(nested)).text).toBe('Code: 73. DB::Exception: Unknown format X. (UNKNOWN_FORMAT)');
  });

  it('keeps multi-line messages and falls back for foreign errors', () => {
    const e = fromEngineError(new Error('Code: 62. DB::Exception: Syntax error: line\nmore. (SYNTAX_ERROR)'));
    expect(e).toMatchObject({ code: 62, type: 'SYNTAX_ERROR', message: 'Syntax error: line\nmore' });
    expect(httpStatus(e)).toBe(400);
    expect(fromEngineError(new TypeError('boom'))).toMatchObject({ code: 1001, type: 'STD_EXCEPTION', message: 'boom' });
  });

  it('passes its own errors through and maps statuses like ClickHouse', () => {
    const own = serverError('AUTHENTICATION_FAILED', 'no');
    expect(fromEngineError(own)).toBe(own);
    expect(httpStatus(own)).toBe(403);
    expect(httpStatus(new ServerError(241, 'MEMORY_LIMIT_EXCEEDED', 'x'))).toBe(500);
  });
});

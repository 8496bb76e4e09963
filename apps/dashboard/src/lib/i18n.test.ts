import { describe, expect, it } from 'vitest';
import { href, langOf, switchLang } from './i18n.ts';

describe('language in the URL', () => {
  it('is Chinese unless ?lang=en', () => {
    expect(langOf(new URL('http://x/coverage'))).toBe('zh');
    expect(langOf(new URL('http://x/coverage?lang=en'))).toBe('en');
    expect(langOf(new URL('http://x/coverage?lang=fr'))).toBe('zh');
  });
  it('switching keeps the page and its filters', () => {
    const u = new URL('http://x/coverage?district=nanshan');
    expect(switchLang(u, 'en')).toBe('/coverage?district=nanshan&lang=en');
    expect(switchLang(new URL('http://x/coverage?district=nanshan&lang=en'), 'zh')).toBe('/coverage?district=nanshan');
  });
  it('links carry the language, and leave out the default', () => {
    expect(href('/coverage', 'zh')).toBe('/coverage');
    expect(href('/coverage', 'en', { district: 'futian', ownership: undefined })).toBe('/coverage?district=futian&lang=en');
  });
});

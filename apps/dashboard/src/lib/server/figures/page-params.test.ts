import { describe, expect, it } from 'vitest';
import { coverageFilters, demandFilters, qualityFilters } from '@liaison/metrics';
import { isShareTracking, readPageParams } from './page-params.ts';
import { parseQuery } from './query.ts';

const read = (schema: Parameters<typeof readPageParams>[0], query: string) => readPageParams(schema, new URLSearchParams(query));
const SHARED = 'utm_source=x&spm=1&isappinstalled=0&from=singlemessage';

describe('a figures page reads the filters of a shared link', () => {
  it('ignores what share buttons and messaging apps append, silently', () => {
    expect(read(demandFilters, SHARED)).toEqual({ filters: {}, dropped: [] });
    expect(read(demandFilters, `UTM_Campaign=a&utm_medium=b&from=timeline&district=nanshan`)).toEqual({
      filters: { district: 'nanshan' },
      dropped: [],
    });
  });

  it('keeps a real `from` date next to the messaging app one', () => {
    expect(read(demandFilters, 'from=singlemessage&from=2024-01-01').filters).toEqual({ from: '2024-01-01' });
  });

  it('drops a value it cannot read and names it, keeping the other filters', () => {
    expect(read(demandFilters, `${SHARED}&district=notacode&channel=hotline`)).toEqual({
      filters: { channel: 'hotline' },
      dropped: [{ name: 'district', value: 'notacode' }],
    });
    expect(read(demandFilters, 'district=999999').dropped).toEqual([{ name: 'district', value: '999999' }]);
    expect(read(demandFilters, 'from=2024-13-45&to=2025-01-01')).toEqual({
      filters: { to: '2025-01-01' },
      dropped: [{ name: 'from', value: '2024-13-45' }],
    });
    expect(read(coverageFilters, 'period=24&ownership=central_soe')).toEqual({
      filters: { ownership: 'central_soe' },
      dropped: [{ name: 'period', value: '24' }],
    });
  });

  it('drops a repeated filter rather than picking one', () => {
    expect(read(demandFilters, 'district=nanshan&district=futian').dropped).toEqual([
      { name: 'district', value: 'nanshan' },
      { name: 'district', value: 'futian' },
    ]);
  });

  it('drops the parameter a cross-field rule blames (`to` not after `from`)', () => {
    expect(read(demandFilters, 'from=2024-05-01&to=2024-04-01')).toEqual({
      filters: { from: '2024-05-01' },
      dropped: [{ name: 'to', value: '2024-04-01' }],
    });
  });

  it('drops, with a notice, a parameter the page does not know (a typo must not pass for a filter)', () => {
    expect(read(demandFilters, 'distrct=nanshan&channel=hotline')).toEqual({
      filters: { channel: 'hotline' },
      dropped: [{ name: 'distrct', value: 'nanshan' }],
    });
    expect(read(qualityFilters, `${SHARED}&district=nanshan&lang=en`)).toEqual({
      filters: { lang: 'en' },
      dropped: [{ name: 'district', value: 'nanshan' }],
    });
  });

  it('tells share tracking from filters', () => {
    expect(isShareTracking('utm_anything', '1')).toBe(true);
    expect(isShareTracking('from', 'singlemessage')).toBe(true);
    expect(isShareTracking('from', '2024-01-01')).toBe(false);
    expect(isShareTracking('district', 'nanshan')).toBe(false);
  });
});

describe('the API stays strict on the same query', () => {
  it('refuses share tracking and unreadable values, naming them', () => {
    const shared = parseQuery(demandFilters, new URLSearchParams(SHARED));
    expect(shared.ok).toBe(false);
    if (!shared.ok) expect(shared.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['from']));
    const bad = parseQuery(demandFilters, new URLSearchParams('district=notacode'));
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['district']);
  });
});

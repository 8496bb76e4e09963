// The naming rule decides which files in a drop folder are exports at all.
import { describe, expect, it } from 'vitest';
import { parseDropFileName } from './naming.ts';

describe('parseDropFileName', () => {
  it('reads collection, day and format', () => {
    expect(parseDropFileName('enterprises_20240517.csv')).toEqual({ collection: 'enterprises', date: '2024-05-17', format: 'csv' });
    expect(parseDropFileName('visits_20240229.xlsx')).toEqual({ collection: 'visits', date: '2024-02-29', format: 'xlsx' });
    expect(parseDropFileName('projects_20241231.csv')?.collection).toBe('projects');
  });

  it.each([
    'enterprises_20240517.csv.part', // upload in progress
    '~$visits_20240517.xlsx', // Excel lock file
    'Enterprises_20240517.csv',
    'enterprises_2024517.csv',
    'enterprises_20240230.csv', // no such day
    'enterprises_20240517.xls',
    'members_20240517.csv',
    'README.txt',
  ])('ignores %s', (name) => {
    expect(parseDropFileName(name)).toBeNull();
  });
});

// The SQL key of a loaded row is derived from the schemas' identity table.
import { describe, expect, it } from 'vitest';
import { IDENTIFIED_COLLECTIONS, IDENTITY_FIELDS } from '@liaison/schemas';
import { IDENTIFIED_TABLES, IDENTITY_PARAMS, identitySql } from './identity-sql.ts';

describe('identity as SQL', () => {
  it('builds each key from the identity fields, the separator bound', () => {
    expect(identitySql('enterprises')).toBe('toString(uscc)');
    expect(identitySql('visits')).toBe('concat(toString(district), {identity_sep:String}, toString(visit_id))');
    expect(identitySql('events')).toBe('toString(event_id)');
    expect(IDENTITY_PARAMS).toEqual({ identity_sep: '/' });
  });

  it('covers every identified collection, and names only its fields', () => {
    for (const c of IDENTIFIED_COLLECTIONS) {
      expect(IDENTIFIED_TABLES[c]).toBeTruthy();
      const named = [...identitySql(c).matchAll(/toString\((\w+)\)/g)].map((m) => m[1]);
      expect(named).toEqual([...IDENTITY_FIELDS[c]]);
    }
  });
});

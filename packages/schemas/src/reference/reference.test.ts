// Guards the generated code lists: the committed CSV copy must equal
// shared/reference (when that folder exists beside the project), and
// codes.generated.ts must be exactly what the generator makes of the CSVs.
// Without shared/reference the committed copy is the source of truth.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReference } from '../../scripts/gen-reference.ts';

const committed = new URL('../../reference/', import.meta.url);
const shared = new URL('../../../../../shared/reference/', import.meta.url);
const source = existsSync(shared) ? shared : committed;

const csvsIn = (dir: URL) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]),
  );

describe(`reference lists (source: ${source === shared ? 'shared/reference' : 'committed copy'})`, () => {
  it('committed CSVs equal the source CSVs byte for byte', () => {
    expect(csvsIn(committed)).toEqual(csvsIn(source));
  });

  it('codes.generated.ts is up to date (run scripts/gen-reference.ts)', () => {
    const generated = readFileSync(new URL('./codes.generated.ts', import.meta.url), 'utf8');
    expect(generated).toBe(renderReference(csvsIn(source)));
  });
});

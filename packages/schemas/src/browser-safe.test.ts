// The schemas run in the member portal too: no module of the package index
// may import a Node built-in or read files at runtime.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('./', import.meta.url);
const modules = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('browser safety', () => {
  it.each(modules)('%s imports no Node built-ins', (f) => {
    const text = readFileSync(new URL(f, src), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs|path|os|crypto|buffer)['"/]/);
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
  });
});

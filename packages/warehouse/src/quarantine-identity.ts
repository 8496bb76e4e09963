// The identity a quarantined record is counted and released under
// (metrics.md "Data quality"): its key when one can be read, else its content.
// A record without a readable key has nothing else that stays the same when
// it is delivered again on another page, in another file or at another
// position, so the same bad record must hash the same wherever it comes from:
// canonical JSON (object keys sorted at every depth) under SHA-256.
import { createHash } from 'node:crypto';
import type { InvalidItem } from '@liaison/schemas';

/** Marks a content identity, so it can never be mistaken for a record key. */
export const CONTENT_IDENTITY_PREFIX = '#';

/** JSON of a value with every object's keys in sorted order: equal records, equal text. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }) ?? 'null'
  );
}

/** `#` and the SHA-256 of the record's canonical JSON (128 bits, hex): the same for the same raw record. */
export function contentIdentity(raw: unknown): string {
  return CONTENT_IDENTITY_PREFIX + createHash('sha256').update(canonicalJson(raw)).digest('hex').slice(0, 32);
}

/** A quarantined record is one entry per identity: its key, or without one its content. */
export function quarantineIdentity(r: Pick<InvalidItem, 'key' | 'raw'>): string {
  return r.key ?? contentIdentity(r.raw);
}

// The one cache of published figures: a value per key, kept while the data
// version it was computed at is current. Figures change only when a sync
// lands, and every successful sync moves its source's `as_of`: with that as
// the version, a repeated request is answered from memory instead of
// aggregating again. Concurrent requests share one computation; a failed one
// is forgotten so the next request tries again; least recently used entries
// go first. The dashboard's published families and the demand memo use it.

export interface VersionedMemo {
  /** The value for `key` at `version`, computing it when missing or older. */
  <R>(key: string, version: string, compute: () => Promise<R>): Promise<R>;
  /** Whether `key` is held (or being computed) at `version`: the next call will not compute. */
  holds(key: string, version: string): boolean;
}

export function versionedMemo(max: number): VersionedMemo {
  const entries = new Map<string, { version: string; value: Promise<unknown> }>();
  const memo = <R>(key: string, version: string, compute: () => Promise<R>): Promise<R> => {
    const hit = entries.get(key);
    entries.delete(key); // re-inserted below: Map order is then least recently used first
    if (hit && hit.version === version) {
      entries.set(key, hit);
      return hit.value as Promise<R>;
    }
    const value = compute();
    entries.set(key, { version, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    if (entries.size > max) entries.delete(entries.keys().next().value as string);
    return value;
  };
  return Object.assign(memo, { holds: (key: string, version: string) => entries.get(key)?.version === version });
}

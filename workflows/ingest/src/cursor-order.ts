// Cursors only move forward. District cursors are UTC ISO timestamps (one
// format, so text order is time order); feed cursors are sequence numbers.

export function laterCursor(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return BigInt(a) >= BigInt(b) ? a : b;
  return a >= b ? a : b;
}

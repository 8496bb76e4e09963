// ClickHouse returns DateTime64 columns as UTC text without a zone
// (`2024-05-17 01:30:00.123456`); everything above the warehouse speaks ISO
// 8601 with `Z`. Public answers carry milliseconds; the console and the portal
// show what was stored.

/** ClickHouse DateTime64 text (UTC) → ISO 8601 with `Z`, its fraction kept or cut to milliseconds. */
export function isoFromClickHouse(ts: string, fraction: 'stored' | 'ms' = 'stored'): string {
  const iso = `${ts.replace(' ', 'T')}Z`;
  return fraction === 'ms' ? iso.replace(/(\.\d{3})\d*Z$/, '$1Z') : iso;
}

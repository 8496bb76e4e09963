// The log lines `serve` writes itself: one JSON object a line, like the
// worker's (workflows/ingest/src/log.ts), so one collector reads them all.
export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export const serveLog: Log = (level, msg, fields = {}) => {
  const line = JSON.stringify({ time: new Date().toISOString(), level, component: 'serve', msg, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};

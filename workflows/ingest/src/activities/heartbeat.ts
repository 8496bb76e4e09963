// Heartbeats while an activity waits on something slow (a district page may
// take 60 s to arrive, sources.md §1a). The heartbeat timeout stays short so
// a dead worker is noticed quickly; a live one proves it is alive by beating
// at a third of that timeout for as long as the wait lasts. Beating is also
// how the activity hears that its sync was cancelled: the signal it hands to
// the wait (`cancellationSignal`) then aborts the request.
import { Context } from '@temporalio/activity';

/** Beat at this fraction of the heartbeat timeout (Temporal throttles extra beats anyway). */
const BEATS_PER_TIMEOUT = 3;
/** When the activity has no heartbeat timeout: still beat, so cancellation gets through. */
const FALLBACK_INTERVAL_MS = 5_000;

export async function whileHeartbeating<T>(details: unknown, wait: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctx = Context.current();
  const timeoutMs = ctx.info.heartbeatTimeoutMs;
  const intervalMs = timeoutMs ? Math.max(100, Math.floor(timeoutMs / BEATS_PER_TIMEOUT)) : FALLBACK_INTERVAL_MS;
  ctx.heartbeat(details);
  const timer = setInterval(() => ctx.heartbeat(details), intervalMs);
  try {
    return await wait(ctx.cancellationSignal);
  } finally {
    clearInterval(timer);
  }
}

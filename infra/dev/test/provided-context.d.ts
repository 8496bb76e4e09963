// What the global setups provide to tests through vitest's inject().
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Integration (and the stack's, in e2e and security): the run's embedded ClickHouse (HTTP interface). */
    clickhouseUrl: string;
    /** Integration: the read-only account of that engine, granted the public reads on database `liaison`. */
    clickhouseReader: { user: string; password: string };
    /** Integration: the run's Temporal dev server (host:port). */
    temporalAddress: string;
    /** End-to-end: the built dashboard in front of synced data. */
    dashboardUrl: string;
    chromiumPath: string;
  }
}

// Types shared across the app (see https://svelte.dev/docs/kit/types#app.d.ts).
declare global {
  namespace App {
    interface Error {
      message: string;
      /** Query problems behind a 400, shown on the error page. */
      issues?: Array<{ path: string; message: string }>;
    }
  }
}

export {};

// LIAISON_PUBLIC_URL: the address people reach the dashboard at, as the
// city's chats should link to it (the worker's alerts link to a run's console
// page). Optional: the dashboard builds its own address from each request;
// only the worker, which serves no request, needs to be told. An http(s) URL
// without user:password; kept without a trailing slash.
import { z } from 'zod';
import { blankToUndefined, parseEnv, type Env } from './config-error.ts';
import { processEnv } from './process-env.ts';

const publicUrlSchema = z.object({
  LIAISON_PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. https://liaison.example.gov.cn' })
      .refine((v) => !URL.canParse(v) || !/^[a-z]+:\/\/[^/]*@/i.test(v), { message: 'must not contain a user name or password' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
  ),
});

/** The dashboard's public base URL, or null when not set. */
export function parsePublicUrl(env: Env = processEnv()): string | null {
  return parseEnv(publicUrlSchema, env, 'Invalid public address').LIAISON_PUBLIC_URL ?? null;
}

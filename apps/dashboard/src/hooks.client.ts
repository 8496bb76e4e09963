// Browser start-up. zod compiles fast parsers with `new Function` where it
// may; the Content Security Policy allows no eval (vite.config.ts), and even
// zod's probe for it is reported as a violation. So in the browser zod
// parses without compiling (the forms' schemas are small); the server keeps
// its compiled parsers.
import { z } from 'zod';

z.config({ jitless: true });

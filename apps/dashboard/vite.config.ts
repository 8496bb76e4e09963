// SvelteKit 3 takes its configuration through the Vite plugin (no svelte.config.js).
// adapter-node writes a standalone server to build/ (`node build`).
//
// Content Security Policy on every page (ASVS V14.4.3): SvelteKit adds a
// nonce (server-rendered pages) or a hash (prerendered ones) to its own
// inline script, so no script runs that this build did not emit and
// 'unsafe-inline' scripts are never allowed. Styles may be inline: Svelte
// and LayerChart set style attributes, which only 'unsafe-inline' permits,
// and a style cannot run code. Everything else comes from this origin only;
// no site may frame the pages.
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ out: 'build' }),
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:', 'blob:'],
          'font-src': ['self', 'data:'],
          'connect-src': ['self'],
          'object-src': ['none'],
          'base-uri': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
        },
      },
    }),
  ],
});

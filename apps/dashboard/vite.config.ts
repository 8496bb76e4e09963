// SvelteKit 3 takes its configuration through the Vite plugin (no svelte.config.js).
// adapter-node writes a standalone server to build/ (`node build`).
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit({ adapter: adapter({ out: 'build' }) })],
});

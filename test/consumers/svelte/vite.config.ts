import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative asset URLs, so the built page works from any folder (the browser test serves it from dist/).
export default defineConfig({ base: './', plugins: [svelte()], build: { outDir: 'dist', emptyOutDir: true } });

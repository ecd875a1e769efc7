import { defineConfig } from 'vite';

// Relative asset URLs, so the built page works from any folder (the browser test serves it from dist/).
export default defineConfig({ base: './', build: { outDir: 'dist', emptyOutDir: true } });

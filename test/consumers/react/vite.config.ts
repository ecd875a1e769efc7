import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative asset URLs, so the built page works from any folder (the browser test serves it from dist/).
export default defineConfig({ base: './', plugins: [react()], build: { outDir: 'dist', emptyOutDir: true } });

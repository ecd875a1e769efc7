import { defineConfig } from 'vite';

// Storybook gets a plain config of its own: the project's vite.config.ts
// builds the library and serves the demo page, neither of which fits here.
export default defineConfig({});

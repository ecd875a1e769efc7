import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Relative asset URLs, so the built page works from any folder (the browser test serves it from dist/).
  base: './',
  plugins: [
    vue({
      // The library's tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kratom-') || tag.startsWith('advocacy-') } },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true },
});

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// The console is served by the gateway from the same origin as /graphql; `vite` (dev server)
// proxies the API to a gateway on :4000 started by `npm start`.
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    // The console checks what the services check with the same code (GB 32100, GB 11643, mobile).
    alias: {
      '@points/validation': fileURLToPath(new URL('../libs/validation/src/index.ts', import.meta.url)),
      // The official Chinese terms, shared with the services' printed documents.
      '@points/terms': fileURLToPath(new URL('../libs/terms/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Ant Design is most of the main chunk; the figures are measured and reported, not warned about.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/session': 'http://localhost:4000' },
  },
  test: {
    root: webRoot,
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Generous: on a busy two-core machine the first test of a file also pays for importing Ant
    // Design (seen: 20 s exceeded at load 15 while the rest of `npm test` ran elsewhere).
    testTimeout: 120_000,
  },
});

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The shared package is CommonJS (the API needs it so); pre-bundle it for the browser.
  optimizeDeps: { include: ['@gemeinwerk/shared'] },
  server: {
    port: 5173,
    // Same-origin in development too, so the session cookie works as in production.
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // No source maps in the production build: the server would not publish them anyway
    // (apps/api/src/web/web-delivery.ts answers *.map with 404), and nobody decodes them.
    sourcemap: false,
    // dist/.vite/manifest.json: the entry and its static imports, for bench/web (initial JS).
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // What every page needs is grouped; Recharts with its d3 and redux parts gets a chunk of its
        // own that arrives with the first chart; the app's own code splits by route.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'framework', test: /node_modules[\\/](react-router|@tanstack|i18next|react-i18next|graphql)[\\/]/, priority: 1 },
            // Recharts and what it brings, loaded by the chart drawings (components/charts/*-plot.tsx).
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    globals: true,
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    // Room for findBy*/waitFor's 5 s (src/testing/setup.ts) on a loaded machine.
    testTimeout: 15_000,
    // Each file in its own module graph (Vitest's default). `isolate: false` (one graph per worker)
    // took the 89 files from minutes to 42 s, but in CI a file then hung once on a loaded machine
    // (two tests at the 5 s timeout, green alone and in a rerun): state shared across files.
  },
});

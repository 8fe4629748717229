import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The single-page app. Preact JSX goes through Vite's own transform (oxc), no plugin needed.
 * In development, `/api` is proxied to a running Vigie server (VIGIE_API_URL, default port 4800).
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { '/api': process.env.VIGIE_API_URL ?? 'http://127.0.0.1:4800' },
  },
});

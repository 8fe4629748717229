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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The pages load lazily (web/src/lib/lazy-page.tsx); the two large libraries get chunks of their
    // own, named for them, so that a change to the app's map or graph code does not make every browser
    // fetch them again.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // code only: maplibre's stylesheet stays with the app's, in the order main.tsx gives
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/].*\.m?js$/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.VIGIE_API_URL ?? 'http://127.0.0.1:4800' },
  },
});

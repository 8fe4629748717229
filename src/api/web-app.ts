import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';

/**
 * Vite names every file under /assets/ by the hash of its content: a year in any cache, never
 * revalidated. The app shell must be asked for again each time, so that a browser sees a new build's
 * file names as soon as the server has them.
 */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
export const SHELL_CACHE = 'no-cache';

/**
 * Serves the built web app (web/dist) after the API routes: its files, and the app shell for any
 * other path (the client's routes). A missing /assets/ file answers 404, not the shell: a tab opened
 * on the previous build asks for chunks that are gone, and the page must learn that it failed (the
 * app then asks the reader to reload, web/src/lib/lazy-page.tsx) rather than receive HTML for a script.
 * Returns false when there is no build to serve.
 */
export function serveWebApp<E extends Env>(app: Hono<E>, webDir: string): boolean {
  const indexFile = join(webDir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile, 'utf8');
  app.use('/*', async (c, next) => {
    await next();
    const asset = c.req.path.startsWith('/assets/') && c.res.status === 200;
    c.res.headers.set('Cache-Control', asset ? ASSET_CACHE : SHELL_CACHE);
  });
  app.use('/*', serveStatic({ root: webDir }));
  app.get('/assets/*', (c) => c.text('not found', 404));
  // Client-side routes fall back to the app shell.
  app.get('*', (c) => c.html(index));
  return true;
}
